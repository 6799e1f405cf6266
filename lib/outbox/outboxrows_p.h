// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

// How messages are kept in the queue database's rows: the one place that knows the columns,
// shared by the store (which writes and reads them) and the reader (which only reads them).
// Private to lib/outbox.

#include "outboxmessage.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

class Profile;

namespace OutboxRows {

// Opens the profile's queue database as the connection `connectionName`, as every store and
// reader does (waiting up to 15 s for another process's write lock).
[[nodiscard]] bool openDatabase(
    const Profile &profile, const QString &connectionName, QString *error);

// Times are stored as milliseconds since the epoch (UTC); NULL is "not set".
[[nodiscard]] QVariant toDb(const QDateTime &time);
[[nodiscard]] QDateTime fromDb(const QVariant &value);

// Qt binds a null QString as SQL NULL; text columns here are NOT NULL and empty by default.
[[nodiscard]] inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

[[nodiscard]] QString recipientStateName(RecipientState state);
[[nodiscard]] RecipientState parseRecipientState(const QString &name);

// "'queued','deferred'": for `state IN (…)`.
[[nodiscard]] QString stateList(const QList<MessageState> &states);

// The columns readMessage() expects, in its order, for "SELECT <MessageColumns> FROM messages".
extern const QString MessageColumns;
[[nodiscard]] OutboxMessage readMessage(const QSqlQuery &query);

// The columns readRecipient() expects, from the recipients table.
extern const QString RecipientColumns;
// `first`: the index of its first column in the query.
[[nodiscard]] OutboxRecipient readRecipient(const QSqlQuery &query, int first = 0);

// The recipients as one line ("a@example.org, b@example.org"), as the messages table keeps it
// (recipient_list) for sorting and filtering without a join.
[[nodiscard]] QString recipientList(const QStringList &addresses);

} // namespace OutboxRows
