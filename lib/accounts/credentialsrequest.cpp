// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "credentialsrequest.h"

#include "accounts/secretstore.h"

#include <QTimer>

CredentialsRequest::CredentialsRequest(QObject *parent)
    : QObject(parent)
{ }

SaslCredentials CredentialsRequest::identity(const Account &account, Service service)
{
    const bool smtp = service == Service::Smtp;
    const std::optional<MailboxServerSettings> &mailbox
        = service == Service::Imap ? account.imap : account.pop3;
    SaslCredentials credentials;
    credentials.user = smtp ? account.smtp.user : mailbox ? mailbox->user : QString();
    credentials.kind = (smtp ? account.smtpSecret : account.mailboxSecret).credentialKind;
    return credentials;
}

CredentialsRequest *CredentialsRequest::start(
    const Account &account, Service service, QObject *parent)
{
    auto *request = new CredentialsRequest(parent);
    const bool smtp = service == Service::Smtp;
    const SecretSource &source = smtp ? account.smtpSecret : account.mailboxSecret;
    request->m_credentials = identity(account, service);
    if (request->m_credentials.user.isEmpty()) {
        QTimer::singleShot(0, request, [request] { request->finish({}); });
        return request;
    }
    // SMTP and the mailbox servers keep their secrets under separate keychain entries.
    const QString key
        = account.keychainKey(smtp ? QStringLiteral("smtp") : QStringLiteral("mailbox"));
    SecretRequest *secret = SecretRequest::read(source, key, request);
    connect(secret, &SecretRequest::finished, request, [request, secret] {
        secret->deleteLater();
        if (secret->isOk())
            request->m_credentials.secret = secret->secret();
        request->finish(secret->isOk() ? QString() : secret->errorString());
    });
    return request;
}

void CredentialsRequest::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}
