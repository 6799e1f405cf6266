// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "consolewindow.h"

#include "appcontroller.h"

#include "accounts/credentialsrequest.h"
#include "smtp/smtpsession.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConsoleWindow::ConsoleWindow(AppController *controller, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_controller(controller)
    , m_accounts(new QComboBox(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_output(new QPlainTextEdit(this))
    , m_input(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("SMTP Console"));
    for (const Account &account : controller->accounts())
        m_accounts->addItem(account.name);
    m_accounts->setAccessibleName(tr("Account"));
    m_connect->setAccessibleName(tr("Connect or disconnect"));
    // Server text is shown as plain text, never interpreted, and the view keeps a bounded history.
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(5000);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setAccessibleName(tr("Conversation"));
    m_input->setPlaceholderText(tr("Type a command, e.g. NOOP, VRFY user, HELP — Enter sends"));
    m_input->setAccessibleName(tr("Command"));
    m_input->installEventFilter(this);

    auto *top = new QHBoxLayout;
    auto *accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_accounts);
    top->addWidget(accountLabel);
    top->addWidget(m_accounts, 1);
    top->addWidget(m_connect);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_input);
    layout->addWidget(m_status);

    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_session)
            disconnectFromServer();
        else
            connectToServer();
    });
    connect(m_input, &QLineEdit::returnPressed, this, &ConsoleWindow::submit);
    resize(720, 480);
    updateControls();
}

ConsoleWindow::~ConsoleWindow()
{
    delete m_session;
}

QString ConsoleWindow::outputText() const
{
    return m_output->toPlainText();
}

void ConsoleWindow::showLine(const QString &line)
{
    m_output->appendPlainText(line);
}

void ConsoleWindow::updateControls()
{
    const bool open = m_session && m_session->state() != SmtpSession::State::Closed;
    m_connect->setText(open ? tr("&Disconnect") : tr("&Connect"));
    m_accounts->setEnabled(!open);
    m_input->setEnabled(open && m_session->state() == SmtpSession::State::Ready);
    m_status->setText(m_session ? SmtpSession::stateName(m_session->state()) : tr("Not connected"));
}

void ConsoleWindow::connectToServer()
{
    const std::optional<Account> account = m_controller->account(m_accounts->currentText());
    if (!account) {
        showLine(tr("! Choose an account first (Settings → Accounts)."));
        return;
    }
    // The secret comes asynchronously (a keychain may ask the user); the window stays usable.
    if (!account->smtp.user.isEmpty())
        m_status->setText(tr("Getting the password…"));
    CredentialsRequest *request
        = CredentialsRequest::start(*account, CredentialsRequest::Service::Smtp, this);
    connect(request, &CredentialsRequest::finished, this, [this, request] {
        request->deleteLater();
        if (!request->isOk()) {
            showLine(tr("! %1").arg(request->errorString()));
            updateControls();
            return;
        }
        openSession(request->credentials());
    });
}

void ConsoleWindow::openSession(const SaslCredentials &credentials)
{
    const std::optional<Account> account = m_controller->account(m_accounts->currentText());
    if (!account)
        return;
    m_session = new SmtpSession(account->smtp, this);
    m_session->setCredentials(credentials);
    connect(m_session, &SmtpSession::transcriptEntry, this,
        [this](const TranscriptEntry &entry) { showLine(entry.toDisplayLine()); });
    connect(m_session, &SmtpSession::stateChanged, this, &ConsoleWindow::updateControls);
    connect(m_session, &SmtpSession::ready, this, [this] { m_input->setFocus(); });
    connect(m_session, &SmtpSession::closed, this, [this] {
        m_session->deleteLater();
        updateControls();
    });
    m_session->open();
    updateControls();
}

void ConsoleWindow::disconnectFromServer()
{
    if (m_session)
        m_session->quit();
}

void ConsoleWindow::submit()
{
    const QString line = m_input->text().trimmed();
    if (line.isEmpty() || !m_session)
        return;
    QString error;
    if (!m_session->sendUserCommand(line, &error)) {
        showLine(tr("! %1").arg(error));
        return;
    }
    m_history << line;
    m_historyPosition = int(m_history.size());
    m_input->clear();
}

bool ConsoleWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down walk through the commands typed before, like a shell.
    if (watched == m_input && event->type() == QEvent::KeyPress && !m_history.isEmpty()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            m_historyPosition = qBound(
                0, m_historyPosition + (key == Qt::Key_Up ? -1 : 1), int(m_history.size()));
            m_input->setText(m_history.value(m_historyPosition));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
