// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "outboxstore.h"

#include "outboxrows_p.h"

#include "core/durablefile.h"
#include "smtp/smtpdatacheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

using namespace OutboxRows;

namespace {

constexpr const char *Schema[] = {
    "CREATE TABLE IF NOT EXISTS messages ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " account TEXT NOT NULL,"
    " state TEXT NOT NULL,"
    " spool_file TEXT NOT NULL,"
    " size INTEGER NOT NULL,"
    " subject TEXT NOT NULL DEFAULT '',"
    " sender TEXT NOT NULL,"
    " body_8bit INTEGER NOT NULL DEFAULT 0,"
    " smtputf8 INTEGER NOT NULL DEFAULT 0,"
    " dsn_ret INTEGER NOT NULL DEFAULT 0,"
    " dsn_envid TEXT NOT NULL DEFAULT '',"
    " dsn_notify INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL,"
    " not_before INTEGER,"
    " next_attempt_at INTEGER,"
    " sent_at INTEGER,"
    " reason TEXT NOT NULL DEFAULT '',"
    " queue_id TEXT NOT NULL DEFAULT '',"
    " attempt_count INTEGER NOT NULL DEFAULT 0,"
    " claimed_by TEXT,"
    " past_final_dot INTEGER NOT NULL DEFAULT 0,"
    // When a waiting message is due: the later of next_attempt_at and not_before, kept up to
    // date by every statement that changes either, so finding the next one is an index seek.
    " due_at INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS messages_due ON messages(due_at, id) WHERE state IN ('queued', "
    "'deferred')",
    "CREATE INDEX IF NOT EXISTS messages_due_by_account ON messages(account, due_at, id)"
    " WHERE state IN ('queued', 'deferred')",
    "CREATE TABLE IF NOT EXISTS recipients ("
    " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " address TEXT NOT NULL,"
    " state TEXT NOT NULL,"
    " code INTEGER NOT NULL DEFAULT 0,"
    " enhanced TEXT NOT NULL DEFAULT '',"
    " text TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (message_id, position))",
    "CREATE TABLE IF NOT EXISTS attempts ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
    " started_at INTEGER,"
    " ended_at INTEGER,"
    " server TEXT NOT NULL DEFAULT '',"
    " result TEXT NOT NULL DEFAULT '',"
    " error_code TEXT NOT NULL DEFAULT '',"
    " error_text TEXT NOT NULL DEFAULT '',"
    " transcript TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX IF NOT EXISTS attempts_by_message ON attempts(message_id)",
    // Whether a spool file is some row's, one seek each (the sweeps ask it of single files).
    "CREATE INDEX IF NOT EXISTS messages_by_spool_file ON messages(spool_file)",
    // Live claims, so that recovery does not read every row.
    "CREATE INDEX IF NOT EXISTS messages_claimed ON messages(claimed_by) WHERE state = 'sending'",
    // Deleted messages (state 'deleted' in messages) and what they were, until purged.
    "CREATE TABLE IF NOT EXISTS deleted_messages ("
    " message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
    " deleted_at INTEGER NOT NULL,"
    " previous_state TEXT NOT NULL)",
    // Counts by state and the views' state filters, without reading every sent message (most of
    // a large outbox). Partial, so that the planner never takes it for the claim's query, which
    // messages_due serves.
    "CREATE INDEX IF NOT EXISTS messages_unsent ON messages(state) WHERE state != 'sent'",
    // Every change to a message, in order, so that a view (OutboxReader) applies only what
    // changed since it last looked, whichever process made the change. Kept short: a view
    // further behind than what is left reads everything again.
    "CREATE TABLE IF NOT EXISTS changes ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " message_id INTEGER NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS message_inserted AFTER INSERT ON messages"
    " BEGIN INSERT INTO changes (message_id) VALUES (new.id); END",
    // Only what a view shows: not the past-the-dot mark, written once per message sent.
    "CREATE TRIGGER IF NOT EXISTS message_updated AFTER UPDATE OF state, subject, reason,"
    " not_before, next_attempt_at, sent_at, queue_id, attempt_count, recipient_list ON messages"
    " BEGIN INSERT INTO changes (message_id) VALUES (new.id); END",
    "CREATE TRIGGER IF NOT EXISTS message_deleted AFTER DELETE ON messages"
    " BEGIN INSERT INTO changes (message_id) VALUES (old.id); END",
    "CREATE TRIGGER IF NOT EXISTS changes_pruned AFTER INSERT ON changes"
    " WHEN new.seq % 1000 = 0"
    " BEGIN DELETE FROM changes WHERE seq <= new.seq - 20000; END",
    // Every address mail went to, for completion in the compose window: one row each however
    // many messages went there, kept by the database itself as recipients are recorded.
    "CREATE TABLE IF NOT EXISTS used_addresses ("
    " address TEXT PRIMARY KEY COLLATE NOCASE,"
    " uses INTEGER NOT NULL DEFAULT 1,"
    " last_used INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID",
    "CREATE TRIGGER IF NOT EXISTS address_used AFTER INSERT ON recipients"
    " BEGIN INSERT INTO used_addresses (address, uses, last_used)"
    " VALUES (new.address, 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))"
    " ON CONFLICT (address) DO UPDATE SET uses = uses + 1, last_used = excluded.last_used; END",
};

// What changed in the schema since the first version, in order: Migrations[i] takes the database
// from user_version i to i + 1, filling what it adds from what is already there.
const QList<QList<const char *>> Migrations = {
    {
        // The recipients as one line, for the views' sorting and filtering without a join.
        "ALTER TABLE messages ADD COLUMN recipient_list TEXT NOT NULL DEFAULT ''",
        "UPDATE messages SET recipient_list = coalesce((SELECT group_concat(address, ', ') FROM"
        " (SELECT address FROM recipients WHERE message_id = messages.id ORDER BY position)), '')",
        "INSERT OR IGNORE INTO used_addresses (address, uses, last_used)"
        " SELECT address, count(*), max(coalesce(m.created_at, 0)) FROM recipients"
        " JOIN messages m ON m.id = recipients.message_id GROUP BY address COLLATE NOCASE",
    },
};

// Spool files are named OWNER.UUID.eml (OWNER.UUID.part while a batch writes them), OWNER
// being the claimant id of the store that records them; UUID.eml before owners were named.
// The owner of a spool file's name, or an empty string. QSaveFile's own temporary name
// (OWNER.UUID.eml.XXXXXX, where it cannot use O_TMPFILE) has the same owner.
QString ownerOf(const QString &fileName)
{
    const QStringList parts = fileName.split(QLatin1Char('.'));
    return parts.size() >= 3 ? parts.first() : QString();
}

QString lockFileOf(const Profile &profile, const QString &claimant)
{
    return profile.path() + QStringLiteral("/locks/") + claimant + QStringLiteral(".lock");
}

std::atomic<int> s_connectionCounter { 0 };

} // namespace

OutboxStore::OutboxStore(Profile profile, OutboxClock clock)
    : m_profile(std::move(profile))
    , m_clock(std::move(clock))
    , m_connectionName(QStringLiteral("outbox-%1").arg(s_connectionCounter++))
    , m_claimant(QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

OutboxStore::~OutboxStore()
{
    m_queries.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

bool OutboxStore::open()
{
    if (!m_profile.ensureExists(&m_error))
        return false;
    for (const QString &dir :
        { m_profile.spoolDir(), QString(m_profile.path() + QStringLiteral("/locks")) }) {
        if (!QDir().mkpath(dir)) {
            m_error = tr("cannot create %1").arg(dir);
            return false;
        }
    }
    // This process's claim token: while the lock is held, our claims are alive.
    m_lock = std::make_unique<QLockFile>(lockFileOf(m_profile, m_claimant));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        m_error = tr("cannot take the outbox lock in %1").arg(m_profile.path());
        return false;
    }

    if (!openDatabase(m_profile, m_connectionName, &m_error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    // WAL lets readers (the GUI) and one writer work at once. Delivery bookkeeping commits
    // with synchronous=NORMAL: in WAL mode that survives a killed process, and only a power
    // cut can lose the last commits (then a message is at worst sent again, as with an MTA's
    // queue). Enqueue switches to FULL for its own commit: a message handed to us survives both.
    for (const char *pragma :
        { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON" }) {
        if (!query.exec(QString::fromLatin1(pragma)) && !exec(query, pragma))
            return false;
    }
    for (const char *statement : Schema) {
        if (!query.exec(QString::fromLatin1(statement))) {
            m_error = tr("cannot create the queue database: %1").arg(query.lastError().text());
            return false;
        }
    }
    if (!migrate(db))
        return false;
    QFile::setPermissions(m_profile.queueDatabase(), QFile::ReadOwner | QFile::WriteOwner);
    (void)purgeDeleted();
    // No look at the spool here: its debris is found by recoverAbandonedClaims() and
    // sweepSpool(), so that opening a large outbox costs what opening a small one does.
    return true;
}

bool OutboxStore::migrate(QSqlDatabase &db)
{
    QSqlQuery query(db);
    auto run = [this, &query](const QString &statement) {
        if (query.exec(statement))
            return true;
        m_error = tr("cannot update the queue database: %1").arg(query.lastError().text());
        return false;
    };
    auto version = [&query]() {
        return query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
            ? query.value(0).toInt()
            : -1;
    };
    if (version() >= int(Migrations.size()))
        return true;
    // Another process may be migrating too: take the write lock first, then look again.
    if (!run(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    auto rollback = qScopeGuard([&db] { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); });
    const int current = version();
    if (current < 0) {
        m_error = tr("cannot update the queue database: %1").arg(query.lastError().text());
        return false;
    }
    for (int from = current; from < int(Migrations.size()); ++from) {
        for (const char *statement : Migrations[from]) {
            if (!run(QString::fromLatin1(statement)))
                return false;
        }
        if (!run(QStringLiteral("PRAGMA user_version = %1").arg(from + 1)))
            return false;
    }
    if (!run(QStringLiteral("COMMIT")))
        return false;
    rollback.dismiss();
    return true;
}

QSqlQuery &OutboxStore::prepared(const QString &sql)
{
    // Parsing SQL costs more than running these small statements: each is prepared once.
    std::unique_ptr<QSqlQuery> &query = m_queries[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName));
        query->prepare(sql); // a bad statement reports itself at exec()
    }
    return *query;
}

bool OutboxStore::exec(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    m_error = tr("queue database error (%1): %2")
                  .arg(QString::fromLatin1(what), query.lastError().text());
    return false;
}

namespace {

// A spool file whose writing can be called off from another thread: once *cancelled is set,
// every write fails, and the file is never committed. Every byte written also passes through
// SmtpDataCheck, so that a message SMTP cannot carry is refused when it is queued, not found
// out on its fifth attempt; the first bad byte fails the write. On a QSaveFile (one message,
// made durable by itself) or a QFile (a batch's, made durable with the others).
template<class File> class CheckedSpoolFile : public File
{
public:
    CheckedSpoolFile(const QString &path, const std::atomic_bool *cancelled)
        : File(path)
        , m_cancelled(cancelled)
    { }

    [[nodiscard]] const SmtpDataProblem &dataProblem() const { return m_check.problem(); }

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        if (m_cancelled && m_cancelled->load()) {
            this->setErrorString(OutboxStore::tr("cancelled"));
            return -1;
        }
        if (!m_check.add(QByteArrayView(data, length))) {
            this->setErrorString(m_check.problem().toString());
            return -1;
        }
        return File::writeData(data, length);
    }

private:
    const std::atomic_bool *m_cancelled;
    SmtpDataCheck m_check;
};
using CancellableSaveFile = CheckedSpoolFile<QSaveFile>;

QString newSpoolName(const Profile &profile, const QString &owner)
{
    const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return profile.spoolDir() + QLatin1Char('/')
        + (owner.isEmpty() ? unique : owner + QLatin1Char('.') + unique);
}

// Copies what is left of `message` to `out`.
bool copyMessage(QIODevice *message, QIODevice *out, QString *error)
{
    QByteArray chunk;
    while (!(chunk = message->read(64 * 1024)).isEmpty()) {
        if (out->write(chunk) != chunk.size()) {
            *error = OutboxStore::tr("cannot write to the spool: %1").arg(out->errorString());
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<OutboxStore::SpoolFile> OutboxStore::spool(const Profile &profile,
    const SpoolWriter &write, QString *error, const std::atomic_bool *cancelled,
    const QString &owner)
{
    const QString path = newSpoolName(profile, owner) + QStringLiteral(".eml");
    CancellableSaveFile file(path, cancelled);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write to the spool: %1").arg(file.errorString());
        return std::nullopt;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QString writeError;
    // QSaveFile buffers: the last bytes reach writeData() only when flushed.
    if (!write(&file, &writeError) || !file.flush() || file.dataProblem().isProblem()) {
        *error = cancelled && cancelled->load() ? tr("cancelled")
            : file.dataProblem().isProblem()
            ? tr("the message cannot be sent as SMTP data: %1").arg(file.dataProblem().toString())
            : writeError.isEmpty() ? tr("cannot write to the spool: %1").arg(file.errorString())
                                   : writeError;
        file.cancelWriting();
        return std::nullopt;
    }
    const qint64 size = file.size();
    if (size == 0) {
        *error = tr("the message is empty");
        file.cancelWriting();
        return std::nullopt;
    }
    if (const QString problem = commitDurably(file); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return SpoolFile { path, size };
}

std::optional<qint64> OutboxStore::enqueue(const QString &account, const SmtpEnvelope &envelope,
    QIODevice *message, const EnqueueOptions &options)
{
    if (envelope.recipients.isEmpty()) {
        m_error = tr("the message has no recipients");
        return std::nullopt;
    }
    // 1. The exact bytes, durable before any row points at them.
    const std::optional<SpoolFile> file = spool(
        m_profile,
        [message](QIODevice *out, QString *error) { return copyMessage(message, out, error); },
        &m_error, nullptr, m_claimant);
    if (!file)
        return std::nullopt;
    return enqueueSpooled(account, envelope, *file, options);
}

std::optional<qint64> OutboxStore::enqueueSpooled(const QString &account,
    const SmtpEnvelope &envelope, const SpoolFile &file, const EnqueueOptions &options)
{
    const QString &spoolFile = file.path;
    if (envelope.recipients.isEmpty()) {
        QFile::remove(spoolFile);
        m_error = tr("the message has no recipients");
        return std::nullopt;
    }
    // 2. The row and its recipients, in one durable transaction.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    auto undo = [&](const QString &why) {
        db.rollback();
        QFile::remove(spoolFile);
        m_error = why;
        return std::nullopt;
    };
    QSqlQuery query(db);
    (void)query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    const auto restoreSync
        = qScopeGuard([&db] { QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL")); });
    if (!db.transaction())
        return undo(tr("queue database error: %1").arg(db.lastError().text()));
    const std::optional<qint64> id = insertMessage(account, envelope, file, options);
    if (!id)
        return undo(m_error);
    if (!db.commit())
        return undo(tr("queue database error: %1").arg(db.lastError().text()));
    return id;
}

std::optional<qint64> OutboxStore::insertMessage(const QString &account,
    const SmtpEnvelope &envelope, const SpoolFile &file, const EnqueueOptions &options)
{
    QSqlQuery &query = prepared(
        QStringLiteral("INSERT INTO messages (account, state, spool_file, size, subject, "
                       "sender, body_8bit, smtputf8, dsn_ret,"
                       " dsn_envid, dsn_notify, created_at, not_before, reason, due_at,"
                       " recipient_list)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(account);
    query.addBindValue(stateName(options.held ? MessageState::Held : MessageState::Queued));
    query.addBindValue(file.path);
    query.addBindValue(file.size);
    query.addBindValue(text(options.subject));
    query.addBindValue(text(envelope.sender));
    query.addBindValue(envelope.bodyType == SmtpCommand::BodyType::EightBitMime ? 1 : 0);
    query.addBindValue(envelope.requiresSmtpUtf8 ? 1 : 0);
    query.addBindValue(int(envelope.dsnReturn));
    query.addBindValue(text(QString::fromLatin1(envelope.dsnEnvelopeId)));
    query.addBindValue(int(envelope.dsnNotify.toInt()));
    query.addBindValue(toDb(m_clock()));
    query.addBindValue(toDb(options.notBefore));
    query.addBindValue(options.held ? tr("held when queued") : text({}));
    query.addBindValue(options.notBefore.isValid() ? options.notBefore.toMSecsSinceEpoch() : 0);
    query.addBindValue(text(recipientList(envelope.recipients)));
    if (!query.exec()) {
        m_error = tr("queue database error: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    query.finish();
    QSqlQuery &recipient = prepared(QStringLiteral(
        "INSERT INTO recipients (message_id, position, address, state) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < envelope.recipients.size(); ++i) {
        recipient.addBindValue(id);
        recipient.addBindValue(i);
        recipient.addBindValue(envelope.recipients[i]);
        recipient.addBindValue(recipientStateName(RecipientState::Pending));
        if (!recipient.exec()) {
            m_error = tr("queue database error: %1").arg(recipient.lastError().text());
            return std::nullopt;
        }
    }
    return id;
}

std::optional<QList<qint64>> OutboxStore::recordBatch(const QList<Batch::Item> &items)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    (void)query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    const auto restoreSync
        = qScopeGuard([&db] { QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL")); });
    if (!db.transaction()) {
        m_error = tr("queue database error: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    auto rollback = qScopeGuard([&db] { db.rollback(); });
    QList<qint64> ids;
    ids.reserve(items.size());
    for (const Batch::Item &item : items) {
        const std::optional<qint64> id
            = insertMessage(item.account, item.envelope, item.file, item.options);
        if (!id)
            return std::nullopt;
        ids << *id;
    }
    if (!db.commit()) {
        m_error = tr("queue database error: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    rollback.dismiss();
    return ids;
}

OutboxStore::Batch::Batch(OutboxStore *store)
    : m_store(store)
{ }

OutboxStore::Batch::~Batch()
{
    discard();
}

void OutboxStore::Batch::discard()
{
    for (const Item &item : std::as_const(m_items))
        QFile::remove(item.file.path);
    m_items.clear();
}

bool OutboxStore::Batch::add(const QString &account, const SmtpEnvelope &envelope,
    QIODevice *message, const EnqueueOptions &options)
{
    if (envelope.recipients.isEmpty()) {
        m_error = tr("the message has no recipients");
        return false;
    }
    // Written under a name no row can hold, then renamed: a .eml is always whole. Made
    // durable, with every other file of the batch, by commit().
    const QString name = newSpoolName(m_store->m_profile, m_store->m_claimant);
    const QString path = name + QStringLiteral(".eml");
    CheckedSpoolFile<QFile> file(name + QStringLiteral(".part"), nullptr);
    // Unbuffered: the message comes in 64 KiB pieces already, and a thousand files' write
    // buffers, each allocated and freed, cost a batch more than the writing.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_error = tr("cannot write to the spool: %1").arg(file.errorString());
        return false;
    }
    auto removePart = qScopeGuard([&file] { file.remove(); });
    QString writeError;
    if (!copyMessage(message, &file, &writeError) || !file.flush()
        || file.dataProblem().isProblem()) {
        m_error = file.dataProblem().isProblem()
            ? tr("the message cannot be sent as SMTP data: %1").arg(file.dataProblem().toString())
            : writeError.isEmpty() ? tr("cannot write to the spool: %1").arg(file.errorString())
                                   : writeError;
        return false;
    }
    const qint64 size = file.size();
    if (size == 0) {
        m_error = tr("the message is empty");
        return false;
    }
    file.close();
    if (!file.rename(path)) {
        m_error = tr("cannot write to the spool: %1").arg(file.errorString());
        return false;
    }
    removePart.dismiss();
    m_items.append({ account, envelope, SpoolFile { path, size }, options });
    return true;
}

std::optional<QList<qint64>> OutboxStore::Batch::commit()
{
    if (m_items.isEmpty())
        return QList<qint64>();
    auto discardAll = qScopeGuard([this] { discard(); });
    // 1. Every file, and every name in the folder, on disk: one syncfs() of the spool's file
    // system instead of an fsync per file and one for the folder.
    const QByteArray folder = QFile::encodeName(m_store->m_profile.spoolDir());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    bool synced = fd >= 0;
#ifdef Q_OS_LINUX
    synced = synced && ::syncfs(fd) == 0;
#else
    for (const Item &item : std::as_const(m_items)) {
        QFile file(item.file.path);
        synced = synced && file.open(QIODevice::ReadOnly) && ::fsync(file.handle()) == 0;
    }
    synced = synced && ::fsync(fd) == 0;
#endif
    if (!synced) {
        m_error
            = tr("cannot write to the spool: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return std::nullopt;
    }
    ::close(fd);
    // 2. The rows, in one durable transaction.
    const std::optional<QList<qint64>> ids = m_store->recordBatch(m_items);
    if (!ids) {
        m_error = m_store->errorString();
        return std::nullopt;
    }
    discardAll.dismiss();
    m_items.clear();
    return ids;
}

QList<OutboxMessage> OutboxStore::loadMessages(const QString &where, const QVariantList &values)
{
    // Deleted messages are in no list (see deletedMessages()).
    const QString visible = where.isEmpty()
        ? QStringLiteral("WHERE state != 'deleted'")
        : QStringLiteral("WHERE state != 'deleted' AND (%1)").arg(where.mid(6)); // after "WHERE "
    QSqlQuery &query = prepared(
        QStringLiteral("SELECT %1 FROM messages %2 ORDER BY id DESC").arg(MessageColumns, visible));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<OutboxMessage> result;
    if (!exec(query, "list messages"))
        return result;
    while (query.next())
        result << readMessage(query);
    query.finish();
    for (OutboxMessage &m : result)
        loadRecipients(&m);
    return result;
}

void OutboxStore::loadRecipients(OutboxMessage *message)
{
    QSqlQuery &query = prepared(
        QStringLiteral("SELECT %1 FROM recipients WHERE message_id = ? ORDER BY position")
            .arg(RecipientColumns));
    query.addBindValue(message->id);
    if (!exec(query, "list recipients"))
        return;
    message->recipients.clear();
    message->envelope.recipients.clear();
    while (query.next()) {
        const OutboxRecipient r = readRecipient(query);
        message->recipients << r;
        message->envelope.recipients << r.address;
    }
}

std::optional<OutboxMessage> OutboxStore::message(qint64 id)
{
    const QList<OutboxMessage> found = loadMessages(QStringLiteral("WHERE id = ?"), { id });
    if (found.isEmpty()) {
        m_error = tr("no message %1 in the outbox").arg(id);
        return std::nullopt;
    }
    return found.first();
}

QList<OutboxMessage> OutboxStore::messages(const QString &account)
{
    if (account.isEmpty())
        return loadMessages({}, {});
    return loadMessages(QStringLiteral("WHERE account = ?"), { account });
}

QList<OutboxAttempt> OutboxStore::attempts(qint64 id)
{
    QSqlQuery &query = prepared(
        QStringLiteral("SELECT id, started_at, ended_at, server, result, error_code, error_text,"
                       " transcript FROM attempts WHERE message_id = ? ORDER BY id"));
    query.addBindValue(id);
    QList<OutboxAttempt> result;
    if (!exec(query, "list attempts"))
        return result;
    while (query.next()) {
        // Stored by name (toString()); no other name was ever written, so anything else
        // (a damaged row) reads as the one result that promises nothing.
        AttemptResult attemptResult = AttemptResult::Failed;
        (void)parseAttemptResult(query.value(4).toString(), &attemptResult);
        result << OutboxAttempt { query.value(0).toLongLong(), fromDb(query.value(1)),
            fromDb(query.value(2)), query.value(3).toString(), attemptResult,
            query.value(5).toString(), query.value(6).toString(), query.value(7).toString() };
    }
    return result;
}

std::optional<OutboxMessage> OutboxStore::claimNextDue(const QString &account)
{
    QList<OutboxMessage> claimed = claimDue(1, account);
    if (claimed.isEmpty())
        return std::nullopt;
    return claimed.takeFirst();
}

QList<OutboxMessage> OutboxStore::claimDue(int limit, const QString &account)
{
    // One statement: SQLite runs it under its write lock, so two processes can never both
    // claim the same row; the loser simply gets the next ones, or none.
    QSqlQuery &query = prepared(
        QStringLiteral("UPDATE messages SET state = 'sending', claimed_by = ?, past_final_dot = 0"
                       " WHERE id IN (SELECT id FROM messages WHERE state IN ('queued', "
                       "'deferred') AND due_at <= ? %1"
                       "   ORDER BY due_at, id LIMIT ?)"
                       " AND state IN ('queued', 'deferred') RETURNING %2, due_at")
            .arg(
                account.isEmpty() ? QString() : QStringLiteral("AND account = ?"), MessageColumns));
    query.addBindValue(m_claimant);
    query.addBindValue(m_clock().toMSecsSinceEpoch());
    if (!account.isEmpty())
        query.addBindValue(account);
    query.addBindValue(qMax(1, limit));
    QList<std::pair<qint64, OutboxMessage>> rows;
    if (!exec(query, "claim"))
        return {};
    const int dueAt = MessageColumns.count(QLatin1Char(',')) + 1;
    while (query.next())
        rows.append({ query.value(dueAt).toLongLong(), readMessage(query) });
    query.finish();
    // RETURNING promises no order: soonest due first, as claimNextDue() would have taken them.
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.id < b.second.id;
    });
    QList<OutboxMessage> claimed;
    claimed.reserve(rows.size());
    for (auto &[due, message] : rows) {
        loadRecipients(&message);
        claimed.append(std::move(message));
    }
    return claimed;
}

int OutboxStore::releaseClaims(const QList<qint64> &ids)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (ids.isEmpty() || !db.transaction())
        return 0;
    QSqlQuery &query = prepared(QStringLiteral(
        "UPDATE messages SET state = CASE WHEN attempt_count > 0 THEN 'deferred' ELSE 'queued'"
        " END, claimed_by = NULL, due_at = 0, next_attempt_at = NULL"
        " WHERE id = ? AND claimed_by = ? AND state = 'sending' AND past_final_dot = 0"));
    int released = 0;
    for (const qint64 id : ids) {
        query.addBindValue(id);
        query.addBindValue(m_claimant);
        if (!exec(query, "release claim")) {
            db.rollback();
            return 0;
        }
        released += query.numRowsAffected();
    }
    if (!db.commit()) {
        m_error = tr("queue database error: %1").arg(db.lastError().text());
        return 0;
    }
    return released;
}

QStringList OutboxStore::accountsWithDueMessages()
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT DISTINCT account FROM messages WHERE state "
                                               "IN ('queued', 'deferred') AND due_at <= ?"));
    query.addBindValue(m_clock().toMSecsSinceEpoch());
    QStringList accounts;
    if (exec(query, "due accounts")) {
        while (query.next())
            accounts << query.value(0).toString();
        query.finish();
    }
    return accounts;
}

QDateTime OutboxStore::nextDueTime()
{
    QSqlQuery &query = prepared(
        QStringLiteral("SELECT MIN(due_at) FROM messages WHERE state IN ('queued', 'deferred')"));
    if (!exec(query, "next due") || !query.next())
        return {};
    // Finished even when the queue is empty (MIN() is NULL): a cached statement left on its
    // row keeps a read transaction open, and this connection would see no other commit.
    const QDateTime due = fromDb(query.value(0));
    query.finish();
    return due;
}

bool OutboxStore::markFinalDotImminent(qint64 id)
{
    QSqlQuery &query = prepared(
        QStringLiteral("UPDATE messages SET past_final_dot = 1 WHERE id = ? AND claimed_by = ?"));
    query.addBindValue(id);
    query.addBindValue(m_claimant);
    return exec(query, "mark final dot");
}

bool OutboxStore::finishAttempt(
    qint64 id, const OutboxAttempt &attempt, const AttemptOutcome &outcome)
{
    return finishAttempts({ FinishedAttempt { id, attempt, outcome } });
}

bool OutboxStore::finishAttempts(const QList<FinishedAttempt> &finished)
{
    if (finished.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction()) {
        m_error = tr("queue database error: %1").arg(db.lastError().text());
        return false;
    }
    auto rollback = qScopeGuard([&db] { db.rollback(); });
    QStringList notOurs;
    for (const FinishedAttempt &one : finished) {
        if (recordAttempt(one))
            continue;
        if (!m_error.isEmpty())
            return false; // the database failed: nothing is recorded
        notOurs << QString::number(one.id);
    }
    if (!db.commit()) {
        m_error = tr("queue database error: %1").arg(db.lastError().text());
        return false;
    }
    rollback.dismiss();
    if (notOurs.isEmpty())
        return true;
    m_error
        = tr("message %1 is not claimed by this process").arg(notOurs.join(QStringLiteral(", ")));
    return false;
}

bool OutboxStore::recordAttempt(const FinishedAttempt &finished)
{
    m_error.clear();
    const qint64 id = finished.id;
    const OutboxAttempt &attempt = finished.attempt;
    const AttemptOutcome &outcome = finished.outcome;
    auto fail = [&](const QSqlQuery &query, const char *what) {
        m_error = tr("queue database error (%1): %2")
                      .arg(QString::fromLatin1(what), query.lastError().text());
        return false;
    };

    // The message first: if it is not ours any more, nothing of the attempt is written.
    QSqlQuery &updateMessage = prepared(
        QStringLiteral("UPDATE messages SET state = ?, reason = ?, next_attempt_at = ?,"
                       " due_at = MAX(COALESCE(?, 0), COALESCE(not_before, 0)),"
                       " queue_id = CASE WHEN ? = '' THEN queue_id ELSE ? END,"
                       " sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END, attempt_count = "
                       "attempt_count + 1,"
                       " claimed_by = NULL, past_final_dot = 0 WHERE id = ? AND claimed_by = ?"));
    const QString state = stateName(outcome.state);
    for (const QVariant &value : { QVariant(state), QVariant(text(outcome.reason)),
             toDb(outcome.nextAttemptAt), toDb(outcome.nextAttemptAt),
             QVariant(text(outcome.queueId)), QVariant(text(outcome.queueId)), QVariant(state),
             toDb(attempt.endedAt.isValid() ? attempt.endedAt : m_clock()), QVariant(id),
             QVariant(m_claimant) })
        updateMessage.addBindValue(value);
    if (!updateMessage.exec())
        return fail(updateMessage, "update message");
    if (updateMessage.numRowsAffected() != 1)
        return false; // m_error empty: not claimed by us

    QSqlQuery &insertAttempt
        = prepared(QStringLiteral("INSERT INTO attempts (message_id, started_at, ended_at, server, "
                                  "result, error_code, error_text, transcript)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : { QVariant(id), toDb(attempt.startedAt), toDb(attempt.endedAt),
             QVariant(text(attempt.server)), QVariant(toString(attempt.result)),
             QVariant(text(attempt.errorCode)), QVariant(text(attempt.errorText)),
             QVariant(text(attempt.transcript)) })
        insertAttempt.addBindValue(value);
    if (!insertAttempt.exec())
        return fail(insertAttempt, "record attempt");

    QSqlQuery &updateRecipient = prepared(
        QStringLiteral("UPDATE recipients SET state = ?, code = ?, enhanced = ?, text = ?"
                       " WHERE message_id = ? AND address = ? AND state = 'pending'"));
    for (const SmtpRecipientResult &result : outcome.recipientResults) {
        if (result.reply.code == 0)
            continue; // never tried in this attempt
        const RecipientState recipientState = result.isAccepted() ? RecipientState::Accepted
            : result.reply.isPermanentFailure()                   ? RecipientState::Failed
                                                                  : RecipientState::Pending;
        updateRecipient.addBindValue(recipientStateName(recipientState));
        updateRecipient.addBindValue(result.reply.code);
        updateRecipient.addBindValue(text(QString::fromLatin1(result.reply.enhancedCode)));
        updateRecipient.addBindValue(text(result.reply.text()));
        updateRecipient.addBindValue(id);
        updateRecipient.addBindValue(result.address);
        if (!updateRecipient.exec())
            return fail(updateRecipient, "record recipient");
    }
    return true;
}

bool OutboxStore::setState(qint64 id, MessageState to, const QList<MessageState> &from,
    const QString &reason, const QDateTime &nextAttemptAt)
{
    QSqlQuery &query
        = prepared(QStringLiteral("UPDATE messages SET state = ?, reason = ?, next_attempt_at = ?,"
                                  " due_at = MAX(COALESCE(?, 0), COALESCE(not_before, 0))"
                                  " WHERE id = ? AND state IN (%1)")
                       .arg(stateList(from)));
    query.addBindValue(stateName(to));
    query.addBindValue(text(reason));
    query.addBindValue(toDb(nextAttemptAt));
    query.addBindValue(toDb(nextAttemptAt));
    query.addBindValue(id);
    if (!exec(query, "change state"))
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    const std::optional<OutboxMessage> current = message(id);
    if (current) {
        m_error
            = tr("message %1 is %2; it cannot become %3")
                  .arg(id)
                  .arg(stateDisplayName(current->state).toLower(), stateDisplayName(to).toLower());
    }
    return false;
}

bool OutboxStore::hold(qint64 id, const QString &reason)
{
    // Not an Uncertain message: it is never sent by itself anyway, and held then released it
    // would go again without the question retryNow's callers ask (it may be a duplicate).
    return setState(id, MessageState::Held,
        { MessageState::Queued, MessageState::Deferred, MessageState::Failed },
        reason.isEmpty() ? tr("held by the user") : reason);
}

bool OutboxStore::release(qint64 id)
{
    return setState(id, MessageState::Queued, { MessageState::Held }, {});
}

bool OutboxStore::retryNow(qint64 id)
{
    if (!setState(id, MessageState::Queued,
            { MessageState::Queued, MessageState::Deferred, MessageState::Failed,
                MessageState::Uncertain, MessageState::Held },
            {}))
        return false;
    QSqlQuery &query = prepared(
        QStringLiteral("UPDATE messages SET not_before = NULL, due_at = 0 WHERE id = ?"));
    query.addBindValue(id);
    return exec(query, "retry now");
}

bool OutboxStore::remove(qint64 id)
{
    const std::optional<OutboxMessage> current = message(id);
    if (!current)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction()) {
        m_error = tr("queue database error: %1").arg(db.lastError().text());
        return false;
    }
    auto rollback = qScopeGuard([&db] { db.rollback(); });
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO deleted_messages (message_id, deleted_at,"
                                 " previous_state) SELECT id, ?, state FROM messages"
                                 " WHERE id = ? AND state NOT IN ('sending', 'deleted')"));
    query.addBindValue(toDb(m_clock()));
    query.addBindValue(id);
    if (!exec(query, "delete"))
        return false;
    if (query.numRowsAffected() != 1) {
        m_error = tr("message %1 is being sent right now; it cannot be deleted").arg(id);
        return false;
    }
    query.prepare(QStringLiteral("UPDATE messages SET state = 'deleted', claimed_by = NULL, "
                                 "past_final_dot = 0 WHERE id = ?"));
    query.addBindValue(id);
    if (!exec(query, "delete"))
        return false;
    if (!db.commit()) {
        m_error = tr("queue database error: %1").arg(db.lastError().text());
        return false;
    }
    rollback.dismiss();
    return true;
}

bool OutboxStore::restore(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction()) {
        m_error = tr("queue database error: %1").arg(db.lastError().text());
        return false;
    }
    auto rollback = qScopeGuard([&db] { db.rollback(); });
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE messages SET state = (SELECT previous_state FROM"
                                 " deleted_messages WHERE message_id = messages.id)"
                                 " WHERE id = ? AND state = 'deleted'"
                                 " AND id IN (SELECT message_id FROM deleted_messages)"));
    query.addBindValue(id);
    if (!exec(query, "restore"))
        return false;
    if (query.numRowsAffected() != 1) {
        m_error = tr(
            "no deleted message %1 (deleted messages are kept %n day(s))", nullptr, KeepDeletedDays)
                      .arg(id);
        return false;
    }
    query.prepare(QStringLiteral("DELETE FROM deleted_messages WHERE message_id = ?"));
    query.addBindValue(id);
    if (!exec(query, "restore"))
        return false;
    if (!db.commit()) {
        m_error = tr("queue database error: %1").arg(db.lastError().text());
        return false;
    }
    rollback.dismiss();
    return true;
}

QList<OutboxStore::DeletedMessage> OutboxStore::deletedMessages()
{
    QList<DeletedMessage> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT %1, d.deleted_at, d.previous_state FROM messages"
                                 " JOIN deleted_messages d ON d.message_id = messages.id"
                                 " WHERE messages.state = 'deleted'"
                                 " ORDER BY d.deleted_at DESC, messages.id DESC")
                      .arg(MessageColumns));
    if (!exec(query, "list deleted messages"))
        return result;
    const int at = MessageColumns.count(QLatin1Char(',')) + 1;
    while (query.next()) {
        DeletedMessage deleted { readMessage(query), fromDb(query.value(at)) };
        (void)parseStateName(query.value(at + 1).toString(), &deleted.message.state);
        result << deleted;
    }
    query.finish();
    for (DeletedMessage &deleted : result)
        loadRecipients(&deleted.message);
    return result;
}

int OutboxStore::purgeDeleted(const QDateTime &before)
{
    const QDateTime limit = before.isValid() ? before : m_clock().addDays(-KeepDeletedDays);
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    // From the few deleted messages to their rows: open() calls this, and must not read
    // every row of a large outbox.
    query.prepare(QStringLiteral("SELECT m.id, m.spool_file FROM deleted_messages d"
                                 " CROSS JOIN messages m ON m.id = d.message_id"
                                 " WHERE d.deleted_at < ? AND m.state = 'deleted'"));
    query.addBindValue(toDb(limit));
    if (!exec(query, "find old deleted messages"))
        return 0;
    QList<std::pair<qint64, QString>> old;
    while (query.next())
        old.append({ query.value(0).toLongLong(), query.value(1).toString() });
    int purged = 0;
    for (const auto &[id, spoolFile] : std::as_const(old)) {
        // Recipients, attempts and the deleted_messages row go with it (ON DELETE CASCADE).
        query.prepare(QStringLiteral("DELETE FROM messages WHERE id = ? AND state = 'deleted'"));
        query.addBindValue(id);
        if (!exec(query, "purge deleted message") || query.numRowsAffected() != 1)
            continue;
        // The row is gone first: a crash here leaves an orphan file, which sweepSpool() finds.
        QFile::remove(spoolFile);
        ++purged;
    }
    return purged;
}

int OutboxStore::holdAccount(const QString &account, const QString &reason)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("UPDATE messages SET state = 'held', reason = ?"
                                 " WHERE account = ? AND state IN ('queued', 'deferred')"));
    query.addBindValue(text(reason));
    query.addBindValue(account);
    return exec(query, "hold account") ? query.numRowsAffected() : 0;
}

bool OutboxStore::changedElsewhere()
{
    QSqlQuery &query = prepared(QStringLiteral("PRAGMA data_version"));
    if (!exec(query, "data version") || !query.next())
        return false;
    const qint64 version = query.value(0).toLongLong();
    query.finish();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

int OutboxStore::recoverAbandonedClaims()
{
    // Whose claims and whose lock files are there: every claimant of a message being sent,
    // and every lock file (a process that died while enqueueing has no claim, only debris).
    QSet<QString> claimants;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "SELECT DISTINCT claimed_by FROM messages WHERE state = 'sending' AND claimed_by != ?"));
    query.addBindValue(m_claimant);
    if (!exec(query, "find claims"))
        return 0;
    while (query.next())
        claimants.insert(query.value(0).toString());
    query.finish();
    const QString locks = m_profile.path() + QStringLiteral("/locks");
    for (const QString &name : QDir(locks).entryList({ QStringLiteral("*.lock") }, QDir::Files)) {
        const QString claimant = name.chopped(5);
        if (claimant != m_claimant)
            claimants.insert(claimant);
    }

    int recovered = 0;
    QSet<QString> dead;
    std::vector<std::unique_ptr<QLockFile>> deadLocks;
    for (const QString &claimant : std::as_const(claimants)) {
        // A live process holds its lock; if we can take it, its owner is gone. Held until its
        // debris is gone too: a crash before then leaves it for the next one to find.
        auto lock = std::make_unique<QLockFile>(lockFileOf(m_profile, claimant));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue;
        query.prepare(QStringLiteral("UPDATE messages SET state = CASE WHEN past_final_dot THEN "
                                     "'uncertain' ELSE 'queued' END,"
                                     " reason = CASE WHEN past_final_dot THEN ? ELSE ? END, "
                                     "claimed_by = NULL, past_final_dot = 0"
                                     " WHERE state = 'sending' AND claimed_by = ?"));
        query.addBindValue(tr("the process sending it stopped after the whole message was sent; "
                              "the server may have it"));
        query.addBindValue(tr("the process sending it stopped before the message was complete"));
        query.addBindValue(claimant);
        if (exec(query, "recover claims"))
            recovered += query.numRowsAffected();
        dead.insert(claimant);
        deadLocks.push_back(std::move(lock));
    }
    if (!dead.isEmpty())
        sweepDeadOwners(dead);
    for (const std::unique_ptr<QLockFile> &lock : deadLocks) {
        lock->unlock(); // and its file goes
        QFile::remove(lock->fileName());
    }
    return recovered;
}

bool OutboxStore::isReferenced(const QString &spoolFile)
{
    QSqlQuery &query
        = prepared(QStringLiteral("SELECT 1 FROM messages WHERE spool_file = ? LIMIT 1"));
    query.addBindValue(spoolFile);
    // When in doubt (the database fails), the file is somebody's.
    if (!exec(query, "find spool file"))
        return true;
    const bool found = query.next();
    query.finish();
    return found;
}

void OutboxStore::sweepDeadOwners(const QSet<QString> &owners)
{
    // Names only, straight from readdir(): no stat, no row read and no string made for the
    // files of the living, so that this costs milliseconds in a spool of 100,000 files.
    QList<QByteArray> prefixes;
    for (const QString &owner : owners)
        prefixes << QFile::encodeName(owner) + '.';
    const QString folder = m_profile.spoolDir();
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return;
    QStringList debris;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArrayView name(entry->d_name);
        for (const QByteArray &prefix : std::as_const(prefixes)) {
            if (name.startsWith(prefix)) {
                debris << folder + QLatin1Char('/') + QFile::decodeName(entry->d_name);
                break;
            }
        }
    }
    ::closedir(dir);
    for (const QString &path : std::as_const(debris)) {
        // A .part was never a row's; a .eml is, once its batch or enqueue committed.
        if (path.endsWith(QLatin1String(".part")) || !isReferenced(path))
            QFile::remove(path);
    }
}

bool OutboxStore::sweepSpool(int maxEntries, int *removed)
{
    if (removed)
        *removed = 0;
    if (!m_sweep) {
        m_sweep = std::make_unique<QDirIterator>(
            m_profile.spoolDir(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < maxEntries; ++i) {
        if (!m_sweep->hasNext()) {
            m_sweep.reset();
            return true;
        }
        const QString path = m_sweep->next();
        // A file whose owner has a lock file may be an enqueue in progress, however slow (a
        // batch reading its last message from a pipe); if the owner is dead,
        // recoverAbandonedClaims() sweeps it.
        const QString owner = ownerOf(m_sweep->fileName());
        if (!owner.isEmpty()
            && (owner == m_claimant || QFile::exists(lockFileOf(m_profile, owner))))
            continue;
        const QFileInfo info = m_sweep->fileInfo();
        if (info.lastModified().msecsTo(now) <= OrphanAgeMs)
            continue;
        if ((info.suffix() != QLatin1String("eml") || !isReferenced(path)) && QFile::remove(path)
            && removed)
            ++*removed;
    }
    if (!m_sweep->hasNext()) {
        m_sweep.reset();
        return true;
    }
    return false;
}
