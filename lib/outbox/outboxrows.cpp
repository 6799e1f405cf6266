// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "outboxrows_p.h"

#include "core/profile.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace OutboxRows {

bool openDatabase(const Profile &profile, const QString &connectionName, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(profile.queueDatabase());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (db.open())
        return true;
    *error = QCoreApplication::translate("OutboxStore", "cannot open the queue database %1: %2")
                 .arg(profile.queueDatabase(), db.lastError().text());
    return false;
}

QVariant toDb(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromDb(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString recipientStateName(RecipientState state)
{
    switch (state) {
    case RecipientState::Pending:
        return QStringLiteral("pending");
    case RecipientState::Accepted:
        return QStringLiteral("accepted");
    case RecipientState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

RecipientState parseRecipientState(const QString &name)
{
    if (name == QLatin1String("accepted"))
        return RecipientState::Accepted;
    if (name == QLatin1String("failed"))
        return RecipientState::Failed;
    return RecipientState::Pending;
}

QString stateList(const QList<MessageState> &states)
{
    QStringList names;
    for (MessageState state : states)
        names << QLatin1Char('\'') + stateName(state) + QLatin1Char('\'');
    return names.join(QLatin1Char(','));
}

const QString MessageColumns
    = QStringLiteral("id, account, state, spool_file, size, subject, sender, body_8bit, smtputf8, "
                     "dsn_ret, dsn_envid, dsn_notify, created_at, not_before, next_attempt_at, "
                     "sent_at, reason, queue_id, attempt_count");

OutboxMessage readMessage(const QSqlQuery &query)
{
    OutboxMessage m;
    m.id = query.value(0).toLongLong();
    m.account = query.value(1).toString();
    (void)parseStateName(query.value(2).toString(), &m.state);
    m.spoolFile = query.value(3).toString();
    m.size = query.value(4).toLongLong();
    m.subject = query.value(5).toString();
    m.envelope.sender = query.value(6).toString();
    m.envelope.bodyType = query.value(7).toInt() ? SmtpCommand::BodyType::EightBitMime
                                                 : SmtpCommand::BodyType::SevenBit;
    m.envelope.requiresSmtpUtf8 = query.value(8).toInt() != 0;
    m.envelope.dsnReturn = SmtpCommand::DsnReturn(query.value(9).toInt());
    m.envelope.dsnEnvelopeId = query.value(10).toString().toLatin1();
    m.envelope.dsnNotify = SmtpCommand::DsnNotifyFlags::fromInt(query.value(11).toInt());
    m.createdAt = fromDb(query.value(12));
    m.notBefore = fromDb(query.value(13));
    m.nextAttemptAt = fromDb(query.value(14));
    m.sentAt = fromDb(query.value(15));
    m.reason = query.value(16).toString();
    m.queueId = query.value(17).toString();
    m.attemptCount = query.value(18).toInt();
    return m;
}

const QString RecipientColumns = QStringLiteral("address, state, code, enhanced, text");

OutboxRecipient readRecipient(const QSqlQuery &query, int first)
{
    OutboxRecipient r;
    r.address = query.value(first).toString();
    r.state = parseRecipientState(query.value(first + 1).toString());
    r.lastReply.code = query.value(first + 2).toInt();
    r.lastReply.enhancedCode = query.value(first + 3).toString().toLatin1();
    const QString text = query.value(first + 4).toString();
    if (!text.isEmpty()) {
        for (const QString &line : text.split(QLatin1Char('\n')))
            r.lastReply.lines << line.toUtf8();
    }
    return r;
}

QString recipientList(const QStringList &addresses)
{
    return addresses.join(QStringLiteral(", "));
}

} // namespace OutboxRows
