// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "smtptransport.h"

#include <QSslSocket>
#include <QTcpSocket>

SmtpTransport::~SmtpTransport() = default;

SmtpSocketTransport::SmtpSocketTransport(TlsPolicy policy, QObject *parent)
    : SmtpTransport(parent)
    , m_policy(std::move(policy))
{ }

SmtpSocketTransport::~SmtpSocketTransport()
{
    if (m_socket)
        m_socket->disconnect(this);
}

QSslSocket *SmtpSocketTransport::tlsSocket() const
{
    return qobject_cast<QSslSocket *>(m_socket);
}

void SmtpSocketTransport::connectToHost(
    const QString &host, quint16 port, ConnectionSecurity security)
{
    if (m_socket)
        return; // one connection per transport, as per session
    if (security == ConnectionSecurity::None) {
        // Constructing a QSslSocket loads the TLS backend (OpenSSL), which costs a plaintext
        // session several milliseconds for nothing.
        m_socket = new QTcpSocket(this);
    } else {
        auto *tls = new QSslSocket(this);
        m_policy.prepare(tls);
        tls->setPeerVerifyName(host);
        connect(tls, &QSslSocket::encrypted, this, &SmtpTransport::encrypted);
        connect(tls, &QSslSocket::sslErrors, this, &SmtpTransport::sslErrors);
        // TLS takes plaintext into its own buffer at once; progress is when it leaves that.
        connect(tls, &QSslSocket::encryptedBytesWritten, this, &SmtpTransport::bytesWritten);
        m_socket = tls;
    }
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        // Commands go out as whole lines or pipelined groups; Nagle would only add latency.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        Q_EMIT connected();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &SmtpTransport::readyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SmtpTransport::bytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &SmtpTransport::disconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &SmtpTransport::errorOccurred);
    if (security == ConnectionSecurity::ImplicitTls)
        tlsSocket()->connectToHostEncrypted(host, port, host);
    else
        m_socket->connectToHost(host, port);
}

void SmtpSocketTransport::startClientEncryption()
{
    if (QSslSocket *tls = tlsSocket())
        tls->startClientEncryption();
}

void SmtpSocketTransport::disconnectFromHost()
{
    if (m_socket)
        m_socket->disconnectFromHost();
}

void SmtpSocketTransport::abort()
{
    if (m_socket)
        m_socket->abort();
}

void SmtpSocketTransport::flush()
{
    if (m_socket)
        m_socket->flush();
}

qint64 SmtpSocketTransport::write(const QByteArray &bytes)
{
    return m_socket ? m_socket->write(bytes) : -1;
}

QByteArray SmtpSocketTransport::readAll()
{
    return m_socket ? m_socket->readAll() : QByteArray();
}

qint64 SmtpSocketTransport::bytesAvailable() const
{
    return m_socket ? m_socket->bytesAvailable() : 0;
}

qint64 SmtpSocketTransport::bytesToWrite() const
{
    if (!m_socket)
        return 0;
    const QSslSocket *tls = tlsSocket();
    return m_socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}

bool SmtpSocketTransport::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QAbstractSocket::SocketError SmtpSocketTransport::error() const
{
    return m_socket ? m_socket->error() : QAbstractSocket::UnknownSocketError;
}

QString SmtpSocketTransport::errorString() const
{
    return m_socket ? m_socket->errorString() : QString();
}

QHostAddress SmtpSocketTransport::peerAddress() const
{
    return m_socket ? m_socket->peerAddress() : QHostAddress();
}

quint16 SmtpSocketTransport::peerPort() const
{
    return m_socket ? m_socket->peerPort() : 0;
}

QHostAddress SmtpSocketTransport::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

quint16 SmtpSocketTransport::localPort() const
{
    return m_socket ? m_socket->localPort() : 0;
}

bool SmtpSocketTransport::isEncrypted() const
{
    const QSslSocket *tls = tlsSocket();
    return tls && tls->isEncrypted();
}

QSslCertificate SmtpSocketTransport::peerCertificate() const
{
    const QSslSocket *tls = tlsSocket();
    return tls ? tls->peerCertificate() : QSslCertificate();
}

QList<QSslCertificate> SmtpSocketTransport::peerCertificateChain() const
{
    const QSslSocket *tls = tlsSocket();
    return tls ? tls->peerCertificateChain() : QList<QSslCertificate> {};
}

QString SmtpSocketTransport::checkPeer(
    const TlsPolicy &policy, TlsPolicy::PeerProblem *problem) const
{
    if (const QSslSocket *tls = tlsSocket())
        return policy.checkPeer(tls, problem);
    if (problem)
        *problem = TlsPolicy::PeerProblem::NotEncrypted;
    return TlsPolicy::tr("The connection is not encrypted.");
}

QString SmtpSocketTransport::describeSession() const
{
    const QSslSocket *tls = tlsSocket();
    return tls ? TlsPolicy::describeSession(tls) : QString();
}

QString SmtpSocketTransport::describeSslError(const QSslError &error) const
{
    return TlsPolicy::describeError(error, tlsSocket());
}

void SmtpSocketTransport::ignoreSslErrors(const QList<QSslError> &errors)
{
    if (QSslSocket *tls = tlsSocket())
        tls->ignoreSslErrors(errors);
}
