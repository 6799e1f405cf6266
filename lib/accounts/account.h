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
    // Names may hold letters, digits, '.', '_', '-' and '@' (they are INI groups and keys).
    [[nodiscard]] static bool isValidName(const QString &name);

private:
    QString m_file;
};
