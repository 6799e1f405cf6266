// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// outboundctl account add|list|show|remove|test
#include "clisupport.h"
#include "commands.h"
#include "exitcodes.h"
#include "serveroptions.h"

#include "accounts/accountcheck.h"
#include "accounts/secretstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outboundctl", text);
}

QJsonObject secretToJson(const SecretSource &secret)
{
    QJsonObject json { { QStringLiteral("source"), SecretSource::kindName(secret.kind) } };
    if (secret.kind == SecretSource::Kind::Command)
        json.insert(QStringLiteral("command"), secret.command);
    if (secret.credentialKind == SaslCredentials::Kind::OAuthToken)
        json.insert(QStringLiteral("oauth"), true);
    return json;
}

QJsonObject mailboxToJson(const MailboxServerSettings &server)
{
    return {
        { QStringLiteral("host"), server.host },
        { QStringLiteral("port"), server.effectivePort() },
        { QStringLiteral("security"), securityName(server.security) },
        { QStringLiteral("user"), server.user },
        { QStringLiteral("caFile"), server.trust.caFile },
        { QStringLiteral("pinSha256"), server.trust.pinAsHex() },
    };
}

QJsonObject accountToJson(const Account &a)
{
    QJsonObject smtp {
        { QStringLiteral("host"), a.smtp.host },
        { QStringLiteral("port"), a.smtp.port },
        { QStringLiteral("security"), securityName(a.smtp.security) },
        { QStringLiteral("user"), a.smtp.user },
        { QStringLiteral("authMechanism"), QString::fromLatin1(a.smtp.authMechanism) },
        { QStringLiteral("heloName"), a.smtp.heloName },
        { QStringLiteral("caFile"), a.smtp.trust.caFile },
        { QStringLiteral("pinSha256"), a.smtp.trust.pinAsHex() },
        { QStringLiteral("secret"), secretToJson(a.smtpSecret) },
        // Seconds: the command timer and the wait for the reply to the end of the message.
        { QStringLiteral("timeout"), a.smtp.timeouts.command / 1000.0 },
        { QStringLiteral("timeoutDataEnd"), a.smtp.timeouts.dataTermination / 1000.0 },
    };
    QJsonObject json {
        { QStringLiteral("name"), a.name },
        { QStringLiteral("displayName"), a.displayName },
        { QStringLiteral("address"), a.address },
        { QStringLiteral("smtp"), smtp },
    };
    if (a.imap)
        json.insert(QStringLiteral("imap"), mailboxToJson(*a.imap));
    if (a.pop3)
        json.insert(QStringLiteral("pop3"), mailboxToJson(*a.pop3));
    if (a.imap || a.pop3)
        json.insert(QStringLiteral("mailboxSecret"), secretToJson(a.mailboxSecret));
    return json;
}

// Reads --imap/--pop3 and their companions into the account.
int readMailboxOptions(const QCommandLineParser &parser, const QString &protocol,
    MailboxServerSettings::Protocol kind, Account *account, QString *error)
{
    const QString key = protocol;
    if (!parser.isSet(key))
        return ExitOk;
    MailboxServerSettings server;
    server.protocol = kind;
    server.security = ConnectionSecurity::ImplicitTls;
    if (parser.isSet(key + QStringLiteral("-security"))
        && !parseSecurity(parser.value(key + QStringLiteral("-security")), &server.security)) {
        *error = tr("--%1-security must be tls, starttls or none").arg(protocol);
        return ExitUsage;
    }
    if (!parseHostPort(parser.value(key), &server.host, &server.port)) {
        *error = tr("--%1 must be HOST or HOST:PORT").arg(protocol);
        return ExitUsage;
    }
    server.user = parser.isSet(key + QStringLiteral("-user"))
        ? parser.value(key + QStringLiteral("-user"))
        : account->smtp.user;
    server.trust.caFile = parser.isSet(key + QStringLiteral("-ca-file"))
        ? parser.value(key + QStringLiteral("-ca-file"))
        : account->smtp.trust.caFile;
    if (parser.isSet(key + QStringLiteral("-pin-sha256"))
        && !server.trust.setPinFromHex(parser.value(key + QStringLiteral("-pin-sha256")))) {
        *error = tr("--%1-pin-sha256 must be 64 hexadecimal digits").arg(protocol);
        return ExitUsage;
    }
    (kind == MailboxServerSettings::Protocol::Imap ? account->imap : account->pop3) = server;
    return ExitOk;
}

int addAccount(const QStringList &args, const Profile &profile)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add or replace an account. Secrets are never written to the profile: give a password "
           "command, "
           "or --password-stdin to put the password into the system keychain."));
    parser.addHelpOption();
    ServerOptions::addTo(parser, false);
    parser.addOptions({
        { QStringLiteral("address"), tr("The account's e-mail address (the default sender)."),
            QStringLiteral("ADDRESS") },
        { QStringLiteral("name"), tr("Display name for the From header."), QStringLiteral("NAME") },
        { QStringLiteral("imap"), tr("IMAP server as HOST[:PORT]."), QStringLiteral("HOST:PORT") },
        { QStringLiteral("imap-security"), tr("tls (default), starttls or none."),
            QStringLiteral("MODE") },
        { QStringLiteral("imap-user"), tr("IMAP user (default: the SMTP user)."),
            QStringLiteral("USER") },
        { QStringLiteral("imap-ca-file"), tr("Extra CA file for IMAP."), QStringLiteral("PEM") },
        { QStringLiteral("imap-pin-sha256"), tr("Pinned IMAP certificate."),
            QStringLiteral("HEX") },
        { QStringLiteral("pop3"), tr("POP3 server as HOST[:PORT]."), QStringLiteral("HOST:PORT") },
        { QStringLiteral("pop3-security"), tr("tls (default), starttls or none."),
            QStringLiteral("MODE") },
        { QStringLiteral("pop3-user"), tr("POP3 user (default: the SMTP user)."),
            QStringLiteral("USER") },
        { QStringLiteral("pop3-ca-file"), tr("Extra CA file for POP3."), QStringLiteral("PEM") },
        { QStringLiteral("pop3-pin-sha256"), tr("Pinned POP3 certificate."),
            QStringLiteral("HEX") },
        { QStringLiteral("mailbox-password-command"),
            tr("Password command for IMAP/POP3 (default: the same secret as SMTP)."),
            QStringLiteral("CMD") },
    });
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account's name."));
    if (const std::optional<int> done = Cli::parseArguments(parser, args))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return Cli::fail(ExitUsage, tr("account add NAME: give exactly one name"));
    const QString name = parser.positionalArguments().first();
    if (!AccountStore::isValidName(name))
        return Cli::fail(
            ExitUsage, tr("an account name may hold only letters, digits and . _ - @"));

    ServerOptions options;
    QString error;
    if (const int code = ServerOptions::resolve(parser, profile, &options, &error, true, false);
        code != ExitOk)
        return Cli::fail(code, error);
    Account &account = options.account;
    account.name = name;
    account.address = parser.value(QStringLiteral("address"));
    account.displayName = parser.value(QStringLiteral("name"));
    if (int code = readMailboxOptions(parser, QStringLiteral("imap"),
            MailboxServerSettings::Protocol::Imap, &account, &error))
        return Cli::fail(code, error);
    if (int code = readMailboxOptions(parser, QStringLiteral("pop3"),
            MailboxServerSettings::Protocol::Pop3, &account, &error))
        return Cli::fail(code, error);
    account.mailboxSecret = account.smtpSecret;
    if (parser.isSet(QStringLiteral("mailbox-password-command"))) {
        account.mailboxSecret.kind = SecretSource::Kind::Command;
        account.mailboxSecret.command = parser.value(QStringLiteral("mailbox-password-command"));
    }

    if (!profile.ensureExists(&error))
        return Cli::fail(ExitConfig, error);
    if (options.passwordFromStdin) {
        // The one way a typed password is kept: in the system keychain, never in the profile.
        const QString secret = Cli::readStdinLine();
        if (secret.isEmpty())
            return Cli::fail(ExitUsage, tr("--password-stdin: standard input held no password"));
        if (!Cli::writeSecretToKeychain(
                account.keychainKey(QStringLiteral("smtp")), secret, &error))
            return Cli::fail(ExitConfig, error);
        account.smtpSecret.kind = SecretSource::Kind::Keychain;
        if (account.mailboxSecret.kind == SecretSource::Kind::None) {
            account.mailboxSecret = account.smtpSecret;
            if (!Cli::writeSecretToKeychain(
                    account.keychainKey(QStringLiteral("mailbox")), secret, &error))
                return Cli::fail(ExitConfig, error);
        }
    }
    if (!AccountStore(profile.accountsFile()).save(account, &error))
        return Cli::fail(ExitConfig, error);
    Cli::out() << tr("Account \"%1\" saved in %2").arg(name, profile.accountsFile()) << Qt::endl;
    return ExitOk;
}

int listAccounts(const QStringList &args, const Profile &profile)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
    if (const std::optional<int> done = Cli::parseArguments(parser, args))
        return *done;
    const QList<Account> accounts = AccountStore(profile.accountsFile()).accounts();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Account &a : accounts)
            list << accountToJson(a);
        Cli::out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const Account &a : accounts) {
        Cli::out() << a.name << '\t' << a.address << '\t'
                   << QStringLiteral("%1:%2 (%3)")
                          .arg(a.smtp.host)
                          .arg(a.smtp.port)
                          .arg(securityName(a.smtp.security))
                   << Qt::endl;
    }
    return ExitOk;
}

// For the commands that act on one existing account: adds the NAME argument, parses, and
// loads the account. Returns ExitOk with *account set, or the exit code of what went wrong.
int parseForAccount(QCommandLineParser &parser, const QStringList &args, const Profile &profile,
    std::optional<Account> *account)
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account's name."));
    if (const std::optional<int> done = Cli::parseArguments(parser, args))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return Cli::fail(ExitUsage, tr("give exactly one account name"));
    const QString name = parser.positionalArguments().first();
    *account = AccountStore(profile.accountsFile()).find(name);
    if (!*account)
        return Cli::fail(ExitConfig, tr("no account named \"%1\" in %2").arg(name, profile.path()));
    return ExitOk;
}

int showAccount(const QStringList &args, const Profile &profile)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
    std::optional<Account> account;
    if (const int code = parseForAccount(parser, args, profile, &account); !account)
        return code;
    const QJsonDocument document(accountToJson(*account));
    if (parser.isSet(QStringLiteral("json"))) {
        Cli::out() << document.toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const Account &a = *account;
    QTextStream &out = Cli::out();
    out << tr("Account: %1").arg(a.name) << Qt::endl;
    out << tr("Address: %1 %2").arg(a.displayName, a.address).simplified() << Qt::endl;
    out << tr("SMTP: %1 port %2, %3")
               .arg(a.smtp.host)
               .arg(a.smtp.port)
               .arg(securityName(a.smtp.security))
        << Qt::endl;
    if (!a.smtp.user.isEmpty())
        out << tr("  user %1, secret from %2")
                   .arg(a.smtp.user, SecretSource::kindName(a.smtpSecret.kind))
            << Qt::endl;
    if (!a.smtp.trust.caFile.isEmpty())
        out << tr("  CA file %1").arg(a.smtp.trust.caFile) << Qt::endl;
    if (!a.smtp.trust.pinnedSha256.isEmpty())
        out << tr("  pinned certificate SHA-256 %1").arg(a.smtp.trust.pinAsHex()) << Qt::endl;
    for (const auto *server : { &a.imap, &a.pop3 }) {
        if (*server) {
            out << QStringLiteral("%1: %2 port %3, %4, user %5")
                       .arg(protocolName((*server)->protocol).toUpper(), (*server)->host)
                       .arg((*server)->effectivePort())
                       .arg(securityName((*server)->security), (*server)->user)
                << Qt::endl;
        }
    }
    return ExitOk;
}

int removeAccount(const QStringList &args, const Profile &profile)
{
    QCommandLineParser parser;
    std::optional<Account> account;
    if (const int code = parseForAccount(parser, args, profile, &account); !account)
        return code;
    QString error;
    if (!AccountStore(profile.accountsFile()).remove(account->name, &error))
        return Cli::fail(ExitConfig, error);
    for (const SecretSource *secret : { &account->smtpSecret, &account->mailboxSecret }) {
        if (secret->kind == SecretSource::Kind::Keychain) {
            const QString role = secret == &account->smtpSecret ? QStringLiteral("smtp")
                                                                : QStringLiteral("mailbox");
            if (!Cli::removeSecretFromKeychain(account->keychainKey(role), &error))
                Cli::err() << tr("warning: %1").arg(error) << Qt::endl;
        }
    }
    Cli::out() << tr("Account \"%1\" removed").arg(account->name) << Qt::endl;
    return ExitOk;
}

// How a service's failure maps to an exit code: a secret that could not be read is the
// configuration's fault; SMTP has its own mapping; a mailbox login by its error's band.
int exitCodeFor(const AccountCheckResult &result)
{
    switch (result.outcome) {
    case AccountCheckResult::Outcome::Skipped:
    case AccountCheckResult::Outcome::Ok:
        return ExitOk;
    case AccountCheckResult::Outcome::NoCredentials:
        return ExitConfig;
    case AccountCheckResult::Outcome::Failed:
        break;
    }
    if (result.service == CredentialsRequest::Service::Smtp)
        return exitCodeFor(result.smtpError);
    const int band = int(result.mailboxError) / 100;
    return band == 3 ? ExitNoPermission
        : band == 2  ? ExitUnavailable
        : band == 7  ? ExitConfig
                     : ExitTempFail;
}

int testAccount(const QStringList &args, const Profile &profile)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Log in to the account's SMTP server, and to its IMAP and POP3 servers if set, "
           "and report each step. Sends no mail."));
    parser.addOption(
        { QStringLiteral("transcript"), tr("Print the conversations live on stderr.") });
    std::optional<Account> account;
    if (const int code = parseForAccount(parser, args, profile, &account); !account)
        return code;
    // Every server is tried even when an earlier one failed (AccountCheck does that); the first
    // failure decides the exit code.
    AccountCheck check(*account);
    QTextStream &out = Cli::out();
    QObject::connect(&check, &AccountCheck::serviceStarted, [&out](const AccountCheckServer &s) {
        out << tr("%1 %2 port %3 (%4)")
                   .arg(AccountCheck::serviceName(s.service), s.host)
                   .arg(s.port)
                   .arg(securityName(s.security))
            << Qt::endl;
    });
    QObject::connect(&check, &AccountCheck::step, [&out](const AccountCheckStep &step) {
        if (step.kind == AccountCheckStep::Kind::Progress)
            out << QStringLiteral("  ") << step.text << Qt::endl;
    });
    if (parser.isSet(QStringLiteral("transcript")))
        QObject::connect(&check, &AccountCheck::transcriptEntry, &Cli::printTranscriptEntry);
    QObject::connect(&check, &AccountCheck::serviceFinished, [&out](const AccountCheckResult &r) {
        out << (r.isFailure() ? tr("  failed: %1").arg(r.errorString) : tr("  OK")) << Qt::endl;
    });
    Cli::runToEnd(check);
    for (const AccountCheckResult &result : check.results()) {
        if (result.isFailure())
            return exitCodeFor(result);
    }
    return ExitOk;
}

} // namespace

int runAccount(const QStringList &args, const Profile &profile)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest[0] = args.first() + QLatin1Char(' ') + sub;
    if (sub == QLatin1String("add"))
        return addAccount(rest, profile);
    if (sub == QLatin1String("list"))
        return listAccounts(rest, profile);
    if (sub == QLatin1String("show"))
        return showAccount(rest, profile);
    if (sub == QLatin1String("remove"))
        return removeAccount(rest, profile);
    if (sub == QLatin1String("test"))
        return testAccount(rest, profile);
    const QString help = tr("Usage: outboundctl account COMMAND [OPTIONS]\n"
                            "\n"
                            "  add NAME [OPTIONS]   add or replace an account\n"
                            "  list                 the accounts, one a line\n"
                            "  show NAME            one account's settings (never a secret)\n"
                            "  remove NAME          remove an account and its keychain entry\n"
                            "  test NAME            log in to its SMTP, IMAP and POP3 servers\n"
                            "\n"
                            "`outboundctl account COMMAND --help` shows a command's options.\n");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        Cli::out() << help;
        return ExitOk;
    }
    Cli::err() << help;
    return sub.isEmpty() ? ExitUsage
                         : Cli::fail(ExitUsage, tr("unknown account command %1").arg(sub));
}
