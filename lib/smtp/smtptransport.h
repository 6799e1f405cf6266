// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "net/tlspolicy.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

class QSslSocket;
class QTcpSocket;

// The byte stream under an SmtpSession: a connection to the server, plaintext or TLS, that
// the session writes to and reads from. The session owns its transport and talks to nothing
// else, so a test can put an in-memory stream in its place (tests/support/memorytransport.h)
// and compare the exact bytes the client wrote for a scripted server reply.
//
// Contract (QAbstractSocket's, which the socket transport forwards): connectToHost() ends in
// connected() (then encrypted() in implicit TLS) or errorOccurred(); startClientEncryption()
// ends in encrypted() or errorOccurred(), with sslErrors() in between when the peer could not
// be verified; readyRead() when bytes arrived; bytesWritten() as written bytes leave the
// transport's buffers. A transport never emits from inside write(), so a session may write
// from its slots.
class SmtpTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SmtpTransport() override;

    // `security` says whether TLS starts with the first byte (ImplicitTls), may start later
    // through startClientEncryption() (StartTls), or never does (None). `host` is the name the
    // user configured: the peer certificate is verified against it (RFC 6125).
    virtual void connectToHost(const QString &host, quint16 port, ConnectionSecurity security) = 0;
    // STARTTLS (RFC 3207): begins the TLS handshake on the open connection.
    virtual void startClientEncryption() = 0;
    // Ends the connection after what was written has gone out.
    virtual void disconnectFromHost() = 0;
    // Ends the connection now, dropping whatever was not written yet.
    virtual void abort() = 0;
    // Hands what is buffered to the operating system now, as far as it takes it.
    virtual void flush() = 0;

    virtual qint64 write(const QByteArray &bytes) = 0;
    [[nodiscard]] virtual QByteArray readAll() = 0;
    [[nodiscard]] virtual qint64 bytesAvailable() const = 0;
    // Written bytes still in our own buffers (TLS's encrypted buffer included).
    [[nodiscard]] virtual qint64 bytesToWrite() const = 0;

    [[nodiscard]] virtual bool isConnected() const = 0;
    [[nodiscard]] virtual QAbstractSocket::SocketError error() const = 0;
    [[nodiscard]] virtual QString errorString() const = 0;
    [[nodiscard]] virtual QHostAddress peerAddress() const = 0;
    [[nodiscard]] virtual quint16 peerPort() const = 0;
    [[nodiscard]] virtual QHostAddress localAddress() const = 0;
    [[nodiscard]] virtual quint16 localPort() const = 0;

    // TLS, for the session's checks once encrypted() or sslErrors() came.
    [[nodiscard]] virtual bool isEncrypted() const = 0;
    [[nodiscard]] virtual QSslCertificate peerCertificate() const = 0;
    [[nodiscard]] virtual QList<QSslCertificate> peerCertificateChain() const = 0;
    // TlsPolicy::checkPeer() on this connection: empty if the peer is acceptable.
    [[nodiscard]] virtual QString checkPeer(
        const TlsPolicy &policy, TlsPolicy::PeerProblem *problem) const = 0;
    // "TLSv1.3, TLS_AES_256_GCM_SHA384, CN=…" (TlsPolicy::describeSession()).
    [[nodiscard]] virtual QString describeSession() const = 0;
    // One error of sslErrors() for the user (TlsPolicy::describeError()).
    [[nodiscard]] virtual QString describeSslError(const QSslError &error) const = 0;
    // Only ever the exact list TlsPolicy::acceptableErrors() returned.
    virtual void ignoreSslErrors(const QList<QSslError> &errors) = 0;

Q_SIGNALS:
    void connected();
    void encrypted();
    void sslErrors(const QList<QSslError> &errors);
    void readyRead();
    void bytesWritten(qint64 bytes);
    void disconnected();
    void errorOccurred(QAbstractSocket::SocketError error);
};

// The transport over the network: a QTcpSocket for a plaintext session (which never loads the
// TLS backend), a QSslSocket prepared by the TLS policy otherwise, verifying the configured
// host name. The application's proxy settings apply as to any Qt socket.
class SmtpSocketTransport : public SmtpTransport
{
    Q_OBJECT
public:
    explicit SmtpSocketTransport(TlsPolicy policy, QObject *parent = nullptr);
    ~SmtpSocketTransport() override;

    void connectToHost(const QString &host, quint16 port, ConnectionSecurity security) override;
    void startClientEncryption() override;
    void disconnectFromHost() override;
    void abort() override;
    void flush() override;

    qint64 write(const QByteArray &bytes) override;
    [[nodiscard]] QByteArray readAll() override;
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] qint64 bytesToWrite() const override;

    [[nodiscard]] bool isConnected() const override;
    [[nodiscard]] QAbstractSocket::SocketError error() const override;
    [[nodiscard]] QString errorString() const override;
    [[nodiscard]] QHostAddress peerAddress() const override;
    [[nodiscard]] quint16 peerPort() const override;
    [[nodiscard]] QHostAddress localAddress() const override;
    [[nodiscard]] quint16 localPort() const override;

    [[nodiscard]] bool isEncrypted() const override;
    [[nodiscard]] QSslCertificate peerCertificate() const override;
    [[nodiscard]] QList<QSslCertificate> peerCertificateChain() const override;
    [[nodiscard]] QString checkPeer(
        const TlsPolicy &policy, TlsPolicy::PeerProblem *problem) const override;
    [[nodiscard]] QString describeSession() const override;
    [[nodiscard]] QString describeSslError(const QSslError &error) const override;
    void ignoreSslErrors(const QList<QSslError> &errors) override;

private:
    // The socket as a TLS socket; null for a plaintext connection.
    [[nodiscard]] QSslSocket *tlsSocket() const;

    TlsPolicy m_policy;
    QTcpSocket *m_socket = nullptr; // a child; created by connectToHost()
};
