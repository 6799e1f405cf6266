// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

// One loopback test server in a child process: the fixture under SmtpTestServer,
// ScriptedServer and SmtpSink.
//
// The child gets a stdin pipe it watches for EOF and a parent-death signal, so it never
// outlives the test process. Its stderr is collected; when a test function fails while a
// ServerProcess is alive, the destructor prints that stderr into the test log.
//
// Waits that may overlap with a client under test (waitForExit) spin the event loop, so a
// client in the test's own thread keeps running.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)

    // Starts program and waits up to timeoutMs for its single "READY <port>" stdout line.
    // False if it failed to start, exited or stayed silent; errorString() then says why.
    [[nodiscard]] bool start(
        const QString &program, const QStringList &arguments, int timeoutMs = 10000);
    // For programs that print nothing (smtp-sink): starts program and waits until
    // 127.0.0.1:port accepts a connection, or the program exits (port taken).
    [[nodiscard]] bool startListening(
        const QString &program, const QStringList &arguments, quint16 port, int timeoutMs = 10000);

    // The port from the READY line (or the one passed to startListening); 0 before start.
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] bool isRunning() const;
    // Waits, spinning the event loop, until the program exits by itself. True if it did.
    bool waitForExit(int timeoutMs);
    // SIGTERM, then SIGKILL after graceMs. Does nothing when not running.
    void stop(int graceMs = 3000);

    [[nodiscard]] int exitCode() const { return m_process.exitCode(); }
    // Everything the program wrote to stderr so far.
    [[nodiscard]] QByteArray standardError() const;
    // Why start() failed, or the program and its stderr: for QVERIFY2 messages.
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] QString commandLine() const;

private:
    bool launch(const QString &program, const QStringList &arguments);
    void fail(const QString &reason);

    // mutable: reading the pipes into the buffers does not change what the process did.
    mutable QProcess m_process;
    mutable QByteArray m_stderr;
    quint16 m_port = 0;
    QString m_error;
};

// Options of smtp_server.py (aiosmtpd). Defaults: plaintext, no AUTH, no extensions.
struct SmtpTestServerOptions
{
    enum class Tls { None, StartTls, Implicit };
    struct User
    {
        QString name;
        QString password;
    };

    Tls tls = Tls::None;
    bool requireStartTls = false; // 530 for mail commands before STARTTLS
    QList<User> users; // non-empty enables AUTH
    QStringList mechanisms; // advertised; empty = PLAIN LOGIN CRAM-MD5 SCRAM-*
    std::optional<bool> authRequireTls; // default: on unless tls == None
    bool smtpUtf8 = false;
    bool dsn = false; // advertise DSN, accept RET/ENVID/NOTIFY/ORCPT
    qint64 sizeLimit = 0; // advertise SIZE n and enforce it; 0 = none
    QStringList rejectRcpt; // globs: 550 5.1.1 at RCPT
    QStringList tempfailRcpt; // globs: 450 4.2.0 at RCPT
    int maxRecipients = 0; // 452 4.5.3 to every RCPT past this many per transaction; 0 = none
    QString limits; // advertised as "LIMITS <limits>" (RFC 9422); empty = not advertised
    QString certPath; // empty: TestCa's server.pem / server.key
    QString keyPath;
    int maxSeconds = 120;
};

// A message as smtp_server.py spooled it.
struct ReceivedMessage
{
    QString id; // "0001": also in the "250 2.0.0 OK queued as 0001" reply
    QByteArray content; // exact bytes after dot-unstuffing, CRLF line ends
    QString mailFrom; // empty for the null reverse-path <>
    QStringList rcptTos; // accepted recipients only
    QStringList mailOptions; // e.g. "SIZE=123", "BODY=8BITMIME" (aiosmtpd upper-cases them)
    QStringList rcptOptions;
    bool smtpUtf8 = false;
    QString authUser; // empty when the session did not authenticate
    bool tls = false;
};

// A real SMTP server (aiosmtpd, tests/support/smtp_server.py) on 127.0.0.1 and a free port,
// spooling every accepted message into a temporary directory it owns.
class SmtpTestServer
{
public:
    using Options = SmtpTestServerOptions;

    explicit SmtpTestServer(Options options = {});

    [[nodiscard]] bool start();
    [[nodiscard]] quint16 port() const { return m_process.port(); }
    [[nodiscard]] QString spoolDir() const { return m_spool.path(); }
    void stop() { m_process.stop(); }

    // Waits, spinning the event loop, until at least count messages are spooled or timeoutMs
    // passes; returns all spooled messages in arrival order (compare the size).
    [[nodiscard]] QList<ReceivedMessage> waitForMessages(int count, int timeoutMs = 5000);
    // The messages spooled so far.
    [[nodiscard]] QList<ReceivedMessage> messages() const;

    [[nodiscard]] QString errorString() const { return m_process.errorString(); }
    [[nodiscard]] ServerProcess &process() { return m_process; }

private:
    Options m_options;
    QTemporaryDir m_spool;
    ServerProcess m_process;
};

// What scripted_server.py recorded about one connection.
struct ScriptedConnection
{
    QStringList received; // client lines, CRLF stripped, control characters as \xNN
    QList<QByteArray> data; // X: read-data blobs (with CRLF.CRLF) and X: read-bdat chunks
    QStringList deviations; // where the client left the scenario
    bool tls = false; // a TLS handshake completed
    bool completed = false; // the scenario ran to its last step
    QByteArray bytesAfterClose; // what the client sent during X: expect-close or after the end
    QString tlsError; // why a handshake failed (e.g. the client rejected the cert)
};

struct ScriptedRecord
{
    QList<ScriptedConnection> connections;
    QString error; // set when the server or its record could not be read
    QByteArray serverStderr; // the server's diagnostics (scenario errors, tracebacks)

    [[nodiscard]] bool isValid() const { return error.isEmpty(); }
    // The first connection, or an empty one when the client never connected.
    [[nodiscard]] const ScriptedConnection &first() const;
    // Valid, at least one connection, every connection completed without deviations.
    [[nodiscard]] bool passed() const;
    // A readable summary (deviations, received lines, server stderr) for QVERIFY2.
    [[nodiscard]] QString describe() const;
};

// The scripted, hostile server (tests/support/scripted_server.py): replays a scenario in the
// C:/S:/X: transcript format (see tests/support/README.md) and records what the client did.
class ScriptedServer
{
public:
    using Record = ScriptedRecord;

    // connections: how many connections to serve, each running the scenario from the top.
    explicit ScriptedServer(const QString &scenario, int connections = 1);

    // RFC 9422 LIMITS MAILMAX=1 RCPTMAX=1: one transaction of one recipient per connection
    // (EHLO client.test, MAIL FROM ada@example.org), for a client that must go on over
    // another connection.
    [[nodiscard]] static QString oneRecipientPerConnection();

    // Certificate for X: starttls and implicit TLS; default TestCa's server.pem / server.key.
    void setCertificate(const QString &certPath, const QString &keyPath);
    // Longest wait for one client line before a timeout deviation (default 10 s).
    void setReadTimeout(int seconds) { m_readTimeoutSeconds = seconds; }

    [[nodiscard]] bool start(bool implicitTls = false);
    [[nodiscard]] quint16 port() const { return m_process.port(); }

    // Waits (spinning the event loop) up to timeoutMs for the server to serve its connections
    // and exit, stops it otherwise, and returns the parsed record.
    [[nodiscard]] Record finish(int timeoutMs = 5000);

    [[nodiscard]] QString errorString() const { return m_process.errorString(); }
    [[nodiscard]] ServerProcess &process() { return m_process; }

private:
    QString m_scenario;
    int m_connections;
    int m_readTimeoutSeconds = 10;
    QString m_certPath;
    QString m_keyPath;
    QTemporaryDir m_dir;
    ServerProcess m_process;
};
