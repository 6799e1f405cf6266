// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real Dovecot (IMAP and POP3) of the test's own, on 127.0.0.1 and free high ports:
//
//   DovecotServer dovecot;
//   if (!dovecot.start())
//       QSKIP / QFAIL with dovecot.errorString();
//   … connect to "localhost", dovecot.imapPort() …
//
// Everything lives in a temporary directory: its own dovecot.conf (never the system's
// /etc/dovecot), base_dir, state_dir, log, a passwd-file with one user, maildirs, and a CA plus
// a server certificate for localhost/127.0.0.1 made with the openssl CLI. Dovecot runs in the
// foreground as a child process and is stopped by the destructor. Works as root (CI), where
// mail processes run as nobody and login processes as Dovecot's own users, and as an ordinary
// user, where every process runs as that user.
//
// Dovecot treats connections from 127.0.0.1 to 127.0.0.1 as secured, so LOGINDISABLED and
// disable_plaintext_auth cannot be seen on loopback; plaintext login is allowed here.
class DovecotServer
{
public:
    DovecotServer();
    ~DovecotServer();
    DovecotServer(const DovecotServer &) = delete;
    DovecotServer &operator=(const DovecotServer &) = delete;

    // Whether /usr/sbin/dovecot and openssl are installed (else tests QSKIP).
    [[nodiscard]] static bool isAvailable();

    // Writes the files, starts Dovecot and waits until all four ports accept connections.
    [[nodiscard]] bool start(int timeoutMs = 20000);
    void stop();
    [[nodiscard]] bool isRunning() const;
    // Why start() failed, with the end of Dovecot's log.
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString log() const;

    [[nodiscard]] QString host() const { return QStringLiteral("localhost"); }
    [[nodiscard]] quint16 imapPort() const { return m_ports[Imap]; }
    [[nodiscard]] quint16 imapsPort() const { return m_ports[Imaps]; }
    [[nodiscard]] quint16 pop3Port() const { return m_ports[Pop3]; }
    [[nodiscard]] quint16 pop3sPort() const { return m_ports[Pop3s]; }

    [[nodiscard]] QString caFile() const { return path(QStringLiteral("ca.pem")); }
    [[nodiscard]] QString certificateFile() const { return path(QStringLiteral("server.pem")); }
    // SHA-256 of the server certificate's DER.
    [[nodiscard]] QByteArray certificateSha256() const;

    // The one account. The password holds a space, a quote and a backslash, so that IMAP
    // quoting is exercised.
    [[nodiscard]] static QString user() { return QStringLiteral("tester"); }
    [[nodiscard]] static QString password()
    {
        return QStringLiteral("c0rrect horse \"battery\" \\staple");
    }

private:
    enum Port { Imap, Imaps, Pop3, Pop3s, PortCount };

    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    bool makeCertificates();
    bool writeConfiguration();
    bool pickPorts();
    bool openssl(const QStringList &arguments);
    bool fail(const QString &message);

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_ports[PortCount] = {};
    QString m_error;
};
