// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

// Fixtures shared by the outbox tests: a profile in a temporary folder, a clock the test
// moves by hand, messages with a recognisable Message-ID, and direct reads of the queue
// database for what the store's API does not show (claims, the final-dot mark).

#include "accounts/account.h"
#include "core/profile.h"
#include "outbox/outboxstore.h"

#include <QBuffer>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace OutboxTesting {

// A clock that stands still until the test moves it.
struct ManualClock
{
    QDateTime now = QDateTime(QDate(2030, 1, 15), QTime(9, 0), Qt::UTC);

    [[nodiscard]] OutboxClock clock()
    {
        return [this] { return now; };
    }
    void advance(qint64 seconds) { now = now.addSecs(seconds); }
};

inline Profile profileIn(const QTemporaryDir &dir)
{
    return Profile::resolve(dir.path());
}

// A small, complete message whose Message-ID names it: <tag@outbox.test>.
inline QByteArray testMessage(const QString &tag, const QByteArray &body = "Hello.\r\n")
{
    return "From: Ada <ada@example.org>\r\nTo: bob@example.org\r\nSubject: " + tag.toUtf8()
        + "\r\nMessage-ID: <" + tag.toUtf8() + "@outbox.test>\r\n\r\n" + body;
}

// The tag of a message made by testMessage(), or an empty string.
inline QString messageTag(const QByteArray &content)
{
    const qsizetype start = content.indexOf("Message-ID: <");
    if (start < 0)
        return {};
    const qsizetype from = start + 13;
    const qsizetype end = content.indexOf("@outbox.test>", from);
    return end < 0 ? QString() : QString::fromUtf8(content.mid(from, end - from));
}

inline SmtpEnvelope envelope(const QString &from, const QStringList &to)
{
    SmtpEnvelope e;
    e.sender = from;
    e.recipients = to;
    return e;
}

inline std::optional<qint64> enqueueBytes(OutboxStore &store, const QString &account,
    const SmtpEnvelope &env, const QByteArray &bytes,
    const OutboxStore::EnqueueOptions &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return store.enqueue(account, env, &buffer, options);
}

// Every entry of the spool folder, hidden ones (temporary files) included.
inline QStringList spoolEntries(const Profile &profile)
{
    return QDir(profile.spoolDir())
        .entryList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// A plaintext loopback account with short timeouts and no authentication.
inline Account loopbackAccount(const QString &name, quint16 port)
{
    Account account;
    account.name = name;
    account.address = name + QStringLiteral("@example.org");
    account.smtp.host = QStringLiteral("localhost");
    account.smtp.port = port;
    account.smtp.security = ConnectionSecurity::None;
    account.smtp.heloName = QStringLiteral("client.test");
    account.smtp.timeouts = SmtpTimeouts::uniform(5000);
    return account;
}

// Reads the queue database behind the store's back, on a connection of its own.
class QueueDatabase
{
public:
    explicit QueueDatabase(const Profile &profile)
        : m_name(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(profile.queueDatabase());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        db.open();
    }
    ~QueueDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(QueueDatabase)

    // The first column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql, const QVariantList &bindings = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.prepare(sql);
        for (const QVariant &binding : bindings)
            query.addBindValue(binding);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    // How SQLite would run `sql`: the detail lines of EXPLAIN QUERY PLAN, joined.
    QString planOf(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        QStringList details;
        if (query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
            while (query.next())
                details << query.value(3).toString();
        }
        return details.join(QLatin1Char('\n'));
    }

private:
    QString m_name;
};

} // namespace OutboxTesting
