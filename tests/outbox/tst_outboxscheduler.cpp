// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// OutboxScheduler against real servers (aiosmtpd) and the scripted hostile server: what each
// server received, attempt by attempt, and what the store says afterwards. Time as the outbox
// sees it (backoff, expiry) is a clock the test moves; the network runs in real time.
#include "outboxtesting.h"
#include "serverprocess.h"
#include "testca.h"
#include "transcriptcheck.h"

#include "outbox/outboxscheduler.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace OutboxTesting;

namespace {

const QString Ada = QStringLiteral("ada@example.org");

// One store, one scheduler, the accounts the scheduler may look up, and what it reported.
class Harness
{
public:
    Harness()
        : profile(profileIn(dir))
        , store(profile, clock.clock())
    {
        open = store.open();
        scheduler = std::make_unique<OutboxScheduler>(&store, [this](const QString &name) {
            return accounts.contains(name) ? std::optional<Account>(accounts.value(name))
                                           : std::nullopt;
        });
        scheduler->setSessionSettingsHook([](SmtpServerSettings *settings) {
            settings->timeouts = SmtpTimeouts::uniform(5000);
            settings->trust.caFile = TestCa::instance().caCertPath();
        });
        QObject::connect(scheduler.get(), &OutboxScheduler::transcriptEntry,
            [this](qint64 id, const TranscriptEntry &entry) {
                sessionsOf[id].insert(entry.sessionId);
                sessions.insert(entry.sessionId);
            });
        QObject::connect(scheduler.get(), &OutboxScheduler::accountNeedsAttention,
            [this](const QString &account, const QString &reason) {
                attention << account + QStringLiteral(": ") + reason;
            });
        QObject::connect(scheduler.get(), &OutboxScheduler::messageChanged,
            [this](qint64) { peakInFlight = qMax(peakInFlight, scheduler->messagesInFlight()); });
    }

    qint64 add(const QString &account, const QString &tag, const QStringList &to = { Ada })
    {
        const std::optional<qint64> id
            = enqueueBytes(store, account, envelope(Ada, to), testMessage(tag));
        if (!id)
            qWarning("enqueue failed: %s", qPrintable(store.errorString()));
        return id.value_or(-1);
    }

    // flush() and wait for idle(); false if it never came.
    bool flush(int timeoutMs = 20000)
    {
        QSignalSpy idle(scheduler.get(), &OutboxScheduler::idle);
        scheduler->flush();
        return idle.wait(timeoutMs);
    }

    OutboxMessage message(qint64 id) { return store.message(id).value_or(OutboxMessage {}); }
    QStringList results(qint64 id)
    {
        QStringList list;
        for (const OutboxAttempt &a : store.attempts(id))
            list << toString(a.result);
        return list;
    }

    QTemporaryDir dir;
    ManualClock clock;
    Profile profile;
    OutboxStore store;
    bool open = false;
    QHash<QString, Account> accounts;
    std::unique_ptr<OutboxScheduler> scheduler;
    QHash<qint64, QSet<quint64>> sessionsOf;
    QSet<quint64> sessions;
    QStringList attention;
    int peakInFlight = 0;
};

// A plain server that takes the message whole and then says 451 at the final dot.
QString tempfailAtEndOfData(int recipients = 1)
{
    QString s = QStringLiteral("S: 220 scripted ESMTP\nC: EHLO client.test\nS: 250 scripted\n"
                               "C: MAIL FROM:<ada@example.org>*\nS: 250 2.1.0 ok\n");
    for (int i = 0; i < recipients; ++i)
        s += QStringLiteral("C: RCPT TO:<*>*\nS: 250 2.1.5 ok\n");
    return s
        + QStringLiteral(
            "C: DATA\nS: 354 go ahead\nX: read-data\nS: 451 4.3.0 queue full, try later\n"
            "C: RSET\nS: 250 2.0.0 ok\nC: QUIT\nS: 221 2.0.0 bye\n");
}

QStringList tags(const QList<ReceivedMessage> &messages)
{
    QStringList list;
    for (const ReceivedMessage &m : messages)
        list << messageTag(m.content);
    return list;
}

} // namespace

class TestOutboxScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void delivered();
    void deferredThenDelivered();
    void partialRecipients();
    void tooManyRecipientsSplitsTheMessage();
    void pastMailMaxTheRestGoOverANewConnection();
    void uncertainAfterDropAfterFinalDot();
    void holdAndRelease();
    void backoffAndExpiry();
    void authenticationFailureHoldsTheAccount();
    void missingAccountHoldsItsMessages();
    void unreadableSpoolFileFailsOnlyThatMessage();
    void aConnectionClaimsSeveralAndTellsAfterTheCommit();
    void stopGivesBackWhatWasClaimed();
    void connections_data();
    void connections();
};

void TestOutboxScheduler::initTestCase()
{
    QVERIFY2(TestCa::instance().isValid(), qPrintable(TestCa::instance().errorString()));
}

void TestOutboxScheduler::delivered()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Harness h;
    QVERIFY2(h.open, qPrintable(h.store.errorString()));
    h.accounts.insert(
        QStringLiteral("work"), loopbackAccount(QStringLiteral("work"), server.port()));
    const QStringList to { QStringLiteral("bob@example.org"), QStringLiteral("carol@example.org") };
    const qint64 id = h.add(QStringLiteral("work"), QStringLiteral("delivered"), to);
    QSignalSpy changed(h.scheduler.get(), &OutboxScheduler::messageChanged);

    QVERIFY(h.flush());
    const QList<ReceivedMessage> received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].content, testMessage(QStringLiteral("delivered")));
    QCOMPARE(received[0].mailFrom, Ada);
    QCOMPARE(received[0].rcptTos, to);

    const OutboxMessage m = h.message(id);
    QCOMPARE(m.state, MessageState::Sent);
    QCOMPARE(m.queueId, received[0].id);
    QVERIFY(m.sentAt.isValid());
    QVERIFY(m.reason.isEmpty());
    QCOMPARE(m.attemptCount, 1);
    for (const OutboxRecipient &r : m.recipients)
        QCOMPARE(r.state, RecipientState::Accepted);
    const QList<OutboxAttempt> attempts = h.store.attempts(id);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(toString(attempts[0].result), QStringLiteral("sent"));
    QCOMPARE(attempts[0].server, QStringLiteral("localhost:%1").arg(server.port()));
    QVERIFY(attempts[0].errorCode.isEmpty());
    QVERIFY(attempts[0].transcript.contains(QLatin1String("C: EHLO client.test")));
    QVERIFY(attempts[0].transcript.contains(QLatin1String("C: RCPT TO:<carol@example.org>")));
    QVERIFY(attempts[0].transcript.contains(
        QStringLiteral("S: 250 2.0.0 OK queued as ") + received[0].id));
    QVERIFY(changed.count() >= 2); // sending, then sent
    QVERIFY(changed.contains(QVariantList { id }));
    QVERIFY(h.attention.isEmpty());
}

void TestOutboxScheduler::deferredThenDelivered()
{
    ScriptedServer hostile(tempfailAtEndOfData());
    QVERIFY2(hostile.start(), qPrintable(hostile.errorString()));
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Harness h;
    QVERIFY(h.open);
    RetryPolicy policy;
    policy.firstDelay = std::chrono::seconds(120);
    h.scheduler->setRetryPolicy(policy);
    const QDateTime start = h.clock.now;
    h.accounts.insert(
        QStringLiteral("work"), loopbackAccount(QStringLiteral("work"), hostile.port()));
    const qint64 id = h.add(QStringLiteral("work"), QStringLiteral("deferred"));

    // First attempt: the whole message goes over, and the server says 451 to it.
    QVERIFY(h.flush());
    const ScriptedServer::Record record = hostile.finish();
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    QCOMPARE(record.connections.size(), 1);
    QCOMPARE(record.first().data.size(), 1);
    QCOMPARE(record.first().data[0], testMessage(QStringLiteral("deferred")) + ".\r\n");
    OutboxMessage m = h.message(id);
    QCOMPARE(m.state, MessageState::Deferred);
    QCOMPARE(m.nextAttemptAt, start.addSecs(120));
    QVERIFY2(m.reason.contains(QLatin1String("451")), qPrintable(m.reason));
    QCOMPARE(m.recipients[0].state, RecipientState::Pending);

    // Not due yet: nothing goes out, even to a server that would take it.
    h.accounts[QStringLiteral("work")].smtp.port = server.port();
    h.clock.advance(119);
    QVERIFY(h.flush());
    QCOMPARE(h.message(id).attemptCount, 1);

    h.clock.advance(1);
    QVERIFY(h.flush());
    const QList<ReceivedMessage> received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].content, testMessage(QStringLiteral("deferred")));
    QCOMPARE(received[0].rcptTos, QStringList { Ada });
    m = h.message(id);
    QCOMPARE(m.state, MessageState::Sent);
    QCOMPARE(m.queueId, received[0].id);
    QCOMPARE(h.results(id), (QStringList { QStringLiteral("deferred"), QStringLiteral("sent") }));
    const QList<OutboxAttempt> attempts = h.store.attempts(id);
    QCOMPARE(attempts[0].errorCode, QStringLiteral("TransientFailure"));
    QCOMPARE(attempts[0].server, QStringLiteral("localhost:%1").arg(hostile.port()));
    QVERIFY(attempts[0].transcript.contains(QLatin1String("S: 451 4.3.0 queue full, try later")));
    QCOMPARE(attempts[1].server, QStringLiteral("localhost:%1").arg(server.port()));
    QCOMPARE(attempts[0].startedAt, start);
    QCOMPARE(attempts[1].startedAt, start.addSecs(120));
}

void TestOutboxScheduler::partialRecipients()
{
    SmtpTestServer::Options options;
    options.rejectRcpt = { QStringLiteral("refused@*") };
    options.tempfailRcpt = { QStringLiteral("later@*") };
    SmtpTestServer first(options);
    SmtpTestServer second;
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    Harness h;
    QVERIFY(h.open);
    h.accounts.insert(
        QStringLiteral("work"), loopbackAccount(QStringLiteral("work"), first.port()));
    const QString ok1 = QStringLiteral("ok1@example.org");
    const QString refused = QStringLiteral("refused@example.org");
    const QString later = QStringLiteral("later@example.org");
    const QString ok2 = QStringLiteral("ok2@example.org");
    const qint64 id
        = h.add(QStringLiteral("work"), QStringLiteral("partial"), { ok1, refused, later, ok2 });

    QVERIFY(h.flush());
    QList<ReceivedMessage> received = first.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].rcptTos, (QStringList { ok1, ok2 }));
    OutboxMessage m = h.message(id);
    QCOMPARE(m.state, MessageState::Deferred);
    QVERIFY2(m.reason.contains(later), qPrintable(m.reason));
    QCOMPARE(m.recipients[0].state, RecipientState::Accepted);
    QCOMPARE(m.recipients[1].state, RecipientState::Failed);
    QCOMPARE(m.recipients[1].lastReply.code, 550);
    QCOMPARE(m.recipients[2].state, RecipientState::Pending);
    QCOMPARE(m.recipients[2].lastReply.code, 450);
    QCOMPARE(m.recipients[3].state, RecipientState::Accepted);

    // Next attempt, to a server that takes everyone: only the deferred recipient is sent.
    h.accounts[QStringLiteral("work")].smtp.port = second.port();
    h.clock.advance(3600);
    QVERIFY(h.flush());
    received = second.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].rcptTos, QStringList { later });
    QCOMPARE(received[0].content, testMessage(QStringLiteral("partial")));
    QCOMPARE(first.messages().size(), 1); // nothing more went to the first server
    m = h.message(id);
    QCOMPARE(m.state, MessageState::Sent);
    QCOMPARE(m.recipients[2].state, RecipientState::Accepted);
    QCOMPARE(m.recipients[1].state, RecipientState::Failed);
    // The refused recipient is still reported on the message.
    QVERIFY2(m.reason.contains(refused), qPrintable(m.reason));
    QCOMPARE(h.results(id), (QStringList { QStringLiteral("deferred"), QStringLiteral("sent") }));

    // Nothing is due any more: a third flush sends nothing anywhere.
    h.clock.advance(3600);
    QVERIFY(h.flush());
    QTest::qWait(200);
    QCOMPARE(first.messages().size(), 1);
    QCOMPARE(second.messages().size(), 1);
}

void TestOutboxScheduler::tooManyRecipientsSplitsTheMessage()
{
    // RFC 5321 §4.5.3.1.10: 452 4.5.3 for the second recipient; it goes in a second
    // transaction at once, on the same connection.
    ScriptedServer hostile(
        QStringLiteral("S: 220 scripted ESMTP\nC: EHLO client.test\nS: 250 scripted\n"
                       "C: MAIL FROM:<ada@example.org>*\nS: 250 2.1.0 ok\n"
                       "C: RCPT TO:<r1@example.org>*\nS: 250 2.1.5 ok\n"
                       "C: RCPT TO:<r2@example.org>*\nS: 452 4.5.3 too many recipients\n"
                       "C: DATA\nS: 354 go ahead\nX: read-data\nS: 250 2.0.0 ok queued as FIRST\n"
                       "C: MAIL FROM:<ada@example.org>*\nS: 250 2.1.0 ok\n"
                       "C: RCPT TO:<r2@example.org>*\nS: 250 2.1.5 ok\n"
                       "C: DATA\nS: 354 go ahead\nX: read-data\nS: 250 2.0.0 ok queued as SECOND\n"
                       "C: QUIT\nS: 221 2.0.0 bye\n"));
    QVERIFY2(hostile.start(), qPrintable(hostile.errorString()));
    Harness h;
    QVERIFY(h.open);
    h.accounts.insert(
        QStringLiteral("work"), loopbackAccount(QStringLiteral("work"), hostile.port()));
    const qint64 id = h.add(QStringLiteral("work"), QStringLiteral("split"),
        { QStringLiteral("r1@example.org"), QStringLiteral("r2@example.org") });

    QVERIFY(h.flush());
    const ScriptedServer::Record record = hostile.finish();
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    QCOMPARE(record.connections.size(), 1);
    QCOMPARE(record.first().data.size(), 2);
    QCOMPARE(record.first().data[0], testMessage(QStringLiteral("split")) + ".\r\n");
    QCOMPARE(record.first().data[1], record.first().data[0]);
    const OutboxMessage m = h.message(id);
    QCOMPARE(m.state, MessageState::Sent);
    QCOMPARE(m.queueId, QStringLiteral("SECOND"));
    // The session itself went on with a second transaction: one attempt, sent to both.
    QCOMPARE(h.results(id), QStringList { QStringLiteral("sent") });
    QCOMPARE(m.recipients[0].state, RecipientState::Accepted);
    QCOMPARE(m.recipients[1].state, RecipientState::Accepted);
}

void TestOutboxScheduler::pastMailMaxTheRestGoOverANewConnection()
{
    // RFC 9422 LIMITS MAILMAX=1 RCPTMAX=1: one recipient per connection; the second is due
    // again at once and goes over a new connection.
    ScriptedServer hostile(
        QStringLiteral("S: 220 scripted ESMTP\nC: EHLO client.test\nS: 250-scripted\n"
                       "S: 250 LIMITS MAILMAX=1 RCPTMAX=1\n"
                       "C: MAIL FROM:<ada@example.org>*\nS: 250 2.1.0 ok\n"
                       "C: RCPT TO:<*>*\nS: 250 2.1.5 ok\n"
                       "C: DATA\nS: 354 go ahead\nX: read-data\nS: 250 2.0.0 ok queued as Q\n"
                       "C: QUIT\nS: 221 2.0.0 bye\n"),
        2);
    QVERIFY2(hostile.start(), qPrintable(hostile.errorString()));
    Harness h;
    QVERIFY(h.open);
    h.accounts.insert(
        QStringLiteral("work"), loopbackAccount(QStringLiteral("work"), hostile.port()));
    const qint64 id = h.add(QStringLiteral("work"), QStringLiteral("mailmax"),
        { QStringLiteral("r1@example.org"), QStringLiteral("r2@example.org") });
    QVERIFY(h.flush());
    const ScriptedServer::Record record = hostile.finish();
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    QCOMPARE(record.connections.size(), 2);
    const OutboxMessage m = h.message(id);
    QCOMPARE(m.state, MessageState::Sent);
    QVERIFY(!m.isPartlySent());
    QCOMPARE(h.results(id), (QStringList { QStringLiteral("deferred"), QStringLiteral("sent") }));
}

void TestOutboxScheduler::uncertainAfterDropAfterFinalDot()
{
    ScriptedServer hostile(QStringLiteral(
        "S: 220 scripted ESMTP\nC: EHLO client.test\nS: 250 scripted\n"
        "C: MAIL FROM:<ada@example.org>*\nS: 250 2.1.0 ok\nC: RCPT TO:<*>*\nS: 250 2.1.5 ok\n"
        "C: DATA\nS: 354 go ahead\nX: read-data\nX: close\n"));
    QVERIFY2(hostile.start(), qPrintable(hostile.errorString()));
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Harness h;
    QVERIFY(h.open);
    h.accounts.insert(
        QStringLiteral("work"), loopbackAccount(QStringLiteral("work"), hostile.port()));
    const qint64 id = h.add(QStringLiteral("work"), QStringLiteral("uncertain"));

    QVERIFY(h.flush());
    const ScriptedServer::Record record = hostile.finish();
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    QCOMPARE(record.first().data.size(), 1); // the server did get all of it
    OutboxMessage m = h.message(id);
    QCOMPARE(m.state, MessageState::Uncertain);
    QVERIFY(!m.reason.isEmpty());
    QCOMPARE(h.results(id), QStringList { QStringLiteral("uncertain") });
    QCOMPARE(h.store.attempts(id)[0].errorCode, QStringLiteral("ConnectionLostAfterData"));

    // Never retried by itself: not by a flush, not hours later.
    h.accounts[QStringLiteral("work")].smtp.port = server.port();
    h.clock.advance(24 * 3600);
    QVERIFY(h.flush());
    QTest::qWait(200);
    QCOMPARE(server.messages().size(), 0);
    QCOMPARE(h.message(id).state, MessageState::Uncertain);
    QCOMPARE(h.message(id).attemptCount, 1);

    // The user decides to send it again.
    QVERIFY(h.store.retryNow(id));
    QVERIFY(h.flush());
    QCOMPARE(server.waitForMessages(1).size(), 1);
    QCOMPARE(h.message(id).state, MessageState::Sent);
}

void TestOutboxScheduler::holdAndRelease()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Harness h;
    QVERIFY(h.open);
    h.accounts.insert(
        QStringLiteral("work"), loopbackAccount(QStringLiteral("work"), server.port()));
    const qint64 held = h.add(QStringLiteral("work"), QStringLiteral("held"));
    const qint64 free = h.add(QStringLiteral("work"), QStringLiteral("free"));
    QVERIFY(h.store.hold(held));

    QVERIFY(h.flush());
    QCOMPARE(tags(server.waitForMessages(1)), QStringList { QStringLiteral("free") });
    QCOMPARE(h.message(free).state, MessageState::Sent);
    QCOMPARE(h.message(held).state, MessageState::Held);
    QCOMPARE(h.message(held).attemptCount, 0);

    QVERIFY(h.store.release(held));
    QVERIFY(h.flush());
    QCOMPARE(tags(server.waitForMessages(2)),
        (QStringList { QStringLiteral("free"), QStringLiteral("held") }));
    QCOMPARE(h.message(held).state, MessageState::Sent);
    QCOMPARE(h.message(held).attemptCount, 1);
    QCOMPARE(h.message(free).attemptCount, 1);
}

void TestOutboxScheduler::backoffAndExpiry()
{
    ScriptedServer hostile(tempfailAtEndOfData(), 3);
    QVERIFY2(hostile.start(), qPrintable(hostile.errorString()));
    Harness h;
    QVERIFY(h.open);
    RetryPolicy policy;
    policy.firstDelay = std::chrono::seconds(60);
    policy.factor = 2.0;
    policy.maximumDelay = std::chrono::seconds(1800);
    policy.giveUpAfter = std::chrono::hours(24 * 4);
    h.scheduler->setRetryPolicy(policy);
    const QDateTime start = h.clock.now;
    h.accounts.insert(
        QStringLiteral("work"), loopbackAccount(QStringLiteral("work"), hostile.port()));
    const qint64 id = h.add(QStringLiteral("work"), QStringLiteral("expiring"));

    QVERIFY(h.flush());
    QVERIFY2(h.message(id).state == MessageState::Deferred, qPrintable(h.message(id).reason));
    QCOMPARE(h.message(id).nextAttemptAt, start.addSecs(60));

    h.clock.now = start.addSecs(59);
    QVERIFY(h.flush());
    QCOMPARE(h.message(id).attemptCount, 1);

    // The delay doubles.
    h.clock.now = start.addSecs(60);
    QVERIFY(h.flush());
    QCOMPARE(h.message(id).state, MessageState::Deferred);
    QCOMPARE(h.message(id).nextAttemptAt, start.addSecs(60 + 120));

    // Past the give-up age, the next temporary failure is the last.
    h.clock.now = start.addDays(4).addSecs(1);
    QVERIFY(h.flush());
    const OutboxMessage m = h.message(id);
    QCOMPARE(m.state, MessageState::Failed);
    QVERIFY2(m.reason.contains(QLatin1String("gave up")), qPrintable(m.reason));
    QVERIFY2(m.reason.contains(QLatin1String("451")), qPrintable(m.reason));
    QCOMPARE(h.results(id),
        (QStringList {
            QStringLiteral("deferred"), QStringLiteral("deferred"), QStringLiteral("failed") }));

    // Failed is final: nothing more goes out.
    h.clock.advance(3600);
    QVERIFY(h.flush());
    const ScriptedServer::Record record = hostile.finish();
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    QCOMPARE(record.connections.size(), 3);
    QCOMPARE(h.message(id).attemptCount, 3);
}

void TestOutboxScheduler::authenticationFailureHoldsTheAccount()
{
    const QString user = QStringLiteral("ada");
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::StartTls;
    options.users = { { user, QStringLiteral("right pw") } };
    SmtpTestServer server(options);
    SmtpTestServer otherServer;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY2(otherServer.start(), qPrintable(otherServer.errorString()));
    Harness h;
    QVERIFY(h.open);
    h.scheduler->setConnectionsPerAccount(1);
    Account work = loopbackAccount(QStringLiteral("work"), server.port());
    work.smtp.security = ConnectionSecurity::StartTls;
    work.smtp.user = user;
    work.smtpSecret.kind = SecretSource::Kind::Command;
    work.smtpSecret.command = QStringLiteral("printf '%s' 'wrong pw'");
    h.accounts.insert(QStringLiteral("work"), work);
    h.accounts.insert(
        QStringLiteral("home"), loopbackAccount(QStringLiteral("home"), otherServer.port()));
    const qint64 a = h.add(QStringLiteral("work"), QStringLiteral("a"));
    const qint64 b = h.add(QStringLiteral("work"), QStringLiteral("b"));
    const qint64 c = h.add(QStringLiteral("work"), QStringLiteral("c"));
    const qint64 home = h.add(QStringLiteral("home"), QStringLiteral("home"));

    QVERIFY(h.flush());
    QCOMPARE(h.attention.size(), 1);
    QVERIFY2(h.attention[0].startsWith(QLatin1String("work: ")), qPrintable(h.attention[0]));
    for (qint64 id : { a, b, c }) {
        const OutboxMessage m = h.message(id);
        QCOMPARE(m.state, MessageState::Held);
        QVERIFY2(m.reason.contains(QLatin1String("535")), qPrintable(m.reason));
    }
    QCOMPARE(h.message(a).attemptCount + h.message(b).attemptCount + h.message(c).attemptCount, 1);
    const QList<OutboxAttempt> attempts = h.store.attempts(a);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(toString(attempts[0].result), QStringLiteral("held"));
    QCOMPARE(attempts[0].errorCode, QStringLiteral("AuthenticationFailed"));
    QVERIFY(attempts[0].transcript.contains(QLatin1String("<redacted>")));
    QVERIFY(!attempts[0].transcript.contains(QLatin1String("wrong pw")));
    // SCRAM-SHA-256 got as far as the server-first message: stored, it is redacted too.
    QVERIFY(attempts[0].transcript.contains(QLatin1String("\nS: 334 <redacted>\n")));
    const QString heldLeak = saslChallengeIn(attempts[0].transcript + attempts[0].errorText);
    QVERIFY2(heldLeak.isEmpty(), qPrintable(heldLeak));
    QTest::qWait(200);
    QCOMPARE(server.messages().size(), 0);
    // Another account is not held back.
    QCOMPARE(h.message(home).state, MessageState::Sent);
    QCOMPARE(tags(otherServer.waitForMessages(1)), QStringList { QStringLiteral("home") });

    // The user fixes the password and releases the messages: all three go, once each.
    h.accounts[QStringLiteral("work")].smtpSecret.command
        = QStringLiteral("printf '%s' 'right pw'");
    for (qint64 id : { a, b, c })
        QVERIFY(h.store.release(id));
    QVERIFY(h.flush());
    const QList<ReceivedMessage> received = server.waitForMessages(3);
    QCOMPARE(tags(received),
        (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    for (const ReceivedMessage &r : received) {
        QCOMPARE(r.authUser, user);
        QVERIFY(r.tls);
    }
    for (qint64 id : { a, b, c })
        QCOMPARE(h.message(id).state, MessageState::Sent);
    QCOMPARE(h.attention.size(), 1);
    // The stored attempts of the successful login keep no SCRAM message either.
    for (qint64 id : { a, b, c }) {
        for (const OutboxAttempt &attempt : h.store.attempts(id)) {
            const QString leak = saslChallengeIn(attempt.transcript + attempt.errorText);
            QVERIFY2(leak.isEmpty(), qPrintable(leak));
        }
    }
    const QList<OutboxAttempt> sent = h.store.attempts(a);
    QVERIFY(!sent.isEmpty());
    QVERIFY2(sent.last().transcript.contains(QLatin1String("\nS: 334 <redacted>\n")),
        qPrintable(sent.last().transcript));
}

void TestOutboxScheduler::missingAccountHoldsItsMessages()
{
    Harness h;
    QVERIFY(h.open);
    const qint64 id = h.add(QStringLiteral("gone"), QStringLiteral("orphan"));
    QVERIFY(h.flush());
    QCOMPARE(h.message(id).state, MessageState::Held);
    QVERIFY(h.message(id).reason.contains(QLatin1String("gone")));
    QCOMPARE(h.message(id).attemptCount, 0);
    QCOMPARE(h.attention.size(), 1);
    QVERIFY(h.attention[0].startsWith(QLatin1String("gone: ")));
}

void TestOutboxScheduler::unreadableSpoolFileFailsOnlyThatMessage()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Harness h;
    QVERIFY(h.open);
    h.scheduler->setConnectionsPerAccount(1);
    h.accounts.insert(
        QStringLiteral("work"), loopbackAccount(QStringLiteral("work"), server.port()));
    const qint64 lost = h.add(QStringLiteral("work"), QStringLiteral("lost"));
    const qint64 fine = h.add(QStringLiteral("work"), QStringLiteral("fine"));
    QVERIFY(QFile::remove(h.message(lost).spoolFile));

    QVERIFY(h.flush());
    QCOMPARE(tags(server.waitForMessages(1)), QStringList { QStringLiteral("fine") });
    QCOMPARE(h.message(fine).state, MessageState::Sent);
    const OutboxMessage m = h.message(lost);
    QCOMPARE(m.state, MessageState::Failed);
    QVERIFY2(m.reason.contains(QLatin1String("spool")), qPrintable(m.reason));
    const QList<OutboxAttempt> attempts = h.store.attempts(lost);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts[0].errorCode, QStringLiteral("MessageUnreadable"));
}

// One connection, `messages` messages; before the second message's MAIL FROM is answered the
// server waits `pause` seconds.
QString severalOnOneConnection(int messages, int pause)
{
    QString s = QStringLiteral("S: 220 scripted ESMTP\nC: EHLO client.test\nS: 250 scripted\n");
    for (int i = 0; i < messages; ++i) {
        s += QStringLiteral("C: MAIL FROM:<ada@example.org>*\n");
        if (i == 1)
            s += QStringLiteral("X: sleep %1\n").arg(pause);
        s += QStringLiteral("S: 250 2.1.0 ok\nC: RCPT TO:<*>*\nS: 250 2.1.5 ok\nC: DATA\n"
                            "S: 354 go ahead\nX: read-data\nS: 250 2.0.0 ok queued as Q%1\n")
                 .arg(i);
    }
    return s + QStringLiteral("C: QUIT\nS: 221 2.0.0 bye\n");
}

void TestOutboxScheduler::aConnectionClaimsSeveralAndTellsAfterTheCommit()
{
    ScriptedServer server(severalOnOneConnection(4, 1));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Harness h;
    QVERIFY(h.open);
    h.scheduler->setConnectionsPerAccount(1);
    h.accounts.insert(
        QStringLiteral("work"), loopbackAccount(QStringLiteral("work"), server.port()));
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << h.add(QStringLiteral("work"), QStringLiteral("m%1").arg(i));

    // Whoever hears of an attempt reads it already recorded, from any connection; and by the
    // first one's news (the server holding the second message's MAIL FROM) the connection
    // has claimed the rest together: the second in flight, the other two waiting for it.
    OutboxStore observer(h.profile);
    QVERIFY(observer.open());
    QHash<qint64, MessageState> seen;
    int sendingAtFirst = -1;
    QObject::connect(
        h.scheduler.get(), &OutboxScheduler::attemptFinished, [&](qint64 id, AttemptResult) {
            seen.insert(id, observer.message(id)->state);
            if (sendingAtFirst < 0) {
                sendingAtFirst = 0;
                for (const OutboxMessage &m : observer.messages())
                    sendingAtFirst += m.state == MessageState::Sending ? 1 : 0;
            }
        });
    QVERIFY(h.flush());
    const ScriptedServer::Record record = server.finish();
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    QCOMPARE(sendingAtFirst, 3);
    QCOMPARE(seen.size(), 4);
    for (const qint64 id : std::as_const(ids)) {
        QCOMPARE(seen.value(id), MessageState::Sent);
        QCOMPARE(h.message(id).state, MessageState::Sent);
        QCOMPARE(h.results(id), QStringList { QStringLiteral("sent") });
    }
}

void TestOutboxScheduler::stopGivesBackWhatWasClaimed()
{
    // The server holds the second message's MAIL FROM; stop() then lets it finish and gives
    // the two claimed behind it back: waiting again, due at once, nothing left Sending.
    ScriptedServer server(severalOnOneConnection(2, 1));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Harness h;
    QVERIFY(h.open);
    h.scheduler->setConnectionsPerAccount(1);
    h.accounts.insert(
        QStringLiteral("work"), loopbackAccount(QStringLiteral("work"), server.port()));
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << h.add(QStringLiteral("work"), QStringLiteral("m%1").arg(i));
    QObject::connect(h.scheduler.get(), &OutboxScheduler::attemptFinished, h.scheduler.get(),
        [&h](qint64, AttemptResult) { h.scheduler->stop(); });
    QSignalSpy idle(h.scheduler.get(), &OutboxScheduler::idle);
    h.scheduler->flush();
    QVERIFY(idle.wait(20000));
    const ScriptedServer::Record record = server.finish();
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    QCOMPARE(h.message(ids[0]).state, MessageState::Sent);
    QCOMPARE(h.message(ids[1]).state, MessageState::Sent);
    QCOMPARE(h.message(ids[2]).state, MessageState::Queued);
    QCOMPARE(h.message(ids[3]).state, MessageState::Queued);
    QCOMPARE(h.store.claimDue(5).size(), 2);
}

void TestOutboxScheduler::connections_data()
{
    QTest::addColumn<int>("connections");
    QTest::addColumn<int>("perConnection");
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("expectedSessions");

    QTest::newRow("one connection carries all") << 1 << 20 << 5 << 1;
    QTest::newRow("three connections at once") << 3 << 20 << 9 << 3;
    QTest::newRow("two messages per connection") << 1 << 2 << 5 << 3;
}

void TestOutboxScheduler::connections()
{
    QFETCH(int, connections);
    QFETCH(int, perConnection);
    QFETCH(int, messages);
    QFETCH(int, expectedSessions);

    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Harness h;
    QVERIFY(h.open);
    h.scheduler->setConnectionsPerAccount(connections);
    h.scheduler->setMessagesPerConnection(perConnection);
    h.accounts.insert(
        QStringLiteral("work"), loopbackAccount(QStringLiteral("work"), server.port()));
    QStringList expected;
    QList<qint64> ids;
    for (int i = 0; i < messages; ++i) {
        expected << QStringLiteral("m%1").arg(i);
        ids << h.add(QStringLiteral("work"), expected.last());
    }

    QVERIFY(h.flush());
    QStringList got = tags(server.waitForMessages(messages));
    got.sort();
    expected.sort();
    QCOMPARE(got, expected); // each exactly once
    QCOMPARE(h.sessions.size(), expectedSessions);
    QCOMPARE(h.peakInFlight, connections);

    // Each session said EHLO once: only the first message of a connection shows it.
    int ehlos = 0;
    for (qint64 id : std::as_const(ids)) {
        QCOMPARE(h.message(id).state, MessageState::Sent);
        QCOMPARE(h.sessionsOf.value(id).size(), 1);
        const QList<OutboxAttempt> attempts = h.store.attempts(id);
        QCOMPARE(attempts.size(), 1);
        const QString transcript = attempts[0].transcript;
        QVERIFY2(transcript.contains(QLatin1String("C: MAIL FROM:<ada@example.org>")),
            qPrintable(transcript));
        QCOMPARE(transcript.count(QLatin1String("C: MAIL FROM:")), 1); // only its own transaction
        ehlos += transcript.count(QLatin1String("C: EHLO "));
    }
    QCOMPARE(ehlos, expectedSessions);
}

QTEST_GUILESS_MAIN(TestOutboxScheduler)
#include "tst_outboxscheduler.moc"
