// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// OutboxStore without a socket: what enqueue (one message or a batch) makes durable, who may
// claim what and when, the user's state changes, what an attempt records, recovery of a dead
// process's claims and debris, the spool sweep, and a full disk during enqueue.
#include "outboxtesting.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace OutboxTesting;

namespace {

SmtpReply reply(int code, const QByteArray &enhanced, const QByteArray &text)
{
    SmtpReply r;
    r.code = code;
    r.enhancedCode = enhanced;
    r.lines << enhanced + ' ' + text;
    return r;
}

SmtpRecipientResult result(const QString &address, const SmtpReply &r)
{
    return SmtpRecipientResult { address, r };
}

OutboxAttempt attemptAt(const QDateTime &start, AttemptResult result)
{
    OutboxAttempt a;
    a.startedAt = start;
    a.endedAt = start.addMSecs(1234);
    a.server = QStringLiteral("localhost:2525");
    a.result = result;
    a.transcript = QStringLiteral("S: 220 hi\nC: EHLO client.test\n");
    return a;
}

// Lowers RLIMIT_FSIZE for its lifetime, with SIGXFSZ ignored so that a write past the limit
// fails with EFBIG (what a full disk looks like to write()) instead of killing the process.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        m_savedHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_savedHandler);
    }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)
    [[nodiscard]] bool isActive() const { return m_ok; }

private:
    rlimit m_saved {};
    void (*m_savedHandler)(int) = nullptr;
    bool m_ok = false;
};

const QString Ada = QStringLiteral("ada@example.org");

} // namespace

class TestOutboxStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enqueueIsDurable();
    void enqueueRefusesEmptyInputAndLeavesNothing();
    void enqueueRefusesWhatSmtpCannotCarry_data();
    void enqueueRefusesWhatSmtpCannotCarry();
    void enqueueHeldAndNotBefore();
    void twoStoresNeverClaimTheSameMessage_data();
    void twoStoresNeverClaimTheSameMessage();
    void claimDueTakesSeveralSoonestFirst();
    void releaseClaimsGivesBackOnlyUnstarted();
    void finishAttemptsRecordsSeveralInOneCall();
    void killedBeforeABatchedRecordLeavesUncertain();
    void claimRespectsNotBeforeAndNextAttempt();
    void claimSeeksTheDueIndex();
    void stateRules();
    void removeKeepsTheMessageRecoverableUntilPurged();
    void finishAttemptRecordsRecipients();
    void finishAttemptNeedsTheClaim();
    void recoverAbandonedClaims();
    void recoverClaimsOfAKilledProcess();
    void holdAccount();
    void seesWhatAnotherStoreCommits();
    void orphanSpoolFilesAreSweptWhenOld();
    void openReadsNoSpoolFile();
    void debrisOfAKilledProcessGoesWhenItsLockIsFoundDead();
    void batchEnqueueIsDurableAndInOrder();
    void batchWithABadMessageLeavesNothing_data();
    void batchWithABadMessageLeavesNothing();
    void batchCommitFailureLeavesNothing();
    void fullDiskDuringSpoolWrite();
    void fullDiskDuringDatabaseCommit();
};

void TestOutboxStore::enqueueIsDurable()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    ManualClock clock;
    OutboxStore store(profile, clock.clock());
    QVERIFY2(store.open(), qPrintable(store.errorString()));

    // Bytes a careless copy would change: a bare LF, a lone dot line, 8-bit, no final CRLF.
    const QByteArray bytes = testMessage(QStringLiteral("durable"))
        + "line\nbare LF\r\n.\r\n..two dots\r\n\xc3\xa9t\xc3\xa9\r\nno newline at end";
    SmtpEnvelope env
        = envelope(Ada, { QStringLiteral("bob@example.org"), QStringLiteral("carol@example.org") });
    env.bodyType = SmtpCommand::BodyType::EightBitMime;
    env.requiresSmtpUtf8 = true;
    env.dsnReturn = SmtpCommand::DsnReturn::Headers;
    env.dsnEnvelopeId = "env-42";
    const std::optional<qint64> id = enqueueBytes(
        store, QStringLiteral("work"), env, bytes, { QStringLiteral("Subject line"), {}, false });
    QVERIFY2(id, qPrintable(store.errorString()));

    // A second store (another process, or the next start) sees exactly what was given.
    OutboxStore other(profile);
    QVERIFY2(other.open(), qPrintable(other.errorString()));
    const std::optional<OutboxMessage> m = other.message(*id);
    QVERIFY(m);
    QCOMPARE(m->state, MessageState::Queued);
    QCOMPARE(m->account, QStringLiteral("work"));
    QCOMPARE(m->subject, QStringLiteral("Subject line"));
    QCOMPARE(m->size, qint64(bytes.size()));
    QCOMPARE(m->createdAt, clock.now);
    QVERIFY(!m->notBefore.isValid());
    QVERIFY(!m->nextAttemptAt.isValid());
    QCOMPARE(m->attemptCount, 0);
    QCOMPARE(m->envelope.sender, Ada);
    QCOMPARE(m->envelope.recipients, env.recipients);
    QCOMPARE(m->envelope.bodyType, SmtpCommand::BodyType::EightBitMime);
    QVERIFY(m->envelope.requiresSmtpUtf8);
    QCOMPARE(m->envelope.dsnReturn, SmtpCommand::DsnReturn::Headers);
    QCOMPARE(m->envelope.dsnEnvelopeId, QByteArray("env-42"));
    QCOMPARE(m->recipients.size(), 2);
    for (const OutboxRecipient &r : m->recipients) {
        QCOMPARE(r.state, RecipientState::Pending);
        QCOMPARE(r.lastReply.code, 0);
    }
    QCOMPARE(m->pendingRecipients(), env.recipients);

    // The spool file is in the profile's spool, holds the exact bytes, and only we can read it.
    QCOMPARE(
        QFileInfo(m->spoolFile).absolutePath(), QFileInfo(profile.spoolDir()).absoluteFilePath());
    QFile spool(m->spoolFile);
    QVERIFY(spool.open(QIODevice::ReadOnly));
    QCOMPARE(spool.readAll(), bytes);
    QCOMPARE(spool.permissions()
            & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions());
    QCOMPARE(spoolEntries(profile), QStringList { QFileInfo(m->spoolFile).fileName() });
    QCOMPARE(other.messages().size(), 1);
    QCOMPARE(other.messages(QStringLiteral("work")).size(), 1);
    QCOMPARE(other.messages(QStringLiteral("elsewhere")).size(), 0);
}

void TestOutboxStore::enqueueRefusesEmptyInputAndLeavesNothing()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    OutboxStore store(profile);
    QVERIFY(store.open());

    QVERIFY(!enqueueBytes(
        store, QStringLiteral("work"), envelope(Ada, {}), testMessage(QStringLiteral("x"))));
    QVERIFY(store.errorString().contains(QLatin1String("no recipients")));
    QVERIFY(!enqueueBytes(store, QStringLiteral("work"), envelope(Ada, { Ada }), QByteArray()));
    QVERIFY(store.errorString().contains(QLatin1String("empty")));

    QVERIFY(store.messages().isEmpty());
    QCOMPARE(spoolEntries(profile), QStringList());
}

void TestOutboxStore::enqueueRefusesWhatSmtpCannotCarry_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("reason");
    QByteArray lines;
    while (lines.size() < 200 * 1024)
        lines += QByteArray(76, 'l') + "\r\n";
    QTest::newRow("NUL in the body") << testMessage(QStringLiteral("nul"),
        QByteArray("a\0b\r\n", 5)) << QStringLiteral("NUL byte at offset");
    QTest::newRow("NUL after 200 KiB") << testMessage(QStringLiteral("late-nul"),
        lines + QByteArray("\0", 1)) << QStringLiteral("NUL byte at offset");
    QTest::newRow("999-octet body line") << testMessage(QStringLiteral("long"),
        QByteArray(999, 'x') + "\r\n") << QStringLiteral("line 6 ");
    QTest::newRow("70,000-octet header line")
        << "X-Long: " + QByteArray(70000, 'h') + "\r\n" + testMessage(QStringLiteral("header"))
        << QStringLiteral("line 1 ");
}

// Refused when queued (not found out on the fifth attempt), by enqueue() and by spool(),
// the GUI's way in; nothing of the message is left behind.
void TestOutboxStore::enqueueRefusesWhatSmtpCannotCarry()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    OutboxStore store(profile);
    QVERIFY(store.open());

    QVERIFY(!enqueueBytes(store, QStringLiteral("work"), envelope(Ada, { Ada }), message));
    QVERIFY2(store.errorString().contains(reason), qPrintable(store.errorString()));
    QString error;
    const std::optional<OutboxStore::SpoolFile> file = OutboxStore::spool(
        profile,
        [&message](QIODevice *out, QString *) {
            // As MessageWriter writes: in pieces, and a write that fails is not retried.
            for (qsizetype at = 0; at < message.size(); at += 4096) {
                if (out->write(message.mid(at, 4096)) < 0)
                    return false;
            }
            return true;
        },
        &error);
    QVERIFY(!file);
    QVERIFY2(error.contains(reason), qPrintable(error));

    QVERIFY(store.messages().isEmpty());
    QCOMPARE(spoolEntries(profile), QStringList());
    // A valid message still goes in.
    QVERIFY(enqueueBytes(store, QStringLiteral("work"), envelope(Ada, { Ada }),
        testMessage(QStringLiteral("fine"), QByteArray(998, 'x') + "\r\n")));
}

void TestOutboxStore::enqueueHeldAndNotBefore()
{
    QTemporaryDir dir;
    ManualClock clock;
    OutboxStore store(profileIn(dir), clock.clock());
    QVERIFY(store.open());
    const std::optional<qint64> held = enqueueBytes(store, QStringLiteral("work"),
        envelope(Ada, { Ada }), testMessage(QStringLiteral("held")), { {}, {}, true });
    const QDateTime later = clock.now.addSecs(600);
    const std::optional<qint64> scheduled = enqueueBytes(store, QStringLiteral("work"),
        envelope(Ada, { Ada }), testMessage(QStringLiteral("later")), { {}, later, false });
    QVERIFY(held && scheduled);
    QCOMPARE(store.message(*held)->state, MessageState::Held);
    QVERIFY(!store.message(*held)->reason.isEmpty());
    QCOMPARE(store.message(*scheduled)->state, MessageState::Queued);
    QCOMPARE(store.message(*scheduled)->notBefore, later);

    // Neither is due: one is held, the other waits for its time.
    QVERIFY(!store.claimNextDue());
    QVERIFY(store.accountsWithDueMessages().isEmpty());
    QCOMPARE(store.nextDueTime(), later);
}

void TestOutboxStore::twoStoresNeverClaimTheSameMessage_data()
{
    QTest::addColumn<int>("batch");
    QTest::newRow("one at a time") << 1;
    QTest::newRow("five per claim") << 5;
}

void TestOutboxStore::twoStoresNeverClaimTheSameMessage()
{
    QFETCH(int, batch);
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    constexpr int Count = 40;
    QSet<qint64> all;
    {
        OutboxStore store(profile);
        QVERIFY(store.open());
        for (int i = 0; i < Count; ++i) {
            const std::optional<qint64> id
                = enqueueBytes(store, i % 2 ? QStringLiteral("a") : QStringLiteral("b"),
                    envelope(Ada, { Ada }), testMessage(QStringLiteral("m%1").arg(i)));
            QVERIFY(id);
            all.insert(*id);
        }
    }

    // Two stores, each in its own thread with its own connection, claim as fast as they can.
    QList<qint64> claimed[2];
    QString errors[2];
    auto claimAll = [&profile, batch](QList<qint64> *out, QString *error) {
        OutboxStore store(profile);
        if (!store.open()) {
            *error = store.errorString();
            return;
        }
        for (;;) {
            QList<OutboxMessage> got;
            if (batch > 1)
                got = store.claimDue(batch);
            else if (const std::optional<OutboxMessage> m = store.claimNextDue())
                got << *m;
            if (got.isEmpty())
                break;
            if (got.size() > batch)
                *error = QStringLiteral("claimed %1 messages, asked for %2")
                             .arg(got.size())
                             .arg(batch);
            for (const OutboxMessage &m : got) {
                if (m.state != MessageState::Sending)
                    *error = QStringLiteral("claimed message %1 is not sending").arg(m.id);
                *out << m.id;
            }
        }
    };
    std::unique_ptr<QThread> threads[2] = {
        std::unique_ptr<QThread>(QThread::create(claimAll, &claimed[0], &errors[0])),
        std::unique_ptr<QThread>(QThread::create(claimAll, &claimed[1], &errors[1])),
    };
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(30000));
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));

    const QSet<qint64> first(claimed[0].cbegin(), claimed[0].cend());
    const QSet<qint64> second(claimed[1].cbegin(), claimed[1].cend());
    QCOMPARE(first.size(), claimed[0].size()); // nobody claimed one message twice
    QCOMPARE(second.size(), claimed[1].size());
    QVERIFY2(!first.intersects(second), "a message was claimed by both stores");
    QCOMPARE(first + second, all);

    // Both claimants are gone now, so their claims are recoverable; until then nothing is due.
    OutboxStore store(profile);
    QVERIFY(store.open());
    QVERIFY(!store.claimNextDue());
    QCOMPARE(store.recoverAbandonedClaims(), Count);
    QCOMPARE(store.accountsWithDueMessages().size(), 2);
}

void TestOutboxStore::claimDueTakesSeveralSoonestFirst()
{
    QTemporaryDir dir;
    ManualClock clock;
    OutboxStore store(profileIn(dir), clock.clock());
    QVERIFY(store.open());
    auto add = [&](const QString &account, const QString &tag, const QDateTime &notBefore = {}) {
        return *enqueueBytes(store, account,
            envelope(Ada, { Ada, QStringLiteral("bob@example.org") }), testMessage(tag),
            { tag, notBefore, false });
    };
    const qint64 a = add(QStringLiteral("work"), QStringLiteral("a"));
    const qint64 later
        = add(QStringLiteral("work"), QStringLiteral("later"), clock.now.addSecs(60));
    const qint64 b = add(QStringLiteral("work"), QStringLiteral("b"));
    const qint64 other = add(QStringLiteral("home"), QStringLiteral("other"));
    const qint64 c = add(QStringLiteral("work"), QStringLiteral("c"));
    const qint64 d = add(QStringLiteral("work"), QStringLiteral("d"));

    // Three of the account's four due messages, in the order claimNextDue() takes them, each
    // whole (recipients loaded) and sending.
    QList<OutboxMessage> claimed = store.claimDue(3, QStringLiteral("work"));
    QCOMPARE(claimed.size(), 3);
    QCOMPARE(claimed[0].id, a);
    QCOMPARE(claimed[1].id, b);
    QCOMPARE(claimed[2].id, c);
    for (const OutboxMessage &m : std::as_const(claimed)) {
        QCOMPARE(m.state, MessageState::Sending);
        QCOMPARE(m.envelope.recipients.size(), 2);
        QCOMPARE(store.message(m.id)->state, MessageState::Sending);
    }
    // Then what is left and due, however many are asked for; never one not yet due.
    claimed = store.claimDue(10);
    QCOMPARE(claimed.size(), 2);
    QCOMPARE(claimed[0].id, other);
    QCOMPARE(claimed[1].id, d);
    QVERIFY(store.claimDue(10).isEmpty());
    clock.advance(61);
    claimed = store.claimDue(10);
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed[0].id, later);
}

void TestOutboxStore::releaseClaimsGivesBackOnlyUnstarted()
{
    QTemporaryDir dir;
    ManualClock clock;
    const Profile profile = profileIn(dir);
    OutboxStore store(profile, clock.clock());
    QVERIFY(store.open());
    QList<qint64> ids;
    for (const char *tag : { "a", "b", "c" })
        ids << *enqueueBytes(store, QStringLiteral("work"), envelope(Ada, { Ada }),
            testMessage(QString::fromLatin1(tag)));
    // The third was tried once and deferred, then came due again.
    QCOMPARE(store.claimDue(3).size(), 3);
    OutboxStore::AttemptOutcome deferred;
    deferred.state = MessageState::Deferred;
    deferred.nextAttemptAt = clock.now.addSecs(10);
    QVERIFY(store.finishAttempt(ids[2], attemptAt(clock.now, AttemptResult::Deferred), deferred));
    clock.advance(11);
    QCOMPARE(store.claimDue(3).size(), 1);

    // The first reached its final dot: it is never given back (it may have gone).
    QVERIFY(store.markFinalDotImminent(ids[0]));
    QCOMPARE(store.releaseClaims(ids), 2);
    QCOMPARE(store.message(ids[0])->state, MessageState::Sending);
    QCOMPARE(store.message(ids[1])->state, MessageState::Queued);
    QCOMPARE(store.message(ids[2])->state, MessageState::Deferred);
    // Due again at once, and claimable by anybody.
    OutboxStore other(profile);
    QVERIFY(other.open());
    QCOMPARE(other.releaseClaims(ids), 0); // not its claims
    const QList<OutboxMessage> again = other.claimDue(5);
    QCOMPARE(again.size(), 2);
    QCOMPARE(again[0].id, ids[1]);
    QCOMPARE(again[1].id, ids[2]);
}

void TestOutboxStore::finishAttemptsRecordsSeveralInOneCall()
{
    QTemporaryDir dir;
    ManualClock clock;
    OutboxStore store(profileIn(dir), clock.clock());
    QVERIFY(store.open());
    QList<qint64> ids;
    for (const char *tag : { "a", "b", "c" })
        ids << *enqueueBytes(store, QStringLiteral("work"), envelope(Ada, { Ada }),
            testMessage(QString::fromLatin1(tag)));
    QCOMPARE(store.claimDue(2).size(), 2); // a and b; c is not ours

    auto finished = [&](qint64 id, MessageState state, const SmtpReply &r) {
        OutboxStore::FinishedAttempt f;
        f.id = id;
        f.attempt = attemptAt(
            clock.now, state == MessageState::Sent ? AttemptResult::Sent : AttemptResult::Failed);
        f.outcome.state = state;
        f.outcome.queueId = state == MessageState::Sent ? QStringLiteral("Q%1").arg(id) : QString();
        f.outcome.recipientResults = { result(Ada, r) };
        return f;
    };
    const QList<OutboxStore::FinishedAttempt> batch = {
        finished(ids[0], MessageState::Sent, reply(250, "2.1.5", "ok")),
        finished(ids[2], MessageState::Sent, reply(250, "2.1.5", "ok")),
        finished(ids[1], MessageState::Failed, reply(550, "5.1.1", "no such user")),
    };
    // The one not claimed by this store is skipped and named; the others are recorded.
    QVERIFY(!store.finishAttempts(batch));
    QVERIFY2(store.errorString().contains(QLatin1String("not claimed")),
        qPrintable(store.errorString()));
    QVERIFY(store.errorString().contains(QString::number(ids[2])));
    const OutboxMessage a = *store.message(ids[0]);
    QCOMPARE(a.state, MessageState::Sent);
    QCOMPARE(a.queueId, QStringLiteral("Q%1").arg(ids[0]));
    QCOMPARE(a.recipients[0].state, RecipientState::Accepted);
    QCOMPARE(store.attempts(ids[0]).size(), 1);
    const OutboxMessage b = *store.message(ids[1]);
    QCOMPARE(b.state, MessageState::Failed);
    QCOMPARE(b.recipients[0].state, RecipientState::Failed);
    QCOMPARE(b.attemptCount, 1);
    QCOMPARE(store.message(ids[2])->state, MessageState::Queued);
    QVERIFY(store.attempts(ids[2]).isEmpty());
    QVERIFY(store.finishAttempts({}));
}

void TestOutboxStore::killedBeforeABatchedRecordLeavesUncertain()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    OutboxStore store(profile);
    QVERIFY(store.open());
    QList<qint64> ids;
    for (const char *tag : { "recorded", "replied", "unstarted" })
        ids << *enqueueBytes(store, QStringLiteral("work"), envelope(Ada, { Ada }),
            testMessage(QString::fromLatin1(tag)));

    // A child claims all three in one statement, as a connection does, and sends two: each
    // final dot marked before it goes, the first one's result recorded in a batch, the
    // second's still waiting for the next batch when SIGKILL comes; the third never started.
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        auto *doomed = new OutboxStore(profile);
        if (!doomed->open() || doomed->claimDue(3).size() != 3
            || !doomed->markFinalDotImminent(ids[0]) || !doomed->markFinalDotImminent(ids[1]))
            ::_exit(3);
        OutboxStore::FinishedAttempt first;
        first.id = ids[0];
        first.attempt = attemptAt(doomed->now(), AttemptResult::Sent);
        first.outcome.state = MessageState::Sent;
        if (!doomed->finishAttempts({ first }))
            ::_exit(5);
        ::raise(SIGKILL);
        ::_exit(4);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
        "the child did not get as far as its claims");

    QCOMPARE(store.recoverAbandonedClaims(), 2);
    QCOMPARE(store.message(ids[0])->state, MessageState::Sent);
    // Replied to, but not recorded: uncertain, never sent again by itself.
    QCOMPARE(store.message(ids[1])->state, MessageState::Uncertain);
    QCOMPARE(store.message(ids[2])->state, MessageState::Queued);
    const QList<OutboxMessage> due = store.claimDue(5);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0].id, ids[2]);
}

void TestOutboxStore::claimRespectsNotBeforeAndNextAttempt()
{
    QTemporaryDir dir;
    ManualClock clock;
    const QDateTime start = clock.now;
    OutboxStore store(profileIn(dir), clock.clock());
    QVERIFY(store.open());
    const std::optional<qint64> later
        = enqueueBytes(store, QStringLiteral("work"), envelope(Ada, { Ada }),
            testMessage(QStringLiteral("later")), { {}, start.addSecs(60), false });
    const std::optional<qint64> now = enqueueBytes(
        store, QStringLiteral("work"), envelope(Ada, { Ada }), testMessage(QStringLiteral("now")));
    QVERIFY(later && now);

    QVERIFY(!store.claimNextDue(QStringLiteral("other"))); // another account has nothing
    std::optional<OutboxMessage> claimed = store.claimNextDue(QStringLiteral("work"));
    QVERIFY(claimed);
    QCOMPARE(claimed->id, *now);
    QCOMPARE(claimed->state, MessageState::Sending);
    QVERIFY(!store.claimNextDue()); // "later" is not due, "now" is taken
    QCOMPARE(store.nextDueTime(), start.addSecs(60));

    // "now" fails for the moment and is due again in five minutes.
    OutboxStore::AttemptOutcome deferred;
    deferred.state = MessageState::Deferred;
    deferred.reason = QStringLiteral("451 try later");
    deferred.nextAttemptAt = start.addSecs(300);
    QVERIFY2(store.finishAttempt(*now, attemptAt(start, AttemptResult::Deferred), deferred),
        qPrintable(store.errorString()));
    QCOMPARE(store.message(*now)->state, MessageState::Deferred);
    QCOMPARE(store.message(*now)->nextAttemptAt, start.addSecs(300));

    clock.now = start.addSecs(59);
    QVERIFY(!store.claimNextDue());
    QVERIFY(store.accountsWithDueMessages().isEmpty());
    clock.now = start.addSecs(60);
    QCOMPARE(store.accountsWithDueMessages(), QStringList { QStringLiteral("work") });
    claimed = store.claimNextDue();
    QVERIFY(claimed);
    QCOMPARE(claimed->id, *later);
    QVERIFY(!store.claimNextDue());
    QCOMPARE(store.nextDueTime(), start.addSecs(300));
    clock.now = start.addSecs(299);
    QVERIFY(!store.claimNextDue());
    clock.now = start.addSecs(300);
    claimed = store.claimNextDue();
    QVERIFY(claimed);
    QCOMPARE(claimed->id, *now);
    QCOMPARE(claimed->attemptCount, 1);
}

void TestOutboxStore::claimSeeksTheDueIndex()
{
    // The claim runs once per message sent: in an outbox of 100,000 it must seek the partial
    // index of due messages, not walk the waiting ones (as an index on state alone would make
    // the planner do). The query below is the claim's own.
    QTemporaryDir dir;
    OutboxStore store(profileIn(dir));
    QVERIFY(store.open());
    const QueueDatabase db(profileIn(dir));
    for (const QString &account : { QString(), QStringLiteral("AND account = 'a'") }) {
        const QString plan = db.planOf(
            QStringLiteral("SELECT id FROM messages WHERE state IN ('queued', 'deferred')"
                           " AND due_at <= 0 %1 ORDER BY due_at, id LIMIT 1")
                .arg(account));
        QVERIFY2(plan.contains(QLatin1String("messages_due")) && !plan.contains(u"TEMP B-TREE"_qs),
            qPrintable(plan));
    }
}

void TestOutboxStore::stateRules()
{
    QTemporaryDir dir;
    ManualClock clock;
    OutboxStore store(profileIn(dir), clock.clock());
    QVERIFY(store.open());
    const std::optional<qint64> id
        = enqueueBytes(store, QStringLiteral("work"), envelope(Ada, { Ada }),
            testMessage(QStringLiteral("rules")), { {}, clock.now.addSecs(3600), false });
    QVERIFY(id);

    // Queued: hold works, release does not (nothing to release).
    QVERIFY(!store.release(*id));
    QVERIFY(store.errorString().contains(QLatin1String("cannot become")));
    QVERIFY(store.hold(*id, QStringLiteral("wait for Bob")));
    QCOMPARE(store.message(*id)->state, MessageState::Held);
    QCOMPARE(store.message(*id)->reason, QStringLiteral("wait for Bob"));
    QVERIFY(!store.hold(*id)); // already held
    QVERIFY(!store.claimNextDue());
    QVERIFY(store.release(*id));
    QCOMPARE(store.message(*id)->state, MessageState::Queued);
    QVERIFY(store.message(*id)->reason.isEmpty());
    QVERIFY(!store.claimNextDue()); // still not before its time

    // retryNow makes it due at once, send-later time included.
    QVERIFY(store.retryNow(*id));
    QVERIFY(!store.message(*id)->notBefore.isValid());
    const std::optional<OutboxMessage> claimed = store.claimNextDue();
    QVERIFY(claimed);

    // Sending: nobody may hold, retry, release or delete it; the spool file stays.
    QVERIFY(!store.hold(*id));
    QVERIFY(!store.retryNow(*id));
    QVERIFY(!store.release(*id));
    QVERIFY(!store.remove(*id));
    QVERIFY2(
        store.errorString().contains(QLatin1String("being sent")), qPrintable(store.errorString()));
    QCOMPARE(store.message(*id)->state, MessageState::Sending);
    QVERIFY(QFile::exists(claimed->spoolFile));

    // Uncertain (recorded by the sender): only the user may send it again. It cannot be held,
    // or hold and release would send it again without the question retry asks.
    OutboxStore::AttemptOutcome uncertain;
    uncertain.state = MessageState::Uncertain;
    uncertain.reason = QStringLiteral("connection lost after the final dot");
    QVERIFY(store.finishAttempt(*id, attemptAt(clock.now, AttemptResult::Uncertain), uncertain));
    QVERIFY(!store.claimNextDue()); // never retried by itself
    QVERIFY(!store.hold(*id));
    QCOMPARE(store.message(*id)->state, MessageState::Uncertain);
    QVERIFY(store.retryNow(*id));
    QCOMPARE(store.message(*id)->state, MessageState::Queued);
    QVERIFY(store.hold(*id));
    QVERIFY(store.retryNow(*id)); // Held → Queued too

    // Sent: history; nothing changes it.
    QVERIFY(store.claimNextDue());
    OutboxStore::AttemptOutcome sent;
    sent.state = MessageState::Sent;
    QVERIFY(store.finishAttempt(*id, attemptAt(clock.now, AttemptResult::Sent), sent));
    QVERIFY(!store.hold(*id));
    QVERIFY(!store.retryNow(*id));
    QVERIFY(!store.release(*id));
    QCOMPARE(store.message(*id)->state, MessageState::Sent);

    // Failed: retry puts it back.
    const std::optional<qint64> failing = enqueueBytes(store, QStringLiteral("work"),
        envelope(Ada, { Ada }), testMessage(QStringLiteral("failing")));
    QVERIFY(failing && store.claimNextDue());
    OutboxStore::AttemptOutcome failed;
    failed.state = MessageState::Failed;
    failed.reason = QStringLiteral("550 no");
    QVERIFY(store.finishAttempt(*failing, attemptAt(clock.now, AttemptResult::Failed), failed));
    QVERIFY(!store.claimNextDue());
    QVERIFY(store.retryNow(*failing));
    QCOMPARE(store.claimNextDue()->id, *failing);

    // Unknown ids are errors, not crashes.
    QVERIFY(!store.hold(999));
    QVERIFY(!store.remove(999));
    QVERIFY(!store.message(999));
    QVERIFY(store.errorString().contains(QLatin1String("999")));
}

void TestOutboxStore::removeKeepsTheMessageRecoverableUntilPurged()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    ManualClock clock;
    OutboxStore store(profile, clock.clock());
    QVERIFY(store.open());
    const std::optional<qint64> id = enqueueBytes(store, QStringLiteral("work"),
        envelope(Ada, { Ada, QStringLiteral("bob@example.org") }),
        testMessage(QStringLiteral("gone")));
    const std::optional<qint64> kept = enqueueBytes(
        store, QStringLiteral("work"), envelope(Ada, { Ada }), testMessage(QStringLiteral("kept")));
    QVERIFY(id && kept);
    QCOMPARE(store.claimNextDue()->id, *id);
    OutboxStore::AttemptOutcome deferred;
    deferred.state = MessageState::Deferred;
    deferred.nextAttemptAt = clock.now.addSecs(60);
    QVERIFY(store.finishAttempt(*id, attemptAt(clock.now, AttemptResult::Deferred), deferred));
    const QString spoolFile = store.message(*id)->spoolFile;
    QVERIFY(QFile::exists(spoolFile));

    // Deleted: in no list, never due, no action applies; but everything is kept.
    QVERIFY2(store.remove(*id), qPrintable(store.errorString()));
    QVERIFY(!store.message(*id));
    QCOMPARE(store.messages().size(), 1);
    QVERIFY(QFile::exists(spoolFile));
    QVERIFY(!store.remove(*id));
    QVERIFY(!store.retryNow(*id));
    QVERIFY(!store.release(*id));
    QVERIFY(!store.hold(*id));
    clock.advance(120);
    QCOMPARE(store.claimNextDue()->id, *kept);
    QVERIFY(!store.claimNextDue());
    QList<OutboxStore::DeletedMessage> deleted = store.deletedMessages();
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().message.id, *id);
    QCOMPARE(deleted.first().message.state, MessageState::Deferred);
    QCOMPARE(deleted.first().message.recipients.size(), 2);
    QCOMPARE(deleted.first().deletedAt, clock.now.addSecs(-120));

    // Restored as it was, with its attempts.
    QVERIFY2(store.restore(*id), qPrintable(store.errorString()));
    QCOMPARE(store.message(*id)->state, MessageState::Deferred);
    QCOMPARE(store.message(*id)->recipients.size(), 2);
    QCOMPARE(store.attempts(*id).size(), 1);
    QVERIFY(store.deletedMessages().isEmpty());
    QVERIFY(!store.restore(*id));
    QVERIFY(!store.restore(999));

    // Deleted again and kept KeepDeletedDays; a store opened after that purges it for good.
    QVERIFY(store.remove(*id));
    clock.advance(qint64(OutboxStore::KeepDeletedDays) * 86400 - 60);
    QCOMPARE(store.purgeDeleted(), 0);
    clock.advance(120);
    {
        OutboxStore later(profile, clock.clock());
        QVERIFY(later.open());
    }
    QVERIFY(store.deletedMessages().isEmpty());
    QVERIFY(!store.restore(*id));
    QVERIFY(!QFile::exists(spoolFile));
    QVERIFY(store.attempts(*id).isEmpty());
    const QueueDatabase db(profile);
    QCOMPARE(
        db.value(QStringLiteral("SELECT COUNT(*) FROM recipients WHERE message_id = ?"), { *id })
            .toInt(),
        0);
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM attempts WHERE message_id = ?"), { *id })
                 .toInt(),
        0);
    // The other message is untouched.
    QCOMPARE(store.messages().size(), 1);
    QVERIFY(QFile::exists(store.message(*kept)->spoolFile));
    QCOMPARE(spoolEntries(profile).size(), 1);
}

void TestOutboxStore::finishAttemptRecordsRecipients()
{
    QTemporaryDir dir;
    ManualClock clock;
    const QDateTime start = clock.now;
    OutboxStore store(profileIn(dir), clock.clock());
    QVERIFY(store.open());
    const QString ok = QStringLiteral("ok@example.org");
    const QString refused = QStringLiteral("refused@example.org");
    const QString later = QStringLiteral("later@example.org");
    const QString untried = QStringLiteral("untried@example.org");
    const std::optional<qint64> id = enqueueBytes(store, QStringLiteral("work"),
        envelope(Ada, { ok, refused, later, untried }), testMessage(QStringLiteral("rcpts")));
    QVERIFY(id);
    QVERIFY(store.claimNextDue());

    OutboxAttempt first = attemptAt(start, AttemptResult::Deferred);
    first.errorCode = QStringLiteral("TransientFailure");
    first.errorText = QStringLiteral("1 recipient deferred");
    OutboxStore::AttemptOutcome outcome;
    outcome.state = MessageState::Deferred;
    outcome.reason = QStringLiteral("later@example.org deferred");
    outcome.nextAttemptAt = start.addSecs(60);
    outcome.recipientResults = { result(ok, reply(250, "2.1.5", "OK")),
        result(refused, reply(550, "5.1.1", "no such user")),
        result(later, reply(450, "4.2.0", "mailbox busy")), result(untried, SmtpReply {}) };
    QVERIFY2(store.finishAttempt(*id, first, outcome), qPrintable(store.errorString()));

    std::optional<OutboxMessage> m = store.message(*id);
    QCOMPARE(m->state, MessageState::Deferred);
    QCOMPARE(m->reason, outcome.reason);
    QCOMPARE(m->nextAttemptAt, start.addSecs(60));
    QCOMPARE(m->attemptCount, 1);
    QCOMPARE(m->recipients.size(), 4);
    QCOMPARE(m->recipients[0].state, RecipientState::Accepted);
    QCOMPARE(m->recipients[0].lastReply.code, 250);
    QCOMPARE(m->recipients[1].state, RecipientState::Failed);
    QCOMPARE(m->recipients[1].lastReply.code, 550);
    QCOMPARE(m->recipients[1].lastReply.enhancedCode, QByteArray("5.1.1"));
    QCOMPARE(m->recipients[1].lastReply.text(), QStringLiteral("no such user"));
    QCOMPARE(m->recipients[2].state, RecipientState::Pending);
    QCOMPARE(m->recipients[2].lastReply.code, 450);
    QCOMPARE(m->recipients[3].state, RecipientState::Pending);
    QCOMPARE(m->recipients[3].lastReply.code, 0);
    // Only those may go out again: never the accepted one, never the refused one.
    QCOMPARE(m->pendingRecipients(), (QStringList { later, untried }));
    QCOMPARE(m->envelope.recipients, (QStringList { ok, refused, later, untried }));

    // The attempt is kept exactly, to the millisecond.
    QList<OutboxAttempt> attempts = store.attempts(*id);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts[0].startedAt, first.startedAt);
    QCOMPARE(attempts[0].endedAt, first.endedAt);
    QCOMPARE(attempts[0].server, first.server);
    QCOMPARE(toString(attempts[0].result), toString(first.result));
    QCOMPARE(attempts[0].errorCode, first.errorCode);
    QCOMPARE(attempts[0].errorText, first.errorText);
    QCOMPARE(attempts[0].transcript, first.transcript);

    // Second attempt: a confused result list that also says "550" for the accepted recipient
    // must not take back its acceptance.
    clock.now = start.addSecs(60);
    QVERIFY(store.claimNextDue());
    OutboxStore::AttemptOutcome done;
    done.state = MessageState::Sent;
    done.queueId = QStringLiteral("4F2A1");
    done.recipientResults
        = { result(later, reply(250, "2.1.5", "OK")), result(untried, reply(250, "2.1.5", "OK")),
              result(ok, reply(550, "5.1.1", "changed my mind")) };
    const OutboxAttempt second = attemptAt(clock.now, AttemptResult::Sent);
    QVERIFY(store.finishAttempt(*id, second, done));
    m = store.message(*id);
    QCOMPARE(m->state, MessageState::Sent);
    QCOMPARE(m->queueId, QStringLiteral("4F2A1"));
    QCOMPARE(m->sentAt, second.endedAt);
    QCOMPARE(m->attemptCount, 2);
    QCOMPARE(m->recipients[0].state, RecipientState::Accepted);
    QCOMPARE(m->recipients[0].lastReply.code, 250);
    QCOMPARE(m->recipients[1].state, RecipientState::Failed);
    QCOMPARE(m->recipients[2].state, RecipientState::Accepted);
    QCOMPARE(m->recipients[3].state, RecipientState::Accepted);
    QVERIFY(m->pendingRecipients().isEmpty());
    attempts = store.attempts(*id);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(toString(attempts[1].result), QStringLiteral("sent"));
    // Kept by the name the queue database has always held, so older databases still read.
    QCOMPARE(QueueDatabase(profileIn(dir))
                 .value(QStringLiteral("SELECT result FROM attempts ORDER BY id")),
        QVariant(QStringLiteral("deferred")));
    QVERIFY(!store.claimNextDue());
}

void TestOutboxStore::finishAttemptNeedsTheClaim()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    OutboxStore owner(profile);
    OutboxStore intruder(profile);
    QVERIFY(owner.open() && intruder.open());
    const std::optional<qint64> id = enqueueBytes(owner, QStringLiteral("work"),
        envelope(Ada, { Ada }), testMessage(QStringLiteral("claim")));
    QVERIFY(id);

    OutboxStore::AttemptOutcome sent;
    sent.state = MessageState::Sent;
    // Not claimed at all, then claimed by somebody else: refused, and nothing is recorded.
    QVERIFY(!intruder.finishAttempt(*id, attemptAt(owner.now(), AttemptResult::Sent), sent));
    QVERIFY(owner.claimNextDue());
    QVERIFY(!intruder.finishAttempt(*id, attemptAt(owner.now(), AttemptResult::Sent), sent));
    QVERIFY(intruder.errorString().contains(QLatin1String("not claimed")));
    QVERIFY(owner.attempts(*id).isEmpty());
    QCOMPARE(owner.message(*id)->state, MessageState::Sending);
    QCOMPARE(owner.message(*id)->attemptCount, 0);
    QVERIFY(owner.finishAttempt(*id, attemptAt(owner.now(), AttemptResult::Sent), sent));
    QCOMPARE(owner.attempts(*id).size(), 1);
}

void TestOutboxStore::recoverAbandonedClaims()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    OutboxStore survivor(profile);
    QVERIFY(survivor.open());
    qint64 before = 0, after = 0, mine = 0;
    {
        auto dying = std::make_unique<OutboxStore>(profile);
        QVERIFY(dying->open());
        before = *enqueueBytes(*dying, QStringLiteral("work"), envelope(Ada, { Ada }),
            testMessage(QStringLiteral("a")));
        after = *enqueueBytes(*dying, QStringLiteral("work"), envelope(Ada, { Ada }),
            testMessage(QStringLiteral("b")));
        mine = *enqueueBytes(*dying, QStringLiteral("work"), envelope(Ada, { Ada }),
            testMessage(QStringLiteral("c")));
        QCOMPARE(dying->claimNextDue()->id, before);
        QCOMPARE(dying->claimNextDue()->id, after);
        QVERIFY(dying->markFinalDotImminent(after));
        QCOMPARE(survivor.claimNextDue()->id, mine);

        // While its owner lives (holds its lock), a claim is nobody else's business.
        QCOMPARE(survivor.recoverAbandonedClaims(), 0);
        QCOMPARE(survivor.message(before)->state, MessageState::Sending);
        QCOMPARE(survivor.message(after)->state, MessageState::Sending);
        QVERIFY(QFile::exists(profile.path() + QStringLiteral("/locks/") + dying->claimantId()
            + QStringLiteral(".lock")));
    } // its lock is released: the owner is gone

    QCOMPARE(survivor.recoverAbandonedClaims(), 2);
    const OutboxMessage a = *survivor.message(before);
    const OutboxMessage b = *survivor.message(after);
    QCOMPARE(a.state, MessageState::Queued);
    QVERIFY(a.reason.contains(QLatin1String("before the message was complete")));
    QCOMPARE(b.state, MessageState::Uncertain);
    QVERIFY(b.reason.contains(QLatin1String("may have it")));
    // Our own claim is not touched, and nothing is recovered twice.
    QCOMPARE(survivor.message(mine)->state, MessageState::Sending);
    QCOMPARE(survivor.recoverAbandonedClaims(), 0);
    // The recovered message can be claimed again; the uncertain one cannot.
    QCOMPARE(survivor.claimNextDue()->id, before);
    QVERIFY(!survivor.claimNextDue());
}

void TestOutboxStore::recoverClaimsOfAKilledProcess()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    OutboxStore store(profile);
    QVERIFY(store.open());
    const qint64 first = *enqueueBytes(
        store, QStringLiteral("work"), envelope(Ada, { Ada }), testMessage(QStringLiteral("a")));
    const qint64 second = *enqueueBytes(
        store, QStringLiteral("work"), envelope(Ada, { Ada }), testMessage(QStringLiteral("b")));

    // A child process claims both, reaches the final dot of the second and dies by SIGKILL:
    // no destructor runs, its lock file stays behind with a dead pid in it.
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        auto *doomed = new OutboxStore(profile);
        if (!doomed->open() || !doomed->claimNextDue() || !doomed->claimNextDue()
            || !doomed->markFinalDotImminent(second))
            ::_exit(3);
        ::raise(SIGKILL);
        ::_exit(4);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
        "the child did not get as far as its claims");
    QCOMPARE(store.message(first)->state, MessageState::Sending);
    QCOMPARE(store.message(second)->state, MessageState::Sending);
    QCOMPARE(QDir(profile.path() + QStringLiteral("/locks")).entryList(QDir::Files).size(), 2);

    QCOMPARE(store.recoverAbandonedClaims(), 2);
    QCOMPARE(store.message(first)->state, MessageState::Queued);
    QCOMPARE(store.message(second)->state, MessageState::Uncertain);
    // The dead lock file is cleaned up; ours stays.
    QCOMPARE(QDir(profile.path() + QStringLiteral("/locks")).entryList(QDir::Files),
        QStringList { store.claimantId() + QStringLiteral(".lock") });
}

void TestOutboxStore::holdAccount()
{
    QTemporaryDir dir;
    ManualClock clock;
    OutboxStore store(profileIn(dir), clock.clock());
    QVERIFY(store.open());
    auto add = [&](const QString &account, const QString &tag) {
        return *enqueueBytes(store, account, envelope(Ada, { Ada }), testMessage(tag));
    };
    const qint64 sending = add(QStringLiteral("work"), QStringLiteral("sending"));
    const qint64 deferred = add(QStringLiteral("work"), QStringLiteral("deferred"));
    const qint64 failed = add(QStringLiteral("work"), QStringLiteral("failed"));
    const qint64 queued = add(QStringLiteral("work"), QStringLiteral("queued"));
    const qint64 otherAccount = add(QStringLiteral("home"), QStringLiteral("home"));
    QCOMPARE(store.claimNextDue()->id, sending);
    QCOMPARE(store.claimNextDue()->id, deferred);
    QCOMPARE(store.claimNextDue()->id, failed);
    OutboxStore::AttemptOutcome outcome;
    outcome.state = MessageState::Deferred;
    outcome.nextAttemptAt = clock.now.addSecs(60);
    QVERIFY(store.finishAttempt(deferred, attemptAt(clock.now, AttemptResult::Deferred), outcome));
    outcome.state = MessageState::Failed;
    QVERIFY(store.finishAttempt(failed, attemptAt(clock.now, AttemptResult::Failed), outcome));

    QCOMPARE(store.holdAccount(QStringLiteral("work"), QStringLiteral("535 bad password")), 2);
    QCOMPARE(store.message(queued)->state, MessageState::Held);
    QCOMPARE(store.message(queued)->reason, QStringLiteral("535 bad password"));
    QCOMPARE(store.message(deferred)->state, MessageState::Held);
    QCOMPARE(store.message(sending)->state, MessageState::Sending); // its sender records it
    QCOMPARE(store.message(failed)->state, MessageState::Failed);
    QCOMPARE(store.message(otherAccount)->state, MessageState::Queued);
    QCOMPARE(store.holdAccount(QStringLiteral("nobody"), QStringLiteral("x")), 0);
}

void TestOutboxStore::seesWhatAnotherStoreCommits()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    OutboxStore watcher(profile); // a long-running process: the GUI, or `queue run`
    OutboxStore other(profile); // outboundctl enqueue
    QVERIFY(watcher.open() && other.open());
    (void)watcher.changedElsewhere(); // baseline

    // Every question the scheduler asks of an empty queue, then another process enqueues.
    QVERIFY(!watcher.nextDueTime().isValid());
    QVERIFY(watcher.accountsWithDueMessages().isEmpty());
    QVERIFY(!watcher.claimNextDue());
    QVERIFY(!watcher.changedElsewhere());
    const std::optional<qint64> id = enqueueBytes(
        other, QStringLiteral("work"), envelope(Ada, { Ada }), testMessage(QStringLiteral("x")));
    QVERIFY(id);

    QVERIFY(watcher.changedElsewhere());
    QVERIFY(!watcher.changedElsewhere()); // once
    QVERIFY(watcher.nextDueTime().isValid());
    QCOMPARE(watcher.accountsWithDueMessages(), QStringList { QStringLiteral("work") });
    const std::optional<OutboxMessage> claimed = watcher.claimNextDue();
    QVERIFY2(claimed, qPrintable(watcher.errorString()));
    QCOMPARE(claimed->id, *id);
    // Its own commits are not news to it; the other store sees them.
    QVERIFY(!watcher.changedElsewhere());
    QCOMPARE(other.message(*id)->state, MessageState::Sending);
}

void TestOutboxStore::orphanSpoolFilesAreSweptWhenOld()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    QString referenced;
    {
        OutboxStore store(profile);
        QVERIFY(store.open());
        const qint64 id = *enqueueBytes(store, QStringLiteral("work"), envelope(Ada, { Ada }),
            testMessage(QStringLiteral("x")));
        referenced = store.message(id)->spoolFile;
    }
    // What a crash between the spool file and its row leaves: one old, one just written.
    auto orphan = [&](const QString &name, qint64 ageSeconds) {
        QFile file(profile.spoolDir() + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("orphan");
        QVERIFY(file.flush()); // or closing would write, and set the time again
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-ageSeconds);
        QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
    };
    orphan(QStringLiteral("old.eml"), 3600);
    orphan(QStringLiteral("fresh.eml"), 5);
    // A referenced file is never debris, however old.
    {
        QFile file(referenced);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(
            QDateTime::currentDateTimeUtc().addDays(-30), QFileDevice::FileModificationTime));
    }

    OutboxStore store(profile);
    QVERIFY(store.open());
    // Not at open(), which reads no spool file (openReadsNoSpoolFile()): in the background
    // pass, a bounded step at a time, each step looking at no more than it is told.
    QVERIFY(QFile::exists(profile.spoolDir() + QStringLiteral("/old.eml")));
    int steps = 0, removed = 0;
    for (bool done = false; !done; ++steps) {
        int removedNow = 0;
        done = store.sweepSpool(1, &removedNow);
        removed += removedNow;
        QVERIFY(steps < 10);
    }
    QVERIFY2(steps >= 3, "three entries, one per step");
    QCOMPARE(removed, 1);
    QVERIFY(!QFile::exists(profile.spoolDir() + QStringLiteral("/old.eml")));
    QVERIFY(QFile::exists(
        profile.spoolDir() + QStringLiteral("/fresh.eml"))); // may be an enqueue in progress
    QVERIFY(QFile::exists(referenced));
    // The next pass starts again from the top, and finds nothing more to do.
    QVERIFY(store.sweepSpool(100, &removed));
    QCOMPARE(removed, 0);
}

// Opening costs the same whatever the outbox holds: open() lists no spool folder and reads no
// row per message. Proven by what it leaves alone: old debris that any look at the spool
// would have removed, beside a few thousand messages.
void TestOutboxStore::openReadsNoSpoolFile()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    {
        OutboxStore store(profile);
        QVERIFY(store.open());
        OutboxStore::Batch batch(&store);
        for (int i = 0; i < 2000; ++i) {
            QBuffer message;
            message.setData(testMessage(QString::number(i)));
            QVERIFY(message.open(QIODevice::ReadOnly));
            QVERIFY2(batch.add(QStringLiteral("work"), envelope(Ada, { Ada }), &message, {}),
                qPrintable(batch.errorString()));
        }
        QVERIFY2(batch.commit(), qPrintable(batch.errorString()));
    }
    const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-1);
    QStringList debris;
    for (int i = 0; i < 200; ++i) {
        QFile file(profile.spoolDir() + QStringLiteral("/debris-%1.eml").arg(i));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("debris");
        QVERIFY(file.flush());
        QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
        debris << file.fileName();
    }
    for (int i = 0; i < 3; ++i) { // an enqueue's open, and the app's
        OutboxStore store(profile);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY(enqueueBytes(store, QStringLiteral("work"), envelope(Ada, { Ada }),
            testMessage(QStringLiteral("one more"))));
    }
    for (const QString &file : std::as_const(debris))
        QVERIFY2(QFile::exists(file), qPrintable(file));
    QCOMPARE(spoolEntries(profile).size(), 2000 + 200 + 3);

    // The background pass is what removes them, and nothing else.
    OutboxStore store(profile);
    QVERIFY(store.open());
    int removed = 0, total = 0;
    for (bool done = false; !done; total += removed)
        done = store.sweepSpool(500, &removed);
    QCOMPARE(total, 200);
    QCOMPARE(spoolEntries(profile).size(), 2003);
    for (const OutboxMessage &m : store.messages())
        QVERIFY2(QFile::exists(m.spoolFile), qPrintable(m.spoolFile));
}

// A process killed while enqueueing leaves a spool file without a row (and a batch, files
// not yet renamed); its lock file stays, with a dead pid in it. Whoever next recovers claims
// finds the lock dead and removes that debris at once, however young, and nothing of any
// other process, nor the dead one's own committed messages.
void TestOutboxStore::debrisOfAKilledProcessGoesWhenItsLockIsFoundDead()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    OutboxStore store(profile);
    QVERIFY(store.open());
    const qint64 mine = *enqueueBytes(
        store, QStringLiteral("work"), envelope(Ada, { Ada }), testMessage(QStringLiteral("a")));
    QString inFlight; // a live process's enqueue between its file and its row
    {
        QString error;
        const std::optional<OutboxStore::SpoolFile> file = OutboxStore::spool(
            profile,
            [](QIODevice *out, QString *) {
                return out->write(testMessage(QStringLiteral("in flight"))) > 0;
            },
            &error, nullptr, store.claimantId());
        QVERIFY2(file, qPrintable(error));
        inFlight = file->path;
    }

    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        auto *doomed = new OutboxStore(profile);
        if (!doomed->open())
            ::_exit(3);
        QBuffer committed;
        committed.setData(testMessage(QStringLiteral("committed")));
        committed.open(QIODevice::ReadOnly);
        if (!doomed->enqueue(QStringLiteral("work"), envelope(Ada, { Ada }), &committed, {}))
            ::_exit(4);
        QString error;
        // Killed between the file and the row of one message, and in the middle of a batch.
        if (!OutboxStore::spool(
                profile,
                [](QIODevice *out, QString *) {
                    return out->write(testMessage(QStringLiteral("orphan"))) > 0;
                },
                &error, nullptr, doomed->claimantId()))
            ::_exit(5);
        auto *batch = new OutboxStore::Batch(doomed);
        for (const char *tag : { "b1", "b2" }) {
            QBuffer message;
            message.setData(testMessage(QString::fromLatin1(tag)));
            message.open(QIODevice::ReadOnly);
            if (!batch->add(QStringLiteral("work"), envelope(Ada, { Ada }), &message, {}))
                ::_exit(6);
        }
        QFile part(profile.spoolDir() + QLatin1Char('/') + doomed->claimantId()
            + QStringLiteral(".half-written.part"));
        if (!part.open(QIODevice::WriteOnly) || part.write("From: ") < 0 || !part.flush())
            ::_exit(7);
        ::raise(SIGKILL);
        ::_exit(8);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
        qPrintable(QStringLiteral("the child stopped early: %1").arg(WEXITSTATUS(status))));
    QCOMPARE(store.messages().size(), 2);
    QCOMPARE(spoolEntries(profile).size(), 2 + 1 + 1 + 2 + 1);

    // A new store opens without looking; the next recovery finds the dead lock.
    OutboxStore next(profile);
    QVERIFY(next.open());
    QCOMPARE(spoolEntries(profile).size(), 7);
    QCOMPARE(next.recoverAbandonedClaims(), 0); // it claimed nothing
    QStringList expected { QFileInfo(inFlight).fileName() };
    for (const OutboxMessage &m : next.messages())
        expected << QFileInfo(m.spoolFile).fileName();
    expected.sort();
    QCOMPARE(spoolEntries(profile), expected);
    QVERIFY(QFile::exists(store.message(mine)->spoolFile));
    // Its lock file went once its debris had; ours and the other live store's stay.
    QStringList locks { store.claimantId() + QStringLiteral(".lock"),
        next.claimantId() + QStringLiteral(".lock") };
    locks.sort();
    QCOMPARE(QDir(profile.path() + QStringLiteral("/locks")).entryList(QDir::Files), locks);
    QFile::remove(inFlight);
}

void TestOutboxStore::batchEnqueueIsDurableAndInOrder()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    ManualClock clock;
    OutboxStore store(profile, clock.clock());
    QVERIFY(store.open());
    OutboxStore::Batch batch(&store);
    QList<QByteArray> bytes;
    for (int i = 0; i < 5; ++i) {
        bytes << testMessage(QStringLiteral("batch-%1").arg(i)) + "\r\n.\r\nno newline";
        QBuffer message;
        message.setData(bytes.last());
        QVERIFY(message.open(QIODevice::ReadOnly));
        OutboxStore::EnqueueOptions options { QStringLiteral("subject %1").arg(i), {}, i == 3 };
        QVERIFY2(batch.add(QStringLiteral("work"),
                     envelope(Ada, { Ada, QStringLiteral("bob%1@example.org").arg(i) }), &message,
                     options),
            qPrintable(batch.errorString()));
    }
    QCOMPARE(batch.size(), 5);
    // Nothing is in the outbox before the commit: another process sees no row.
    OutboxStore other(profile);
    QVERIFY(other.open());
    QVERIFY(other.messages().isEmpty());

    const std::optional<QList<qint64>> ids = batch.commit();
    QVERIFY2(ids, qPrintable(batch.errorString()));
    QCOMPARE(ids->size(), 5);
    QCOMPARE(batch.size(), 0);
    for (int i = 0; i < 5; ++i) {
        const std::optional<OutboxMessage> m = other.message(ids->at(i));
        QVERIFY(m);
        if (i > 0)
            QVERIFY(ids->at(i) > ids->at(i - 1));
        QCOMPARE(m->state, i == 3 ? MessageState::Held : MessageState::Queued);
        QCOMPARE(m->subject, QStringLiteral("subject %1").arg(i));
        QCOMPARE(m->envelope.recipients.size(), 2);
        QCOMPARE(m->size, qint64(bytes[i].size()));
        QCOMPARE(m->createdAt, clock.now);
        QFile spool(m->spoolFile);
        QVERIFY(spool.open(QIODevice::ReadOnly));
        QCOMPARE(spool.readAll(), bytes[i]);
        QCOMPARE(spool.permissions()
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
    }
    // No file but the five: nothing unfinished left, and an empty commit is no error.
    QCOMPARE(spoolEntries(profile).size(), 5);
    QVERIFY(!spoolEntries(profile).join(QLatin1Char(' ')).contains(QLatin1String(".part")));
    QCOMPARE(batch.commit()->size(), 0);
    // The rows were committed with synchronous=FULL, and the store is back to NORMAL after.
    const QueueDatabase db(profile);
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM recipients")).toInt(), 10);
}

void TestOutboxStore::batchWithABadMessageLeavesNothing_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QString>("reason");
    QTest::newRow("NUL") << testMessage(QStringLiteral("nul"), QByteArray("a\0b\r\n", 5))
                         << QStringList { Ada } << QStringLiteral("NUL byte");
    QTest::newRow("999-octet line")
        << testMessage(QStringLiteral("long"), QByteArray(999, 'x') + "\r\n") << QStringList { Ada }
        << QStringLiteral("line 6 ");
    QTest::newRow("empty") << QByteArray() << QStringList { Ada } << QStringLiteral("empty");
    QTest::newRow("no recipients") << testMessage(QStringLiteral("nobody")) << QStringList()
                                   << QStringLiteral("no recipients");
}

// outboundctl enqueue's all-or-nothing: a bad message in the middle is refused with a clear
// reason, nothing of it is left, and giving up the batch leaves nothing of the others either.
void TestOutboxStore::batchWithABadMessageLeavesNothing()
{
    QFETCH(QByteArray, bad);
    QFETCH(QStringList, recipients);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    OutboxStore store(profile);
    QVERIFY(store.open());
    auto add = [&](OutboxStore::Batch &batch, const QByteArray &bytes, const QStringList &to) {
        QBuffer message;
        message.setData(bytes);
        message.open(QIODevice::ReadOnly);
        return batch.add(QStringLiteral("work"), envelope(Ada, to), &message, {});
    };
    {
        OutboxStore::Batch batch(&store);
        QVERIFY(add(batch, testMessage(QStringLiteral("first")), { Ada }));
        QVERIFY(add(batch, testMessage(QStringLiteral("second")), { Ada }));
        QVERIFY(!add(batch, bad, recipients));
        QVERIFY2(batch.errorString().contains(reason), qPrintable(batch.errorString()));
        QCOMPARE(batch.size(), 2); // the bad one is not in it
        QCOMPARE(spoolEntries(profile).size(), 2);
    } // given up
    QVERIFY(store.messages().isEmpty());
    QCOMPARE(spoolEntries(profile), QStringList());

    // Going on without it is the caller's choice: the others go in whole.
    OutboxStore::Batch batch(&store);
    QVERIFY(add(batch, testMessage(QStringLiteral("first")), { Ada }));
    QVERIFY(!add(batch, bad, recipients));
    QVERIFY(add(batch, testMessage(QStringLiteral("third")), { Ada }));
    const std::optional<QList<qint64>> ids = batch.commit();
    QVERIFY2(ids, qPrintable(batch.errorString()));
    QCOMPARE(ids->size(), 2);
    QCOMPARE(store.messages().size(), 2);
    QCOMPARE(spoolEntries(profile).size(), 2);
}

// The rows cannot be written (the database's log may not grow): no row, no file of the batch.
void TestOutboxStore::batchCommitFailureLeavesNothing()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    OutboxStore store(profile);
    QVERIFY(store.open());
    const qint64 first = *enqueueBytes(store, QStringLiteral("work"), envelope(Ada, { Ada }),
        testMessage(QStringLiteral("first")));
    const QFileInfo wal(profile.queueDatabase() + QStringLiteral("-wal"));
    QVERIFY(wal.exists());
    OutboxStore::Batch batch(&store);
    for (int i = 0; i < 50; ++i) {
        QBuffer message;
        message.setData(testMessage(QStringLiteral("batch-%1").arg(i)));
        QVERIFY(message.open(QIODevice::ReadOnly));
        QVERIFY(batch.add(QStringLiteral("work"), envelope(Ada, { Ada }), &message, {}));
    }
    std::optional<QList<qint64>> ids;
    {
        FileSizeLimit limit(rlim_t(QFileInfo(wal.filePath()).size()));
        QVERIFY(limit.isActive());
        ids = batch.commit();
    }
    QVERIFY(!ids);
    QVERIFY2(batch.errorString().contains(QLatin1String("queue database")),
        qPrintable(batch.errorString()));
    QCOMPARE(batch.size(), 0);
    QCOMPARE(store.messages().size(), 1);
    QCOMPARE(spoolEntries(profile),
        QStringList { QFileInfo(store.message(first)->spoolFile).fileName() });
    const QueueDatabase db(profile);
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM recipients")).toInt(), 1);
}

void TestOutboxStore::fullDiskDuringSpoolWrite()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    OutboxStore store(profile);
    QVERIFY(store.open());

    QByteArray lines; // valid SMTP data: only the disk is in the way
    while (lines.size() < 512 * 1024)
        lines += QByteArray(76, 'x') + "\r\n";
    const QByteArray big = testMessage(QStringLiteral("big"), lines);
    std::optional<qint64> id;
    {
        FileSizeLimit limit(64 * 1024);
        QVERIFY(limit.isActive());
        id = enqueueBytes(store, QStringLiteral("work"), envelope(Ada, { Ada }), big);
    }
    QVERIFY(!id);
    // Clear: says what could not be written and why.
    QVERIFY2(store.errorString().contains(QLatin1String("File too large")),
        qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(QLatin1String("spool")), qPrintable(store.errorString()));
    // Nothing half-written: no row, no file (not even a temporary one).
    QVERIFY(store.messages().isEmpty());
    QCOMPARE(spoolEntries(profile), QStringList());

    // With space again, the same message goes in whole.
    id = enqueueBytes(store, QStringLiteral("work"), envelope(Ada, { Ada }), big);
    QVERIFY2(id, qPrintable(store.errorString()));
    QFile spool(store.message(*id)->spoolFile);
    QVERIFY(spool.open(QIODevice::ReadOnly));
    QCOMPARE(spool.readAll(), big);
}

void TestOutboxStore::fullDiskDuringDatabaseCommit()
{
    QTemporaryDir dir;
    const Profile profile = profileIn(dir);
    OutboxStore store(profile);
    QVERIFY(store.open());
    QVERIFY(enqueueBytes(store, QStringLiteral("work"), envelope(Ada, { Ada }),
        testMessage(QStringLiteral("first"))));
    const QFileInfo wal(profile.queueDatabase() + QStringLiteral("-wal"));
    QVERIFY2(wal.exists() && wal.size() > 4096, "expected a write-ahead log with the schema in it");

    // The spool file (small) fits; the database's write-ahead log may not grow at all.
    const QByteArray small = testMessage(QStringLiteral("second"));
    std::optional<qint64> id;
    {
        FileSizeLimit limit(rlim_t(QFileInfo(wal.filePath()).size()));
        QVERIFY(limit.isActive());
        id = enqueueBytes(store, QStringLiteral("work"),
            envelope(Ada, { Ada, QStringLiteral("bob@example.org") }), small);
    }
    QVERIFY(!id);
    QVERIFY2(store.errorString().contains(QLatin1String("queue database")),
        qPrintable(store.errorString()));
    // The spool file written before the row is taken back; the first message is intact.
    QCOMPARE(spoolEntries(profile).size(), 1);
    const QList<OutboxMessage> messages = store.messages();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(QFileInfo(messages[0].spoolFile).fileName(), spoolEntries(profile).first());
    const QueueDatabase db(profile);
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM recipients")).toInt(), 1);

    // The database still works afterwards.
    id = enqueueBytes(store, QStringLiteral("work"), envelope(Ada, { Ada }), small);
    QVERIFY2(id, qPrintable(store.errorString()));
    QCOMPARE(store.messages().size(), 2);
    QCOMPARE(spoolEntries(profile).size(), 2);
}

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outboxstore.moc"
