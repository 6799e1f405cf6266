// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <memory>
#include <optional>

// What the user proves themselves with. `secret` is a password, or an OAuth 2 access token
// for XOAUTH2 and OAUTHBEARER. Never logged, never written to disk by this library.
struct SaslCredentials
{
    enum class Kind { Password, OAuthToken };
    QString user;
    QString secret;
    Kind kind = Kind::Password;
    QString authzid; // optional authorisation identity (PLAIN, SCRAM)
};

// The client side of one SASL mechanism (RFC 4422) for one authentication exchange.
// Pure: no socket. The protocol layer (SMTP AUTH, IMAP AUTHENTICATE, POP3 AUTH) moves the
// bytes and does the base64; mechanisms see and produce decoded bytes.
//
// Exchange: initialResponse() first (sent with the command, RFC 4954 §4); then for every
// server challenge respond(). When the server says it succeeded, call isComplete(): a
// mechanism with mutual authentication (SCRAM) is complete only after it has verified the
// server's final message, so a server that skips or fakes it is caught.
class SaslMechanism
{
public:
    struct Step
    {
        QByteArray response; // decoded bytes to send back
        QString error; // non-empty: abort the exchange ("*") and fail with this
    };

    virtual ~SaslMechanism() = default;

    [[nodiscard]] virtual QByteArray name() const = 0;
    // Bytes to send with the command, or nullopt if the mechanism waits for a challenge.
    [[nodiscard]] virtual std::optional<QByteArray> initialResponse() = 0;
    [[nodiscard]] virtual Step respond(const QByteArray &challenge) = 0;
    // Whether the exchange may be accepted as successful now.
    [[nodiscard]] virtual bool isComplete() const = 0;
    // Whether the client's responses carry secrets and must be redacted in transcripts.
    // True for all current mechanisms; kept explicit for the session's sake. The server's
    // challenges are redacted whatever this says (SCRAM's allow an offline attack).
    [[nodiscard]] virtual bool exchangesSecrets() const { return true; }
};

namespace Sasl {

// Mechanisms this library implements, strongest first:
// SCRAM-SHA-256, SCRAM-SHA-1, CRAM-MD5, PLAIN, LOGIN, then the token ones
// OAUTHBEARER, XOAUTH2 (only ever chosen for OAuthToken credentials).
[[nodiscard]] QByteArrayList supportedMechanisms();

// Picks the mechanism to use: `preferred` if non-empty (nullopt when the server does not
// offer it, we do not implement it, or it is of the other kind than the credentials), else
// the strongest offered that fits the credentials' kind. `offered` is upper-case (from
// SmtpCapabilities::authMechanisms()); other case is tolerated.
[[nodiscard]] std::optional<QByteArray> choose(const QByteArrayList &offered,
    const SaslCredentials &credentials, const QByteArray &preferred = {});

// Creates a mechanism by (upper-case) name. `host`/`port` are used by OAUTHBEARER's
// GS2 header (RFC 7628 §3.1); each is left out when empty/0. Returns null for an unknown
// name, and for a mechanism of the other kind than the credentials (a token is never sent
// as a password, where a server might log it, nor a password as a token).
[[nodiscard]] std::unique_ptr<SaslMechanism> create(const QByteArray &name,
    const SaslCredentials &credentials, const QString &host = {}, quint16 port = 0);

// For tests: SCRAM with a fixed client nonce instead of a random one. Null unless `name` is
// a SCRAM mechanism and the nonce is printable ASCII without ',' (RFC 5802 §7).
[[nodiscard]] std::unique_ptr<SaslMechanism> createScramForTest(
    const QByteArray &name, const SaslCredentials &credentials, const QByteArray &clientNonce);

} // namespace Sasl
