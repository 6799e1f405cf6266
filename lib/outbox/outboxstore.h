// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "core/profile.h"
#include "outboxmessage.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>

class QDirIterator;
class QIODevice;

// The durable outbox of one profile: a spool file per message (written atomically, file and
// folder fsynced) and an SQLite database in WAL mode for state, recipients and attempts.
//
// One profile may be shared by many processes (the GUI and any number of outboundctl). Each
// OutboxStore holds a lock file of its own under locks/ for as long as it lives; a message
// being delivered is claimed by setting it to Sending with the claimant's id, in one UPDATE
// that only succeeds if nobody claimed it first. A claim whose owner's lock file is no longer
// held belongs to a dead process and is recovered by recoverAbandonedClaims(): back to Queued,
// or to Uncertain if that process had reached the final dot.
//
// Opening costs the same however many messages the outbox holds: it reads no spool folder.
// Spool files are named after the store that wrote them (its claimant id), so what a killed
// process left between a spool file and its row is found and removed when its lock is found
// dead (recoverAbandonedClaims()); anything else unreferenced (a crash of an older version, a
// power cut) goes in the slow background pass that a long-running Outbox drives
// (sweepSpool()).
//
// Every method is synchronous and fast (one small transaction); none touches the network.
// Methods return false / nullopt with errorString() set when the disk or database fails.
class OutboxStore
{
    Q_DECLARE_TR_FUNCTIONS(OutboxStore)

public:
    explicit OutboxStore(Profile profile, OutboxClock clock = systemClock());
    ~OutboxStore();
    OutboxStore(const OutboxStore &) = delete;
    OutboxStore &operator=(const OutboxStore &) = delete;

    // Creates the folders and the schema if needed and takes this process's lock. Reads
    // nothing in proportion to the outbox's size.
    [[nodiscard]] bool open();
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString claimantId() const { return m_claimant; }
    [[nodiscard]] QDateTime now() const { return m_clock(); }

    struct EnqueueOptions
    {
        QString subject; // for display
        QDateTime notBefore; // send later / undo-send window; invalid: now
        bool held = false; // enqueue on hold (a draft the user releases)
    };
    // Copies `message` (read to its end) into a new spool file and records it. Returns the
    // message's id only once both the file and the row are durable; on failure nothing of
    // the message is left behind. A message SMTP cannot carry (a NUL, a line over 998
    // octets: SmtpDataCheck) is refused here, with the line, as spool() refuses it.
    [[nodiscard]] std::optional<qint64> enqueue(const QString &account,
        const SmtpEnvelope &envelope, QIODevice *message, const EnqueueOptions &options);

    // The same in two steps, so that the long one can run on another thread. spool() makes
    // a new durable spool file of what `write` writes into it; it touches no database and may
    // run on any thread. Once *cancelled is set, writing fails and nothing is left behind;
    // so it does, with the reason in *error, when the bytes are not valid SMTP data.
    struct SpoolFile
    {
        QString path;
        qint64 size = 0;
    };
    using SpoolWriter = std::function<bool(QIODevice *out, QString *error)>;
    // `owner` is the claimantId() of the store that will record it: the file is named after
    // it, so that it can be removed as soon as that store's process is found dead.
    [[nodiscard]] static std::optional<SpoolFile> spool(const Profile &profile,
        const SpoolWriter &write, QString *error, const std::atomic_bool *cancelled = nullptr,
        const QString &owner = {});
    // Records a file spool() made; on failure the file is removed.
    [[nodiscard]] std::optional<qint64> enqueueSpooled(const QString &account,
        const SmtpEnvelope &envelope, const SpoolFile &file, const EnqueueOptions &options);

    // Several messages enqueued at once (outboundctl enqueue with many files): add() writes
    // each spool file, commit() makes all of them durable with one sync of the file system,
    // records them in one durable transaction (synchronous=FULL), and only then returns their
    // ids: the same guarantee as enqueue() for each, one sync and one commit for all. All or
    // nothing: a batch that is not committed (destroyed, or commit() failed) leaves nothing
    // of any of its messages behind. A message add() refuses (no recipients, not SMTP data,
    // unreadable) is not in the batch; whether to go on or to give up is the caller's choice.
    // Belongs to the thread of its store, which must outlive it.
    class Batch
    {
    public:
        explicit Batch(OutboxStore *store);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

        // Copies `message` (read to its end) into a new spool file, not yet durable.
        [[nodiscard]] bool add(const QString &account, const SmtpEnvelope &envelope,
            QIODevice *message, const EnqueueOptions &options);
        // The ids, in the order the messages were added. The batch is empty afterwards,
        // committed or not.
        [[nodiscard]] std::optional<QList<qint64>> commit();
        [[nodiscard]] int size() const { return int(m_items.size()); }
        [[nodiscard]] QString errorString() const { return m_error; }

    private:
        friend class OutboxStore;
        struct Item
        {
            QString account;
            SmtpEnvelope envelope;
            SpoolFile file;
            EnqueueOptions options;
        };
        void discard();

        OutboxStore *m_store;
        QList<Item> m_items;
        QString m_error;
    };

    [[nodiscard]] std::optional<OutboxMessage> message(qint64 id);
    // Newest first. An empty `account` means all accounts.
    [[nodiscard]] QList<OutboxMessage> messages(const QString &account = {});
    [[nodiscard]] QList<OutboxAttempt> attempts(qint64 id);

    // Claims the message due soonest (Queued or Deferred, nextAttemptAt and notBefore not in
    // the future) for this process, optionally only of one account. nullopt if none is due.
    [[nodiscard]] std::optional<OutboxMessage> claimNextDue(const QString &account = {});
    // The same for up to `limit` messages at once, in one statement, soonest due first: for a
    // connection that sends several. Empty if none is due. Two stores never claim the same one.
    [[nodiscard]] QList<OutboxMessage> claimDue(int limit, const QString &account = {});
    // Gives back claims of this store's messages that were never started (none past the final
    // dot): each is waiting again (Queued, or Deferred if it was tried before), due at once.
    // Returns how many were given back.
    int releaseClaims(const QList<qint64> &ids);
    // Accounts that have a message due now, and when the next message becomes due.
    [[nodiscard]] QStringList accountsWithDueMessages();
    [[nodiscard]] QDateTime nextDueTime();

    // Called just before the final dot is written: from here on a crash means "uncertain".
    [[nodiscard]] bool markFinalDotImminent(qint64 id);

    // Records one finished attempt of a claimed message: the attempt itself, each
    // recipient's reply, and the message's new state. Releases the claim.
    struct AttemptOutcome
    {
        MessageState state = MessageState::Sent;
        QString reason;
        QDateTime nextAttemptAt;
        QString queueId;
        QList<SmtpRecipientResult> recipientResults; // only those tried in this attempt
    };
    [[nodiscard]] bool finishAttempt(
        qint64 id, const OutboxAttempt &attempt, const AttemptOutcome &outcome);
    // Several finished attempts in one transaction (one commit for all). A message no longer
    // claimed by this store is skipped (false, with errorString() naming it); the others are
    // recorded all the same. Until it returns, each message is still Sending (past the final
    // dot if it got there), so a crash before then leaves it Uncertain, never sent again.
    struct FinishedAttempt
    {
        qint64 id = 0;
        OutboxAttempt attempt;
        AttemptOutcome outcome;
    };
    [[nodiscard]] bool finishAttempts(const QList<FinishedAttempt> &finished);

    // The user's actions. Each returns false with errorString() if the message is not in a
    // state that allows it (e.g. deleting a message another process is sending).
    [[nodiscard]] bool hold(qint64 id, const QString &reason = {}); // not Uncertain
    [[nodiscard]] bool release(qint64 id); // Held → Queued
    [[nodiscard]] bool retryNow(qint64 id); // Deferred/Failed/Uncertain/Held → Queued, due now
    // Deleting is recoverable: remove() moves the message (not while Sending) to the deleted
    // messages, where it keeps its row, recipients, attempts and spool file but is in no list,
    // is never sent, and takes no other action; restore() puts it back in the state it had.
    // open() purges for good what was deleted more than KeepDeletedDays ago.
    static constexpr int KeepDeletedDays = 14;
    [[nodiscard]] bool remove(qint64 id);
    [[nodiscard]] bool restore(qint64 id);
    struct DeletedMessage
    {
        OutboxMessage message; // in the state it had when deleted
        QDateTime deletedAt;
    };
    // Most recently deleted first.
    [[nodiscard]] QList<DeletedMessage> deletedMessages();
    // Removes deleted messages, spool files included, deleted before `before` (invalid: now
    // minus KeepDeletedDays). Returns how many went.
    int purgeDeleted(const QDateTime &before = {});
    // Holds every waiting message of an account (after an authentication failure).
    [[nodiscard]] int holdAccount(const QString &account, const QString &reason);

    // True once after another process (or another store) committed a change, so a view can
    // reload; cheap enough to poll (PRAGMA data_version, no I/O).
    [[nodiscard]] bool changedElsewhere();

    // Gives back claims whose owners died, and removes what those processes left in the
    // spool without a row (a message being enqueued when it was killed). Each dead process is
    // noticed by its lock file, which goes only once that is done. Returns how many messages
    // were recovered. Costs a look at locks/, and a pass over the spool's names (no row read
    // for each) only when some process did die.
    [[nodiscard]] int recoverAbandonedClaims();

    // One bounded step of the slow pass over the spool folder that removes files no row
    // references and that are older than OrphanAge (so certainly not an enqueue in progress):
    // what older versions, a power cut, or a crash during purgeDeleted() left. Looks at no more
    // than `maxEntries` entries and remembers where it got to; returns true when this step
    // finished a pass (the next step starts another). For a long-running owner to call from
    // time to time (Outbox::start() does), never on the way to anything the user waits for.
    static constexpr qint64 OrphanAgeMs = 10 * 60 * 1000;
    bool sweepSpool(int maxEntries, int *removed = nullptr);

private:
    // Brings an older queue database up to this version's schema (see Migrations).
    [[nodiscard]] bool migrate(QSqlDatabase &db);
    // The statement for `sql`, prepared once per store and reused.
    [[nodiscard]] QSqlQuery &prepared(const QString &sql);
    [[nodiscard]] bool exec(QSqlQuery &query, const char *what);
    // One finished attempt, inside the caller's transaction; false if `id` is not ours.
    [[nodiscard]] bool recordAttempt(const FinishedAttempt &finished);
    [[nodiscard]] bool setState(qint64 id, MessageState to, const QList<MessageState> &from,
        const QString &reason, const QDateTime &nextAttemptAt = {});
    [[nodiscard]] QList<OutboxMessage> loadMessages(
        const QString &where, const QVariantList &values);
    void loadRecipients(OutboxMessage *message);
    // Inserts a queued message and its recipients, inside the caller's transaction.
    [[nodiscard]] std::optional<qint64> insertMessage(const QString &account,
        const SmtpEnvelope &envelope, const SpoolFile &file, const EnqueueOptions &options);
    [[nodiscard]] std::optional<QList<qint64>> recordBatch(const QList<Batch::Item> &items);
    [[nodiscard]] bool isReferenced(const QString &spoolFile);
    // Removes the spool files (and unfinished ones) of the dead stores `owners` that no row
    // references.
    void sweepDeadOwners(const QSet<QString> &owners);

    Profile m_profile;
    OutboxClock m_clock;
    QString m_connectionName;
    QString m_claimant;
    std::unique_ptr<QLockFile> m_lock;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    QString m_error;
    qint64 m_dataVersion = -1;
    std::unique_ptr<QDirIterator> m_sweep; // the pass sweepSpool() is in, if any
};
