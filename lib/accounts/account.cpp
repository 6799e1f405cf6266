// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "account.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>

namespace {

void writeTrust(QSettings &s, const TlsTrust &trust)
{
    s.setValue(QStringLiteral("caFile"), trust.caFile);
    s.setValue(QStringLiteral("pinSha256"), trust.pinAsHex());
}

TlsTrust readTrust(const QSettings &s)
{
    TlsTrust trust;
    trust.caFile = s.value(QStringLiteral("caFile")).toString();
    // A pin that no longer parses is dropped here and shows as absent in `account show`.
    (void)trust.setPinFromHex(s.value(QStringLiteral("pinSha256")).toString());
    return trust;
}

ConnectionSecurity readSecurity(const QSettings &s, ConnectionSecurity fallback)
{
    ConnectionSecurity security = fallback;
    return parseSecurity(s.value(QStringLiteral("security")).toString(), &security) ? security
                                                                                    : fallback;
}

void writeSecret(QSettings &s, const SecretSource &secret)
{
    s.setValue(QStringLiteral("secret"), SecretSource::kindName(secret.kind));
    s.setValue(QStringLiteral("passwordCommand"), secret.command);
    s.setValue(QStringLiteral("credential"),
        secret.credentialKind == SaslCredentials::Kind::OAuthToken ? QStringLiteral("oauth")
                                                                   : QStringLiteral("password"));
}

SecretSource readSecret(const QSettings &s)
{
    SecretSource secret;
    (void)SecretSource::parseKind(s.value(QStringLiteral("secret")).toString(), &secret.kind);
    secret.command = s.value(QStringLiteral("passwordCommand")).toString();
    if (s.value(QStringLiteral("credential")).toString() == QLatin1String("oauth"))
        secret.credentialKind = SaslCredentials::Kind::OAuthToken;
    return secret;
}

void writeMailbox(
    QSettings &s, const QString &group, const std::optional<MailboxServerSettings> &server)
{
    s.remove(group);
    if (!server)
        return;
    s.beginGroup(group);
    s.setValue(QStringLiteral("host"), server->host);
    s.setValue(QStringLiteral("port"), server->port);
    s.setValue(QStringLiteral("security"), securityName(server->security));
    s.setValue(QStringLiteral("user"), server->user);
    writeTrust(s, server->trust);
    s.endGroup();
}

// The command timer and, only when set apart from it, the wait for the final dot's reply, in
// seconds; absent keys mean RFC 5321's defaults (SmtpTimeouts::scaled keeps the rest).
SmtpTimeouts readTimeouts(QSettings &s)
{
    const double command = s.value(QStringLiteral("timeout")).toDouble();
    const double dataEnd = s.value(QStringLiteral("timeoutDataEnd")).toDouble();
    if (command <= 0 && dataEnd <= 0)
        return {};
    const int commandMs = command > 0 ? int(qMin(command, 3600.0) * 1000) : SmtpTimeouts().command;
    return SmtpTimeouts::scaled(commandMs, dataEnd > 0 ? int(qMin(dataEnd, 3600.0) * 1000) : 0);
}

void writeTimeouts(QSettings &s, const SmtpTimeouts &timeouts)
{
    const SmtpTimeouts rfc;
    if (timeouts.command != rfc.command)
        s.setValue(QStringLiteral("timeout"), timeouts.command / 1000.0);
    if (timeouts.dataTermination != SmtpTimeouts::dataTerminationFor(timeouts.command))
        s.setValue(QStringLiteral("timeoutDataEnd"), timeouts.dataTermination / 1000.0);
}

std::optional<MailboxServerSettings> readMailbox(
    QSettings &s, const QString &group, MailboxServerSettings::Protocol protocol)
{
    if (!s.childGroups().contains(group))
        return std::nullopt;
    s.beginGroup(group);
    MailboxServerSettings server;
    server.protocol = protocol;
    server.host = s.value(QStringLiteral("host")).toString();
    server.port = quint16(s.value(QStringLiteral("port")).toUInt());
    server.security = readSecurity(s, ConnectionSecurity::ImplicitTls);
    server.user = s.value(QStringLiteral("user")).toString();
    server.trust = readTrust(s);
    s.endGroup();
    return server;
}

const QString SignatureKey = QStringLiteral("signature");
const QString SizeLimitKey = QStringLiteral("smtp/sizeLimit");

std::optional<qint64> readSizeLimit(const QVariant &value)
{
    bool ok = false;
    const qint64 octets = value.toLongLong(&ok);
    return ok && octets > 0 ? std::optional<qint64>(octets) : std::nullopt;
}

} // namespace

QString SecretSource::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Command:
        return QStringLiteral("command");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    }
    return {};
}

bool SecretSource::parseKind(const QString &name, Kind *out)
{
    for (Kind kind : { Kind::None, Kind::Command, Kind::Keychain }) {
        if (name == kindName(kind)) {
            *out = kind;
            return true;
        }
    }
    return false;
}

bool AccountStore::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Za-z0-9._@-]{1,64}$)"));
    return pattern.match(name).hasMatch();
}

QList<Account> AccountStore::accounts() const
{
    QSettings s(m_file, QSettings::IniFormat);
    QList<Account> result;
    const QStringList names = s.childGroups();
    for (const QString &name : names) {
        if (auto account = find(name))
            result << *account;
    }
    return result;
}

std::optional<Account> AccountStore::find(const QString &name) const
{
    if (!isValidName(name) || !QFileInfo::exists(m_file))
        return std::nullopt;
    QSettings s(m_file, QSettings::IniFormat);
    if (!s.childGroups().contains(name))
        return std::nullopt;
    s.beginGroup(name);
    Account a;
    a.name = name;
    a.displayName = s.value(QStringLiteral("displayName")).toString();
    a.address = s.value(QStringLiteral("address")).toString();
    a.signature = s.value(SignatureKey).toString();
    a.sizeLimit = readSizeLimit(s.value(SizeLimitKey));

    s.beginGroup(QStringLiteral("smtp"));
    a.smtp.host = s.value(QStringLiteral("host")).toString();
    a.smtp.security = readSecurity(s, ConnectionSecurity::StartTls);
    a.smtp.port = quint16(
        s.value(QStringLiteral("port"), SmtpServerSettings::defaultPort(a.smtp.security)).toUInt());
    a.smtp.user = s.value(QStringLiteral("user")).toString();
    a.smtp.authMechanism = s.value(QStringLiteral("authMechanism")).toString().toLatin1().toUpper();
    a.smtp.heloName = s.value(QStringLiteral("heloName")).toString();
    a.smtp.trust = readTrust(s);
    a.smtp.timeouts = readTimeouts(s);
    // The app's own Sandbox account sends to a server only this user may run. Profiles written
    // before that was recorded get it from the account's name and loopback address.
    const bool loopback = QHostAddress(a.smtp.host).isLoopback()
        || a.smtp.host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
    a.smtp.requireOwnServer
        = s.value(QStringLiteral("ownServer"), name == QLatin1String("Sandbox") && loopback)
              .toBool();
    a.smtpSecret = readSecret(s);
    s.endGroup();

    a.imap = readMailbox(s, QStringLiteral("imap"), MailboxServerSettings::Protocol::Imap);
    a.pop3 = readMailbox(s, QStringLiteral("pop3"), MailboxServerSettings::Protocol::Pop3);
    s.beginGroup(QStringLiteral("mailbox"));
    a.mailboxSecret = readSecret(s);
    s.endGroup();
    return a;
}

bool AccountStore::save(const Account &a, QString *errorString) const
{
    if (!isValidName(a.name)) {
        *errorString = tr("an account name may hold only letters, digits and . _ - @ (at most 64)");
        return false;
    }
    QSettings s(m_file, QSettings::IniFormat);
    s.remove(a.name);
    s.beginGroup(a.name);
    s.setValue(QStringLiteral("displayName"), a.displayName);
    s.setValue(QStringLiteral("address"), a.address);
    if (!a.signature.trimmed().isEmpty())
        s.setValue(SignatureKey, a.signature);
    if (a.sizeLimit && *a.sizeLimit > 0)
        s.setValue(SizeLimitKey, *a.sizeLimit);

    s.beginGroup(QStringLiteral("smtp"));
    s.setValue(QStringLiteral("host"), a.smtp.host);
    s.setValue(QStringLiteral("port"), a.smtp.port);
    s.setValue(QStringLiteral("security"), securityName(a.smtp.security));
    s.setValue(QStringLiteral("user"), a.smtp.user);
    s.setValue(QStringLiteral("authMechanism"), QString::fromLatin1(a.smtp.authMechanism));
    s.setValue(QStringLiteral("heloName"), a.smtp.heloName);
    writeTrust(s, a.smtp.trust);
    writeTimeouts(s, a.smtp.timeouts);
    if (a.smtp.requireOwnServer)
        s.setValue(QStringLiteral("ownServer"), true);
    writeSecret(s, a.smtpSecret);
    s.endGroup();

    writeMailbox(s, QStringLiteral("imap"), a.imap);
    writeMailbox(s, QStringLiteral("pop3"), a.pop3);
    s.beginGroup(QStringLiteral("mailbox"));
    writeSecret(s, a.mailboxSecret);
    s.endGroup();
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError) {
        *errorString = tr("cannot write %1").arg(m_file);
        return false;
    }
    return true;
}

bool AccountStore::remove(const QString &name, QString *errorString) const
{
    QSettings s(m_file, QSettings::IniFormat);
    if (!isValidName(name) || !s.childGroups().contains(name)) {
        *errorString = tr("no account named %1").arg(name);
        return false;
    }
    s.remove(name);
    s.sync();
    if (s.status() != QSettings::NoError) {
        *errorString = tr("cannot write %1").arg(m_file);
        return false;
    }
    return true;
}

bool AccountStore::saveSizeLimit(
    const QString &name, std::optional<qint64> octets, QString *errorString) const
{
    QSettings s(m_file, QSettings::IniFormat);
    if (!isValidName(name) || !s.childGroups().contains(name)) {
        *errorString = tr("no account named %1").arg(name);
        return false;
    }
    s.beginGroup(name);
    if (octets && *octets > 0)
        s.setValue(SizeLimitKey, *octets);
    else
        s.remove(SizeLimitKey);
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError) {
        *errorString = tr("cannot write %1").arg(m_file);
        return false;
    }
    return true;
}

bool AccountStore::migrateComposeSettings(const QString &settingsFile, QString *errorString) const
{
    const QString signaturesGroup = QStringLiteral("signatures");
    const QString sizeLimitsGroup = QStringLiteral("serverSizeLimits");
    QSettings old(settingsFile, QSettings::IniFormat);
    const QStringList groups = old.childGroups();
    if (!groups.contains(signaturesGroup) && !groups.contains(sizeLimitsGroup))
        return true;

    QSettings s(m_file, QSettings::IniFormat);
    const QStringList accounts = s.childGroups();
    const auto moveGroup = [&](const QString &group, const QString &key, auto isUsable) {
        old.beginGroup(group);
        const QStringList names = old.childKeys();
        for (const QString &name : names) {
            const QVariant value = old.value(name);
            if (!isValidName(name) || !accounts.contains(name) || !isUsable(value))
                continue;
            s.beginGroup(name);
            if (!s.contains(key)) // the account's own value wins
                s.setValue(key, value);
            s.endGroup();
        }
        old.endGroup();
    };
    moveGroup(signaturesGroup, SignatureKey,
        [](const QVariant &value) { return !value.toString().trimmed().isEmpty(); });
    moveGroup(sizeLimitsGroup, SizeLimitKey,
        [](const QVariant &value) { return readSizeLimit(value).has_value(); });
    s.sync();
    if (s.status() != QSettings::NoError) {
        *errorString = tr("cannot write %1").arg(m_file);
        return false;
    }
    old.remove(signaturesGroup);
    old.remove(sizeLimitsGroup);
    old.sync();
    if (old.status() != QSettings::NoError) {
        *errorString = tr("cannot write %1").arg(settingsFile);
        return false;
    }
    return true;
}
