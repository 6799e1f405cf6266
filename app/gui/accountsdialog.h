// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "accounts/account.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QString>

#include <optional>

class AccountCheck;
class AppController;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class SecretRequest;
struct AccountCheckResult;
struct AccountCheckServer;
struct AccountCheckStep;
struct TranscriptEntry;

// Lists the accounts and edits one at a time: identity and signature, SMTP (host, port,
// security, auth method, user, password, HELO name, CA file, pin) and optional IMAP and POP3.
// Accounts are read and written through the AppController; passwords go to the system keychain
// through SecretRequest (never into a file) or come from a password command.
//
// Test runs the library's AccountCheck with what the form says now, saved or not (a password
// typed into the form is used as typed): SMTP to ready and QUIT (nothing is sent), then IMAP
// and POP3 logins if they are set. Each step, the live transcript (plain text, secrets already
// redacted by the library) and the outcome are shown. A certificate the system does not trust
// is shown with its subject, issuer and SHA-256; pinning it is offered only while the account
// is first set up (not yet saved), never for one already in use.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountsDialog(AppController *controller, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Shows a saved account in the form; false if there is none by that name.
    bool selectAccount(const QString &name);
    // Starts a new, unsaved account in the form.
    void addAccount();
    // The account as the form describes it now (nothing is saved).
    [[nodiscard]] Account formAccount() const;
    // Whether the form holds an account that has not been saved yet.
    [[nodiscard]] bool isNewAccount() const { return m_isNew; }

    // Stores typed passwords in the keychain, then saves the account with the controller.
    // Asynchronous: saveFinished() tells the outcome (also shown in the dialog).
    void save();
    // Removes the account shown, after asking.
    void removeCurrentAccount();

    // Starts the test of the form's account; testFinished() ends it. stopTest() aborts it.
    void startTest();
    void stopTest();
    [[nodiscard]] bool isTesting() const { return m_testing; }

Q_SIGNALS:
    void saveFinished(bool ok, const QString &message);
    void testFinished(bool ok, const QString &summary);

protected:
    void reject() override;

private:
    // The secret of one role ("smtp" or "mailbox"): where it comes from and what was typed.
    struct SecretForm
    {
        QComboBox *source = nullptr;
        QLineEdit *password = nullptr;
        QLineEdit *command = nullptr;
    };
    struct MailboxForm
    {
        MailboxServerSettings::Protocol protocol = MailboxServerSettings::Protocol::Imap;
        QGroupBox *group = nullptr; // checkable: unchecked means not set
        QLineEdit *host = nullptr;
        QSpinBox *port = nullptr; // 0: the protocol's default port
        QComboBox *security = nullptr;
        QLineEdit *user = nullptr;
        QLineEdit *caFile = nullptr;
    };
    // A pending keychain write: what to store under which key.
    struct KeychainWrite
    {
        QString key;
        QString secret;
        SecretForm *form = nullptr;
    };

    void buildUi();
    QWidget *buildAccountTab();
    QWidget *buildMailboxTab();
    QWidget *buildTestTab();
    void buildSecretForm(SecretForm *form, QFormLayout *layout, const QString &role);
    void buildMailboxForm(MailboxForm *form, const QString &title);
    void reloadList(const QString &select);
    void onCurrentRowChanged(int row);
    void showAccount(const Account &account, bool isNew);
    void updateSecretForm(const SecretForm &form);
    void updateMailboxPort(MailboxForm *form);
    void markDirty();
    void showStatus(const QString &text, bool isError);
    [[nodiscard]] QString checkForm(const Account &account) const;
    void writeNextSecret(QList<KeychainWrite> writes, const Account &account);
    void commit(const Account &account);

    // The test: the AccountCheck's progress, shown.
    void onCheckServiceStarted(const AccountCheckServer &server);
    void onCheckStep(const AccountCheckStep &step);
    void onCheckServiceFinished(const AccountCheckResult &result);
    void finishTest();
    void addStep(const QString &text, bool isError = false);
    void appendTranscript(const TranscriptEntry &entry);
    void showCertificate(const QList<QSslCertificate> &chain); // not empty

    AppController *m_controller;
    QListWidget *m_list = nullptr;
    QPushButton *m_removeButton = nullptr;
    QTabWidget *m_tabs = nullptr;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_address = nullptr;
    QPlainTextEdit *m_signature = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QComboBox *m_authMethod = nullptr;
    QLineEdit *m_user = nullptr;
    SecretForm m_smtpSecret;
    QLineEdit *m_heloName = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_clearPin = nullptr;
    QGroupBox *m_certificateBox = nullptr;
    QLabel *m_certificateText = nullptr;
    QPushButton *m_pinButton = nullptr;

    MailboxForm m_imap;
    MailboxForm m_pop3;
    SecretForm m_mailboxSecret;

    QListWidget *m_steps = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_saveButton = nullptr;

    Account m_base; // the account as loaded: keeps what the form does not show
    bool m_isNew = false;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_saving = false;

    bool m_testing = false;
    bool m_testOk = true;
    QStringList m_testFailures;
    Account m_testAccount;
    QPointer<AccountCheck> m_check;
    QPointer<SecretRequest> m_secretRequest; // a keychain write while saving
    QSslCertificate m_untrusted; // the certificate the last test did not trust
    QList<QSslCertificate> m_untrustedChain; // and the chain it came with
    std::optional<qint64> m_learnedSizeLimit; // SIZE from the last successful SMTP test
};
