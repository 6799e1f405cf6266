// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "accounts/mailboxserver.h"
#include "sasl/saslmechanism.h"
#include "smtp/smtpserversettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Where a secret comes from. The secret itself is never stored in the settings file.
struct SecretSource
{
    enum class Kind {
        None, // no authentication
        Command, // run `command` (through /bin/sh) and take the first line of its output
        Keychain, // the system keychain (Secret Service, KWallet) via QtKeychain
    };
    Kind kind = Kind::None;
    QString command;
    SaslCredentials::Kind credentialKind = SaslCredentials::Kind::Password; // or an OAuth token

    [[nodiscard]] static QString kindName(Kind kind); // "none", "command", "keychain"
    [[nodiscard]] static bool parseKind(const QString &name, Kind *out);
};

// One sending identity and its servers. SMTP is required; IMAP and POP3 are optional and
// only stored and tested here (Outbound sends; it does not read mail).
struct Account
{
    QString name; // unique key, also the keychain key
    QString displayName; // "Ada Lovelace"
    QString address; // "ada@example.org", the default sender
    SmtpServerSettings smtp;
    SecretSource smtpSecret;
    std::optional<MailboxServerSettings> imap;
    std::optional<MailboxServerSettings> pop3;
    SecretSource mailboxSecret; // for IMAP and POP3
    // Appended to the body under a "-- " line (RFC 3676 §4.3) when the identity is chosen in
    // the compose window; empty: none. The store keeps no signature that is only blanks.
    QString signature;
    // The SMTP SIZE limit (RFC 1870) the last account check learned, in octets: the compose
    // window warns when the attachments will not fit. nullopt: not known.
    std::optional<qint64> sizeLimit;

    // Keychain entry names: "<account>/smtp", "<account>/mailbox".
    [[nodiscard]] QString keychainKey(const QString &role) const
    {
        return name + QLatin1Char('/') + role;
    }
};

// The accounts of one profile, kept in an INI file that holds no secret. QSettings writes
// the file atomically, so a crash never leaves half an account.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)

public:
    explicit AccountStore(QString file)
        : m_file(std::move(file))
    { }

    [[nodiscard]] QList<Account> accounts() const;
    [[nodiscard]] std::optional<Account> find(const QString &name) const;
    // False with errorString when the file cannot be written or the name is not usable.
    [[nodiscard]] bool save(const Account &account, QString *errorString) const;
    [[nodiscard]] bool remove(const QString &name, QString *errorString) const;
    // Records the SIZE limit an account check learned (nullopt: forgets it) without touching
    // the account's other settings. False with errorString when there is no such account or
    // the file cannot be written.
    [[nodiscard]] bool saveSizeLimit(
        const QString &name, std::optional<qint64> octets, QString *errorString) const;
    // Moves what the compose window used to keep in the profile's settings file `settingsFile`
    // ([signatures] and [serverSizeLimits], keyed by account name) into the accounts, once:
    // a value goes to the account of that name unless it already has its own, and both groups
    // are then removed from `settingsFile`. Nothing happens when they are not there. False with
    // errorString when a file cannot be written (the old groups are then kept).
    [[nodiscard]] bool migrateComposeSettings(
        const QString &settingsFile, QString *errorString) const;
    // Names may hold letters, digits, '.', '_', '-' and '@' (they are INI groups and keys).
    [[nodiscard]] static bool isValidName(const QString &name);

private:
    QString m_file;
};
