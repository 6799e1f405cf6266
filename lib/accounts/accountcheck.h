// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "accounts/account.h"
#include "accounts/credentialsrequest.h"
#include "accounts/mailboxlogintest.h"
#include "net/tlspolicy.h"
#include "smtp/smtperror.h"
#include "transcript/transcriptentry.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>

#include <array>
#include <optional>

class SmtpSession;

// The server one service of an account check talks to.
struct AccountCheckServer
{
    CredentialsRequest::Service service = CredentialsRequest::Service::Smtp;
    QString host;
    quint16 port = 0; // the port actually used
    ConnectionSecurity security = ConnectionSecurity::StartTls;
};

// One line of a check's progress, for a person: "connecting", "TLS: TLSv1.3, …", "Logged in
// as …". Translated, and without the service's name, which each caller shows its own way.
struct AccountCheckStep
{
    enum class Kind {
        Progress, // the conversation moves on: a state reached, TLS, the login
        Detail, // what a terse report leaves out: reading the secret, capabilities, goodbye
    };

    CredentialsRequest::Service service = CredentialsRequest::Service::Smtp;
    Kind kind = Kind::Progress;
    QString text;
};

// How checking one service of the account ended.
struct AccountCheckResult
{
    enum class Outcome {
        Skipped, // the account has no such server, or the check was cancelled before it
        Ok, // connected, secured and logged in as the settings say, then said goodbye
        NoCredentials, // no secret could be read (errorString says why); nothing was connected
        Failed, // the server could not be used: smtpError or mailboxError, and errorString
    };

    CredentialsRequest::Service service = CredentialsRequest::Service::Smtp;
    Outcome outcome = Outcome::Skipped;
    // SMTP: what closed the session (SmtpError::CredentialsUnavailable for NoCredentials).
    SmtpError smtpError;
    // IMAP, POP3: what ended the login test.
    MailboxLoginTest::Error mailboxError = MailboxLoginTest::Error::NoError;
    // Translated, with the server's own words: SmtpError::toString(), the login test's
    // errorString() or the secret store's message. Empty when Ok or Skipped.
    QString errorString;

    // SMTP: the server got as far as ready(), so sizeLimit is what it announced.
    bool smtpReady = false;
    // SMTP: the SIZE the server announced (RFC 1870 §4); nullopt when it announced none.
    std::optional<qint64> sizeLimit;

    [[nodiscard]] bool isFailure() const
    {
        return outcome == Outcome::NoCredentials || outcome == Outcome::Failed;
    }
};

// Checks that an account can be used, without sending anything: for SMTP, IMAP and POP3 in
// turn (IMAP and POP3 only when the account has them), reads the service's credentials
// through CredentialsRequest (or takes a secret given with setSecret()), then
// - SMTP: opens an SmtpSession, waits until it is ready (connected, secured, authenticated as
//   the settings demand), learns the SIZE limit and says QUIT;
// - IMAP, POP3: runs a MailboxLoginTest (log in, log out).
// Every service is tried even when an earlier one failed. The accounts dialog and
// `outboundctl account test` both show this job; neither talks to a server itself.
//
// A server certificate that is not trusted (or not the pinned one) is reported with the chain
// the server presented, so that the caller can show it, let the user pin it and run a new
// check; this job never trusts anything the account's settings do not.
//
// Usage: construct, connect the signals, start(). Per service: serviceStarted(), step()s and
// transcriptEntry()s, perhaps untrustedCertificate(), serviceFinished(); then finished(),
// exactly once. Nothing is emitted from within start(). Do not delete the job from a slot
// connected to its signals; use deleteLater(). Deleting it closes any connection.
class AccountCheck : public QObject
{
    Q_OBJECT

public:
    using Service = CredentialsRequest::Service;

    explicit AccountCheck(Account account, QObject *parent = nullptr);
    ~AccountCheck() override;

    // Before start(): a secret the user gave for this check (typed into a form but not yet
    // stored), used for `service` instead of reading the account's. Ignored when empty.
    void setSecret(Service service, const QString &secret);
    // Before start(): every single wait (connect, greeting, each reply) gives up after `ms`.
    // 0 (the default) keeps the account's own timeouts.
    void setTimeout(int ms);

    // Only once per object.
    void start();
    // Stops at once: closes any connection and abandons a secret being read. Nothing is
    // emitted after it but finished(), from the event loop; isCancelled() then tells. A
    // service whose server was being talked to is Failed with its protocol's Aborted error;
    // one whose secret was being read, and those after it, are Skipped.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_state == State::Running; }
    [[nodiscard]] bool isFinished() const { return m_state == State::Finished; }
    [[nodiscard]] bool isCancelled() const { return m_cancelled; }
    // One result per service: SMTP, IMAP, POP3, in that order (Skipped where not checked).
    [[nodiscard]] QList<AccountCheckResult> results() const;
    [[nodiscard]] AccountCheckResult result(Service service) const;
    // Finished, not cancelled, and no service failed.
    [[nodiscard]] bool isOk() const;

    // "SMTP", "IMAP", "POP3": the protocol's name, the same in every language.
    [[nodiscard]] static QString serviceName(Service service);

Q_SIGNALS:
    void serviceStarted(const AccountCheckServer &server);
    void step(const AccountCheckStep &step);
    // Every line written and read, and events (secrets already redacted by the sessions).
    void transcriptEntry(const TranscriptEntry &entry);
    // Emitted before serviceFinished() when the service failed on the server's certificate;
    // `chain` is what the server presented, its own certificate first (never empty).
    void untrustedCertificate(
        const AccountCheckServer &server, const QList<QSslCertificate> &chain);
    void serviceFinished(const AccountCheckResult &result);
    // The end, exactly once.
    void finished();

private:
    enum class State { Idle, Running, Finished };

    void startNextService();
    void runSmtp(const SaslCredentials &credentials);
    void runMailbox(const SaslCredentials &credentials);
    void onSmtpReady();
    void onSmtpClosed();
    void onMailboxFinished(bool ok, const QString &errorString);
    void finishService(const AccountCheckResult &result);
    void finish();
    // Disconnects and closes whatever runs now, keeping what it says about how it ended.
    void stopCurrent();

    void emitStep(AccountCheckStep::Kind kind, const QString &text);
    [[nodiscard]] AccountCheckServer server(Service service) const;
    [[nodiscard]] static int index(Service service) { return int(service); }

    Account m_account;
    std::array<QString, 3> m_secrets; // given with setSecret(), by service
    int m_timeoutMs = 0;

    State m_state = State::Idle;
    bool m_cancelled = false;
    QList<Service> m_pending;
    Service m_current = Service::Smtp;
    std::array<AccountCheckResult, 3> m_results;

    QPointer<CredentialsRequest> m_credentialsRequest;
    QPointer<SmtpSession> m_session;
    QPointer<MailboxLoginTest> m_mailboxTest;
};
