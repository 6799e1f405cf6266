// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "accounts/account.h"
#include "sasl/saslmechanism.h"

#include <QObject>
#include <QPointer>

class SecretRequest;

// The SASL credentials for one of an account's services: the service's user name with the
// secret read from wherever the account keeps it. The one place that turns an account into
// credentials; the outbox scheduler, the account check, the console and outboundctl all ask
// here, so a new kind of secret (an OAuth token that needs refreshing) is added once.
//
// Asynchronous like SecretRequest (a keychain may prompt the user). finished() is emitted
// exactly once, never from start(); the caller owns the request. A service without a user
// name needs no secret: the request succeeds with empty credentials (no AUTH).
class CredentialsRequest : public QObject
{
    Q_OBJECT

public:
    enum class Service { Smtp, Imap, Pop3 };

    [[nodiscard]] static CredentialsRequest *start(
        const Account &account, Service service, QObject *parent = nullptr);

    // Who logs in to the service and with what kind of secret, without the secret (for a
    // secret the user gives another way, such as outboundctl's --password-stdin).
    [[nodiscard]] static SaslCredentials identity(const Account &account, Service service);

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool isOk() const { return m_finished && m_error.isEmpty(); }
    // Empty user: the service is used without authentication.
    [[nodiscard]] SaslCredentials credentials() const { return m_credentials; }
    // Why no secret could be read (the password command or the keychain's own words).
    [[nodiscard]] QString errorString() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    explicit CredentialsRequest(QObject *parent);
    void finish(const QString &error);

    SaslCredentials m_credentials;
    QString m_error;
    bool m_finished = false;
};
