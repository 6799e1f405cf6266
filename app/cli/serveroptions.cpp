// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "serveroptions.h"

#include "exitcodes.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("outboundctl", text);
}
} // namespace

bool parseHostPort(const QString &text, QString *host, quint16 *port)
{
    QString h = text;
    QString p;
    if (h.startsWith(QLatin1Char('['))) {
        const qsizetype close = h.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        p = h.mid(close + 1);
        h = h.mid(1, close - 1);
        if (!p.isEmpty() && !p.startsWith(QLatin1Char(':')))
            return false;
        p = p.mid(1);
    } else if (h.count(QLatin1Char(':')) == 1) {
        p = h.section(QLatin1Char(':'), 1);
        h = h.section(QLatin1Char(':'), 0, 0);
    }
    if (h.isEmpty())
        return false;
    *host = h;
    if (!p.isEmpty()) {
        bool ok = false;
        const uint value = p.toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return false;
        *port = quint16(value);
    }
    return true;
}

void ServerOptions::addTo(QCommandLineParser &parser, bool withAccount)
{
    if (withAccount)
        parser.addOption({ QStringLiteral("account"), tr("Use the account NAME from the profile."),
            QStringLiteral("NAME") });
    parser.addOptions({
        { QStringLiteral("server"), tr("SMTP server as HOST[:PORT]."),
            QStringLiteral("HOST:PORT") },
        { QStringLiteral("security"),
            tr("tls (implicit, port 465), starttls (required; the default) or none (plaintext)."),
            QStringLiteral("MODE") },
        { QStringLiteral("user"), tr("Log in as USER."), QStringLiteral("USER") },
        { QStringLiteral("password-command"),
            tr("Run CMD and use the first line it prints as the password."),
            QStringLiteral("CMD") },
        { QStringLiteral("password-stdin"),
            tr("Read the password from the first line of standard input.") },
        { QStringLiteral("oauth"),
            tr("The secret is an OAuth 2 access token (XOAUTH2, OAUTHBEARER).") },
        { QStringLiteral("auth"), tr("Use this AUTH mechanism instead of the strongest offered."),
            QStringLiteral("MECH") },
        { QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."),
            QStringLiteral("PEM") },
        { QStringLiteral("pin-sha256"),
            tr("Accept only the server certificate with this SHA-256 fingerprint."),
            QStringLiteral("HEX") },
        { QStringLiteral("helo"), tr("Name to give in EHLO/HELO."), QStringLiteral("NAME") },
        { QStringLiteral("timeout"),
            tr("Wait at most SECONDS for each command's reply (default: RFC 5321's 300); the "
               "reply to the end of the message gets twice as long."),
            QStringLiteral("SECONDS") },
        { QStringLiteral("timeout-data-end"),
            tr("Wait at most SECONDS for the reply to the end of the message (default: twice "
               "--timeout, RFC 5321's 600)."),
            QStringLiteral("SECONDS") },
    });
}

int ServerOptions::resolve(const QCommandLineParser &parser, const Profile &profile,
    ServerOptions *out, QString *error, bool needsSecret, bool withAccount)
{
    Account &a = out->account;
    // Only commands that offer --account may ask about it (QCommandLineParser warns otherwise).
    if (withAccount && parser.isSet(QStringLiteral("account"))) {
        const QString name = parser.value(QStringLiteral("account"));
        const std::optional<Account> found = AccountStore(profile.accountsFile()).find(name);
        if (!found) {
            *error = tr("no account named \"%1\" in %2").arg(name, profile.path());
            return ExitConfig;
        }
        a = *found;
        out->fromProfile = true;
    } else if (!parser.isSet(QStringLiteral("server"))) {
        *error = tr("say which server: --account NAME or --server HOST[:PORT]");
        return ExitUsage;
    }

    // Options given on the command line override the account's.
    if (parser.isSet(QStringLiteral("security"))) {
        if (!parseSecurity(parser.value(QStringLiteral("security")), &a.smtp.security)) {
            *error = tr("--security must be tls, starttls or none");
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("server"))) {
        a.smtp.port = SmtpServerSettings::defaultPort(a.smtp.security);
        if (!parseHostPort(parser.value(QStringLiteral("server")), &a.smtp.host, &a.smtp.port)) {
            *error = tr("--server must be HOST or HOST:PORT");
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("user")))
        a.smtp.user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("auth")))
        a.smtp.authMechanism = parser.value(QStringLiteral("auth")).toLatin1().toUpper();
    if (parser.isSet(QStringLiteral("helo")))
        a.smtp.heloName = parser.value(QStringLiteral("helo"));
    if (parser.isSet(QStringLiteral("ca-file")))
        a.smtp.trust.caFile = parser.value(QStringLiteral("ca-file"));
    if (parser.isSet(QStringLiteral("pin-sha256"))
        && !a.smtp.trust.setPinFromHex(parser.value(QStringLiteral("pin-sha256")))) {
        *error = tr("--pin-sha256 must be 64 hexadecimal digits (colons allowed)");
        return ExitUsage;
    }
    // RFC 5321 §4.5.3.2: --timeout is the command timer; the others keep their proportion to
    // it (SmtpTimeouts::scaled), except a wait for the final dot's reply set on its own.
    const auto seconds = [&parser](const QString &option, int *ms) {
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value <= 0 || value > 3600)
            return false;
        *ms = qMax(1, int(value * 1000));
        return true;
    };
    int dataEndMs = 0;
    if (a.smtp.timeouts.dataTermination
        != SmtpTimeouts::dataTerminationFor(a.smtp.timeouts.command))
        dataEndMs = a.smtp.timeouts.dataTermination; // the account's own setting
    if (parser.isSet(QStringLiteral("timeout-data-end"))
        && !seconds(QStringLiteral("timeout-data-end"), &dataEndMs)) {
        *error = tr("--timeout-data-end must be a number of seconds between 0 and 3600");
        return ExitUsage;
    }
    int commandMs = a.smtp.timeouts.command;
    if (parser.isSet(QStringLiteral("timeout"))
        && !seconds(QStringLiteral("timeout"), &commandMs)) {
        *error = tr("--timeout must be a number of seconds between 0 and 3600");
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("timeout")) || parser.isSet(QStringLiteral("timeout-data-end")))
        a.smtp.timeouts = SmtpTimeouts::scaled(commandMs, dataEndMs);
    if (parser.isSet(QStringLiteral("password-command"))
        && parser.isSet(QStringLiteral("password-stdin"))) {
        *error = tr("--password-command and --password-stdin exclude each other");
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("password-command"))) {
        a.smtpSecret.kind = SecretSource::Kind::Command;
        a.smtpSecret.command = parser.value(QStringLiteral("password-command"));
    }
    out->passwordFromStdin = parser.isSet(QStringLiteral("password-stdin"));
    if (parser.isSet(QStringLiteral("oauth")))
        a.smtpSecret.credentialKind = SaslCredentials::Kind::OAuthToken;
    if (needsSecret && !a.smtp.user.isEmpty() && a.smtpSecret.kind == SecretSource::Kind::None
        && !out->passwordFromStdin) {
        *error = tr("--user needs a secret: --password-command CMD or --password-stdin");
        return ExitUsage;
    }
    if (a.smtp.user.isEmpty()
        && (out->passwordFromStdin || a.smtpSecret.kind == SecretSource::Kind::Command)
        && !out->fromProfile) {
        *error = tr("a password was given but no --user");
        return ExitUsage;
    }
    return ExitOk;
}
