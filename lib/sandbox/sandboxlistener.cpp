// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "sandboxlistener.h"

#include "sandboxconnection.h"
#include "sandboxlivesettings.h"

#include "core/localpeer.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

#include <optional>

Q_LOGGING_CATEGORY(lcSandbox, "outbound.sandbox", QtWarningMsg)

SandboxListener::SandboxListener(SandboxLiveSettings *live)
    : m_live(live)
{ }

SandboxListener::~SandboxListener()
{
    const QList<SandboxConnection *> connections = m_connections;
    for (SandboxConnection *connection : connections) {
        // The user sees this in the sandbox's live view: SandboxServer's words.
        connection->abort(QCoreApplication::translate("SandboxServer", "the sandbox stopped"));
    }
    // The connections, their sockets and the QTcpServer are children: deleted here, on the
    // thread whose event loop served them.
}

SandboxListener::Listening SandboxListener::listen(quint16 port)
{
    Listening result;
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &SandboxListener::onNewConnection);
    // Loopback only, by construction: no caller can choose another address.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        result.error = QCoreApplication::translate("SandboxServer", "Could not listen on %1:%2: %3")
                           .arg(QHostAddress(QHostAddress::LocalHost).toString())
                           .arg(port)
                           .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return result;
    }
    result.address = m_server->serverAddress();
    result.port = m_server->serverPort();
    qCDebug(lcSandbox) << "listening on" << result.address << result.port;
    return result;
}

void SandboxListener::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        // Listening on 127.0.0.1 already guarantees this; checked again so that no change
        // elsewhere can ever expose captured mail beyond this machine.
        if (!socket->peerAddress().isLoopback()) {
            qCWarning(lcSandbox) << "refused a non-loopback peer" << socket->peerAddress();
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const SandboxSettings settings = m_live->settings();
        const bool busy = m_connections.size() >= settings.maxConnections;
        // The client's socket, as the kernel lists it: its end is the peer's address and
        // port, its other end ours.
        std::optional<uint> owner;
        if (settings.ownerOnly) {
            owner = LocalPeer::tcpSocketOwner(socket->peerAddress(), socket->peerPort(),
                socket->localAddress(), socket->localPort());
        }
        const bool stranger = settings.ownerOnly && owner != LocalPeer::currentUid();
        auto *connection
            = new SandboxConnection(socket, m_nextConnectionId++, settings, m_live, this);
        m_connections << connection;
        connect(connection, &SandboxConnection::event, this, &SandboxListener::event);
        connect(connection, &SandboxConnection::captured, this, &SandboxListener::captured);
        connect(connection, &SandboxConnection::closed, this,
            [this, connection] { onConnectionClosed(connection); });
        Q_EMIT connectionCountChanged(int(m_connections.size()));
        connection->start(busy, stranger ? owner.value_or(uint(-1)) : std::optional<uint>());
    }
}

void SandboxListener::onConnectionClosed(SandboxConnection *connection)
{
    m_connections.removeOne(connection);
    connection->deleteLater();
    Q_EMIT connectionCountChanged(int(m_connections.size()));
}
