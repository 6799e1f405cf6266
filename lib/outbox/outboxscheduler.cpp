#include "outboxscheduler.h"

#include "accounts/credentialsrequest.h"
#include "smtp/smtpsession.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkInformation>

Q_LOGGING_CATEGORY(lcOutbox, "outbound.outbox", QtWarningMsg)

// One SMTP connection of the scheduler and the message going over it now.
struct OutboxScheduler::Connection
{
    QString account;
    QString server;
    SmtpSession *session = nullptr; // deleted later: it may be inside its own signal
    std::unique_ptr<SmtpSendReply> reply;
    std::optional<OutboxMessage> message; // the one in flight, as it was claimed
    qint64 messageId = 0;
    QDateTime startedAt;
    QList<TranscriptEntry> transcript; // of the attempt in progress
    int messagesSent = 0;
    bool closed = false;
};

OutboxScheduler::OutboxScheduler(OutboxStore *store, AccountLookup lookup, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_lookup(std::move(lookup))
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &OutboxScheduler::pump);
    // Reachability where the platform reports it; without a backend we cannot know, and
    // assuming "online" only costs a failed, deferred attempt.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        m_online = info->reachability() != QNetworkInformation::Reachability::Disconnected;
        connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                setOnline(reachability != QNetworkInformation::Reachability::Disconnected);
            });
    }
}

OutboxScheduler::~OutboxScheduler()
{
    // Sessions still open are dropped; their messages stay claimed by this process and are
    // recovered (queued again, or uncertain past the final dot) by the next start.
    for (auto &connection : m_connections) {
        if (connection->session) {
            connection->session->disconnect(this);
            delete connection->session;
        }
    }
}

void OutboxScheduler::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
    if (online)
        pump(); // flush what waited for the network
}

int OutboxScheduler::messagesInFlight() const
{
    int count = 0;
    for (const auto &connection : m_connections)
        count += connection->reply ? 1 : 0;
    return count;
}

int OutboxScheduler::connectionsFor(const QString &account) const
{
    int count = 0;
    for (const auto &connection : m_connections)
        count += connection->account == account ? 1 : 0;
    return count;
}

void OutboxScheduler::flush()
{
    (void)m_store->recoverAbandonedClaims();
    m_flushing = true;
    pump();
}

void OutboxScheduler::start()
{
    (void)m_store->recoverAbandonedClaims();
    m_running = true;
    pump();
}

void OutboxScheduler::stop()
{
    m_running = false;
    m_flushing = false;
    m_wake.stop();
    maybeIdle();
}

void OutboxScheduler::poke()
{
    pump();
}

void OutboxScheduler::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    if ((m_running || m_flushing) && m_online) {
        const QStringList accounts = m_store->accountsWithDueMessages();
        for (const QString &name : accounts) {
            const std::optional<Account> account = m_lookup(name);
            if (!account) {
                const QString reason = tr("the account \"%1\" does not exist").arg(name);
                (void)m_store->holdAccount(name, reason);
                Q_EMIT accountNeedsAttention(name, reason);
                continue;
            }
            if (!m_credentials.contains(name)) {
                obtainCredentials(name);
                continue;
            }
            while (connectionsFor(name) < m_connectionsPerAccount) {
                const std::optional<OutboxMessage> message = m_store->claimNextDue(name);
                if (!message)
                    break;
                openConnection(*account, *message);
            }
        }
    }
    m_pumping = false;
    scheduleNextWake();
    // Queued, so that flush() returns before idle() and callers can connect after it.
    QMetaObject::invokeMethod(this, &OutboxScheduler::maybeIdle, Qt::QueuedConnection);
}

void OutboxScheduler::scheduleNextWake()
{
    if (!m_running)
        return;
    const QDateTime next = m_store->nextDueTime();
    if (!next.isValid()) {
        m_wake.stop();
        return;
    }
    // Capped, so a changed clock is noticed within a minute. Messages other processes enqueue
    // are the owner's to notice (OutboxStore::changedElsewhere(), then poke()).
    const qint64 ms = qBound(qint64(0), m_store->now().msecsTo(next) + 50, qint64(60'000));
    m_wake.start(int(ms));
}

void OutboxScheduler::maybeIdle()
{
    if (!m_connections.empty() || !m_fetchingCredentials.isEmpty() || m_pumping)
        return;
    if (m_flushing && m_online && !m_store->accountsWithDueMessages().isEmpty())
        return;
    m_flushing = false;
    Q_EMIT idle();
}

void OutboxScheduler::obtainCredentials(const QString &name)
{
    if (m_fetchingCredentials.contains(name))
        return;
    const std::optional<Account> account = m_lookup(name);
    if (!account)
        return;
    m_fetchingCredentials.insert(name);
    CredentialsRequest *request
        = CredentialsRequest::start(*account, CredentialsRequest::Service::Smtp, this);
    connect(request, &CredentialsRequest::finished, this, [this, request, name] {
        request->deleteLater();
        m_fetchingCredentials.remove(name);
        if (!request->isOk()) {
            const QString reason
                = tr("no password for \"%1\": %2").arg(name, request->errorString());
            (void)m_store->holdAccount(name, reason);
            Q_EMIT accountNeedsAttention(name, reason);
            maybeIdle();
            return;
        }
        m_credentials.insert(name, request->credentials());
        pump();
    });
}

void OutboxScheduler::openConnection(const Account &account, const OutboxMessage &first)
{
    SmtpServerSettings settings = account.smtp;
    if (m_settingsHook)
        m_settingsHook(&settings);
    auto connection = std::make_unique<Connection>();
    Connection *c = connection.get();
    c->account = account.name;
    c->server = QStringLiteral("%1:%2").arg(settings.host).arg(settings.port);
    c->session = new SmtpSession(settings, this);
    c->session->setCredentials(m_credentials.value(account.name));
    connect(
        c->session, &SmtpSession::transcriptEntry, this, [this, c](const TranscriptEntry &entry) {
            c->transcript << entry;
            if (c->messageId)
                Q_EMIT transcriptEntry(c->messageId, entry);
        });
    connect(c->session, &SmtpSession::closed, this, [this, c] { onConnectionClosed(c); });
    m_connections.push_back(std::move(connection));
    if (!sendOn(c, first))
        c->session->quit(); // never opened: closes at once and is removed
}

void OutboxScheduler::releaseUnstarted(const OutboxMessage &message, const QString &why)
{
    OutboxAttempt attempt { 0, m_store->now(), m_store->now(), {}, QStringLiteral("failed"),
        QStringLiteral("MessageUnreadable"), why, {} };
    OutboxStore::AttemptOutcome outcome;
    outcome.state = MessageState::Failed;
    outcome.reason = why;
    if (!m_store->finishAttempt(message.id, attempt, outcome))
        qCWarning(lcOutbox) << "cannot record message" << message.id << m_store->errorString();
    Q_EMIT messageChanged(message.id);
}

bool OutboxScheduler::sendOn(Connection *c, const OutboxMessage &message)
{
    auto body = std::make_unique<QFile>(message.spoolFile);
    if (!body->open(QIODevice::ReadOnly)) {
        releaseUnstarted(message,
            tr("the spool file %1 cannot be read: %2").arg(message.spoolFile, body->errorString()));
        return false;
    }
    SmtpEnvelope envelope = message.envelope;
    envelope.recipients = message.pendingRecipients();
    c->messageId = message.id;
    c->message = message;
    c->startedAt = m_store->now();
    // The session's greeting and EHLO belong to the first message's transcript.
    if (c->messagesSent > 0)
        c->transcript.clear();
    const qint64 size = body->size();
    c->reply.reset(c->session->send(envelope, std::move(body), size));
    const qint64 id = message.id;
    connect(c->reply.get(), &SmtpSendReply::endOfDataImminent, this, [this, id] {
        // Durable before the dot goes out: a crash from here on leaves the message uncertain.
        if (!m_store->markFinalDotImminent(id))
            qCWarning(lcOutbox) << "cannot record the final dot of" << id << m_store->errorString();
    });
    connect(c->reply.get(), &SmtpSendReply::progress, this,
        [this, id](qint64 sent, qint64 total) { Q_EMIT sendProgress(id, sent, total); });
    connect(c->reply.get(), &SmtpSendReply::finished, this, [this, c] { onMessageFinished(c); });
    Q_EMIT messageChanged(id);
    return true;
}

OutboxStore::AttemptOutcome OutboxScheduler::decideOutcome(
    const OutboxMessage &message, const SmtpSendReply &reply, QString *resultName)
{
    OutboxStore::AttemptOutcome outcome;
    outcome.recipientResults = reply.recipientResults();
    outcome.queueId = reply.queueId();
    const QDateTime now = m_store->now();
    const SmtpError &error = reply.error();
    // The session sends the recipients a server has no room for in further transactions
    // itself (RFC 5321 §4.5.3.1.10), and its results count a RCPT's 250 only when the
    // transaction completed: an accepted result here means the recipient has the message.
    // What is left for this outbox to split is what the connection could not take: past
    // the server's MAILMAX, or a 452 "too many" after others went through; those go again
    // at once, over a new connection.
    QStringList stillPending;
    QStringList refused;
    const bool anyAccepted = !reply.acceptedRecipients().isEmpty();
    bool split = error.code() == SmtpError::TransactionLimitReached;
    // Those refused by an earlier attempt are still reported on the message.
    for (const OutboxRecipient &recipient : message.recipients) {
        if (recipient.state == RecipientState::Failed)
            refused << QStringLiteral("%1 (%2)").arg(
                recipient.address, recipient.lastReply.summary());
    }
    for (const QString &address : message.pendingRecipients()) {
        SmtpReply last;
        for (const SmtpRecipientResult &result : outcome.recipientResults) {
            if (result.address == address)
                last = result.reply;
        }
        if (last.isPositiveCompletion())
            continue;
        if (last.isPermanentFailure()) {
            refused << QStringLiteral("%1 (%2)").arg(address, last.summary());
            continue;
        }
        stillPending << address;
        split = split || (anyAccepted && last.isTooManyRecipients());
    }
    auto retryLater = [&](const QString &why) {
        if (message.createdAt.isValid()
            && message.createdAt.secsTo(now) >= m_policy.giveUpAfter.count()) {
            outcome.state = MessageState::Failed;
            outcome.reason = tr(
                "gave up after %n day(s): %1", nullptr, int(m_policy.giveUpAfter.count() / 86400))
                                 .arg(why);
            *resultName = QStringLiteral("failed");
            return;
        }
        outcome.state = MessageState::Deferred;
        outcome.reason = why;
        outcome.nextAttemptAt
            = split ? now : now.addSecs(m_policy.delayAfter(message.attemptCount + 1).count());
        *resultName = QStringLiteral("deferred");
    };

    switch (decideRetry(error)) {
    case RetryDecision::Done:
        if (!stillPending.isEmpty()) {
            retryLater(split ? tr("the server takes fewer recipients at a time; the rest go in the "
                                  "next transaction")
                             : tr("%n recipient(s) deferred: %1", nullptr, int(stillPending.size()))
                                   .arg(stillPending.join(QStringLiteral(", "))));
            return outcome;
        }
        outcome.state = MessageState::Sent;
        outcome.reason = refused.isEmpty()
            ? QString()
            : tr("refused: %1").arg(refused.join(QStringLiteral("; ")));
        *resultName = QStringLiteral("sent");
        return outcome;
    case RetryDecision::RetryLater:
        retryLater(error.toString());
        return outcome;
    case RetryDecision::Fail:
        outcome.state = MessageState::Failed;
        outcome.reason = error.toString();
        *resultName = QStringLiteral("failed");
        return outcome;
    case RetryDecision::HoldForAccount:
        outcome.state = MessageState::Held;
        outcome.reason = error.toString();
        *resultName = QStringLiteral("held");
        return outcome;
    case RetryDecision::AskUser:
        outcome.state = MessageState::Uncertain;
        outcome.reason = error.toString();
        *resultName = QStringLiteral("uncertain");
        return outcome;
    }
    return outcome;
}

void OutboxScheduler::onMessageFinished(Connection *c)
{
    const std::unique_ptr<SmtpSendReply> reply = std::move(c->reply);
    const qint64 id = c->messageId;
    const std::optional<OutboxMessage> message = std::move(c->message); // as claimed
    c->messageId = 0;
    c->messagesSent++;
    if (message) {
        QString result;
        const OutboxStore::AttemptOutcome outcome = decideOutcome(*message, *reply, &result);
        const SmtpError &error = reply->error();
        const OutboxAttempt attempt { 0, c->startedAt, m_store->now(), c->server, result,
            error.isError() ? SmtpError::codeName(error.code()) : QString(),
            error.isError() ? error.toString() : QString(), formatTranscript(c->transcript) };
        if (!m_store->finishAttempt(id, attempt, outcome))
            qCWarning(lcOutbox) << "cannot record the attempt of" << id << m_store->errorString();
        if (outcome.state == MessageState::Held) {
            // Every message of the account would fail the same way: hold them all and ask.
            (void)m_store->holdAccount(c->account, outcome.reason);
            m_credentials.remove(c->account);
            Q_EMIT accountNeedsAttention(c->account, outcome.reason);
        }
        Q_EMIT messageChanged(id);
    }

    // Keep the connection for the account's next due message, up to the per-connection limit.
    const bool usable = !c->closed && c->session->state() == SmtpSession::State::Ready
        && !c->session->transactionLimitReached();
    if (usable && (m_running || m_flushing) && m_online && c->messagesSent < m_messagesPerConnection
        && m_credentials.contains(c->account)) {
        if (const std::optional<OutboxMessage> next = m_store->claimNextDue(c->account)) {
            if (sendOn(c, *next))
                return;
        }
    }
    if (c->closed)
        onConnectionClosed(c);
    else
        c->session->quit();
}

void OutboxScheduler::onConnectionClosed(Connection *c)
{
    c->closed = true;
    if (c->reply)
        return; // its message's finished() is on its way and will bring us back here
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        if (it->get() == c) {
            c->session->disconnect(this);
            c->session->deleteLater();
            m_connections.erase(it);
            break;
        }
    }
    pump();
}
