// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "capturedmessage.h"
#include "sandboxevent.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QTcpServer;
class SandboxConnection;
class SandboxLiveSettings;

// The network side of a SandboxServer, living on the server's own thread: the listening
// socket and every connection (SandboxConnection), which store what they capture from that
// thread too. Made, started and deleted only by SandboxServer. Everything it reports leaves
// through its signals, which SandboxServer receives queued, on its own thread, by copy.
class SandboxListener : public QObject
{
    Q_OBJECT
public:
    // `live` belongs to the SandboxServer, which outlives this listener's thread.
    explicit SandboxListener(SandboxLiveSettings *live);
    // Drops every open connection (messages mid-transfer are discarded). Runs on the
    // listener's thread, as the thread finishes.
    ~SandboxListener() override;

    struct Listening
    {
        QHostAddress address;
        quint16 port = 0; // 0: not listening, see error
        QString error;
    };
    // Listens on 127.0.0.1:`port` (0: any free port). Called on the listener's thread.
    [[nodiscard]] Listening listen(quint16 port);

Q_SIGNALS:
    void captured(const CapturedMessage &message);
    void event(const SandboxEvent &event);
    void connectionCountChanged(int count);

private:
    void onNewConnection();
    void onConnectionClosed(SandboxConnection *connection);

    SandboxLiveSettings *const m_live;
    QTcpServer *m_server = nullptr;
    QList<SandboxConnection *> m_connections;
    quint64 m_nextConnectionId = 1;
};
