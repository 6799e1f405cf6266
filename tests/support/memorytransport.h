// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "smtp/smtptransport.h"

#include <QByteArray>
#include <QList>

// An SmtpTransport with no socket: the test plays the server. It says what the server sends
// (serverSays()) and reads back the exact bytes the client wrote (written(), takeWritten()),
// one write() call at a time if it wants (writes()).
//
// Everything the session does in reply to serverSays() happens before serverSays() returns,
// so a test can alternate the two in lockstep. Only the events a socket reports later come
// later, from the event loop: connected() (and encrypted() in implicit TLS) after
// connectToHost(), encrypted() after startClientEncryption(), bytesWritten() after write().
// Nothing is ever pending: bytesToWrite() is 0, so message data goes out in one go.
//
// TLS is pretended: the connection counts as encrypted once the handshake "completed", the
// peer passes TlsPolicy's checks unless setPeerProblem() says otherwise, and there is no
// certificate.
class MemoryTransport : public SmtpTransport
{
    Q_OBJECT
public:
    explicit MemoryTransport(QObject *parent = nullptr);
    ~MemoryTransport() override;

    // ---- the test's side
    // Bytes from the server: buffered for readAll(), then readyRead() at once.
    void serverSays(const QByteArray &bytes);
    // The server hangs up: errorOccurred(RemoteHostClosedError), then disconnected().
    void serverCloses();
    // Every byte written since the start, and every write() call on its own.
    [[nodiscard]] QByteArray written() const { return m_written; }
    [[nodiscard]] QList<QByteArray> writes() const { return m_writes; }
    // What was written since the last call.
    [[nodiscard]] QByteArray takeWritten();
    // Where the client connected and how; whether it started TLS, and hung up.
    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] ConnectionSecurity security() const { return m_security; }
    [[nodiscard]] bool startedTls() const { return m_startedTls; }
    [[nodiscard]] bool isClosed() const { return m_closed; }
    [[nodiscard]] bool wasAborted() const { return m_aborted; }
    // What checkPeer() reports after the pretended handshake (empty: the peer is fine).
    void setPeerProblem(TlsPolicy::PeerProblem problem, const QString &text);

    // ---- SmtpTransport
    void connectToHost(const QString &host, quint16 port, ConnectionSecurity security) override;
    void startClientEncryption() override;
    void disconnectFromHost() override;
    void abort() override;
    void flush() override { }

    qint64 write(const QByteArray &bytes) override;
    [[nodiscard]] QByteArray readAll() override;
    [[nodiscard]] qint64 bytesAvailable() const override { return m_incoming.size(); }
    [[nodiscard]] qint64 bytesToWrite() const override { return 0; }

    [[nodiscard]] bool isConnected() const override { return m_connected && !m_closed; }
    [[nodiscard]] QAbstractSocket::SocketError error() const override { return m_error; }
    [[nodiscard]] QString errorString() const override;
    [[nodiscard]] QHostAddress peerAddress() const override;
    [[nodiscard]] quint16 peerPort() const override { return m_port; }
    [[nodiscard]] QHostAddress localAddress() const override;
    [[nodiscard]] quint16 localPort() const override { return 40000; }

    [[nodiscard]] bool isEncrypted() const override { return m_encrypted; }
    [[nodiscard]] QSslCertificate peerCertificate() const override { return QSslCertificate(); }
    [[nodiscard]] QList<QSslCertificate> peerCertificateChain() const override { return {}; }
    [[nodiscard]] QString checkPeer(
        const TlsPolicy &policy, TlsPolicy::PeerProblem *problem) const override;
    [[nodiscard]] QString describeSession() const override;
    [[nodiscard]] QString describeSslError(const QSslError &error) const override;
    void ignoreSslErrors(const QList<QSslError> &) override { }

private:
    void completeHandshake();

    QString m_host;
    quint16 m_port = 0;
    ConnectionSecurity m_security = ConnectionSecurity::None;
    QByteArray m_incoming;
    QByteArray m_written;
    qsizetype m_taken = 0;
    QList<QByteArray> m_writes;
    QAbstractSocket::SocketError m_error = QAbstractSocket::UnknownSocketError;
    TlsPolicy::PeerProblem m_peerProblem = TlsPolicy::PeerProblem::None;
    QString m_peerProblemText;
    bool m_connected = false;
    bool m_encrypted = false;
    bool m_startedTls = false;
    bool m_closed = false;
    bool m_aborted = false;
};
