// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "accountsdialog.h"
#include "widgetsupport.h"

#include "appcontroller.h"
#include "certificatedialog.h"

#include "accounts/accountcheck.h"
#include "accounts/secretstore.h"
#include "mime/mailaddress.h"
#include "net/tlspolicy.h"
#include "sasl/saslmechanism.h"
#include "transcript/transcriptentry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

using Gui::setAccessible;

namespace {

const QString SmtpRole = QStringLiteral("smtp");
const QString MailboxRole = QStringLiteral("mailbox");
// Each wait of a test (connect, greeting, each reply) gives up after this long: a person is
// watching, and RFC 5321's five minutes are for delivery, not for a settings check.
constexpr int TestTimeoutMs = 30'000;

void fillSecurity(QComboBox *combo)
{
    combo->addItem(AccountsDialog::tr("TLS (encrypted from the start)"),
        securityName(ConnectionSecurity::ImplicitTls));
    combo->addItem(
        AccountsDialog::tr("STARTTLS (required)"), securityName(ConnectionSecurity::StartTls));
    combo->addItem(AccountsDialog::tr("None (plaintext)"), securityName(ConnectionSecurity::None));
}

ConnectionSecurity securityOf(const QComboBox *combo)
{
    ConnectionSecurity security = ConnectionSecurity::StartTls;
    (void)parseSecurity(combo->currentData().toString(), &security);
    return security;
}

void setSecurity(QComboBox *combo, ConnectionSecurity security)
{
    combo->setCurrentIndex(qMax(0, combo->findData(securityName(security))));
}

bool isTokenMechanism(const QByteArray &name)
{
    return name == "OAUTHBEARER" || name == "XOAUTH2";
}

QString certificateText(const QSslCertificate &certificate)
{
    return AccountsDialog::tr("Subject: %1\nIssuer: %2\nValid: %3 to %4\nSHA-256: %5")
        .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
            QLocale().toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
            QLocale().toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat),
            TlsPolicy::hex(TlsPolicy::sha256(certificate)));
}

} // namespace

AccountsDialog::AccountsDialog(AppController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("Accounts"));
    buildUi();
    const QList<Account> accounts = m_controller->accounts();
    reloadList(accounts.isEmpty() ? QString() : accounts.first().name);
    if (accounts.isEmpty())
        addAccount();
    resize(900, 680);
}

AccountsDialog::~AccountsDialog()
{
    // Nothing may call back into a half-destroyed dialog.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
    if (m_check) {
        m_check->disconnect(this);
        delete m_check; // closes its connections
    }
    if (m_secretRequest) {
        m_secretRequest->disconnect(this);
        delete m_secretRequest;
    }
}

// ---- the form ----------------------------------------------------------------------------

void AccountsDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("A&ccounts:"), left);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("accountList"));
    listLabel->setBuddy(m_list);
    setAccessible(m_list, tr("Accounts"));
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsDialog::onCurrentRowChanged);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add"), left);
    add->setObjectName(QStringLiteral("addAccount"));
    setAccessible(add, tr("Add account"));
    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    m_removeButton = new QPushButton(tr("&Remove"), left);
    m_removeButton->setObjectName(QStringLiteral("removeAccount"));
    setAccessible(m_removeButton, tr("Remove account"));
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsDialog::removeCurrentAccount);
    listButtons->addWidget(add);
    listButtons->addWidget(m_removeButton);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(buildAccountTab(), tr("Account and SMTP"));
    m_tabs->addTab(buildMailboxTab(), tr("IMAP and POP3"));
    m_tabs->addTab(buildTestTab(), tr("Test Results"));
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_testButton = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    setAccessible(m_testButton, tr("Test the account"),
        tr("Connects to the servers with these settings and logs in; sends nothing"));
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        if (m_testing)
            stopTest();
        else
            startTest();
    });
    m_saveButton = buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &AccountsDialog::save);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);
    layout->addWidget(buttons);
}

QWidget *AccountsDialog::buildAccountTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    auto *identity = new QGroupBox(tr("Identity"), page);
    auto *identityForm = new QFormLayout(identity);
    m_name = new QLineEdit(identity);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("work (letters, digits, . _ - @)"));
    setAccessible(
        m_name, tr("Account name"), tr("A short unique name; letters, digits and . _ - @ only"));
    identityForm->addRow(tr("Account &name:"), m_name);
    m_displayName = new QLineEdit(identity);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    setAccessible(m_displayName, tr("Your name"));
    identityForm->addRow(tr("Your na&me:"), m_displayName);
    m_address = new QLineEdit(identity);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("you@example.org"));
    setAccessible(m_address, tr("Email address"));
    identityForm->addRow(tr("&Email address:"), m_address);
    m_signature = new QPlainTextEdit(identity);
    m_signature->setObjectName(QStringLiteral("signature"));
    m_signature->setTabChangesFocus(true);
    m_signature->setMaximumHeight(m_signature->fontMetrics().lineSpacing() * 5);
    setAccessible(m_signature, tr("Signature"), tr("Added below a line \"-- \" in new messages"));
    identityForm->addRow(tr("Si&gnature:"), m_signature);
    layout->addWidget(identity);

    auto *smtp = new QGroupBox(tr("Outgoing mail (SMTP)"), page);
    auto *smtpForm = new QFormLayout(smtp);
    m_host = new QLineEdit(smtp);
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_host->setPlaceholderText(tr("smtp.example.org"));
    setAccessible(m_host, tr("SMTP server"));
    smtpForm->addRow(tr("Ser&ver:"), m_host);

    auto *portRow = new QHBoxLayout;
    m_security = new QComboBox(smtp);
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    fillSecurity(m_security);
    setAccessible(m_security, tr("SMTP security"));
    m_port = new QSpinBox(smtp);
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_port->setRange(1, 65535);
    setAccessible(m_port, tr("SMTP port"));
    auto *portLabel = new QLabel(tr("&Port:"), smtp);
    portLabel->setBuddy(m_port);
    portRow->addWidget(m_security, 1);
    portRow->addWidget(portLabel);
    portRow->addWidget(m_port);
    smtpForm->addRow(tr("Sec&urity:"), portRow);
    if (auto *label = qobject_cast<QLabel *>(smtpForm->labelForField(portRow)))
        label->setBuddy(m_security);
    m_security->setProperty("previous", m_security->currentData());
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        // The port follows the security while it is the previous choice's default.
        ConnectionSecurity previous = ConnectionSecurity::StartTls;
        (void)parseSecurity(m_security->property("previous").toString(), &previous);
        if (m_port->value() == SmtpServerSettings::defaultPort(previous))
            m_port->setValue(SmtpServerSettings::defaultPort(securityOf(m_security)));
        m_security->setProperty("previous", m_security->currentData());
        markDirty();
    });

    m_authMethod = new QComboBox(smtp);
    m_authMethod->setObjectName(QStringLiteral("smtpAuthMethod"));
    m_authMethod->addItem(tr("Automatic (the strongest the server offers)"), QByteArray());
    for (const QByteArray &mechanism : Sasl::supportedMechanisms())
        m_authMethod->addItem(QString::fromLatin1(mechanism), mechanism);
    setAccessible(m_authMethod, tr("Authentication method"));
    smtpForm->addRow(tr("Aut&hentication:"), m_authMethod);
    m_user = new QLineEdit(smtp);
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_user->setPlaceholderText(tr("empty: the server needs no login"));
    setAccessible(m_user, tr("SMTP user name"), tr("Leave empty if the server needs no login"));
    smtpForm->addRow(tr("U&ser name:"), m_user);
    buildSecretForm(&m_smtpSecret, smtpForm, SmtpRole);
    connect(m_user, &QLineEdit::textChanged, this, [this] { updateSecretForm(m_smtpSecret); });

    m_heloName = new QLineEdit(smtp);
    m_heloName->setObjectName(QStringLiteral("heloName"));
    m_heloName->setPlaceholderText(
        tr("empty: %1").arg(QString::fromLatin1(SmtpServerSettings {}.effectiveHeloName())));
    setAccessible(m_heloName, tr("HELO name"), tr("The name this computer gives in EHLO"));
    smtpForm->addRow(tr("HEL&O name:"), m_heloName);

    // RFC 5321 §4.5.3.2: the command timer; the reply to the end of the message gets twice it.
    m_timeout = new QSpinBox(smtp);
    m_timeout->setObjectName(QStringLiteral("smtpTimeout"));
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    setAccessible(m_timeout, tr("Timeout"),
        tr("How long to wait for each reply; the reply to the end of the message gets twice as "
           "long"));
    smtpForm->addRow(tr("Ti&meout:"), m_timeout);

    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(smtp);
    m_caFile->setObjectName(QStringLiteral("smtpCaFile"));
    m_caFile->setPlaceholderText(tr("empty: the system's certificate authorities"));
    setAccessible(m_caFile, tr("CA file"), tr("Extra trusted certificate authorities (PEM)"));
    auto *browse = new QPushButton(tr("&Browse…"), smtp);
    setAccessible(browse, tr("Choose a CA file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate Authorities"),
            m_caFile->text(), tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(file));
    });
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    smtpForm->addRow(tr("CA f&ile:"), caRow);
    if (auto *label = qobject_cast<QLabel *>(smtpForm->labelForField(caRow)))
        label->setBuddy(m_caFile);

    auto *pinRow = new QHBoxLayout;
    m_pin = new QLineEdit(smtp);
    m_pin->setObjectName(QStringLiteral("smtpPin"));
    m_pin->setReadOnly(true);
    m_pin->setPlaceholderText(tr("none"));
    setAccessible(m_pin, tr("Pinned certificate"),
        tr("SHA-256 of the one server certificate trusted besides the CAs"));
    m_clearPin = new QPushButton(tr("C&lear"), smtp);
    m_clearPin->setObjectName(QStringLiteral("smtpClearPin"));
    setAccessible(m_clearPin, tr("Clear the pinned certificate"));
    connect(m_clearPin, &QPushButton::clicked, this, [this] {
        m_pin->clear();
        markDirty();
    });
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(m_clearPin);
    smtpForm->addRow(tr("Pinned certificate:"), pinRow);
    if (auto *label = qobject_cast<QLabel *>(smtpForm->labelForField(pinRow)))
        label->setBuddy(m_pin);
    layout->addWidget(smtp);

    layout->addStretch();

    for (QLineEdit *edit : { m_name, m_displayName, m_address, m_host, m_user, m_heloName, m_caFile,
             m_smtpSecret.password, m_smtpSecret.command })
        connect(edit, &QLineEdit::textChanged, this, &AccountsDialog::markDirty);
    connect(m_port, &QSpinBox::valueChanged, this, &AccountsDialog::markDirty);
    connect(m_timeout, &QSpinBox::valueChanged, this, &AccountsDialog::markDirty);
    connect(m_authMethod, &QComboBox::currentIndexChanged, this, &AccountsDialog::markDirty);
    connect(m_signature, &QPlainTextEdit::textChanged, this, &AccountsDialog::markDirty);
    return page;
}

void AccountsDialog::buildSecretForm(SecretForm *form, QFormLayout *layout, const QString &role)
{
    auto *parent = layout->parentWidget();
    form->source = new QComboBox(parent);
    form->source->setObjectName(role + QStringLiteral("SecretSource"));
    form->source->addItem(
        tr("System keychain"), SecretSource::kindName(SecretSource::Kind::Keychain));
    form->source->addItem(
        tr("Password command"), SecretSource::kindName(SecretSource::Kind::Command));
    if (!SecretRequest::keychainSupported()) {
        if (auto *model = qobject_cast<QStandardItemModel *>(form->source->model()))
            model->item(0)->setEnabled(false);
        form->source->setItemData(
            0, tr("This build of Outbound has no keychain support"), Qt::ToolTipRole);
        form->source->setCurrentIndex(1);
    }
    setAccessible(form->source, tr("Password source"),
        tr("Where the password is kept; never in a file of Outbound's"));
    layout->addRow(tr("Password &kept in:"), form->source);

    form->password = new QLineEdit(parent);
    form->password->setObjectName(role + QStringLiteral("Password"));
    form->password->setEchoMode(QLineEdit::Password);
    form->password->setPlaceholderText(tr("unchanged"));
    setAccessible(form->password, tr("Password"),
        tr("Stored in the system keychain when you save; used as typed when you test"));
    layout->addRow(tr("Pass&word:"), form->password);

    form->command = new QLineEdit(parent);
    form->command->setObjectName(role + QStringLiteral("PasswordCommand"));
    form->command->setPlaceholderText(tr("e.g. pass show mail/work"));
    setAccessible(form->command, tr("Password command"),
        tr("A shell command whose first line of output is the password"));
    layout->addRow(tr("Password comman&d:"), form->command);

    connect(form->source, &QComboBox::currentIndexChanged, this, [this, form] {
        updateSecretForm(*form);
        markDirty();
    });
}

void AccountsDialog::updateSecretForm(const SecretForm &form)
{
    const bool keychain = form.source->currentData().toString()
        == SecretSource::kindName(SecretSource::Kind::Keychain);
    const bool needed = &form == &m_smtpSecret
        ? !m_user->text().trimmed().isEmpty()
        : ((m_imap.group->isChecked() && !m_imap.user->text().trimmed().isEmpty())
            || (m_pop3.group->isChecked() && !m_pop3.user->text().trimmed().isEmpty()));
    form.source->setEnabled(needed);
    form.password->setEnabled(needed);
    form.command->setEnabled(needed && !keychain);
    // A typed password is always usable for a test, whatever the source.
    form.password->setPlaceholderText(keychain ? tr("unchanged") : tr("only for testing"));
}

QWidget *AccountsDialog::buildMailboxTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(tr("Outbound only sends mail. These servers are kept with the account "
                               "and can be tested, so all of its settings live in one place."),
        page);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_imap.protocol = MailboxServerSettings::Protocol::Imap;
    buildMailboxForm(&m_imap, tr("&IMAP"));
    layout->addWidget(m_imap.group);
    m_pop3.protocol = MailboxServerSettings::Protocol::Pop3;
    buildMailboxForm(&m_pop3, tr("&POP3"));
    layout->addWidget(m_pop3.group);

    auto *secretBox = new QGroupBox(tr("Mailbox password (IMAP and POP3)"), page);
    auto *secretForm = new QFormLayout(secretBox);
    buildSecretForm(&m_mailboxSecret, secretForm, MailboxRole);
    layout->addWidget(secretBox);
    layout->addStretch();
    return page;
}

void AccountsDialog::buildMailboxForm(MailboxForm *form, const QString &title)
{
    const QString protocol = protocolName(form->protocol);
    form->group = new QGroupBox(title);
    form->group->setObjectName(protocol + QStringLiteral("Group"));
    form->group->setCheckable(true);
    form->group->setChecked(false);
    setAccessible(form->group, tr("%1 server").arg(protocol.toUpper()));
    auto *layout = new QFormLayout(form->group);

    form->host = new QLineEdit(form->group);
    form->host->setObjectName(protocol + QStringLiteral("Host"));
    setAccessible(form->host, tr("%1 server").arg(protocol.toUpper()));
    layout->addRow(tr("Server:"), form->host);

    auto *row = new QHBoxLayout;
    form->security = new QComboBox(form->group);
    form->security->setObjectName(protocol + QStringLiteral("Security"));
    fillSecurity(form->security);
    setAccessible(form->security, tr("%1 security").arg(protocol.toUpper()));
    form->port = new QSpinBox(form->group);
    form->port->setObjectName(protocol + QStringLiteral("Port"));
    form->port->setRange(0, 65535);
    setAccessible(form->port, tr("%1 port").arg(protocol.toUpper()));
    auto *portLabel = new QLabel(tr("Port:"), form->group);
    portLabel->setBuddy(form->port);
    row->addWidget(form->security, 1);
    row->addWidget(portLabel);
    row->addWidget(form->port);
    layout->addRow(tr("Security:"), row);
    if (auto *label = qobject_cast<QLabel *>(layout->labelForField(row)))
        label->setBuddy(form->security);
    connect(form->security, &QComboBox::currentIndexChanged, this, [this, form] {
        updateMailboxPort(form);
        markDirty();
    });

    form->user = new QLineEdit(form->group);
    form->user->setObjectName(protocol + QStringLiteral("User"));
    setAccessible(form->user, tr("%1 user name").arg(protocol.toUpper()));
    layout->addRow(tr("User name:"), form->user);
    form->caFile = new QLineEdit(form->group);
    form->caFile->setObjectName(protocol + QStringLiteral("CaFile"));
    form->caFile->setPlaceholderText(tr("empty: the system's certificate authorities"));
    setAccessible(form->caFile, tr("%1 CA file").arg(protocol.toUpper()));
    layout->addRow(tr("CA file:"), form->caFile);

    for (QLineEdit *edit : { form->host, form->user, form->caFile })
        connect(edit, &QLineEdit::textChanged, this, &AccountsDialog::markDirty);
    connect(
        form->user, &QLineEdit::textChanged, this, [this] { updateSecretForm(m_mailboxSecret); });
    connect(form->port, &QSpinBox::valueChanged, this, &AccountsDialog::markDirty);
    connect(form->group, &QGroupBox::toggled, this, [this] {
        updateSecretForm(m_mailboxSecret);
        markDirty();
    });
    updateMailboxPort(form);
}

void AccountsDialog::updateMailboxPort(MailboxForm *form)
{
    // 0 stands for the default port, which follows the security.
    form->port->setSpecialValueText(
        tr("Default (%1)")
            .arg(MailboxServerSettings::defaultPort(form->protocol, securityOf(form->security))));
}

QWidget *AccountsDialog::buildTestTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_result = new QLabel(tr("Test connects to the servers with the settings in the form and "
                             "logs in. No mail is sent."),
        page);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_certificateBox = new QGroupBox(tr("Certificate not trusted"), page);
    m_certificateBox->setObjectName(QStringLiteral("certificateBox"));
    auto *certificateLayout = new QVBoxLayout(m_certificateBox);
    m_certificateText = new QLabel(m_certificateBox);
    m_certificateText->setObjectName(QStringLiteral("certificateText"));
    m_certificateText->setTextFormat(Qt::PlainText);
    m_certificateText->setWordWrap(true);
    m_certificateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pinButton = new QPushButton(tr("Pi&n This Certificate"), m_certificateBox);
    m_pinButton->setObjectName(QStringLiteral("pinButton"));
    setAccessible(m_pinButton, tr("Pin this certificate"),
        tr("Trust exactly this certificate for this account from now on"));
    connect(m_pinButton, &QPushButton::clicked, this, [this] {
        if (m_untrusted.isNull() || !m_isNew)
            return;
        m_pin->setText(TlsPolicy::hex(TlsPolicy::sha256(m_untrusted)));
        m_certificateBox->hide();
        markDirty();
        showStatus(tr("The certificate is pinned. Test again, then save."), false);
    });
    auto *viewChain = new QPushButton(tr("&View Certificate Chain…"), m_certificateBox);
    viewChain->setObjectName(QStringLiteral("viewChainButton"));
    viewChain->setToolTip(tr("Every certificate the server presented, with its names, validity "
                             "and fingerprints"));
    connect(viewChain, &QPushButton::clicked, this, [this] {
        auto *dialog = new CertificateDialog(QString(), m_untrustedChain, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    certificateLayout->addWidget(m_certificateText);
    auto *certificateButtons = new QHBoxLayout;
    certificateButtons->addWidget(m_pinButton);
    certificateButtons->addWidget(viewChain);
    certificateButtons->addStretch(1);
    certificateLayout->addLayout(certificateButtons);
    m_certificateBox->hide();
    layout->addWidget(m_certificateBox);

    auto *stepsLabel = new QLabel(tr("St&eps:"), page);
    m_steps = new QListWidget(page);
    m_steps->setObjectName(QStringLiteral("testSteps"));
    stepsLabel->setBuddy(m_steps);
    setAccessible(m_steps, tr("Test steps"));
    auto *transcriptLabel = new QLabel(tr("Transcri&pt:"), page);
    m_transcript = new QPlainTextEdit(page);
    m_transcript->setObjectName(QStringLiteral("testTranscript"));
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setMaximumBlockCount(5000);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    transcriptLabel->setBuddy(m_transcript);
    setAccessible(m_transcript, tr("Test transcript"),
        tr("Every line sent (C:) and received (S:); # marks the client's own notes"));
    layout->addWidget(stepsLabel);
    layout->addWidget(m_steps, 1);
    layout->addWidget(transcriptLabel);
    layout->addWidget(m_transcript, 2);
    return page;
}

void AccountsDialog::reloadList(const QString &select)
{
    m_loading = true;
    m_list->clear();
    for (const Account &account : m_controller->accounts()) {
        auto *item = new QListWidgetItem(account.address.isEmpty()
                ? account.name
                : tr("%1 — %2").arg(account.name, account.address),
            m_list);
        item->setData(Qt::UserRole, account.name);
    }
    m_loading = false;
    if (!selectAccount(select) && m_list->count() > 0 && !m_isNew)
        m_list->setCurrentRow(0);
}

bool AccountsDialog::selectAccount(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name) {
            if (m_list->currentRow() == row)
                onCurrentRowChanged(row);
            else
                m_list->setCurrentRow(row);
            return m_list->currentRow() == row;
        }
    }
    return false;
}

void AccountsDialog::onCurrentRowChanged(int row)
{
    if (m_loading || row < 0)
        return;
    const QString name = m_list->item(row)->data(Qt::UserRole).toString();
    if (!m_isNew && name == m_base.name && !m_dirty)
        return;
    if (m_dirty) {
        const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
            tr("Discard the changes to \"%1\"?")
                .arg(m_base.name.isEmpty() ? tr("the new account") : m_base.name));
        if (answer != QMessageBox::Yes) {
            // Back to the account being edited (none in the list while it is new).
            m_loading = true;
            int previous = -1;
            for (int i = 0; i < m_list->count(); ++i) {
                if (!m_isNew && m_list->item(i)->data(Qt::UserRole).toString() == m_base.name)
                    previous = i;
            }
            m_list->setCurrentRow(previous);
            m_loading = false;
            return;
        }
    }
    if (const std::optional<Account> account = m_controller->account(name))
        showAccount(*account, false);
}

void AccountsDialog::addAccount()
{
    if (m_dirty) {
        const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
            tr("Discard the changes to \"%1\"?")
                .arg(m_base.name.isEmpty() ? tr("the new account") : m_base.name));
        if (answer != QMessageBox::Yes)
            return;
    }
    Account account;
    account.smtp.security = ConnectionSecurity::StartTls;
    account.smtp.port = SmtpServerSettings::defaultPort(account.smtp.security);
    account.smtpSecret.kind = SecretRequest::keychainSupported() ? SecretSource::Kind::Keychain
                                                                 : SecretSource::Kind::Command;
    account.mailboxSecret.kind = account.smtpSecret.kind;
    m_loading = true;
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_loading = false;
    showAccount(account, true);
    m_tabs->setCurrentIndex(0);
    m_name->setFocus();
}

void AccountsDialog::showAccount(const Account &account, bool isNew)
{
    m_loading = true;
    m_base = account;
    m_isNew = isNew;
    m_name->setText(account.name);
    m_name->setReadOnly(!isNew); // the name is the key of the account and of its keychain entries
    m_displayName->setText(account.displayName);
    m_address->setText(account.address);
    m_signature->setPlainText(isNew ? QString() : account.signature);
    m_host->setText(account.smtp.host);
    setSecurity(m_security, account.smtp.security);
    m_security->setProperty("previous", m_security->currentData());
    m_port->setValue(account.smtp.port);
    int auth = m_authMethod->findData(account.smtp.authMechanism);
    if (auth < 0) {
        m_authMethod->addItem(
            QString::fromLatin1(account.smtp.authMechanism), account.smtp.authMechanism);
        auth = m_authMethod->count() - 1;
    }
    m_authMethod->setCurrentIndex(auth);
    m_user->setText(account.smtp.user);
    m_heloName->setText(account.smtp.heloName);
    m_timeout->setValue((account.smtp.timeouts.command + 999) / 1000);
    m_caFile->setText(account.smtp.trust.caFile);
    m_pin->setText(account.smtp.trust.pinAsHex());

    auto showSecret = [](SecretForm &form, const SecretSource &source) {
        const int index = form.source->findData(SecretSource::kindName(source.kind));
        if (index >= 0)
            form.source->setCurrentIndex(index);
        form.password->clear();
        form.command->setText(source.command);
    };
    showSecret(m_smtpSecret, account.smtpSecret);
    showSecret(m_mailboxSecret, account.mailboxSecret);

    auto showMailbox = [](MailboxForm &form, const std::optional<MailboxServerSettings> &server) {
        const MailboxServerSettings settings = server.value_or(MailboxServerSettings {});
        form.group->setChecked(server.has_value());
        form.host->setText(settings.host);
        setSecurity(form.security, server ? settings.security : ConnectionSecurity::ImplicitTls);
        form.port->setValue(settings.port);
        form.user->setText(settings.user);
        form.caFile->setText(settings.trust.caFile);
    };
    showMailbox(m_imap, account.imap);
    showMailbox(m_pop3, account.pop3);
    updateMailboxPort(&m_imap);
    updateMailboxPort(&m_pop3);
    updateSecretForm(m_smtpSecret);
    updateSecretForm(m_mailboxSecret);

    m_certificateBox->hide();
    m_untrusted = QSslCertificate();
    m_learnedSizeLimit.reset();
    m_removeButton->setEnabled(!isNew);
    m_loading = false;
    m_dirty = false;
    showStatus(isNew ? tr("New account: fill in the form, test it, then save.") : QString(), false);
}

Account AccountsDialog::formAccount() const
{
    Account a = m_base;
    a.name = m_name->text().trimmed();
    a.displayName = m_displayName->text().trimmed();
    a.address = m_address->text().trimmed();
    if (a.name.isEmpty() && m_isNew && AccountStore::isValidName(a.address))
        a.name = a.address;

    a.smtp.host = m_host->text().trimmed();
    a.smtp.port = quint16(m_port->value());
    a.smtp.security = securityOf(m_security);
    a.smtp.authMechanism = m_authMethod->currentData().toByteArray();
    a.smtp.user = m_user->text().trimmed();
    a.smtp.heloName = m_heloName->text().trimmed();
    if (m_timeout->value() != (a.smtp.timeouts.command + 999) / 1000) {
        const SmtpTimeouts &base = a.smtp.timeouts;
        const bool ownDataEnd
            = base.dataTermination != SmtpTimeouts::dataTerminationFor(base.command);
        a.smtp.timeouts = SmtpTimeouts::scaled(
            m_timeout->value() * 1000, ownDataEnd ? base.dataTermination : 0);
    }
    a.smtp.trust.caFile = m_caFile->text().trimmed();
    (void)a.smtp.trust.setPinFromHex(m_pin->text());

    auto secretFrom = [](const SecretForm &form, SecretSource base, bool needed) {
        if (!needed) {
            base.kind = SecretSource::Kind::None;
            return base;
        }
        (void)SecretSource::parseKind(form.source->currentData().toString(), &base.kind);
        base.command = form.command->text().trimmed();
        return base;
    };
    a.smtpSecret = secretFrom(m_smtpSecret, m_base.smtpSecret, !a.smtp.user.isEmpty());
    if (isTokenMechanism(a.smtp.authMechanism))
        a.smtpSecret.credentialKind = SaslCredentials::Kind::OAuthToken;
    else if (!a.smtp.authMechanism.isEmpty())
        a.smtpSecret.credentialKind = SaslCredentials::Kind::Password;

    auto mailboxFrom = [](const MailboxForm &form, const std::optional<MailboxServerSettings> &base)
        -> std::optional<MailboxServerSettings> {
        if (!form.group->isChecked())
            return std::nullopt;
        MailboxServerSettings settings = base.value_or(MailboxServerSettings {});
        settings.protocol = form.protocol;
        settings.host = form.host->text().trimmed();
        settings.port = quint16(form.port->value());
        settings.security = securityOf(form.security);
        settings.user = form.user->text().trimmed();
        settings.trust.caFile = form.caFile->text().trimmed();
        return settings;
    };
    a.imap = mailboxFrom(m_imap, m_base.imap);
    a.pop3 = mailboxFrom(m_pop3, m_base.pop3);
    const bool mailboxLogin
        = (a.imap && !a.imap->user.isEmpty()) || (a.pop3 && !a.pop3->user.isEmpty());
    a.mailboxSecret = secretFrom(m_mailboxSecret, m_base.mailboxSecret, mailboxLogin);
    return a;
}

void AccountsDialog::markDirty()
{
    if (!m_loading)
        m_dirty = true;
}

void AccountsDialog::showStatus(const QString &text, bool isError)
{
    m_status->setText(text.isEmpty() || !isError ? text : QStringLiteral("⚠ ") + text);
    m_status->setAccessibleName(isError ? tr("Error") : tr("Status"));
    m_status->setAccessibleDescription(text);
}

// ---- saving ------------------------------------------------------------------------------

QString AccountsDialog::checkForm(const Account &a) const
{
    if (!AccountStore::isValidName(a.name))
        return tr("The account name may hold only letters, digits and . _ - @ (at most 64).");
    if (m_isNew && m_controller->account(a.name))
        return tr("There is already an account named \"%1\".").arg(a.name);
    const MailAddressParseResult address = MailAddress::parseList(a.address);
    if (!address.isValid() || address.addresses.size() != 1)
        return tr("The email address is not valid: %1")
            .arg(address.isValid() ? tr("give exactly one address") : address.errorString);
    if (a.smtp.host.isEmpty())
        return tr("Give the SMTP server's host name.");
    if (!a.smtp.trust.caFile.isEmpty()) {
        if (const TlsPolicy policy(a.smtp.trust); !policy.isUsable())
            return tr("SMTP CA file: %1").arg(policy.errorString());
    }
    for (const auto *server : { &a.imap, &a.pop3 }) {
        if (*server && (*server)->host.isEmpty())
            return tr("Give the %1 server's host name, or switch %1 off.")
                .arg(protocolName((*server)->protocol).toUpper());
    }
    for (const auto &[secret, role] : { std::pair { &a.smtpSecret, tr("SMTP") },
             std::pair { &a.mailboxSecret, tr("mailbox") } }) {
        if (secret->kind == SecretSource::Kind::Command && secret->command.isEmpty())
            return tr("Give the %1 password command, or choose the keychain.").arg(role);
    }
    return {};
}

void AccountsDialog::save()
{
    if (m_saving)
        return;
    const Account account = formAccount();
    if (const QString problem = checkForm(account); !problem.isEmpty()) {
        showStatus(problem, true);
        Q_EMIT saveFinished(false, problem);
        return;
    }
    // Typed passwords go to the keychain first; the account is saved only once they are there,
    // so it never names a keychain entry that does not exist.
    QList<KeychainWrite> writes;
    const struct
    {
        SecretForm *form;
        const SecretSource *source;
        const SecretSource *before;
        QString role;
    } secrets[] = {
        { &m_smtpSecret, &account.smtpSecret, &m_base.smtpSecret, SmtpRole },
        { &m_mailboxSecret, &account.mailboxSecret, &m_base.mailboxSecret, MailboxRole },
    };
    for (const auto &s : secrets) {
        if (s.source->kind != SecretSource::Kind::Keychain)
            continue;
        const QString typed = s.form->password->text();
        if (!typed.isEmpty()) {
            writes << KeychainWrite { account.keychainKey(s.role), typed, s.form };
        } else if (m_isNew || s.before->kind != SecretSource::Kind::Keychain) {
            const QString problem = tr("Type the %1 password to store it in the keychain, or "
                                       "choose a password command.")
                                        .arg(s.role == SmtpRole ? tr("SMTP") : tr("mailbox"));
            showStatus(problem, true);
            s.form->password->setFocus();
            Q_EMIT saveFinished(false, problem);
            return;
        }
    }
    m_saving = true;
    m_saveButton->setEnabled(false);
    if (!writes.isEmpty())
        showStatus(tr("Storing the password in the system keychain…"), false);
    writeNextSecret(writes, account);
}

void AccountsDialog::writeNextSecret(QList<KeychainWrite> writes, const Account &account)
{
    if (writes.isEmpty()) {
        commit(account);
        return;
    }
    const KeychainWrite write = writes.takeFirst();
    m_secretRequest = SecretRequest::writeToKeychain(write.key, write.secret, this);
    connect(m_secretRequest, &SecretRequest::finished, this, [this, write, writes, account] {
        SecretRequest *request = m_secretRequest;
        m_secretRequest = nullptr;
        request->deleteLater();
        if (request->isOk()) {
            write.form->password->clear();
            writeNextSecret(writes, account);
            return;
        }
        // Never fall back to a file: offer the other safe way instead.
        m_saving = false;
        m_saveButton->setEnabled(true);
        const QString problem = tr("The password could not be stored in the system keychain: "
                                   "%1\nOutbound does not write passwords to files. Start a "
                                   "keychain (such as GNOME Keyring or KWallet) and save again, "
                                   "or give a password command that prints the password, such "
                                   "as \"pass show mail/%2\". The account was not saved.")
                                    .arg(request->errorString(), account.name);
        write.form->source->setCurrentIndex(
            write.form->source->findData(SecretSource::kindName(SecretSource::Kind::Command)));
        write.form->command->setFocus();
        showStatus(problem, true);
        Q_EMIT saveFinished(false, problem);
    });
}

void AccountsDialog::commit(const Account &formed)
{
    Account account = formed;
    account.signature = m_signature->toPlainText();
    // The SIZE limit is learned, not typed: the stored one stays unless a test learned another.
    if (const std::optional<Account> stored = m_controller->account(account.name))
        account.sizeLimit = stored->sizeLimit;
    if (m_learnedSizeLimit)
        account.sizeLimit = m_learnedSizeLimit;
    m_saving = false;
    m_saveButton->setEnabled(true);
    QString error;
    if (!m_controller->saveAccount(account, &error)) {
        const QString problem = tr("The account could not be saved: %1").arg(error);
        showStatus(problem, true);
        Q_EMIT saveFinished(false, problem);
        return;
    }
    // Typed passwords have been stored (or were only for testing): none stays in the form.
    m_smtpSecret.password->clear();
    m_mailboxSecret.password->clear();
    m_isNew = false;
    m_dirty = false;
    m_base = account;
    reloadList(account.name);
    showAccount(m_controller->account(account.name).value_or(account), false);
    const QString message = tr("Account \"%1\" saved.").arg(account.name);
    showStatus(message, false);
    Q_EMIT saveFinished(true, message);
}

void AccountsDialog::removeCurrentAccount()
{
    if (m_isNew || m_base.name.isEmpty())
        return;
    const Account account = m_base;
    const auto answer = QMessageBox::question(this, tr("Remove Account"),
        tr("Remove the account \"%1\"? Messages queued for it stay in the outbox but cannot be "
           "sent until an account of that name exists again.")
            .arg(account.name));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_controller->removeAccount(account.name, &error)) {
        showStatus(tr("The account could not be removed: %1").arg(error), true);
        return;
    }
    for (const auto &[source, role] : { std::pair { &account.smtpSecret, SmtpRole },
             std::pair { &account.mailboxSecret, MailboxRole } }) {
        if (source->kind == SecretSource::Kind::Keychain) {
            // Owned by the controller: the removal may outlive this dialog.
            SecretRequest *request
                = SecretRequest::removeFromKeychain(account.keychainKey(role), m_controller);
            connect(request, &SecretRequest::finished, request, &QObject::deleteLater);
        }
    }
    m_dirty = false;
    m_isNew = false;
    m_base = Account {};
    reloadList(QString());
    if (m_list->count() == 0)
        addAccount();
    showStatus(tr("Account \"%1\" removed.").arg(account.name), false);
}

void AccountsDialog::reject()
{
    if (m_dirty) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Changes"), tr("Close without saving the changes?"));
        if (answer != QMessageBox::Yes)
            return;
    }
    stopTest();
    QDialog::reject();
}

// ---- the test ----------------------------------------------------------------------------

void AccountsDialog::startTest()
{
    if (m_testing)
        return;
    const Account account = formAccount();
    if (account.smtp.host.isEmpty()) {
        showStatus(tr("Give the SMTP server's host name first."), true);
        return;
    }
    m_testing = true;
    m_testOk = true;
    m_testFailures.clear();
    m_testAccount = account;
    m_steps->clear();
    m_transcript->clear();
    m_certificateBox->hide();
    m_untrusted = QSslCertificate();
    m_result->setText(tr("Testing…"));
    m_testButton->setText(tr("S&top"));
    m_testButton->setAccessibleName(tr("Stop the test"));
    m_tabs->setCurrentIndex(2);
    showStatus(QString(), false);

    m_check = new AccountCheck(account, this);
    m_check->setTimeout(TestTimeoutMs);
    // What was just typed wins: it is what the user wants to try.
    const QString typedSmtp = m_smtpSecret.password->text();
    const QString typedMailbox = m_mailboxSecret.password->text();
    m_check->setSecret(AccountCheck::Service::Smtp, typedSmtp);
    m_check->setSecret(AccountCheck::Service::Imap, typedMailbox);
    m_check->setSecret(AccountCheck::Service::Pop3, typedMailbox);
    connect(m_check, &AccountCheck::serviceStarted, this, &AccountsDialog::onCheckServiceStarted);
    connect(m_check, &AccountCheck::step, this, &AccountsDialog::onCheckStep);
    connect(m_check, &AccountCheck::transcriptEntry, this, &AccountsDialog::appendTranscript);
    connect(m_check, &AccountCheck::untrustedCertificate, this,
        [this](const AccountCheckServer &server, const QList<QSslCertificate> &chain) {
            // Only SMTP's certificate can be pinned in this form.
            if (server.service == AccountCheck::Service::Smtp)
                showCertificate(chain);
        });
    connect(m_check, &AccountCheck::serviceFinished, this, &AccountsDialog::onCheckServiceFinished);
    connect(m_check, &AccountCheck::finished, this, &AccountsDialog::finishTest);
    m_check->start();
}

void AccountsDialog::stopTest()
{
    if (!m_testing || !m_check)
        return;
    m_testOk = false;
    m_testFailures << tr("stopped");
    m_check->cancel(); // finished() follows and ends the test
}

void AccountsDialog::onCheckServiceStarted(const AccountCheckServer &server)
{
    addStep(tr("%1: %2 port %3, security %4")
                .arg(AccountCheck::serviceName(server.service), server.host)
                .arg(server.port)
                .arg(securityName(server.security)));
}

void AccountsDialog::onCheckStep(const AccountCheckStep &step)
{
    addStep(tr("%1: %2").arg(AccountCheck::serviceName(step.service), step.text));
}

void AccountsDialog::onCheckServiceFinished(const AccountCheckResult &result)
{
    const QString name = AccountCheck::serviceName(result.service);
    if (result.smtpReady) {
        m_learnedSizeLimit = result.sizeLimit;
        if (!m_isNew && m_testAccount.name == m_base.name) {
            QString error; // the next test learns it again
            (void)AccountStore(m_controller->profile().accountsFile())
                .saveSizeLimit(m_testAccount.name, m_learnedSizeLimit, &error);
        }
    }
    QString failure;
    switch (result.outcome) {
    case AccountCheckResult::Outcome::Skipped:
        return;
    case AccountCheckResult::Outcome::Ok:
        addStep(tr("%1: OK").arg(name));
        return;
    case AccountCheckResult::Outcome::NoCredentials:
        failure = tr("%1: no password: %2").arg(name, result.errorString);
        break;
    case AccountCheckResult::Outcome::Failed:
        failure = tr("%1 failed: %2").arg(name, result.errorString);
        break;
    }
    addStep(failure, true);
    m_testOk = false;
    m_testFailures << failure;
}

void AccountsDialog::showCertificate(const QList<QSslCertificate> &chain)
{
    m_untrustedChain = chain;
    m_untrusted = chain.first();
    QString text = certificateText(m_untrusted);
    // A pin is a decision made once, while setting up; an account in use that suddenly
    // presents another certificate may be under attack, and is not offered a click-through.
    if (m_isNew) {
        text += QLatin1Char('\n')
            + tr("Pin it only if you know this is your server's certificate (compare the "
                 "SHA-256 with what your provider publishes).");
    } else {
        text += QLatin1Char('\n')
            + tr("This account is already set up, so Outbound does not offer to trust this "
                 "certificate. If the server's certificate really changed, remove the pin or "
                 "add its CA file.");
    }
    m_certificateText->setText(text);
    m_pinButton->setVisible(m_isNew);
    m_certificateBox->show();
}

void AccountsDialog::finishTest()
{
    if (!m_testing)
        return;
    m_testing = false;
    if (m_check) {
        m_check->disconnect(this);
        m_check->deleteLater();
        m_check = nullptr;
    }
    m_testButton->setText(tr("&Test"));
    m_testButton->setAccessibleName(tr("Test the account"));
    const QString summary = m_testOk
        ? tr("✔ Test passed: the account can connect and log in.")
        : tr("✘ Test failed: %1").arg(m_testFailures.join(QLatin1Char('\n')));
    m_result->setText(summary);
    m_result->setAccessibleDescription(summary);
    showStatus(
        m_testOk ? tr("Test passed.") : tr("Test failed; see the Test Results tab."), !m_testOk);
    Q_EMIT testFinished(m_testOk, summary);
}

void AccountsDialog::addStep(const QString &text, bool isError)
{
    auto *item = new QListWidgetItem(text, m_steps);
    item->setIcon(
        style()->standardIcon(isError ? QStyle::SP_MessageBoxWarning : QStyle::SP_ArrowRight));
    m_steps->scrollToItem(item);
}

void AccountsDialog::appendTranscript(const TranscriptEntry &entry)
{
    // Plain text only: server text is never interpreted as markup.
    m_transcript->appendPlainText(entry.toDisplayLine());
}
