// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// The password mechanisms without mutual authentication: PLAIN, LOGIN and CRAM-MD5.
// None of them can tell a real server from an impostor, which is why Sasl::choose() ranks
// them below SCRAM; PLAIN and LOGIN must only ever run inside TLS.

#include "sasl_p.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>

namespace {

using Sasl::Detail::wipe;

QString unexpectedChallengeError()
{
    return QCoreApplication::translate(
        "Sasl", "The server sent a challenge after the exchange ended.");
}

// RFC 4616 (PLAIN): one message, authzid NUL authcid NUL passwd, all UTF-8.
class PlainMechanism final : public SaslMechanism
{
    Q_DECLARE_TR_FUNCTIONS(Sasl)

public:
    explicit PlainMechanism(const SaslCredentials &credentials)
        : m_credentials(credentials)
    { }
    ~PlainMechanism() override { wipe(m_credentials.secret); }

    QByteArray name() const override { return QByteArrayLiteral("PLAIN"); }

    std::optional<QByteArray> initialResponse() override
    {
        if (m_sent || hasNul())
            return std::nullopt; // respond() reports the NUL error
        m_sent = true;
        return message();
    }

    Step respond(const QByteArray &challenge) override
    {
        if (hasNul()) {
            return { {},
                tr("The user name or password contains a NUL character, which PLAIN "
                   "cannot send.") };
        }
        // RFC 4422 §5: a server that got no initial response asks for it with an empty
        // challenge. PLAIN has no second step.
        if (m_sent || !challenge.isEmpty())
            return { {}, unexpectedChallengeError() };
        m_sent = true;
        return { message(), {} };
    }

    bool isComplete() const override { return m_sent; }

private:
    // RFC 4616 §2: none of the three fields may contain NUL; one that did could smuggle in
    // a different authorisation identity.
    bool hasNul() const
    {
        const QChar nul(u'\0');
        return m_credentials.authzid.contains(nul) || m_credentials.user.contains(nul)
            || m_credentials.secret.contains(nul);
    }

    QByteArray message() const
    {
        QByteArray password = m_credentials.secret.toUtf8();
        const Sasl::Detail::ScopedWipe wipePassword(password);
        QByteArray out;
        // Room for everything up front: a reallocation would leave a copy behind unwiped.
        out.reserve(
            3 * (m_credentials.authzid.size() + m_credentials.user.size()) + password.size() + 2);
        out += m_credentials.authzid.toUtf8();
        out += '\0';
        out += m_credentials.user.toUtf8();
        out += '\0';
        out += password;
        return out;
    }

    SaslCredentials m_credentials;
    bool m_sent = false;
};

// draft-murchison-sasl-login: the server prompts twice ("Username:", "Password:"). The
// prompt text varies between servers and is not trusted: we answer by step order.
class LoginMechanism final : public SaslMechanism
{
public:
    explicit LoginMechanism(const SaslCredentials &credentials)
        : m_credentials(credentials)
    { }
    ~LoginMechanism() override { wipe(m_credentials.secret); }

    QByteArray name() const override { return QByteArrayLiteral("LOGIN"); }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }

    Step respond(const QByteArray &) override
    {
        switch (m_stage) {
        case Stage::User:
            m_stage = Stage::Password;
            return { m_credentials.user.toUtf8(), {} };
        case Stage::Password:
            m_stage = Stage::Done;
            return { m_credentials.secret.toUtf8(), {} };
        case Stage::Done:
            return { {}, unexpectedChallengeError() };
        }
        return { {}, unexpectedChallengeError() };
    }

    bool isComplete() const override { return m_stage == Stage::Done; }

private:
    enum class Stage { User, Password, Done };

    SaslCredentials m_credentials;
    Stage m_stage = Stage::User;
};

// RFC 2195 (CRAM-MD5): one challenge, answered with user SP hex(HMAC-MD5(password, challenge)).
class CramMd5Mechanism final : public SaslMechanism
{
    Q_DECLARE_TR_FUNCTIONS(Sasl)

public:
    explicit CramMd5Mechanism(const SaslCredentials &credentials)
        : m_credentials(credentials)
    { }
    ~CramMd5Mechanism() override { wipe(m_credentials.secret); }

    QByteArray name() const override { return QByteArrayLiteral("CRAM-MD5"); }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }

    Step respond(const QByteArray &challenge) override
    {
        if (m_answered)
            return { {}, unexpectedChallengeError() };
        if (challenge.isEmpty()) {
            return { {}, tr("The server sent an empty CRAM-MD5 challenge.") };
        }
        QByteArray password = m_credentials.secret.toUtf8();
        const Sasl::Detail::ScopedWipe wipePassword(password);
        const QByteArray digest
            = QMessageAuthenticationCode::hash(challenge, password, QCryptographicHash::Md5);
        m_answered = true;
        return { m_credentials.user.toUtf8() + ' ' + digest.toHex(), {} };
    }

    bool isComplete() const override { return m_answered; }

private:
    SaslCredentials m_credentials;
    bool m_answered = false;
};

} // namespace

namespace Sasl::Detail {

std::unique_ptr<SaslMechanism> createPlain(const SaslCredentials &credentials)
{
    return std::make_unique<PlainMechanism>(credentials);
}

std::unique_ptr<SaslMechanism> createLogin(const SaslCredentials &credentials)
{
    return std::make_unique<LoginMechanism>(credentials);
}

std::unique_ptr<SaslMechanism> createCramMd5(const SaslCredentials &credentials)
{
    return std::make_unique<CramMd5Mechanism>(credentials);
}

} // namespace Sasl::Detail
