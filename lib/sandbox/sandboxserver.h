#pragma once

#include "capturedmessage.h"
#include "sandboxstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QTcpServer;
class SandboxConnection;

// How the sandbox speaks; read by each connection when it opens.
struct SandboxSettings
{
    QString folder; // where captured messages go, e.g. <profile>/sandbox
    QByteArray hostName = "localhost"; // named in the greeting and EHLO reply
    qint64 maxMessageSize = 64 * 1024 * 1024; // advertised as SIZE; larger messages get 552
    int idleTimeoutMs = 5 * 60 * 1000; // RFC 5321 §4.5.3.2.7: a server waits 5 minutes
    int maxConnections = 64; // beyond this a new connection gets 421 and is closed
    int maxRecipients = 1000; // RFC 5321 §4.5.3.1.8 requires at least 100
    bool chunking = false; // advertise CHUNKING and accept BDAT (RFC 3030)
    // What the folder may hold in all (RFC 5321 §4.5.3.1.10: a server may refuse for want of
    // storage). A sandbox that anyone can fill fills the user's disk; when full, MAIL gets
    // 452 4.3.1 until messages are cleared, and so does a message that would not fit.
    int maxStoredMessages = 10'000;
    qint64 maxStoredBytes = qint64(1) << 30; // 1 GiB
    // Take mail only from programs of the user running the sandbox: a connection from
    // another local user's process (its uid from /proc/net/tcp, see LocalPeer) is greeted
    // with 554 5.7.1 and gets nothing further. Loopback is shared by every user of the
    // machine, and captured mail is shown as the user's own.
    bool ownerOnly = true;
    // Advertise AUTH PLAIN LOGIN and accept any credentials. Off by default: the sandbox
    // needs no login, but an account that insists on AUTH can still be rehearsed.
    bool acceptAuth = false;
};

// What the sandbox gets wrong on purpose, so a user can watch the client cope. Changed at
// run time with SandboxServer::setFailures(); it takes effect from the next reply.
struct SandboxFailures
{
    enum class Recipient {
        Accept,
        TransientFailure, // 450 4.2.1: the client should keep the message and retry later
        PermanentFailure, // 550 5.1.1: the recipient is refused for good
    };
    enum class EndOfData {
        Accept,
        TransientFailure, // 451 4.3.0 after the final dot (or BDAT LAST); nothing is stored
        PermanentFailure, // 554 5.3.0 after the final dot; nothing is stored
        // The message is stored, then the connection is dropped before any reply: the
        // client cannot know whether it was delivered (RFC 5321 §4.1.1.4; SmtpSendReply
        // ::isUncertain()). A retry shows up here as a duplicate, which is the point.
        DropConnection,
    };

    Recipient recipient = Recipient::Accept;
    // Which RCPT TOs fail when `recipient` is not Accept: 1 means all of them, N means the
    // Nth, 2Nth, … counted over every connection since setFailures() (so with 2, a
    // one-recipient message fails on one attempt and goes through on the next).
    int recipientEveryNth = 1;
    EndOfData endOfData = EndOfData::Accept;
    int replyDelayMs = 0; // wait this long before every reply, the greeting included

    [[nodiscard]] bool isNone() const
    {
        return recipient == Recipient::Accept && endOfData == EndOfData::Accept
            && replyDelayMs <= 0;
    }
    friend bool operator==(const SandboxFailures &a, const SandboxFailures &b)
    {
        return a.recipient == b.recipient && a.recipientEveryNth == b.recipientEveryNth
            && a.endOfData == b.endOfData && a.replyDelayMs == b.replyDelayMs;
    }
    friend bool operator!=(const SandboxFailures &a, const SandboxFailures &b) { return !(a == b); }
};

// Something that happened on one sandbox connection, for a live view. AUTH data is already
// redacted; message bytes are summarised, never included.
struct SandboxEvent
{
    enum class Kind {
        Opened, // text: the peer's address and port
        Command, // text: the client's command line, without CRLF
        Reply, // text: one reply line, without CRLF
        Note, // text: what the sandbox did that is not on the wire ("stored …", "dropped …")
        Closed, // text: why
    };
    quint64 connection = 0; // 1, 2, … per server
    Kind kind = Kind::Note;
    QString text;
    QDateTime time; // UTC
};

// A small RFC 5321 server on loopback that accepts mail and keeps it: the app's "Sandbox"
// account sends here, so sending can be tried (and failures rehearsed) without a real
// account. Each message lands in settings().folder (see SandboxStore).
//
// It listens on 127.0.0.1 only; there is no way to ask for another address, and it talks
// only to programs of the user who runs it (settings().ownerOnly). Plaintext only
// (no STARTTLS: loopback traffic never leaves the machine). Speaks EHLO/HELO, MAIL, RCPT,
// DATA, BDAT (when settings().chunking), RSET, NOOP, QUIT, VRFY (252), EXPN (502),
// HELP (214) and AUTH PLAIN/LOGIN (when settings().acceptAuth), with PIPELINING (RFC 2920),
// 8BITMIME, SMTPUTF8, SIZE, DSN parameters (recorded, no DSNs are sent) and
// ENHANCEDSTATUSCODES. Each connection is its own state machine (SandboxConnection).
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxSettings settings, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:`port` (0: any free port, see port()). Creates the folder.
    // False with errorString() if the port is taken or the folder cannot be made. Calling it
    // again starts over: open connections are dropped first.
    bool listen(quint16 port = 0);
    // Stops listening and drops every open connection (messages mid-transfer are discarded).
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] QHostAddress serverAddress() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] int connectionCount() const { return int(m_connections.size()); }

    [[nodiscard]] const SandboxSettings &settings() const { return m_settings; }
    // Applies to connections opened from now on; the folder cannot change while listening.
    void setSettings(const SandboxSettings &settings);

    [[nodiscard]] SandboxFailures failures() const { return m_failures; }
    // Takes effect at once, on open connections too; restarts the every-Nth count.
    void setFailures(const SandboxFailures &failures);

    // The captured messages, newest first, read from the folder.
    [[nodiscard]] QList<CapturedMessage> messages() const;
    // Deletes every captured message.
    bool clear(QString *errorString = nullptr);
    [[nodiscard]] const SandboxStore &store() const { return m_store; }

Q_SIGNALS:
    void messageCaptured(const CapturedMessage &message);
    void connectionEvent(const SandboxEvent &event);
    void failuresChanged(const SandboxFailures &failures);

private:
    friend class SandboxConnection;
    void onNewConnection();
    void onConnectionClosed(SandboxConnection *connection);
    // Called by a connection for each RCPT TO that would be accepted: true if the
    // every-Nth recipient failure applies to this one.
    [[nodiscard]] bool takeRecipientFailure();

    SandboxSettings m_settings;
    SandboxStore m_store;
    SandboxFailures m_failures;
    quint64 m_recipientCount = 0;
    quint64 m_nextConnectionId = 1;
    QTcpServer *m_server = nullptr;
    QList<SandboxConnection *> m_connections;
    QString m_error;
};
