// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// The OAuth 2 bearer-token mechanisms: OAUTHBEARER (RFC 7628) and Google's XOAUTH2, which it
// standardised. Both send everything in the initial response; a challenge means the token was
// refused and carries a JSON error, to which the client answers so the server can fail.

#include "sasl_p.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

using Sasl::Detail::wipe;

constexpr char kSeparator = '\x01';

QString controlCharacterError()
{
    return QCoreApplication::translate(
        "Sasl", "The user name, host or access token contains a control character.");
}

QString unexpectedChallengeError()
{
    return QCoreApplication::translate(
        "Sasl", "The server sent a challenge after the exchange ended.");
}

// The shared shape: one message, and one fixed answer to the server's error challenge.
class BearerTokenMechanism : public SaslMechanism
{
public:
    explicit BearerTokenMechanism(const SaslCredentials &credentials)
        : m_credentials(credentials)
    { }
    ~BearerTokenMechanism() override { wipe(m_credentials.secret); }

    std::optional<QByteArray> initialResponse() override
    {
        if (m_stage != Stage::Start || !isValid())
            return std::nullopt; // respond() reports the error
        m_stage = Stage::Sent;
        return message();
    }

    Step respond(const QByteArray &challenge) override
    {
        if (!isValid())
            return { {}, controlCharacterError() };
        switch (m_stage) {
        case Stage::Start:
            // RFC 4422 §5: the server asks for the missing initial response with an empty
            // challenge.
            if (!challenge.isEmpty())
                return { {}, unexpectedChallengeError() };
            m_stage = Stage::Sent;
            return { message(), {} };
        case Stage::Sent:
            // The token was refused; the challenge is a JSON error (status, scope). Answer as
            // the mechanism requires and let the server finish with its failure reply.
            m_stage = Stage::Refused;
            return { errorAcknowledgement(), {} };
        case Stage::Refused:
            return { {}, unexpectedChallengeError() };
        }
        return { {}, unexpectedChallengeError() };
    }

    bool isComplete() const override { return m_stage == Stage::Sent; }

protected:
    virtual bool isValid() const = 0;
    virtual QByteArray message() const = 0;
    virtual QByteArray errorAcknowledgement() const = 0;

    // Appends "auth=Bearer " token ^A ^A, the common tail of both messages. `out` must have
    // been reserved with room for it (see reserveFor()), so that no reallocation leaves an
    // unwiped copy of the token behind.
    void appendBearer(QByteArray &out) const
    {
        QByteArray token = m_credentials.secret.toUtf8();
        const Sasl::Detail::ScopedWipe wipeToken(token);
        out += "auth=Bearer ";
        out += token;
        out += kSeparator;
        out += kSeparator;
    }

    QByteArray reserveFor(qsizetype headLength) const
    {
        QByteArray out;
        // UTF-8 takes at most 3 bytes per UTF-16 code unit.
        out.reserve(headLength + 3 * m_credentials.secret.size() + 16);
        return out;
    }

    SaslCredentials m_credentials;

private:
    enum class Stage { Start, Sent, Refused };
    Stage m_stage = Stage::Start;
};

// https://developers.google.com/gmail/imap/xoauth2-protocol:
// "user=" user ^A "auth=Bearer " token ^A ^A. The answer to an error challenge is empty.
class XOAuth2Mechanism final : public BearerTokenMechanism
{
public:
    using BearerTokenMechanism::BearerTokenMechanism;

    QByteArray name() const override { return QByteArrayLiteral("XOAUTH2"); }

private:
    bool isValid() const override
    {
        return !Sasl::Detail::containsControlCharacter(m_credentials.user)
            && !Sasl::Detail::containsControlCharacter(m_credentials.secret);
    }

    QByteArray message() const override
    {
        const QByteArray user = m_credentials.user.toUtf8();
        QByteArray out = reserveFor(user.size() + 8);
        out += "user=";
        out += user;
        out += kSeparator;
        appendBearer(out);
        return out;
    }

    QByteArray errorAcknowledgement() const override { return QByteArray(""); }
};

// RFC 7628 §3.1: gs2-header kvsep *(key=value kvsep) kvsep, with the GS2 header of
// RFC 5801 ("n,a=" saslname ","). host and port are sent when known. §3.2.3: the answer to
// an error challenge is a single kvsep.
class OAuthBearerMechanism final : public BearerTokenMechanism
{
public:
    OAuthBearerMechanism(const SaslCredentials &credentials, const QString &host, quint16 port)
        : BearerTokenMechanism(credentials)
        , m_host(host)
        , m_port(port)
    { }

    QByteArray name() const override { return QByteArrayLiteral("OAUTHBEARER"); }

private:
    QString identity() const
    {
        return m_credentials.authzid.isEmpty() ? m_credentials.user : m_credentials.authzid;
    }

    bool isValid() const override
    {
        return !Sasl::Detail::containsControlCharacter(identity())
            && !Sasl::Detail::containsControlCharacter(m_host)
            && !Sasl::Detail::containsControlCharacter(m_credentials.secret);
    }

    QByteArray message() const override
    {
        QByteArray head = QByteArrayLiteral("n,");
        if (!identity().isEmpty())
            head += "a=" + Sasl::Detail::escapeSaslName(identity());
        head += ',';
        head += kSeparator;
        if (!m_host.isEmpty()) {
            // The ACE form of an internationalised name, as the server knows itself by it.
            const QByteArray ace = QUrl::toAce(m_host);
            head += "host=" + (ace.isEmpty() ? m_host.toUtf8() : ace) + kSeparator;
        }
        if (m_port != 0)
            head += "port=" + QByteArray::number(m_port) + kSeparator;

        QByteArray out = reserveFor(head.size());
        out += head;
        appendBearer(out);
        return out;
    }

    QByteArray errorAcknowledgement() const override { return QByteArray(1, kSeparator); }

    QString m_host;
    quint16 m_port;
};

} // namespace

namespace Sasl::Detail {

std::unique_ptr<SaslMechanism> createXOAuth2(const SaslCredentials &credentials)
{
    return std::make_unique<XOAuth2Mechanism>(credentials);
}

std::unique_ptr<SaslMechanism> createOAuthBearer(
    const SaslCredentials &credentials, const QString &host, quint16 port)
{
    return std::make_unique<OAuthBearerMechanism>(credentials, host, port);
}

} // namespace Sasl::Detail
