// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "core/profile.h"
#include "outboxmessage.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QVariant>

#include <atomic>
#include <memory>
#include <optional>

class QSqlQuery;
struct sqlite3;
class QThread;

// Which messages a list of the outbox shows, and in which order.
struct OutboxListQuery
{
    enum class SortKey {
        Newest, // the order messages came in, newest first (descending: oldest first)
        State,
        Subject,
        Recipients,
        Account,
        Attempts,
        NextAttempt, // messages with no attempt planned come after every time
        LastReply,
    };
    SortKey sortKey = SortKey::Newest;
    Qt::SortOrder order = Qt::AscendingOrder;
    QList<MessageState> states; // the states shown; empty: every state
    QString account; // only this account's messages; empty: every account
    // Text typed into a filter box: a message is shown when it is in its subject, recipients,
    // account, sender, last reply or queue id, ignoring case; or when the caller found it in
    // the name its state is shown by (the caller translates): statesNamed.
    QString text;
    QList<MessageState> statesNamed;

    // Whether rows in this list are simply in the order of their ids, every message shown: a
    // change then never needs the list read again (new messages go on top).
    [[nodiscard]] bool isPlain() const
    {
        return sortKey == SortKey::Newest && states.isEmpty() && account.isEmpty()
            && text.isEmpty();
    }
    friend bool operator==(const OutboxListQuery &a, const OutboxListQuery &b)
    {
        return a.sortKey == b.sortKey && a.order == b.order && a.states == b.states
            && a.account == b.account && a.text == b.text && a.statesNamed == b.statesNamed;
    }
    friend bool operator!=(const OutboxListQuery &a, const OutboxListQuery &b) { return !(a == b); }
};

// A list as the database had it at one moment.
struct OutboxListing
{
    QList<qint64> ids; // in the query's order
    // Messages in each state in the whole outbox, but for Sent: most of a large outbox, and
    // no view counts it (see OutboxModel::count()).
    QMap<MessageState, int> counts;
    qint64 changeMark = 0; // give to changesSince() to learn what changed after
};

// What changed since a change mark.
struct OutboxChanges
{
    bool everything = false; // too far behind to tell: read everything again
    QList<OutboxMessage> messages; // changed and still in the outbox, with their recipients
    QList<qint64> gone; // removed or deleted
    QMap<MessageState, int> counts; // as OutboxListing's
    qint64 changeMark = 0;
};

// Read-only queries of a profile's outbox for views: lists sorted and filtered by SQLite, rows
// by id, counts, what changed since a view last looked (the changes table, whichever process
// made them) and the addresses mail went to. Opens a connection of its own and takes no lock,
// so it may live on any thread (one reader per thread); it never writes.
class OutboxReader
{
    Q_DECLARE_TR_FUNCTIONS(OutboxReader)

public:
    explicit OutboxReader(Profile profile, OutboxClock clock = systemClock());
    ~OutboxReader();
    OutboxReader(const OutboxReader &) = delete;
    OutboxReader &operator=(const OutboxReader &) = delete;

    // The outbox must exist (an OutboxStore opened it once).
    [[nodiscard]] bool open();
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] std::optional<OutboxListing> list(const OutboxListQuery &query);
    // More ids than this changed: changesSince() says "everything" instead of listing them.
    static constexpr int MaxChangesListed = 2000;
    [[nodiscard]] std::optional<OutboxChanges> changesSince(qint64 mark);
    // The messages with these ids that are in the outbox (not deleted), with their recipients,
    // in no particular order. Each is an index seek: for the rows a view shows.
    [[nodiscard]] QList<OutboxMessage> messages(const QList<qint64> &ids);
    // Addresses mail went to that contain `fragment` (ignoring case), most used first.
    [[nodiscard]] QStringList usedAddresses(const QString &fragment, int limit);

private:
    [[nodiscard]] bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    [[nodiscard]] std::optional<QMap<MessageState, int>> counts();
    [[nodiscard]] std::optional<qint64> changeMark();

    Profile m_profile;
    OutboxClock m_clock;
    QString m_connectionName;
    sqlite3 *m_sqlite = nullptr; // the connection's own handle, for the long lists
    QString m_error;
};

// An OutboxReader on a thread of its own, so that the thread asking (the GUI's) never waits
// for SQLite to sort or filter a large outbox. Each ask is answered by a signal, in order;
// a list() asked for while an earlier one waits replaces it (only the newest list is read).
class OutboxReaderThread : public QObject
{
    Q_OBJECT
public:
    explicit OutboxReaderThread(Profile profile, QObject *parent = nullptr);
    ~OutboxReaderThread() override; // waits for the query running, if any

    void list(const OutboxListQuery &query);
    void fetchChanges(qint64 mark);

Q_SIGNALS:
    void listed(const OutboxListing &listing, const OutboxListQuery &query);
    void changesFetched(const OutboxChanges &changes);
    void failed(const QString &error);

private:
    class Worker;
    QThread *m_thread;
    Worker *m_worker; // lives on m_thread
    std::shared_ptr<std::atomic<quint64>> m_newestList;
};

Q_DECLARE_METATYPE(OutboxListing)
Q_DECLARE_METATYPE(OutboxChanges)
Q_DECLARE_METATYPE(OutboxListQuery)
