// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
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
    QList<OutboxMessage> claimed; // claimed for this connection, not started yet
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
    m_recordTimer.setSingleShot(true);
    m_recordTimer.setInterval(RecordDelayMs);
    connect(&m_recordTimer, &QTimer::timeout, this, &OutboxScheduler::recordFinished);
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
    // What finished is recorded. Sessions still open are dropped; their messages stay claimed
    // by this process and are recovered (queued again, or uncertain past the final dot) by the
    // next start. Nobody is told any more: whoever listens may be going too.
    QList<OutboxStore::FinishedAttempt> records;
    for (const Finished &f : std::as_const(m_finished))
        records << f.record;
    if (!m_store->finishAttempts(records))
        qCWarning(lcOutbox) << "cannot record attempts:" << m_store->errorString();
    for (auto &connection : m_connections) {
        releaseClaimed(connection.get());
        if (connection->session) {
            connection->session->disconnect(this);
            delete connection->session;
        }
    }
}

OutboxScheduler::SessionFactory OutboxScheduler::defaultSessionFactory()
{
    return [](const SmtpServerSettings &settings, QObject *parent) {
        return new SmtpSession(settings, parent);
    };
}

OutboxScheduler::CredentialsSource OutboxScheduler::defaultCredentialsSource()
{
    return [](const Account &account, QObject *parent) {
        return CredentialsRequest::start(account, CredentialsRequest::Service::Smtp, parent);
    };
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
    // What finished first: a message deferred for a moment may be due again already.
    recordFinished();
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
            // One claim for every connection there is room for, in one statement (again if a
            // connection ended at once, its message unreadable).
            for (int room = m_connectionsPerAccount - connectionsFor(name); room > 0;
                 room = m_connectionsPerAccount - connectionsFor(name)) {
                const QList<OutboxMessage> claimed = m_store->claimDue(room, name);
                if (claimed.isEmpty())
                    break;
                for (const OutboxMessage &message : claimed)
                    openConnection(*account, message);
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
    if (recordFinished()) {
        pump(); // what it recorded may be due again; pump() comes back here
        return;
    }
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
    CredentialsRequest *request = m_credentialsSource(*account, this);
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
    c->session = m_sessionFactory(settings, this);
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
    OutboxAttempt attempt { 0, m_store->now(), m_store->now(), {}, AttemptResult::Failed,
        QStringLiteral("MessageUnreadable"), why, {} };
    OutboxStore::AttemptOutcome outcome;
    outcome.state = MessageState::Failed;
    outcome.reason = why;
    if (!m_store->finishAttempt(message.id, attempt, outcome))
        qCWarning(lcOutbox) << "cannot record message" << message.id << m_store->errorString();
    Q_EMIT attemptFinished(message.id, AttemptResult::Failed);
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

void OutboxScheduler::onMessageFinished(Connection *c)
{
    const std::unique_ptr<SmtpSendReply> reply = std::move(c->reply);
    const std::optional<OutboxMessage> message = std::move(c->message); // as claimed
    c->messageId = 0;
    c->messagesSent++;
    if (message) {
        const SmtpError &error = reply->error();
        const AttemptOutcome decided = decideAttemptOutcome(
            *message, reply->recipientResults(), error, m_policy, m_store->now());
        OutboxStore::AttemptOutcome outcome;
        outcome.state = stateAfter(decided.result);
        outcome.reason = decided.reason;
        outcome.nextAttemptAt = decided.nextAttemptAt;
        outcome.queueId = reply->queueId();
        outcome.recipientResults = reply->recipientResults();
        const OutboxAttempt attempt { 0, c->startedAt, m_store->now(), c->server, decided.result,
            error.isError() ? SmtpError::codeName(error.code()) : QString(),
            error.isError() ? error.toString() : QString(), formatTranscript(c->transcript) };
        m_finished.append({ { message->id, attempt, outcome }, decided.result });
        if (outcome.state == MessageState::Held) {
            // Every message of the account would fail the same way: hold them all and ask.
            recordFinished();
            releaseClaimed(c);
            (void)m_store->holdAccount(c->account, outcome.reason);
            m_credentials.remove(c->account);
            Q_EMIT accountNeedsAttention(c->account, outcome.reason);
        } else if (m_finished.size() >= RecordBatch) {
            recordFinished();
        } else if (!m_recordTimer.isActive()) {
            m_recordTimer.start();
        }
    }

    // Keep the connection for the account's next due message, up to the per-connection limit.
    const bool usable = !c->closed && c->session->state() == SmtpSession::State::Ready
        && !c->session->transactionLimitReached();
    if (usable && (m_running || m_flushing) && m_online && c->messagesSent < m_messagesPerConnection
        && m_credentials.contains(c->account)) {
        if (const std::optional<OutboxMessage> next = nextFor(c)) {
            if (sendOn(c, *next))
                return;
        }
    }
    releaseClaimed(c);
    if (c->closed)
        onConnectionClosed(c);
    else
        c->session->quit();
}

std::optional<OutboxMessage> OutboxScheduler::nextFor(Connection *c)
{
    if (c->claimed.isEmpty()) {
        const int room = m_messagesPerConnection - c->messagesSent;
        c->claimed = m_store->claimDue(qMin(ClaimBatch, room), c->account);
    }
    if (c->claimed.isEmpty())
        return std::nullopt;
    return c->claimed.takeFirst();
}

void OutboxScheduler::releaseClaimed(Connection *c)
{
    if (c->claimed.isEmpty())
        return;
    QList<qint64> ids;
    for (const OutboxMessage &m : std::as_const(c->claimed))
        ids << m.id;
    c->claimed.clear();
    (void)m_store->releaseClaims(ids);
}

bool OutboxScheduler::recordFinished()
{
    m_recordTimer.stop();
    if (m_finished.isEmpty())
        return false;
    const QList<Finished> finished = std::exchange(m_finished, {});
    QList<OutboxStore::FinishedAttempt> records;
    records.reserve(finished.size());
    for (const Finished &f : finished)
        records << f.record;
    if (!m_store->finishAttempts(records))
        qCWarning(lcOutbox) << "cannot record attempts:" << m_store->errorString();
    for (const Finished &f : finished) {
        Q_EMIT attemptFinished(f.record.id, f.result);
        Q_EMIT messageChanged(f.record.id);
    }
    return true;
}

void OutboxScheduler::onConnectionClosed(Connection *c)
{
    c->closed = true;
    if (c->reply)
        return; // its message's finished() is on its way and will bring us back here
    releaseClaimed(c);
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
