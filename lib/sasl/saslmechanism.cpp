// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "saslmechanism.h"

#include "sasl_p.h"

#include <iterator>

namespace {

struct MechanismInfo
{
    const char *name;
    SaslCredentials::Kind kind;
};

// Strongest first; Sasl::choose() walks this table in order.
constexpr MechanismInfo kMechanisms[] = {
    { "SCRAM-SHA-256", SaslCredentials::Kind::Password },
    { "SCRAM-SHA-1", SaslCredentials::Kind::Password },
    { "CRAM-MD5", SaslCredentials::Kind::Password },
    { "PLAIN", SaslCredentials::Kind::Password },
    { "LOGIN", SaslCredentials::Kind::Password },
    { "OAUTHBEARER", SaslCredentials::Kind::OAuthToken },
    { "XOAUTH2", SaslCredentials::Kind::OAuthToken },
};

const MechanismInfo *findMechanism(const QByteArray &upperName)
{
    for (const MechanismInfo &info : kMechanisms) {
        if (upperName == info.name)
            return &info;
    }
    return nullptr;
}

} // namespace

namespace Sasl::Detail {

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached()) {
        // volatile: the stores must happen even though the buffer is released right after.
        volatile char *data = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); ++i)
            data[i] = 0;
    }
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached()) {
        volatile char16_t *data = reinterpret_cast<char16_t *>(text.data());
        for (qsizetype i = 0; i < text.size(); ++i)
            data[i] = 0;
    }
    text.clear();
}

QByteArray escapeSaslName(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    QByteArray escaped;
    escaped.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == ',')
            escaped += "=2C";
        else if (c == '=')
            escaped += "=3D";
        else
            escaped += c;
    }
    return escaped;
}

bool containsControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace Sasl::Detail

namespace Sasl {

QByteArrayList supportedMechanisms()
{
    QByteArrayList names;
    names.reserve(qsizetype(std::size(kMechanisms)));
    for (const MechanismInfo &info : kMechanisms)
        names.append(QByteArray(info.name));
    return names;
}

std::optional<QByteArray> choose(
    const QByteArrayList &offered, const SaslCredentials &credentials, const QByteArray &preferred)
{
    // The capability parser upper-cases already; doing it again keeps choose() safe to call
    // with a hand-written list.
    QByteArrayList offeredUpper;
    offeredUpper.reserve(offered.size());
    for (const QByteArray &name : offered)
        offeredUpper.append(name.trimmed().toUpper());

    if (!preferred.isEmpty()) {
        const QByteArray wanted = preferred.trimmed().toUpper();
        const MechanismInfo *info = findMechanism(wanted);
        if (!info || info->kind != credentials.kind || !offeredUpper.contains(wanted))
            return std::nullopt;
        return wanted;
    }

    for (const MechanismInfo &info : kMechanisms) {
        if (info.kind == credentials.kind && offeredUpper.contains(QByteArray(info.name)))
            return QByteArray(info.name);
    }
    return std::nullopt;
}

std::unique_ptr<SaslMechanism> create(
    const QByteArray &name, const SaslCredentials &credentials, const QString &host, quint16 port)
{
    const QByteArray upper = name.trimmed().toUpper();
    const MechanismInfo *info = findMechanism(upper);
    // A token is never sent as a password (where a server might log it) and vice versa.
    if (!info || info->kind != credentials.kind)
        return nullptr;

    if (upper == "SCRAM-SHA-256")
        return Detail::createScram(upper, QCryptographicHash::Sha256, credentials, {});
    if (upper == "SCRAM-SHA-1")
        return Detail::createScram(upper, QCryptographicHash::Sha1, credentials, {});
    if (upper == "CRAM-MD5")
        return Detail::createCramMd5(credentials);
    if (upper == "PLAIN")
        return Detail::createPlain(credentials);
    if (upper == "LOGIN")
        return Detail::createLogin(credentials);
    if (upper == "OAUTHBEARER")
        return Detail::createOAuthBearer(credentials, host, port);
    if (upper == "XOAUTH2")
        return Detail::createXOAuth2(credentials);
    return nullptr;
}

std::unique_ptr<SaslMechanism> createScramForTest(
    const QByteArray &name, const SaslCredentials &credentials, const QByteArray &clientNonce)
{
    const QByteArray upper = name.trimmed().toUpper();
    if (clientNonce.isEmpty() || credentials.kind != SaslCredentials::Kind::Password)
        return nullptr;
    if (upper == "SCRAM-SHA-256")
        return Detail::createScram(upper, QCryptographicHash::Sha256, credentials, clientNonce);
    if (upper == "SCRAM-SHA-1")
        return Detail::createScram(upper, QCryptographicHash::Sha1, credentials, clientNonce);
    return nullptr;
}

} // namespace Sasl
