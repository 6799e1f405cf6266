// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "sandboxserver.h"

#include "sandboxconnection.h"

#include "core/localpeer.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcSandbox, "outbound.sandbox", QtWarningMsg)

SandboxServer::SandboxServer(SandboxSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_store(m_settings.folder)
{ }

SandboxServer::~SandboxServer()
{
    close();
}

bool SandboxServer::listen(quint16 port)
{
    close();
    m_error.clear();
    if (m_settings.folder.isEmpty()) {
        m_error = tr("No folder was given for captured messages");
        return false;
    }
    if (!m_store.ensureFolder(&m_error))
        return false;
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &SandboxServer::onNewConnection);
    // Loopback only, by construction: no caller can choose another address.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_error = tr("Could not listen on %1:%2: %3")
                      .arg(QHostAddress(QHostAddress::LocalHost).toString())
                      .arg(port)
                      .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    qCDebug(lcSandbox) << "listening on" << m_server->serverAddress() << m_server->serverPort();
    return true;
}

void SandboxServer::close()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    const QList<SandboxConnection *> connections = m_connections;
    for (SandboxConnection *connection : connections)
        connection->abort(tr("the sandbox stopped"));
}

bool SandboxServer::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress SandboxServer::serverAddress() const
{
    return isListening() ? m_server->serverAddress() : QHostAddress();
}

quint16 SandboxServer::port() const
{
    return isListening() ? m_server->serverPort() : 0;
}

void SandboxServer::setSettings(const SandboxSettings &settings)
{
    const QString folder = m_settings.folder;
    m_settings = settings;
    if (isListening())
        m_settings.folder = folder;
    m_store = SandboxStore(m_settings.folder);
}

void SandboxServer::setFailures(const SandboxFailures &failures)
{
    m_recipientCount = 0;
    if (failures == m_failures)
        return;
    m_failures = failures;
    Q_EMIT failuresChanged(m_failures);
}

QList<CapturedMessage> SandboxServer::messages() const
{
    return m_store.messages();
}

bool SandboxServer::clear(QString *errorString)
{
    return m_store.clear(errorString);
}

bool SandboxServer::takeRecipientFailure()
{
    ++m_recipientCount;
    const int every = qMax(1, m_failures.recipientEveryNth);
    return m_recipientCount % quint64(every) == 0;
}

void SandboxServer::onNewConnection()
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
        const bool busy = m_connections.size() >= m_settings.maxConnections;
        // The client's socket, as the kernel lists it: its end is the peer's address and
        // port, its other end ours.
        std::optional<uint> owner;
        if (m_settings.ownerOnly) {
            owner = LocalPeer::tcpSocketOwner(socket->peerAddress(), socket->peerPort(),
                socket->localAddress(), socket->localPort());
        }
        const bool stranger = m_settings.ownerOnly && owner != LocalPeer::currentUid();
        auto *connection = new SandboxConnection(socket, m_nextConnectionId++, this);
        m_connections << connection;
        connect(connection, &SandboxConnection::event, this, &SandboxServer::connectionEvent);
        connect(connection, &SandboxConnection::captured, this, &SandboxServer::messageCaptured);
        connect(connection, &SandboxConnection::closed, this,
            [this, connection] { onConnectionClosed(connection); });
        connection->start(busy, stranger ? owner.value_or(uint(-1)) : std::optional<uint>());
    }
}

void SandboxServer::onConnectionClosed(SandboxConnection *connection)
{
    m_connections.removeOne(connection);
    connection->deleteLater();
}
