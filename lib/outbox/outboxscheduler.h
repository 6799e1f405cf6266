// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "accounts/account.h"
#include "attemptoutcome.h"
#include "outboxstore.h"
#include "retrypolicy.h"
#include "transcript/transcriptentry.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class CredentialsRequest;
class SmtpSendReply;
class SmtpSession;

// Delivers what is due in an OutboxStore: up to connectionsPerAccount connections per
// account, several messages per connection, retries decided from each reply by the
// RetryPolicy. Every attempt is recorded with its transcript. It follows network reachability
// (QNetworkInformation where a backend loads; otherwise it assumes it is online) and delivers
// again when the network comes back. Nothing here blocks: secrets are fetched asynchronously.
//
// flush() delivers what is due now and emits idle() when nothing is due and nothing in
// flight; start() keeps delivering (at the next due time, on poke(), when the network
// returns) until stop().
class OutboxScheduler : public QObject
{
    Q_OBJECT
public:
    // Looks an account up by name; nullopt if it no longer exists.
    using AccountLookup = std::function<std::optional<Account>(const QString &name)>;

    // Makes the session for one connection, with `parent` as its parent (the scheduler deletes
    // it when the connection ends). Default: a real SmtpSession.
    using SessionFactory
        = std::function<SmtpSession *(const SmtpServerSettings &settings, QObject *parent)>;
    // Starts fetching an account's SMTP credentials; the scheduler waits for its finished()
    // and deletes it. Default: CredentialsRequest::start(account, Service::Smtp, parent).
    using CredentialsSource
        = std::function<CredentialsRequest *(const Account &account, QObject *parent)>;

    OutboxScheduler(OutboxStore *store, AccountLookup lookup, QObject *parent = nullptr);
    ~OutboxScheduler() override;

    void setSessionFactory(SessionFactory factory) { m_sessionFactory = std::move(factory); }
    void setCredentialsSource(CredentialsSource source) { m_credentialsSource = std::move(source); }
    [[nodiscard]] static SessionFactory defaultSessionFactory();
    [[nodiscard]] static CredentialsSource defaultCredentialsSource();

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setConnectionsPerAccount(int connections)
    {
        m_connectionsPerAccount = qMax(1, connections);
    }
    void setMessagesPerConnection(int messages) { m_messagesPerConnection = qMax(1, messages); }
    // How many due messages a connection claims at once (one statement), up to what it may
    // still send; the ones it does not get to are given back when it closes.
    static constexpr int ClaimBatch = 8;
    // Finished attempts are recorded together, one transaction for up to RecordBatch of them or
    // whatever finished within RecordDelayMs, and always before idle(). attemptFinished() and
    // messageChanged() follow that commit, so whoever they wake reads the new state. Until then
    // a message stays Sending, past its final dot: a crash in between leaves it Uncertain, as a
    // crash just before the reply would have.
    static constexpr int RecordBatch = 64;
    static constexpr int RecordDelayMs = 10;
    // For tests: settings applied to every session (short timeouts, a test CA).
    void setSessionSettingsHook(std::function<void(SmtpServerSettings *)> hook)
    {
        m_settingsHook = std::move(hook);
    }

    void flush();
    void start();
    // Starts no new attempt; those in flight finish and are recorded, then idle() follows.
    void stop();
    // Something was enqueued, released or retried: look again now.
    void poke();

    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] int messagesInFlight() const;

Q_SIGNALS:
    void messageChanged(qint64 id);
    // An attempt of message `id` was recorded; the message is now stateAfter(result).
    void attemptFinished(qint64 id, AttemptResult result);
    void transcriptEntry(qint64 messageId, const TranscriptEntry &entry);
    // How much of a message's data has gone to the server (for a progress display).
    void sendProgress(qint64 messageId, qint64 bytesSent, qint64 totalBytes);
    // The account's messages are held until the user fixes its credentials or settings.
    void accountNeedsAttention(const QString &account, const QString &reason);
    void onlineChanged(bool online);
    // Nothing in flight, and (unless running) nothing due.
    void idle();

private:
    struct Connection;

    void pump();
    void scheduleNextWake();
    void obtainCredentials(const QString &account);
    void openConnection(const Account &account, const OutboxMessage &first);
    // Starts `message` on the connection; false if its spool file cannot be read (the
    // message is then failed and recorded).
    [[nodiscard]] bool sendOn(Connection *connection, const OutboxMessage &message);
    void onMessageFinished(Connection *connection);
    void onConnectionClosed(Connection *connection);
    void releaseUnstarted(const OutboxMessage &message, const QString &why);
    // The connection's next message: one it claimed before, or a new batch of claims.
    [[nodiscard]] std::optional<OutboxMessage> nextFor(Connection *connection);
    // Gives back what the connection claimed but will not send.
    void releaseClaimed(Connection *connection);
    // Commits the finished attempts waiting to be recorded, then tells about them; false if
    // there were none.
    bool recordFinished();
    [[nodiscard]] int connectionsFor(const QString &account) const;
    void maybeIdle();
    void setOnline(bool online);

    OutboxStore *m_store;
    AccountLookup m_lookup;
    RetryPolicy m_policy;
    int m_connectionsPerAccount = 2;
    int m_messagesPerConnection = 20;
    std::function<void(SmtpServerSettings *)> m_settingsHook;
    SessionFactory m_sessionFactory = defaultSessionFactory();
    CredentialsSource m_credentialsSource = defaultCredentialsSource();

    bool m_running = false; // start(): keep going after idle
    bool m_flushing = false; // flush(): deliver what is due, then idle
    bool m_online = true;
    QTimer m_wake;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QHash<QString, SaslCredentials> m_credentials; // per account, for this run
    QSet<QString> m_fetchingCredentials;
    bool m_pumping = false;
    struct Finished
    {
        OutboxStore::FinishedAttempt record;
        AttemptResult result;
    };
    QList<Finished> m_finished; // waiting for recordFinished()
    QTimer m_recordTimer;
};
