// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

class QSslSocket;
struct PresentedIdentifiers;

// How a connection is secured, for SMTP, IMAP and POP3 alike (RFC 8314).
enum class ConnectionSecurity {
    ImplicitTls, // TLS from the first byte (SMTP 465, IMAP 993, POP3 995)
    StartTls, // plaintext greeting, then STARTTLS/STLS is required, never optional
    None, // plaintext throughout: only when the user asks for it
};

[[nodiscard]] QString securityName(ConnectionSecurity security); // "tls", "starttls", "none"
[[nodiscard]] bool parseSecurity(const QString &name, ConnectionSecurity *out);

// What the user told us to trust beyond the system's CAs.
struct TlsTrust
{
    QString caFile; // extra CA certificates (PEM), trusted besides the system's
    QByteArray pinnedSha256; // SHA-256 of the server's certificate (DER), raw 32 bytes

    // Parses "AB:CD:…" or "abcd…" (64 hex digits); false and unchanged if malformed.
    // An empty (or all-blank) string clears the pin and returns true.
    [[nodiscard]] bool setPinFromHex(const QString &hex);
    [[nodiscard]] QString pinAsHex() const; // "ab:cd:…", empty when no pin
};

// The one place where TLS is configured and a peer is judged (RFC 8314 §4.1, RFC 6125,
// RFC 7817): TLS 1.2 or newer, the peer verified against the host name the user configured,
// an extra CA file or a pinned certificate if the account says so, and never a blanket
// ignoreSslErrors(). Sessions call prepare() before connecting and checkPeer() once
// encrypted; sslErrors go through acceptableErrors().
//
// The name verified against the certificate (RFC 6125) is the host name the session gives to
// QSslSocket::connectToHostEncrypted() or connectToHost() before startClientEncryption():
// sessions must pass the host the user configured there, never a resolved address, or call
// QSslSocket::setPeerVerifyName() with it.
class TlsPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TlsPolicy)
public:
    explicit TlsPolicy(TlsTrust trust = {});

    // False with errorString() if the CA file cannot be read or has no certificate.
    [[nodiscard]] bool isUsable() const { return m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }

    // Sets protocol (TLS 1.2 or newer), verify mode (VerifyPeer) and CA certificates (the
    // system's plus the extra CA file's) on the socket. Call before connecting.
    void prepare(QSslSocket *socket) const;

    // Given the errors Qt reports, returns the subset that may be ignored, or an empty list
    // when the handshake must fail. Errors are acceptable only when a pin is set and `peer`
    // is exactly the pinned certificate; then errors about that certificate (including its
    // validity dates and name: the user trusts this very certificate) and chain errors
    // (self-signed, unknown issuer, untrusted) are ignored, but never a revoked or
    // blacklisted certificate. If any error is not acceptable the result is empty.
    // The caller passes this exact list to QSslSocket::ignoreSslErrors(list).
    [[nodiscard]] QList<QSslError> acceptableErrors(
        const QList<QSslError> &errors, const QSslCertificate &peer) const;

    // Why checkPeer() refused a peer; the session maps it to its own error code.
    enum class PeerProblem {
        None,
        NotEncrypted,
        OldProtocol, // older than TLS 1.2
        PinMismatch, // a pin is set and this is not the pinned certificate
        NameMismatch, // the certificate does not name the host (certificateMatchesHost())
    };

    // After encryption, before the first byte is sent over it: an empty string if the peer is
    // acceptable, else why not (not encrypted, protocol older than TLS 1.2, pin mismatch even
    // when the chain verified, or a certificate that does not name the host), with the kind
    // in `problem` if given. The host is the name Qt verified: the socket's peerVerifyName(),
    // else its peerName(). Qt's own name check is looser than RFC 6125 (see
    // certificatenames.h), so the name is checked again here, on the peer certificate Qt's
    // chain verification accepted. A pinned certificate stands in for the name, as in
    // acceptableErrors(): the user trusts that very certificate, whatever it names.
    [[nodiscard]] QString checkPeer(const QSslSocket *socket, PeerProblem *problem = nullptr) const;

    // "TLSv1.3, TLS_AES_256_GCM_SHA384, CN=mail.example.org issued by CN=…, SHA-256 ab:cd:…"
    [[nodiscard]] static QString describeSession(const QSslSocket *socket);
    [[nodiscard]] static QString describeCertificate(const QSslCertificate &certificate);
    // One of the errors Qt reported, for the user: its errorString(), except that a host name
    // mismatch says which names the certificate does carry (as checkPeer() does).
    [[nodiscard]] static QString describeError(const QSslError &error, const QSslSocket *socket);
    [[nodiscard]] static QByteArray sha256(const QSslCertificate &certificate);
    [[nodiscard]] static QString hex(const QByteArray &digest); // "ab:cd:…"

private:
    // The name Qt verifies the certificate against: peerVerifyName(), else peerName().
    [[nodiscard]] static QString verifiedHost(const QSslSocket *socket);
    [[nodiscard]] static QString nameMismatchReason(
        const QString &host, const PresentedIdentifiers &names);

    TlsTrust m_trust;
    QList<QSslCertificate> m_extraCas;
    QString m_error;
};
