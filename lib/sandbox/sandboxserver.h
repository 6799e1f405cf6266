// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "capturedmessage.h"
#include "sandboxevent.h"
#include "sandboxsettings.h"
#include "sandboxstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QTcpServer;
class SandboxConnection;

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
