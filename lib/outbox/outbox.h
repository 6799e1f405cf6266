// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "attemptoutcome.h"
#include "core/profile.h"
#include "outboxscheduler.h"
#include "outboxstore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class Outbox;
class QThread;

// Writes one message into its spool file and says whom it goes to. An enqueue job runs it on
// a worker thread: it may touch nothing the calling thread uses, and it owns what it captures.
using MessageSource = std::function<bool(QIODevice *out, SmtpEnvelope *envelope, QString *error)>;

// A message being written into the spool on a worker thread, then recorded in the outbox on
// the outbox's thread: whoever asked stays responsive however large the message. Emits
// progress() while writing and exactly one of queued() or failed(), from the event loop (never
// from inside Outbox::startEnqueue()). cancel(), or deleting the job, before then leaves
// nothing of the message behind. Owned by the parent given to Outbox::startEnqueue().
class EnqueueJob : public QObject
{
    Q_OBJECT
public:
    ~EnqueueJob() override;
    // Stops the writing at its next write; failed() follows with "cancelled".
    void cancel();
    // Bytes written into the spool so far (any thread may be writing them).
    [[nodiscard]] qint64 bytesWritten() const { return m_work ? m_work->written.load() : 0; }

Q_SIGNALS:
    void progress(qint64 bytesWritten);
    void queued(qint64 id);
    void failed(const QString &error);

private:
    friend class Outbox;
    // What the worker thread and the job share; the worker touches only this.
    struct Work
    {
        MessageSource source;
        QString account;
        OutboxStore::EnqueueOptions options;
        std::atomic_bool cancelled { false };
        std::atomic<qint64> written { 0 };
        // Set by the worker:
        SmtpEnvelope envelope;
        std::optional<OutboxStore::SpoolFile> file;
        QString error;
        bool recorded = false;
    };
    explicit EnqueueJob(QObject *parent);
    void onWritten();

    QPointer<Outbox> m_outbox;
    std::shared_ptr<Work> m_work;
    QThread *m_thread = nullptr;
    QTimer m_progress;
    qint64 m_reported = -1;
};

// The outbox of one profile, as both programs use it: the durable store, the scheduler that
// delivers from it (accounts looked up in the profile's account store), the watch for what
// other processes (outboundctl, another app) change in the same profile, and enqueueing, on
// a worker thread for a large message. The desktop app's controller and outboundctl's
// enqueue, sendmail and queue run|flush each create one and drive it.
//
// Typical use: open(), then start() (keep delivering, following other processes) or flush()
// (deliver what is due, then idle()). Everything long-running is asynchronous; nothing here
// touches widgets.
class Outbox : public QObject
{
    Q_OBJECT
public:
    explicit Outbox(Profile profile, QObject *parent = nullptr);
    // Sessions still open are dropped; see ~OutboxScheduler().
    ~Outbox() override;

    // Opens the store, taking this process's lock. False with *error when the profile's
    // outbox cannot be used. Everything below needs it.
    [[nodiscard]] bool open(QString *error);

    [[nodiscard]] const Profile &profile() const { return m_profile; }
    // Null until open() succeeded.
    [[nodiscard]] OutboxStore *store() const { return m_store.get(); }
    // Made on first use (so that enqueueing or listing alone costs no network probe); its
    // signals are the Outbox's. Configure it (retry policy, connections, session factory,
    // credentials source) before start() or flush().
    [[nodiscard]] OutboxScheduler *scheduler();

    // Keeps delivering until stop(), and looks again whenever another process or store
    // commits a change to this profile's outbox (changedElsewhere()). Also sweeps the spool
    // of debris in the background, a few hundred entries at a time (OutboxStore::sweepSpool()),
    // a first pass SpoolSweepDelayMs after start(), then one a day.
    void start();
    static constexpr int SpoolSweepDelayMs = 30'000;
    // When the first background pass over the spool begins after start(); for tests.
    void setSpoolSweepDelay(int ms) { m_sweepDelay = ms; }
    // Delivers what is due now; idle() follows when nothing is due and nothing in flight.
    void flush();
    // Starts no new attempt and stops watching; those in flight finish, then idle().
    void stop();
    // Something was enqueued, released or retried: look again now.
    void poke();

    // How often the cross-process watch looks (a cheap PRAGMA, no I/O). Default 1500 ms.
    void setWatchInterval(int ms) { m_watch.setInterval(ms); }

    // Copies `message` (read to its end) into the outbox on this thread: for a message that
    // already exists as bytes (outboundctl's enqueue and sendmail). Returns its id once it is
    // durable; nullopt with *error otherwise. Wakes nothing: flush() or poke() after it.
    [[nodiscard]] std::optional<qint64> enqueue(const QString &account,
        const SmtpEnvelope &envelope, QIODevice *message,
        const OutboxStore::EnqueueOptions &options, QString *error);
    // Writes a message with `source` and records it, on this thread (blocking).
    [[nodiscard]] std::optional<qint64> enqueue(const QString &account, const MessageSource &source,
        const OutboxStore::EnqueueOptions &options, QString *error);
    // The same without blocking: see EnqueueJob. The job belongs to `parent`.
    [[nodiscard]] EnqueueJob *startEnqueue(const QString &account, MessageSource source,
        const OutboxStore::EnqueueOptions &options, QObject *parent);

    // Several messages at once, each durable only when all are, with one sync and one
    // transaction for all (OutboxStore::Batch): add() each to the batch, then commit() it.
    // All or nothing. Wakes nothing: flush() or poke() after it.
    [[nodiscard]] std::unique_ptr<OutboxStore::Batch> newBatch();
    [[nodiscard]] std::optional<QList<qint64>> commit(OutboxStore::Batch *batch, QString *error);

Q_SIGNALS:
    // A message changed; 0 when many may have (another process, a bulk action).
    void messageChanged(qint64 id);
    // An attempt of message `id` ended with `result`; the message is now stateAfter(result).
    void attemptFinished(qint64 id, AttemptResult result);
    void transcriptEntry(qint64 messageId, const TranscriptEntry &entry);
    void sendProgress(qint64 messageId, qint64 bytesSent, qint64 totalBytes);
    void accountNeedsAttention(const QString &account, const QString &reason);
    void onlineChanged(bool online);
    // Nothing in flight, and (unless started) nothing due.
    void idle();

private:
    friend class EnqueueJob;
    // Records a spooled message and wakes the scheduler when it is due.
    [[nodiscard]] std::optional<qint64> record(const OutboxStore::SpoolFile &file,
        const SmtpEnvelope &envelope, const QString &account,
        const OutboxStore::EnqueueOptions &options, QString *error);
    void lookElsewhere();
    void sweepSpoolStep();

    Profile m_profile;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<OutboxScheduler> m_scheduler;
    QTimer m_watch;
    QTimer m_sweep;
    int m_sweepDelay = SpoolSweepDelayMs;
};
