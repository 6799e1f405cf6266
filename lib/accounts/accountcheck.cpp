// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "accountcheck.h"

#include "smtp/smtpsession.h"

#include <QTimer>

#include <utility>

namespace {

using Service = CredentialsRequest::Service;
using Kind = AccountCheckStep::Kind;

constexpr std::array AllServices { Service::Smtp, Service::Imap, Service::Pop3 };

// The step an SMTP state is worth, if any. Every state is listed (no default:), so that a new
// one is a compiler warning here.
std::optional<Kind> stepKind(SmtpSession::State state)
{
    switch (state) {
    case SmtpSession::State::Connecting:
    case SmtpSession::State::Greeting:
    case SmtpSession::State::Ehlo:
    case SmtpSession::State::Helo:
    case SmtpSession::State::StartTls:
    case SmtpSession::State::TlsHandshake:
    case SmtpSession::State::Authenticating:
    case SmtpSession::State::Ready:
        return Kind::Progress;
    case SmtpSession::State::Quitting:
        return Kind::Detail;
    case SmtpSession::State::Disconnected:
    case SmtpSession::State::UserCommand: // a check sends no command of the user's,
    case SmtpSession::State::MailTransaction: // and no message
    case SmtpSession::State::Data:
    case SmtpSession::State::Resetting:
    case SmtpSession::State::Closed: // serviceFinished() tells
        return std::nullopt;
    }
    return std::nullopt;
}

bool isCertificateProblem(const SmtpError &error)
{
    return error.code() == SmtpError::CertificateUntrusted
        || error.code() == SmtpError::CertificatePinMismatch;
}

bool isCertificateProblem(MailboxLoginTest::Error error)
{
    return error == MailboxLoginTest::Error::CertificateUntrusted
        || error == MailboxLoginTest::Error::CertificatePinMismatch;
}

} // namespace

AccountCheck::AccountCheck(Account account, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
{
    for (const Service service : AllServices)
        m_results[index(service)].service = service;
}

AccountCheck::~AccountCheck()
{
    // Nothing is reported from here on; the connections close with their objects.
    stopCurrent();
}

void AccountCheck::setSecret(Service service, const QString &secret)
{
    m_secrets[index(service)] = secret;
}

void AccountCheck::setTimeout(int ms)
{
    m_timeoutMs = ms;
}

QString AccountCheck::serviceName(Service service)
{
    switch (service) {
    case Service::Smtp:
        return QStringLiteral("SMTP");
    case Service::Imap:
        return QStringLiteral("IMAP");
    case Service::Pop3:
        return QStringLiteral("POP3");
    }
    return {};
}

QList<AccountCheckResult> AccountCheck::results() const
{
    return { m_results.begin(), m_results.end() };
}

AccountCheckResult AccountCheck::result(Service service) const
{
    return m_results[index(service)];
}

bool AccountCheck::isOk() const
{
    if (!isFinished() || m_cancelled)
        return false;
    for (const AccountCheckResult &result : m_results) {
        if (result.isFailure())
            return false;
    }
    return true;
}

AccountCheckServer AccountCheck::server(Service service) const
{
    AccountCheckServer server;
    server.service = service;
    if (service == Service::Smtp) {
        server.host = m_account.smtp.host;
        server.port = m_account.smtp.port;
        server.security = m_account.smtp.security;
        return server;
    }
    const std::optional<MailboxServerSettings> &mailbox
        = service == Service::Imap ? m_account.imap : m_account.pop3;
    if (mailbox) {
        server.host = mailbox->host;
        server.port = mailbox->effectivePort();
        server.security = mailbox->security;
    }
    return server;
}

void AccountCheck::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    m_pending = { Service::Smtp };
    if (m_account.imap)
        m_pending << Service::Imap;
    if (m_account.pop3)
        m_pending << Service::Pop3;
    QTimer::singleShot(0, this, &AccountCheck::startNextService);
}

void AccountCheck::startNextService()
{
    if (m_state != State::Running)
        return;
    if (m_pending.isEmpty()) {
        finish();
        return;
    }
    m_current = m_pending.takeFirst();
    Q_EMIT serviceStarted(server(m_current));

    SaslCredentials credentials = CredentialsRequest::identity(m_account, m_current);
    const QString &given = m_secrets[index(m_current)];
    auto run = [this](const SaslCredentials &credentials) {
        if (m_current == Service::Smtp)
            runSmtp(credentials);
        else
            runMailbox(credentials);
    };
    // What the user just gave wins: it is what they want to try. Without a user name there is
    // nothing to read, and CredentialsRequest says so.
    if (!given.isEmpty() && !credentials.user.isEmpty()) {
        credentials.secret = given;
        run(credentials);
        return;
    }
    const SecretSource &source
        = m_current == Service::Smtp ? m_account.smtpSecret : m_account.mailboxSecret;
    if (!credentials.user.isEmpty()) {
        switch (source.kind) {
        case SecretSource::Kind::Command:
            emitStep(Kind::Detail, tr("Running the password command…"));
            break;
        case SecretSource::Kind::Keychain:
            emitStep(Kind::Detail, tr("Reading the password from the keychain…"));
            break;
        case SecretSource::Kind::None:
            break;
        }
    }
    m_credentialsRequest = CredentialsRequest::start(m_account, m_current, this);
    connect(m_credentialsRequest, &CredentialsRequest::finished, this, [this, run] {
        CredentialsRequest *request = m_credentialsRequest;
        m_credentialsRequest = nullptr;
        request->deleteLater();
        if (request->isOk()) {
            run(request->credentials());
            return;
        }
        AccountCheckResult result;
        result.service = m_current;
        result.outcome = AccountCheckResult::Outcome::NoCredentials;
        result.errorString = request->errorString();
        if (m_current == Service::Smtp)
            result.smtpError = SmtpError(SmtpError::CredentialsUnavailable, result.errorString);
        finishService(result);
    });
}

void AccountCheck::runSmtp(const SaslCredentials &credentials)
{
    SmtpServerSettings settings = m_account.smtp;
    if (m_timeoutMs > 0)
        settings.timeouts = SmtpTimeouts::uniform(m_timeoutMs);
    m_session = new SmtpSession(settings, this);
    if (!credentials.user.isEmpty())
        m_session->setCredentials(credentials);
    connect(m_session, &SmtpSession::transcriptEntry, this, &AccountCheck::transcriptEntry);
    connect(m_session, &SmtpSession::stateChanged, this, [this](SmtpSession::State state) {
        if (const std::optional<Kind> kind = stepKind(state))
            emitStep(*kind, SmtpSession::stateName(state));
    });
    connect(m_session, &SmtpSession::ready, this, &AccountCheck::onSmtpReady);
    connect(m_session, &SmtpSession::errorOccurred, this, [this](const SmtpError &error) {
        if (!isCertificateProblem(error))
            return;
        // Asked now, while the session still holds the socket the handshake failed on.
        const QList<QSslCertificate> chain = m_session->peerCertificateChain();
        if (!chain.isEmpty())
            Q_EMIT untrustedCertificate(server(Service::Smtp), chain);
    });
    connect(m_session, &SmtpSession::closed, this, &AccountCheck::onSmtpClosed);
    m_session->open();
}

void AccountCheck::onSmtpReady()
{
    AccountCheckResult &result = m_results[index(Service::Smtp)];
    if (!m_session->tlsDescription().isEmpty())
        emitStep(Kind::Progress, tr("TLS: %1").arg(m_session->tlsDescription()));
    if (!m_session->authMechanism().isEmpty()) {
        const QString user = CredentialsRequest::identity(m_account, Service::Smtp).user;
        emitStep(Kind::Progress,
            tr("logged in as %1 with %2")
                .arg(user, QString::fromLatin1(m_session->authMechanism())));
    }
    const SmtpCapabilities &capabilities = m_session->capabilities();
    emitStep(Kind::Detail, tr("the server offers %1").arg(capabilities.toDisplayString()));
    result.smtpReady = true;
    result.sizeLimit = capabilities.sizeLimit();
    m_session->quit();
}

void AccountCheck::onSmtpClosed()
{
    SmtpSession *session = m_session;
    m_session = nullptr;
    session->disconnect(this);
    session->deleteLater();
    AccountCheckResult result = m_results[index(Service::Smtp)];
    result.smtpError = session->error();
    if (result.smtpError.isError()) {
        result.outcome = AccountCheckResult::Outcome::Failed;
        result.errorString = result.smtpError.toString();
    } else {
        result.outcome = AccountCheckResult::Outcome::Ok;
    }
    finishService(result);
}

void AccountCheck::runMailbox(const SaslCredentials &credentials)
{
    MailboxServerSettings settings
        = *(m_current == Service::Imap ? m_account.imap : m_account.pop3);
    if (m_timeoutMs > 0)
        settings.timeoutMs = m_timeoutMs;
    m_mailboxTest = new MailboxLoginTest(settings, credentials, this);
    connect(m_mailboxTest, &MailboxLoginTest::step, this,
        [this](const QString &text) { emitStep(Kind::Progress, text); });
    connect(
        m_mailboxTest, &MailboxLoginTest::transcriptEntry, this, &AccountCheck::transcriptEntry);
    connect(m_mailboxTest, &MailboxLoginTest::finished, this, &AccountCheck::onMailboxFinished);
    m_mailboxTest->start();
}

void AccountCheck::onMailboxFinished(bool ok, const QString &errorString)
{
    MailboxLoginTest *test = m_mailboxTest;
    m_mailboxTest = nullptr;
    test->disconnect(this);
    test->deleteLater();
    AccountCheckResult result;
    result.service = m_current;
    result.mailboxError = test->error();
    if (ok) {
        result.outcome = AccountCheckResult::Outcome::Ok;
    } else {
        result.outcome = AccountCheckResult::Outcome::Failed;
        result.errorString = errorString;
        const QList<QSslCertificate> chain = test->peerCertificateChain();
        if (isCertificateProblem(result.mailboxError) && !chain.isEmpty())
            Q_EMIT untrustedCertificate(server(m_current), chain);
    }
    finishService(result);
}

void AccountCheck::finishService(const AccountCheckResult &result)
{
    m_results[index(result.service)] = result;
    Q_EMIT serviceFinished(result);
    // The next service starts from the event loop, not from inside a session's signal.
    QTimer::singleShot(0, this, &AccountCheck::startNextService);
}

void AccountCheck::finish()
{
    m_state = State::Finished;
    Q_EMIT finished();
}

void AccountCheck::cancel()
{
    if (m_state != State::Running)
        return;
    m_cancelled = true;
    m_pending.clear();
    stopCurrent();
    m_state = State::Finished;
    QMetaObject::invokeMethod(this, &AccountCheck::finished, Qt::QueuedConnection);
}

void AccountCheck::stopCurrent()
{
    if (m_credentialsRequest) {
        m_credentialsRequest->disconnect(this);
        m_credentialsRequest->deleteLater();
        m_credentialsRequest = nullptr;
    }
    if (m_session) {
        SmtpSession *session = m_session;
        m_session = nullptr;
        session->disconnect(this);
        session->abort();
        AccountCheckResult &result = m_results[index(Service::Smtp)];
        result.outcome = AccountCheckResult::Outcome::Failed;
        result.smtpError = session->error();
        result.errorString = result.smtpError.toString();
        session->deleteLater();
    }
    if (m_mailboxTest) {
        MailboxLoginTest *test = m_mailboxTest;
        m_mailboxTest = nullptr;
        test->disconnect(this);
        test->abort();
        AccountCheckResult &result = m_results[index(m_current)];
        result.outcome = AccountCheckResult::Outcome::Failed;
        result.mailboxError = test->error();
        result.errorString = test->errorString();
        test->deleteLater();
    }
}

void AccountCheck::emitStep(Kind kind, const QString &text)
{
    Q_EMIT step(AccountCheckStep { m_current, kind, text });
}
