// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "outboxreader.h"

#include "outboxrows_p.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <limits>

using namespace OutboxRows;

namespace {

std::atomic<int> s_connectionCounter { 0 };

// The filter box's text, ready to be looked for: folded for Qt's comparison, and lower-case
// ASCII bytes for the fast path that most of a mailbox (addresses, queue ids) takes.
struct Needle
{
    explicit Needle(const QString &text)
        : folded(text.toCaseFolded())
    {
        for (QChar c : text) {
            if (c.unicode() >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii)
            lowerAscii = text.toLatin1().toLower();
    }

    [[nodiscard]] bool isIn(const char *haystack, int size) const
    {
        if (ascii) {
            bool haystackAscii = true;
            for (int i = 0; i < size; ++i) {
                if (static_cast<unsigned char>(haystack[i]) >= 0x80) {
                    haystackAscii = false;
                    break;
                }
            }
            if (haystackAscii)
                return containsIgnoringAsciiCase(haystack, size);
        }
        return QString::fromUtf8(haystack, size).contains(folded, Qt::CaseInsensitive);
    }

    static char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c; }

    [[nodiscard]] bool containsIgnoringAsciiCase(const char *haystack, int size) const
    {
        const int n = int(lowerAscii.size());
        for (int start = 0; start + n <= size; ++start) {
            int i = 0;
            while (i < n && asciiLower(haystack[start + i]) == lowerAscii[i])
                ++i;
            if (i == n)
                return true;
        }
        return false;
    }

    QString folded;
    bool ascii = true;
    QByteArray lowerAscii;
};

// outbound_contains(text, column, …): whether any column holds the text, ignoring case as Qt
// does (SQLite's own LIKE and lower() know only ASCII). Registered on the reader's connection
// only: the database itself never depends on it.
void containsFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc < 1) {
        sqlite3_result_int(context, 0);
        return;
    }
    auto *needle = static_cast<Needle *>(sqlite3_get_auxdata(context, 0));
    std::unique_ptr<Needle> local;
    if (!needle) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
        local = std::make_unique<Needle>(
            QString::fromUtf8(text ? text : "", sqlite3_value_bytes(argv[0])));
        needle = local.get();
    }
    bool found = needle->folded.isEmpty();
    for (int i = 1; i < argc && !found; ++i) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        if (text)
            found = needle->isIn(text, sqlite3_value_bytes(argv[i]));
    }
    sqlite3_result_int(context, found ? 1 : 0);
    if (local) // kept for the next rows of this statement, if SQLite will
        sqlite3_set_auxdata(
            context, 0, local.release(), [](void *p) { delete static_cast<Needle *>(p); });
}

// The states in the order the window sorts them (the order of MessageState).
QString stateOrder()
{
    QString order = QStringLiteral("CASE state");
    for (int i = 0; i <= int(MessageState::Uncertain); ++i)
        order += QStringLiteral(" WHEN '%1' THEN %2").arg(stateName(MessageState(i))).arg(i);
    return order + QStringLiteral(" END");
}

// What the rows are ordered by, before their ids. Newest is the order of the ids alone.
QStringList sortKeys(OutboxListQuery::SortKey key)
{
    switch (key) {
    case OutboxListQuery::SortKey::Newest:
        return {};
    case OutboxListQuery::SortKey::State:
        return { stateOrder() };
    case OutboxListQuery::SortKey::Subject:
        return { QStringLiteral("subject COLLATE NOCASE") };
    case OutboxListQuery::SortKey::Recipients:
        return { QStringLiteral("recipient_list COLLATE NOCASE") };
    case OutboxListQuery::SortKey::Account:
        return { QStringLiteral("account COLLATE NOCASE") };
    case OutboxListQuery::SortKey::Attempts:
        return { QStringLiteral("attempt_count") };
    case OutboxListQuery::SortKey::NextAttempt:
        // As the window shows it: a deferred message's next try, a queued one's "not before"
        // while it is ahead (bound as :now), nothing for the rest.
        return { QStringLiteral("CASE WHEN state = 'deferred' THEN next_attempt_at"
                                " WHEN state = 'queued' AND not_before > :now THEN not_before"
                                " ELSE %1 END")
                     .arg(std::numeric_limits<qint64>::max()) };
    case OutboxListQuery::SortKey::LastReply:
        return { QStringLiteral("reason COLLATE NOCASE"),
            QStringLiteral("queue_id COLLATE NOCASE") };
    }
    return {};
}

QString idList(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers << QString::number(id);
    return numbers.join(QLatin1Char(','));
}

} // namespace

OutboxReader::OutboxReader(Profile profile, OutboxClock clock)
    : m_profile(std::move(profile))
    , m_clock(std::move(clock))
    , m_connectionName(QStringLiteral("outbox-reader-%1").arg(s_connectionCounter++))
{ }

OutboxReader::~OutboxReader()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool OutboxReader::open()
{
    if (!QFileInfo::exists(m_profile.queueDatabase())) {
        m_error = tr("no queue database in %1").arg(m_profile.path());
        return false;
    }
    if (!openDatabase(m_profile, m_connectionName, &m_error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const QVariant handle = db.driver()->handle();
    m_sqlite = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    if (!m_sqlite
        || sqlite3_create_function_v2(m_sqlite, "outbound_contains", -1,
               SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, containsFunction, nullptr, nullptr,
               nullptr)
            != SQLITE_OK) {
        m_error = tr("%1 is not an SQLite database").arg(m_profile.queueDatabase());
        return false;
    }
    // A reader never writes, whatever a bug may ask of it.
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("PRAGMA query_only = ON")))
        return false;
    return true;
}

bool OutboxReader::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_error = tr("queue database error: %1").arg(query.lastError().text());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = tr("queue database error: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

std::optional<QMap<MessageState, int>> OutboxReader::counts()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!run(query,
            QStringLiteral("SELECT state, count(*) FROM messages WHERE state != 'sent'"
                           " GROUP BY state")))
        return std::nullopt;
    QMap<MessageState, int> counts;
    while (query.next()) {
        MessageState state;
        if (parseStateName(query.value(0).toString(), &state))
            counts.insert(state, query.value(1).toInt());
    }
    return counts;
}

std::optional<qint64> OutboxReader::changeMark()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!run(query, QStringLiteral("SELECT coalesce(max(seq), 0) FROM changes")) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<OutboxListing> OutboxReader::list(const OutboxListQuery &request)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    // One snapshot for the ids, the counts and the mark, so that changesSince(mark) misses
    // nothing that happened after the list was read, and repeats nothing before it.
    if (!db.transaction()) {
        m_error = tr("queue database error: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    const auto end = qScopeGuard([&db] { db.rollback(); });
    OutboxListing listing;
    const std::optional<qint64> mark = changeMark();
    const std::optional<QMap<MessageState, int>> counts = this->counts();
    if (!mark || !counts)
        return std::nullopt;
    listing.changeMark = *mark;
    listing.counts = *counts;

    QString sql = QStringLiteral("SELECT id FROM messages WHERE state != 'deleted'");
    if (!request.states.isEmpty()) {
        sql += QStringLiteral(" AND state IN (%1)").arg(stateList(request.states));
        // The same again in the words of the partial index of unsent messages, so that it is used.
        if (!request.states.contains(MessageState::Sent))
            sql += QStringLiteral(" AND state != 'sent'");
    }
    if (!request.account.isEmpty())
        sql += QStringLiteral(" AND account = :account");
    if (!request.text.isEmpty()) {
        sql += QStringLiteral(" AND (outbound_contains(:text, subject, recipient_list, account,"
                              " sender, reason, queue_id)");
        if (!request.statesNamed.isEmpty())
            sql += QStringLiteral(" OR state IN (%1)").arg(stateList(request.statesNamed));
        sql += u')';
    }
    const QString direction
        = request.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QStringList keys = sortKeys(request.sortKey);
    if (keys.isEmpty()) { // newest first is the ascending order of "newest"
        sql += request.order == Qt::AscendingOrder ? QStringLiteral(" ORDER BY id DESC")
                                                   : QStringLiteral(" ORDER BY id ASC");
    } else {
        for (QString &k : keys)
            k += u' ' + direction;
        sql += QStringLiteral(" ORDER BY %1, id DESC").arg(keys.join(QStringLiteral(", ")));
    }

    // Stepped with SQLite's own API: a hundred thousand ids through QSqlQuery's QVariants cost
    // more than SQLite's sort itself.
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_sqlite, utf8.constData(), int(utf8.size()), &statement, nullptr)
        != SQLITE_OK) {
        m_error = tr("queue database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
        return std::nullopt;
    }
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    const QByteArray text = request.text.toUtf8();
    const QByteArray account = request.account.toUtf8();
    if (const int at = sqlite3_bind_parameter_index(statement, ":text"))
        sqlite3_bind_text(statement, at, text.constData(), int(text.size()), SQLITE_STATIC);
    if (const int at = sqlite3_bind_parameter_index(statement, ":account"))
        sqlite3_bind_text(statement, at, account.constData(), int(account.size()), SQLITE_STATIC);
    if (const int at = sqlite3_bind_parameter_index(statement, ":now"))
        sqlite3_bind_int64(statement, at, m_clock().toMSecsSinceEpoch());
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW)
        listing.ids << sqlite3_column_int64(statement, 0);
    if (step != SQLITE_DONE) {
        m_error = tr("queue database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
        return std::nullopt;
    }
    return listing;
}

std::optional<OutboxChanges> OutboxReader::changesSince(qint64 mark)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction()) {
        m_error = tr("queue database error: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    const auto end = qScopeGuard([&db] { db.rollback(); });
    OutboxChanges changes;
    QSqlQuery query(db);
    if (!run(query,
            QStringLiteral("SELECT coalesce(min(seq), 0), coalesce(max(seq), 0) FROM changes"))
        || !query.next())
        return std::nullopt;
    const qint64 oldest = query.value(0).toLongLong();
    changes.changeMark = query.value(1).toLongLong();
    const std::optional<QMap<MessageState, int>> counts = this->counts();
    if (!counts)
        return std::nullopt;
    changes.counts = *counts;
    if (changes.changeMark <= mark)
        return changes; // nothing new (or a database made again: the caller lists again)
    // The changes between `mark` and the oldest one kept were pruned: anything may have changed.
    if (oldest > mark + 1) {
        changes.everything = true;
        return changes;
    }
    if (!run(query,
            QStringLiteral("SELECT DISTINCT message_id FROM changes WHERE seq > ? LIMIT %1")
                .arg(MaxChangesListed + 1),
            { mark }))
        return std::nullopt;
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    if (ids.size() > MaxChangesListed) {
        changes.everything = true;
        return changes;
    }
    changes.messages = messages(ids);
    QSet<qint64> found;
    for (const OutboxMessage &message : std::as_const(changes.messages))
        found.insert(message.id);
    for (qint64 id : std::as_const(ids)) {
        if (!found.contains(id))
            changes.gone << id;
    }
    return changes;
}

QList<OutboxMessage> OutboxReader::messages(const QList<qint64> &ids)
{
    QList<OutboxMessage> result;
    if (ids.isEmpty())
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    const QString list = idList(ids); // integers: nothing to quote
    if (!run(query,
            QStringLiteral("SELECT %1 FROM messages WHERE id IN (%2) AND state != 'deleted'")
                .arg(MessageColumns, list)))
        return result;
    QHash<qint64, qsizetype> rowOf;
    while (query.next()) {
        result << readMessage(query);
        rowOf.insert(result.last().id, result.size() - 1);
    }
    if (!run(query,
            QStringLiteral("SELECT message_id, %1 FROM recipients WHERE message_id IN (%2)"
                           " ORDER BY message_id, position")
                .arg(RecipientColumns, list)))
        return result;
    while (query.next()) {
        const auto row = rowOf.constFind(query.value(0).toLongLong());
        if (row == rowOf.constEnd())
            continue;
        OutboxMessage &message = result[*row];
        message.recipients << readRecipient(query, 1);
        message.envelope.recipients << message.recipients.last().address;
    }
    return result;
}

QStringList OutboxReader::usedAddresses(const QString &fragment, int limit)
{
    QStringList addresses;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!run(query,
            QStringLiteral("SELECT address FROM used_addresses"
                           " WHERE outbound_contains(?, address)"
                           " ORDER BY uses DESC, last_used DESC LIMIT ?"),
            { fragment, limit }))
        return addresses;
    while (query.next())
        addresses << query.value(0).toString();
    return addresses;
}

// The worker: an OutboxReader and the thread it lives on.
class OutboxReaderThread::Worker : public QObject
{
public:
    explicit Worker(Profile profile)
        : m_reader(std::move(profile))
    { }

    // Opened on first use, on the worker's thread (a connection belongs to its thread).
    OutboxReader *reader(QString *error)
    {
        if (!m_opened)
            m_opened = m_reader.open();
        if (!m_opened)
            *error = m_reader.errorString();
        return m_opened ? &m_reader : nullptr;
    }

private:
    OutboxReader m_reader;
    bool m_opened = false;
};

OutboxReaderThread::OutboxReaderThread(Profile profile, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(std::move(profile)))
    , m_newestList(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<OutboxListing>();
    qRegisterMetaType<OutboxChanges>();
    qRegisterMetaType<OutboxListQuery>();
    m_thread->setObjectName(QStringLiteral("outbox reader"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

OutboxReaderThread::~OutboxReaderThread()
{
    m_thread->quit();
    m_thread->wait();
}

void OutboxReaderThread::list(const OutboxListQuery &query)
{
    const quint64 ask = ++*m_newestList;
    QMetaObject::invokeMethod(
        m_worker, [this, worker = m_worker, newest = m_newestList, ask, query] {
            if (*newest != ask)
                return; // a newer list was asked for: read only that one
            QString error;
            OutboxReader *reader = worker->reader(&error);
            const std::optional<OutboxListing> listing
                = reader ? reader->list(query) : std::nullopt;
            if (!listing && reader)
                error = reader->errorString();
            // Emitted from the worker's thread: reaches the owner's thread queued. The owner
            // cannot be gone: its destructor waits for this thread.
            if (listing)
                Q_EMIT listed(*listing, query);
            else
                Q_EMIT failed(error);
        });
}

void OutboxReaderThread::fetchChanges(qint64 mark)
{
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, mark] {
        QString error;
        OutboxReader *reader = worker->reader(&error);
        const std::optional<OutboxChanges> changes
            = reader ? reader->changesSince(mark) : std::nullopt;
        if (!changes && reader)
            error = reader->errorString();
        if (changes)
            Q_EMIT changesFetched(*changes);
        else
            Q_EMIT failed(error);
    });
}
