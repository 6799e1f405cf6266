// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// OutboxReader, what the window's list is made of: sorting and filtering done by SQLite
// (Unicode case folding included), rows by id, what changed since a mark whichever store made
// the change, the used-address table, the upgrade of an older database, and the reader thread.
#include "outboxtesting.h"

#include "outbox/outboxreader.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QtTest>

using namespace OutboxTesting;

namespace {

const QString Ada = QStringLiteral("ada@example.org");

OutboxStore::EnqueueOptions subject(const QString &text)
{
    OutboxStore::EnqueueOptions options;
    options.subject = text;
    return options;
}

QList<qint64> listed(OutboxReader &reader, const OutboxListQuery &query)
{
    const std::optional<OutboxListing> listing = reader.list(query);
    if (!listing)
        qWarning() << reader.errorString();
    return listing ? listing->ids : QList<qint64> { -1 };
}

} // namespace

class TestOutboxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        open();
    }
    void cleanup()
    {
        m_reader.reset();
        m_store.reset();
        m_dir.reset();
    }

    void sortsAndFiltersInTheDatabase()
    {
        const qint64 a = add(QStringLiteral("banana"), { QStringLiteral("zoe@example.org") });
        const qint64 b = add(QStringLiteral("Apple"), { QStringLiteral("yann@example.org") });
        const qint64 c = add(QStringLiteral("cherry"), { QStringLiteral("xavier@example.net") });
        QVERIFY(m_store->hold(b, QStringLiteral("kept back")));

        OutboxListQuery query;
        QCOMPARE(listed(*m_reader, query), (QList<qint64> { c, b, a })); // newest first
        query.order = Qt::DescendingOrder;
        QCOMPARE(listed(*m_reader, query), (QList<qint64> { a, b, c }));

        query.sortKey = OutboxListQuery::SortKey::Subject; // case does not count
        query.order = Qt::AscendingOrder;
        QCOMPARE(listed(*m_reader, query), (QList<qint64> { b, a, c }));
        query.order = Qt::DescendingOrder;
        QCOMPARE(listed(*m_reader, query), (QList<qint64> { c, a, b }));

        query.sortKey = OutboxListQuery::SortKey::Recipients;
        query.order = Qt::AscendingOrder;
        QCOMPARE(listed(*m_reader, query), (QList<qint64> { c, b, a }));

        query.sortKey = OutboxListQuery::SortKey::State; // Queued before Held
        QCOMPARE(listed(*m_reader, query), (QList<qint64> { c, a, b }));

        query = {};
        query.states = { MessageState::Held };
        QCOMPARE(listed(*m_reader, query), (QList<qint64> { b }));

        // One account's messages (outboundctl queue list --account).
        const std::optional<qint64> other = enqueueBytes(*m_store, QStringLiteral("other"),
            envelope(Ada, { QStringLiteral("w@example.org") }), testMessage(QStringLiteral("o")));
        QVERIFY(other);
        query = {};
        query.account = QStringLiteral("other");
        QCOMPARE(listed(*m_reader, query), QList<qint64> { *other });
        QVERIFY(m_store->remove(*other));

        query = {};
        query.text = QStringLiteral("EXAMPLE.NET"); // in the recipients, any case
        QCOMPARE(listed(*m_reader, query), (QList<qint64> { c }));
        query.text = QStringLiteral("KEPT"); // in the reason
        QCOMPARE(listed(*m_reader, query), (QList<qint64> { b }));
        query.text = QStringLiteral("nothing like it");
        QCOMPARE(listed(*m_reader, query), QList<qint64> {});
        query.statesNamed = { MessageState::Queued }; // the text names a state
        QCOMPARE(listed(*m_reader, query), (QList<qint64> { c, a }));
    }

    void filtersIgnoreCaseBeyondAscii()
    {
        const qint64 turtle
            = add(QStringLiteral("Żółw i ĆMA"), { QStringLiteral("a@example.org") });
        const qint64 greek = add(QStringLiteral("ΣΊΣΥΦΟΣ"), { QStringLiteral("b@example.org") });
        add(QStringLiteral("plain"), { QStringLiteral("c@example.org") });
        OutboxListQuery query;
        query.text = QStringLiteral("żÓŁw");
        QCOMPARE(listed(*m_reader, query), (QList<qint64> { turtle }));
        query.text = QStringLiteral("ćma");
        QCOMPARE(listed(*m_reader, query), (QList<qint64> { turtle }));
        query.text = QStringLiteral("σίσυφος");
        QCOMPARE(listed(*m_reader, query), (QList<qint64> { greek }));
        query.text = QStringLiteral("%"); // no LIKE pattern: the text as it is
        QCOMPARE(listed(*m_reader, query), QList<qint64> {});
    }

    void listsCountsAndAMark()
    {
        add(QStringLiteral("one"), { QStringLiteral("a@example.org") });
        const qint64 two = add(QStringLiteral("two"), { QStringLiteral("a@example.org") });
        QVERIFY(m_store->hold(two));
        const std::optional<OutboxListing> listing = m_reader->list({});
        QVERIFY(listing);
        QCOMPARE(listing->counts.value(MessageState::Queued), 1);
        QCOMPARE(listing->counts.value(MessageState::Held), 1);
        QVERIFY(listing->changeMark > 0);
        const std::optional<OutboxChanges> none = m_reader->changesSince(listing->changeMark);
        QVERIFY(none);
        QVERIFY(!none->everything);
        QVERIFY(none->messages.isEmpty() && none->gone.isEmpty());
        QCOMPARE(none->changeMark, listing->changeMark);
    }

    void changesFromAnotherStoreAreNamed()
    {
        const qint64 kept = add(QStringLiteral("kept"), { QStringLiteral("a@example.org") });
        const qint64 deleted = add(QStringLiteral("deleted"), { QStringLiteral("a@example.org") });
        const std::optional<OutboxListing> before = m_reader->list({});
        QVERIFY(before);

        // Another process's store: the reader learns of its changes through the database.
        OutboxStore other(profileIn(*m_dir), m_clock.clock());
        QVERIFY(other.open());
        const std::optional<qint64> added = enqueueBytes(other, QStringLiteral("acct"),
            envelope(Ada, { QStringLiteral("new@example.org") }), testMessage(QStringLiteral("n")),
            subject(QStringLiteral("new")));
        QVERIFY(added);
        QVERIFY(other.hold(kept, QStringLiteral("by the other")));
        QVERIFY(other.remove(deleted));

        const std::optional<OutboxChanges> changes = m_reader->changesSince(before->changeMark);
        QVERIFY2(changes, qPrintable(m_reader->errorString()));
        QVERIFY(!changes->everything);
        QCOMPARE(changes->gone, QList<qint64> { deleted });
        QCOMPARE(changes->messages.size(), 2);
        for (const OutboxMessage &message : changes->messages) {
            if (message.id == kept) {
                QCOMPARE(message.state, MessageState::Held);
                QCOMPARE(message.reason, QStringLiteral("by the other"));
            } else {
                QCOMPARE(message.id, *added);
                QCOMPARE(message.envelope.recipients, QStringList { u"new@example.org"_qs });
            }
        }
        QCOMPARE(changes->counts.value(MessageState::Queued), 1);
        QCOMPARE(changes->counts.value(MessageState::Held), 1);
        QVERIFY(changes->changeMark > before->changeMark);
        const std::optional<OutboxChanges> again = m_reader->changesSince(changes->changeMark);
        QVERIFY(again && again->messages.isEmpty() && again->gone.isEmpty());
    }

    void tooManyChangesSayEverything()
    {
        const std::optional<OutboxListing> before = m_reader->list({});
        QVERIFY(before);
        const std::unique_ptr<OutboxStore::Batch> batch
            = std::make_unique<OutboxStore::Batch>(m_store.get());
        for (int i = 0; i <= OutboxReader::MaxChangesListed; ++i) {
            QBuffer buffer;
            buffer.setData(testMessage(QString::number(i)));
            buffer.open(QIODevice::ReadOnly);
            QVERIFY(batch->add(QStringLiteral("acct"),
                envelope(Ada, { QStringLiteral("a@example.org") }), &buffer, {}));
        }
        QVERIFY(batch->commit());
        const std::optional<OutboxChanges> changes = m_reader->changesSince(before->changeMark);
        QVERIFY(changes);
        QVERIFY(changes->everything);
        QCOMPARE(changes->counts.value(MessageState::Queued), OutboxReader::MaxChangesListed + 1);
    }

    void rowsByIdWithTheirRecipients()
    {
        const qint64 a = add(QStringLiteral("a"),
            { QStringLiteral("one@example.org"), QStringLiteral("two@example.org") });
        const qint64 b = add(QStringLiteral("b"), { QStringLiteral("three@example.org") });
        QVERIFY(m_store->remove(b));
        const QList<OutboxMessage> rows = m_reader->messages({ a, b, 999 });
        QCOMPARE(rows.size(), 1); // deleted and unknown ids are left out
        QCOMPARE(rows.first().id, a);
        QCOMPARE(rows.first().subject, QStringLiteral("a"));
        QCOMPARE(rows.first().envelope.recipients,
            (QStringList { u"one@example.org"_qs, u"two@example.org"_qs }));
        QCOMPARE(rows.first().recipients.size(), 2);
    }

    void usedAddressesAreKeptOncePerAddress()
    {
        add(QStringLiteral("1"), { QStringLiteral("Often@Example.org") });
        add(QStringLiteral("2"),
            { QStringLiteral("often@example.org"), QStringLiteral("once@example.org") });
        add(QStringLiteral("3"), { QStringLiteral("OFTEN@example.org") });
        QCOMPARE(m_reader->usedAddresses(QStringLiteral("EXAMPLE"), 10),
            (QStringList { u"Often@Example.org"_qs, u"once@example.org"_qs }));
        QCOMPARE(m_reader->usedAddresses(QStringLiteral("onc"), 10),
            QStringList { u"once@example.org"_qs });
        QCOMPARE(m_reader->usedAddresses(QString(), 1), QStringList { u"Often@Example.org"_qs });
    }

    void anOlderDatabaseIsUpgradedOnOpen()
    {
        const qint64 a = add(QStringLiteral("old"),
            { QStringLiteral("one@example.org"), QStringLiteral("two@example.org") });
        m_reader.reset();
        m_store.reset();
        { // as the first version left it: no recipient list, no address table, version 0
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"old"_qs);
            db.setDatabaseName(profileIn(*m_dir).queueDatabase());
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *statement : { "DROP TRIGGER address_used", "DROP TABLE used_addresses",
                     "ALTER TABLE messages DROP COLUMN recipient_list", "PRAGMA user_version = 0" })
                QVERIFY2(query.exec(QString::fromLatin1(statement)),
                    qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_qs);

        open();
        OutboxListQuery query;
        query.sortKey = OutboxListQuery::SortKey::Recipients;
        query.text = QStringLiteral("two@");
        QCOMPARE(listed(*m_reader, query), QList<qint64> { a });
        QCOMPARE(m_reader->usedAddresses(QStringLiteral("example"), 10).size(), 2);
    }

    void theThreadAnswersTheNewestList()
    {
        const qint64 a = add(QStringLiteral("b"), { QStringLiteral("a@example.org") });
        const qint64 b = add(QStringLiteral("a"), { QStringLiteral("a@example.org") });
        OutboxReaderThread thread(profileIn(*m_dir));
        QSignalSpy listedSpy(&thread, &OutboxReaderThread::listed);
        QSignalSpy failedSpy(&thread, &OutboxReaderThread::failed);
        OutboxListQuery bySubject;
        bySubject.sortKey = OutboxListQuery::SortKey::Subject;
        thread.list({});
        thread.list(bySubject);
        QTRY_VERIFY(!listedSpy.isEmpty());
        QTest::qWait(50); // a superseded list, if it was read at all, came first
        const QList<QVariant> last = listedSpy.last();
        QCOMPARE(last.at(1).value<OutboxListQuery>(), bySubject);
        QCOMPARE(last.at(0).value<OutboxListing>().ids, (QList<qint64> { b, a }));
        QVERIFY(failedSpy.isEmpty());

        QSignalSpy changedSpy(&thread, &OutboxReaderThread::changesFetched);
        const qint64 mark = last.at(0).value<OutboxListing>().changeMark;
        QVERIFY(m_store->hold(a));
        thread.fetchChanges(mark);
        QTRY_COMPARE(changedSpy.size(), 1);
        const auto changes = changedSpy.first().at(0).value<OutboxChanges>();
        QCOMPARE(changes.messages.size(), 1);
        QCOMPARE(changes.messages.first().state, MessageState::Held);
    }

private:
    void open()
    {
        m_store = std::make_unique<OutboxStore>(profileIn(*m_dir), m_clock.clock());
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
        m_reader = std::make_unique<OutboxReader>(profileIn(*m_dir), m_clock.clock());
        QVERIFY2(m_reader->open(), qPrintable(m_reader->errorString()));
    }

    qint64 add(const QString &subjectText, const QStringList &to)
    {
        const std::optional<qint64> id = enqueueBytes(*m_store, QStringLiteral("acct"),
            envelope(Ada, to), testMessage(subjectText), subject(subjectText));
        return id.value_or(-1);
    }

    ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<OutboxReader> m_reader;
};

QTEST_GUILESS_MAIN(TestOutboxReader)
#include "tst_outboxreader.moc"
