// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "capturedmessage.h"
#include "sandboxevent.h"
#include "sandboxlivesettings.h"
#include "sandboxsettings.h"
#include "sandboxstore.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

class SandboxListener;

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
//
// Threads: the sandbox runs on a thread of its own, so that its replies never wait for a
// busy owner (the GUI thread painting while a burst of messages goes out to the sandbox).
// listen() starts that thread; the listening socket, every connection and the writing of
// captured messages live there (SandboxListener). close() and the destructor stop the
// thread and wait for it. This object stays on the thread that made it, and so do its
// signals: what happens on the sandbox's thread reaches them queued, by copy. The only
// state both threads touch is the settings and failures (SandboxLiveSettings, locked).
// messages(), clear() and store() read and change the folder from the caller's thread:
// every message file is renamed into place whole, so they never see half of one.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxSettings settings, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:`port` (0: any free port, see port()). Creates the folder.
    // False with errorString() if the port is taken or the folder cannot be made. Calling it
    // again starts over: open connections are dropped first. Waits for the sandbox's thread
    // to bind the port, nothing more.
    bool listen(quint16 port = 0);
    // Stops listening and drops every open connection (messages mid-transfer are discarded);
    // returns once the sandbox's thread has finished.
    void close();
    [[nodiscard]] bool isListening() const { return m_port != 0; }
    [[nodiscard]] QHostAddress serverAddress() const { return m_address; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString errorString() const { return m_error; }
    // Open connections, as last reported by the sandbox's thread (in order with
    // connectionEvent()).
    [[nodiscard]] int connectionCount() const { return m_connectionCount; }

    [[nodiscard]] SandboxSettings settings() const { return m_live.settings(); }
    // Applies to connections opened from now on; the folder cannot change while listening.
    void setSettings(const SandboxSettings &settings);

    [[nodiscard]] SandboxFailures failures() const { return m_live.failures(); }
    // Takes effect at once, on open connections too; restarts the every-Nth count.
    void setFailures(const SandboxFailures &failures);

    // The captured messages, newest first, read from the folder.
    [[nodiscard]] QList<CapturedMessage> messages() const;
    // Deletes every captured message.
    bool clear(QString *errorString = nullptr);
    [[nodiscard]] const SandboxStore &store() const { return m_store; }

Q_SIGNALS:
    // Once the message is complete in the folder.
    void messageCaptured(const CapturedMessage &message);
    void connectionEvent(const SandboxEvent &event);
    void failuresChanged(const SandboxFailures &failures);

private:
    SandboxLiveSettings m_live;
    SandboxStore m_store;
    QThread m_thread;
    // Lives on m_thread from listen() to close(), which deletes it there; only ever posted
    // to from here.
    SandboxListener *m_listener = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_connectionCount = 0;
    QString m_error;
};
