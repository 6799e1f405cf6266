// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "memorytransport.h"

#include <QMetaObject>
#include <utility>

MemoryTransport::MemoryTransport(QObject *parent)
    : SmtpTransport(parent)
{ }

MemoryTransport::~MemoryTransport() = default;

void MemoryTransport::serverSays(const QByteArray &bytes)
{
    if (m_closed)
        return;
    m_incoming += bytes;
    Q_EMIT readyRead();
}

void MemoryTransport::serverCloses()
{
    if (m_closed)
        return;
    m_closed = true;
    m_error = QAbstractSocket::RemoteHostClosedError;
    Q_EMIT errorOccurred(m_error);
    Q_EMIT disconnected();
}

QByteArray MemoryTransport::takeWritten()
{
    const QByteArray taken = m_written.mid(m_taken);
    m_taken = m_written.size();
    return taken;
}

void MemoryTransport::setPeerProblem(TlsPolicy::PeerProblem problem, const QString &text)
{
    m_peerProblem = problem;
    m_peerProblemText = text;
}

void MemoryTransport::connectToHost(const QString &host, quint16 port, ConnectionSecurity security)
{
    m_host = host;
    m_port = port;
    m_security = security;
    // As a socket does: the outcome comes from the event loop, never from inside the call.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_closed)
                return;
            m_connected = true;
            Q_EMIT connected();
            if (m_security == ConnectionSecurity::ImplicitTls && !m_closed)
                completeHandshake();
        },
        Qt::QueuedConnection);
}

void MemoryTransport::startClientEncryption()
{
    m_startedTls = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_closed)
                completeHandshake();
        },
        Qt::QueuedConnection);
}

void MemoryTransport::completeHandshake()
{
    m_encrypted = true;
    Q_EMIT encrypted();
}

void MemoryTransport::disconnectFromHost()
{
    m_closed = true;
}

void MemoryTransport::abort()
{
    if (!m_closed)
        m_aborted = true;
    m_closed = true;
}

qint64 MemoryTransport::write(const QByteArray &bytes)
{
    if (m_closed || !m_connected)
        return -1;
    m_written += bytes;
    m_writes << bytes;
    const qint64 size = bytes.size();
    QMetaObject::invokeMethod(
        this,
        [this, size] {
            if (!m_closed)
                Q_EMIT bytesWritten(size);
        },
        Qt::QueuedConnection);
    return size;
}

QByteArray MemoryTransport::readAll()
{
    return std::exchange(m_incoming, {});
}

QString MemoryTransport::errorString() const
{
    return m_error == QAbstractSocket::RemoteHostClosedError
        ? QStringLiteral("The remote host closed the connection")
        : QString();
}

QHostAddress MemoryTransport::peerAddress() const
{
    return QHostAddress(QHostAddress::LocalHost);
}

QHostAddress MemoryTransport::localAddress() const
{
    return QHostAddress(QHostAddress::LocalHost);
}

QString MemoryTransport::checkPeer(const TlsPolicy &, TlsPolicy::PeerProblem *problem) const
{
    if (problem)
        *problem = m_encrypted ? m_peerProblem : TlsPolicy::PeerProblem::NotEncrypted;
    if (!m_encrypted)
        return QStringLiteral("The connection is not encrypted.");
    return m_peerProblemText;
}

QString MemoryTransport::describeSession() const
{
    return m_encrypted ? QStringLiteral("TLSv1.3, in memory") : QString();
}

QString MemoryTransport::describeSslError(const QSslError &error) const
{
    return error.errorString();
}
