// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

class AppController;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class SmtpSession;
struct SaslCredentials;

// An SMTP console: opens a session to an account's server — TLS and AUTH done by the library
// from the account's settings — and lets the user type commands (EHLO, NOOP, VRFY, EXPN, HELP,
// ETRN, RSET, QUIT, …) and read the replies. Everything shown comes from the session's own
// transcript, so secrets are redacted exactly as elsewhere; nothing typed here is a secret.
class ConsoleWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ConsoleWindow(AppController *controller, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    // For tests: the text shown so far.
    [[nodiscard]] QString outputText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectToServer();
    void disconnectFromServer();
    void openSession(const SaslCredentials &credentials);
    void submit();
    void showLine(const QString &line);
    void updateControls();

    AppController *m_controller;
    QComboBox *m_accounts;
    QPushButton *m_connect;
    QPlainTextEdit *m_output;
    QLineEdit *m_input;
    QLabel *m_status;
    QPointer<SmtpSession> m_session;
    QStringList m_history;
    int m_historyPosition = 0;
};
