// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// SCRAM-SHA-1 (RFC 5802) and SCRAM-SHA-256 (RFC 7677), without channel binding.
//
// SCRAM is the one mechanism here that authenticates the server too: the server proves in
// its final message ("v=") that it knows the salted password. Until that proof has been
// checked the exchange is not complete, whatever the server's status reply says.

#include "sasl_p.h"

#include <QCoreApplication>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace {

using Sasl::Detail::ScopedWipe;
using Sasl::Detail::wipe;

// RFC 7677 §4: a client should accept no fewer than 4096 iterations. A server that asks for
// fewer makes a captured exchange cheap to brute-force; we treat it as hostile, not as a hint.
constexpr int kMinimumIterations = 4096;
// And a hostile server must not be able to pin the client's CPU: PBKDF2 runs synchronously
// in respond(). Real deployments use 4096 to a few hundred thousand.
constexpr int kMaximumIterations = 1000000;

// The password's preparation. RFC 5802 §2.2 asks for SASLprep (RFC 4013), which Qt does not
// provide; this is an approximation: the RFC 4013 §2.1 mapping (non-ASCII spaces to SPACE,
// "commonly mapped to nothing" characters removed) followed by NFKC, the normalisation
// SASLprep uses. It does not reject the characters SASLprep prohibits or check
// bidirectional text; such passwords are sent as normalised and the server decides.
QString preparePassword(const QString &password)
{
    QString mapped;
    mapped.reserve(password.size());
    for (const QChar c : password) {
        const char16_t u = c.unicode();
        // RFC 3454 table B.1: commonly mapped to nothing.
        if (u == 0x00AD || u == 0x034F || u == 0x1806 || (u >= 0x180B && u <= 0x180D)
            || (u >= 0x200B && u <= 0x200D) || u == 0x2060 || (u >= 0xFE00 && u <= 0xFE0F)
            || u == 0xFEFF)
            continue;
        // RFC 3454 table C.1.2: non-ASCII space characters.
        if (u == 0x00A0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x202F || u == 0x205F
            || u == 0x3000)
            mapped += u' ';
        else
            mapped += c;
    }
    QString normalised = mapped.normalized(QString::NormalizationForm_KC);
    wipe(mapped);
    return normalised;
}

// RFC 5802 §7 "printable": %x21-2B / %x2D-7E, i.e. visible ASCII except ','.
bool isPrintableNonce(const QByteArray &nonce)
{
    for (const char c : nonce) {
        if (c < 0x21 || c > 0x7e || c == ',')
            return false;
    }
    return !nonce.isEmpty();
}

QByteArray randomNonce()
{
    // 24 random bytes, base64: printable and free of ',' as the nonce must be.
    quint32 words[6];
    QRandomGenerator::system()->generate(std::begin(words), std::end(words));
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toBase64();
}

struct Attribute
{
    char name;
    QByteArray value;
};

// RFC 5802 §7: attr-val *("," attr-val), attr-val = ALPHA "=" value. Nullopt when the
// message does not have that shape.
std::optional<QList<Attribute>> parseAttributes(const QByteArray &message)
{
    QList<Attribute> attributes;
    for (const QByteArray &part : message.split(',')) {
        if (part.size() < 2 || part.at(1) != '=')
            return std::nullopt;
        const char name = part.at(0);
        if (!((name >= 'a' && name <= 'z') || (name >= 'A' && name <= 'Z')))
            return std::nullopt;
        attributes.append({ name, part.mid(2) });
    }
    return attributes;
}

std::optional<QByteArray> decodeBase64(const QByteArray &text)
{
    auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

// Parses the iteration count as the RFC's posit-number (%x31-39 *DIGIT); nullopt otherwise.
std::optional<int> parseIterations(const QByteArray &text)
{
    if (text.isEmpty() || text.at(0) < '1' || text.at(0) > '9' || text.size() > 9)
        return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Comparison whose time does not depend on where the inputs first differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

class ScramMechanism final : public SaslMechanism
{
    Q_DECLARE_TR_FUNCTIONS(Sasl)

public:
    ScramMechanism(const QByteArray &name, QCryptographicHash::Algorithm algorithm,
        const SaslCredentials &credentials, const QByteArray &clientNonce)
        : m_name(name)
        , m_algorithm(algorithm)
        , m_password(credentials.secret)
        , m_clientNonce(clientNonce.isEmpty() ? randomNonce() : clientNonce)
    {
        // RFC 5802 §7: gs2-cbind-flag "n" (we do not support channel binding), then the
        // optional authzid.
        m_gs2Header = "n,";
        if (!credentials.authzid.isEmpty())
            m_gs2Header += "a=" + Sasl::Detail::escapeSaslName(credentials.authzid);
        m_gs2Header += ',';
        m_clientFirstBare
            = "n=" + Sasl::Detail::escapeSaslName(credentials.user) + ",r=" + m_clientNonce;
    }

    ~ScramMechanism() override
    {
        wipe(m_password);
        wipe(m_expectedServerSignature);
    }

    QByteArray name() const override { return m_name; }

    std::optional<QByteArray> initialResponse() override
    {
        if (m_state != State::Start)
            return std::nullopt;
        m_state = State::ClientFirstSent;
        return m_gs2Header + m_clientFirstBare;
    }

    Step respond(const QByteArray &challenge) override
    {
        switch (m_state) {
        case State::Start:
            // RFC 4422 §5: the server asks for the missing initial response.
            if (!challenge.isEmpty())
                return fail(tr("The server sent a SCRAM challenge before the client's first "
                               "message."));
            m_state = State::ClientFirstSent;
            return { m_gs2Header + m_clientFirstBare, {} };
        case State::ClientFirstSent:
            return handleServerFirst(challenge);
        case State::ClientFinalSent:
            return handleServerFinal(challenge);
        case State::Verified:
            return fail(tr("The server sent a challenge after the exchange ended."));
        case State::Failed:
            return { {}, tr("The SCRAM exchange has already failed.") };
        }
        return fail(tr("The SCRAM exchange has already failed."));
    }

    bool isComplete() const override { return m_state == State::Verified; }

private:
    enum class State { Start, ClientFirstSent, ClientFinalSent, Verified, Failed };

    Step fail(const QString &error)
    {
        m_state = State::Failed;
        wipe(m_expectedServerSignature);
        return { {}, error };
    }

    // RFC 5802 §5.1 / §7: server-first-message =
    //     [reserved-mext ","] nonce "," salt "," iteration-count ["," extensions]
    Step handleServerFirst(const QByteArray &message)
    {
        const auto attributes = parseAttributes(message);
        if (!attributes || attributes->isEmpty())
            return fail(tr("The server's first SCRAM message is malformed."));
        const QList<Attribute> &attrs = *attributes;
        if (attrs.at(0).name == 'e') // not in the grammar here, but said plainly enough
            return fail(tr("The server rejected the authentication: %1")
                            .arg(QString::fromUtf8(attrs.at(0).value)));
        // §5.1: "m" is reserved for a mandatory extension; a client that does not know it
        // must fail.
        if (attrs.at(0).name == 'm')
            return fail(tr("The server requires a SCRAM extension this client does not "
                           "support."));
        if (attrs.size() < 3 || attrs.at(0).name != 'r' || attrs.at(1).name != 's'
            || attrs.at(2).name != 'i')
            return fail(tr("The server's first SCRAM message is malformed."));

        const QByteArray &nonce = attrs.at(0).value;
        // §5.1: the combined nonce must start with ours, or this is not our exchange
        // (a replayed or relayed server message).
        if (!isPrintableNonce(nonce) || !nonce.startsWith(m_clientNonce))
            return fail(tr("The server's SCRAM nonce does not match the client's."));

        const auto salt = decodeBase64(attrs.at(1).value);
        if (!salt || salt->isEmpty())
            return fail(tr("The server's SCRAM salt is missing or malformed."));

        const auto iterations = parseIterations(attrs.at(2).value);
        if (!iterations)
            return fail(tr("The server's SCRAM iteration count is malformed."));
        if (*iterations < kMinimumIterations)
            return fail(tr("The server asked for only %1 SCRAM iterations; at least %2 are "
                           "required.")
                            .arg(*iterations)
                            .arg(kMinimumIterations));
        if (*iterations > kMaximumIterations)
            return fail(tr("The server asked for %1 SCRAM iterations; at most %2 are "
                           "accepted.")
                            .arg(*iterations)
                            .arg(kMaximumIterations));

        // §3: c= is the base64 GS2 header (no channel-binding data with "n").
        const QByteArray clientFinalWithoutProof = "c=" + m_gs2Header.toBase64() + ",r=" + nonce;
        const QByteArray authMessage
            = m_clientFirstBare + ',' + message + ',' + clientFinalWithoutProof;

        QString prepared = preparePassword(m_password);
        QByteArray password = prepared.toUtf8();
        wipe(prepared);
        const ScopedWipe wipePassword(password);

        const int digestLength = QCryptographicHash::hashLength(m_algorithm);
        // §3: SaltedPassword := Hi(Normalize(password), salt, i), Hi being PBKDF2 with HMAC.
        QByteArray saltedPassword = QPasswordDigestor::deriveKeyPbkdf2(
            m_algorithm, password, *salt, *iterations, quint64(digestLength));
        const ScopedWipe wipeSalted(saltedPassword);
        if (saltedPassword.size() != digestLength)
            return fail(tr("The SCRAM key could not be derived."));

        QByteArray clientKey
            = QMessageAuthenticationCode::hash("Client Key", saltedPassword, m_algorithm);
        const ScopedWipe wipeClientKey(clientKey);
        QByteArray storedKey = QCryptographicHash::hash(clientKey, m_algorithm);
        const ScopedWipe wipeStoredKey(storedKey);
        QByteArray clientSignature
            = QMessageAuthenticationCode::hash(authMessage, storedKey, m_algorithm);
        const ScopedWipe wipeClientSignature(clientSignature);
        QByteArray serverKey
            = QMessageAuthenticationCode::hash("Server Key", saltedPassword, m_algorithm);
        const ScopedWipe wipeServerKey(serverKey);

        // ClientProof := ClientKey XOR ClientSignature
        QByteArray proof(digestLength, Qt::Uninitialized);
        for (int i = 0; i < digestLength; ++i)
            proof[i] = char(clientKey.at(i) ^ clientSignature.at(i));

        m_expectedServerSignature
            = QMessageAuthenticationCode::hash(authMessage, serverKey, m_algorithm);
        m_state = State::ClientFinalSent;
        return { clientFinalWithoutProof + ",p=" + proof.toBase64(), {} };
    }

    // RFC 5802 §7: server-final-message = (server-error / verifier) ["," extensions]
    Step handleServerFinal(const QByteArray &message)
    {
        const auto attributes = parseAttributes(message);
        if (!attributes || attributes->isEmpty())
            return fail(tr("The server's final SCRAM message is malformed."));
        const Attribute &first = attributes->at(0);
        if (first.name == 'e')
            return fail(tr("The server rejected the authentication: %1")
                            .arg(QString::fromUtf8(first.value)));
        if (first.name != 'v')
            return fail(tr("The server's final SCRAM message is malformed."));
        const auto signature = decodeBase64(first.value);
        if (!signature || !constantTimeEquals(*signature, m_expectedServerSignature))
            return fail(tr("The server could not prove that it knows the password: its SCRAM "
                           "signature is wrong. It may be an impostor."));
        m_state = State::Verified;
        wipe(m_expectedServerSignature);
        // RFC 4954 §4: the server-final data comes as a challenge; the answer is empty.
        return { QByteArray(""), {} };
    }

    QByteArray m_name;
    QCryptographicHash::Algorithm m_algorithm;
    QString m_password;
    QByteArray m_clientNonce;
    QByteArray m_gs2Header;
    QByteArray m_clientFirstBare;
    QByteArray m_expectedServerSignature;
    State m_state = State::Start;
};

} // namespace

namespace Sasl::Detail {

std::unique_ptr<SaslMechanism> createScram(const QByteArray &name,
    QCryptographicHash::Algorithm algorithm, const SaslCredentials &credentials,
    const QByteArray &clientNonce)
{
    if (!clientNonce.isEmpty() && !isPrintableNonce(clientNonce))
        return nullptr;
    return std::make_unique<ScramMechanism>(name, algorithm, credentials, clientNonce);
}

} // namespace Sasl::Detail
