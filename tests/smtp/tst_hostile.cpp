// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// SmtpSession against the scripted hostile server: what no real server does, but an attacker,
// a broken middlebox or a dying server might. Each scenario must end with the right error,
// within its timeout, without a crash and without credentials or mail sent in plaintext.
#include "serverprocess.h"
#include "sessionrun.h"
#include "testca.h"
#include "transcriptcheck.h"

#include <QTimer>
#include <QtTest>

namespace {

const QString Password = QStringLiteral("hunter2-secret");

struct Scenario
{
    QString script;
    ConnectionSecurity security = ConnectionSecurity::None;
    bool withCredentials = false;
    bool implicitTls = false;
};

// Runs one message against a scenario; returns the reply's error and what the server got.
struct HostileRun
{
    SmtpError error;
    SmtpError sessionError;
    ScriptedRecord record;
    QString transcript;
    qint64 elapsedMs = 0;
    bool finished = false;
    bool uncertain = false;
    QList<SmtpRecipientResult> recipients;
};

HostileRun runScenario(const Scenario &scenario, int timeoutMs = 3000,
    const QByteArray &message = simpleMessage(),
    const QStringList &recipients = { QStringLiteral("b@example.org") })
{
    HostileRun result;
    ScriptedServer server(scenario.script);
    server.setCertificate(TestCa::instance().serverCertPath(), TestCa::instance().serverKeyPath());
    if (!server.start(scenario.implicitTls)) {
        result.record.error = server.errorString();
        return result;
    }
    SmtpServerSettings settings = loopbackSettings(server.port(), scenario.security);
    settings.trust.caFile = TestCa::instance().caCertPath();
    settings.timeouts = SmtpTimeouts::uniform(timeoutMs);
    SaslCredentials credentials;
    if (scenario.withCredentials) {
        credentials.user = QStringLiteral("ada");
        credentials.secret = Password;
    }
    SessionRun run(settings, credentials);
    SmtpSendReply *reply
        = run.send(envelopeFor(QStringLiteral("a@example.org"), recipients), message);
    result.finished = run.run(timeoutMs * 4 + 5000);
    result.elapsedMs = run.elapsedMs;
    result.error = reply->error();
    result.uncertain = reply->isUncertain();
    result.recipients = reply->recipientResults();
    result.sessionError = run.session.error();
    result.transcript = run.transcriptText();
    result.record = server.finish(5000);
    return result;
}

bool receivedAny(const ScriptedRecord &record, const QString &prefix)
{
    for (const ScriptedConnection &c : record.connections) {
        for (const QString &line : c.received) {
            if (line.startsWith(prefix, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

const QString Greeting = QStringLiteral("S: 220 hostile.test ESMTP\n");
const QString PlainEhlo
    = QStringLiteral("C: EHLO client.test\nS: 250-hostile.test\nS: 250 PIPELINING\n");
const QString StartTlsEhlo = QStringLiteral(
    "C: EHLO client.test\nS: 250-hostile.test\nS: 250-STARTTLS\nS: 250 AUTH PLAIN\n");

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestCa::instance().isValid(), qPrintable(TestCa::instance().errorString()));
    }
    void startTlsNotOffered();
    void startTlsRefused_data();
    void startTlsRefused();
    void plaintextInjectedAfterStartTls();
    void capabilitiesDifferAfterTls();
    void ehloRefusedWithStartTlsRequired();
    void heloFallbackInPlaintext();
    void greetings_data();
    void greetings();
    void failureAtEveryStep_data();
    void failureAtEveryStep();
    void droppedAfterFinalDot();
    void furtherTransactions_data();
    void furtherTransactions();
    void droppedBeforeFinalDot();
    void silence_data();
    void silence();
    void malformedReplies_data();
    void malformedReplies();
    void unsolicitedReply();
    void lyingDataAfterAllRecipientsRefused();
    void chunkingSendsBdat();
    void authChallengeNotBase64();
    void authChallengesRedacted_data();
    void authChallengesRedacted();
    void transcriptReplays();
    void abortAfterFinalDotIsUncertain();
    void tlsServerThatStopsReadingTimesOutWithoutBuffering();
};

void TestHostile::startTlsNotOffered()
{
    Scenario s { Greeting + PlainEhlo + QStringLiteral("C: QUIT\nS: 221 bye\n"),
        ConnectionSecurity::StartTls, true };
    const HostileRun run = runScenario(s);
    QVERIFY(run.finished);
    QCOMPARE(run.error.code(), SmtpError::StartTlsNotOffered);
    QVERIFY2(run.record.passed(), qPrintable(run.record.describe()));
    QVERIFY(!receivedAny(run.record, QStringLiteral("AUTH")));
    QVERIFY(!receivedAny(run.record, QStringLiteral("MAIL")));
}

void TestHostile::startTlsRefused_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("category");
    // RFC 3207 §4: 454 is temporary (try later), 5yz is not; neither goes on in plaintext.
    QTest::newRow("454") << QStringLiteral("454 4.7.0 TLS not available")
                         << int(SmtpError::TransientFailure) << int(SmtpError::Category::Transient);
    QTest::newRow("554") << QStringLiteral("554 5.7.3 no TLS here")
                         << int(SmtpError::StartTlsRefused) << int(SmtpError::Category::Tls);
}

void TestHostile::startTlsRefused()
{
    QFETCH(QString, reply);
    QFETCH(int, code);
    QFETCH(int, category);
    Scenario s { Greeting + StartTlsEhlo
            + QStringLiteral("C: STARTTLS\nS: %1\nC: QUIT\nS: 221 bye\n").arg(reply),
        ConnectionSecurity::StartTls, true };
    const HostileRun run = runScenario(s);
    QCOMPARE(int(run.error.code()), code);
    QCOMPARE(int(run.error.category()), category);
    QCOMPARE(run.error.serverReply().code, reply.left(3).toInt());
    QVERIFY2(run.record.passed(), qPrintable(run.record.describe()));
    QVERIFY(!receivedAny(run.record, QStringLiteral("AUTH")));
    QVERIFY(!receivedAny(run.record, QStringLiteral("MAIL")));
}

void TestHostile::plaintextInjectedAfterStartTls()
{
    // The 220 and an injected reply arrive in one segment, before the handshake.
    Scenario s { Greeting + StartTlsEhlo
            + QStringLiteral("C: STARTTLS\nX: send 220 go ahead\\r\\n250-injected.test\\r\\n250 "
                             "AUTH PLAIN\\r\\n\n"
                             "X: expect-close 5\n"),
        ConnectionSecurity::StartTls, true };
    const HostileRun run = runScenario(s);
    QCOMPARE(run.error.code(), SmtpError::UnexpectedDataAfterStartTls);
    QVERIFY(!run.record.first().tls);
    QVERIFY(!receivedAny(run.record, QStringLiteral("AUTH")));
    QVERIFY(!run.transcript.contains(Password));
    QVERIFY2(run.record.first().bytesAfterClose.isEmpty(),
        run.record.first().bytesAfterClose.constData());
}

void TestHostile::capabilitiesDifferAfterTls()
{
    // Before TLS the server claims PLAIN only; after TLS it offers LOGIN only. The client must
    // forget the first list (RFC 3207 §4.2) and use LOGIN.
    Scenario s { Greeting
            + QStringLiteral(
                "C: EHLO client.test\nS: 250-hostile.test\nS: 250-STARTTLS\nS: 250-SIZE 10\nS: 250 "
                "AUTH PLAIN\n"
                "C: STARTTLS\nS: 220 go ahead\nX: starttls\n"
                "C: EHLO client.test\nS: 250-hostile.test\nS: 250 AUTH LOGIN\n"
                "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: <redacted>\nS: 334 UGFzc3dvcmQ6\nC: "
                "<redacted>\n"
                "S: 235 2.7.0 ok\n"
                "C: MAIL FROM:<a@example.org>\nS: 250 ok\nC: RCPT TO:<b@example.org>\nS: 250 ok\n"
                "C: DATA\nS: 354 go\nX: read-data\nS: 250 2.0.0 queued as ABC123\nC: QUIT\nS: 221 "
                "bye\n"),
        ConnectionSecurity::StartTls, true };
    const HostileRun run = runScenario(s);
    QVERIFY2(!run.error.isError(),
        qPrintable(run.error.toString() + QLatin1Char('\n') + run.transcript));
    QVERIFY2(run.record.passed(), qPrintable(run.record.describe()));
    QVERIFY(run.record.first().tls);
    // The pre-TLS SIZE 10 no longer applies: the message went out.
    QCOMPARE(run.record.first().data.size(), 1);
    QVERIFY(!run.transcript.contains(Password));
}

void TestHostile::ehloRefusedWithStartTlsRequired()
{
    Scenario s { Greeting
            + QStringLiteral("C: EHLO client.test\nS: 502 5.5.1 what?\nC: QUIT\nS: 221 bye\n"),
        ConnectionSecurity::StartTls, true };
    const HostileRun run = runScenario(s);
    QCOMPARE(run.error.code(), SmtpError::StartTlsNotOffered);
    QVERIFY(!receivedAny(run.record, QStringLiteral("HELO")));
    QVERIFY(!receivedAny(run.record, QStringLiteral("AUTH")));
}

void TestHostile::heloFallbackInPlaintext()
{
    Scenario s { Greeting
        + QStringLiteral(
            "C: EHLO client.test\nS: 500 5.5.1 unknown\nC: HELO client.test\nS: 250 hostile.test\n"
            "C: MAIL FROM:<a@example.org>\nS: 250 ok\nC: RCPT TO:<b@example.org>\nS: 250 ok\n"
            "C: DATA\nS: 354 go\nX: read-data\nS: 250 ok\nC: QUIT\nS: 221 bye\n") };
    const HostileRun run = runScenario(s);
    QVERIFY2(!run.error.isError(),
        qPrintable(run.error.toString() + QLatin1Char('\n') + run.transcript));
    QVERIFY2(run.record.passed(), qPrintable(run.record.describe()));
    QCOMPARE(run.record.first().data.value(0), simpleMessage() + ".\r\n");
}

void TestHostile::greetings_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("code");
    QTest::newRow("421") << QStringLiteral("S: 421 4.3.2 too busy\nX: close\n")
                         << int(SmtpError::ServiceUnavailable);
    QTest::newRow("554") << QStringLiteral("S: 554 5.7.1 go away\nC: QUIT\nS: 221 bye\n")
                         << int(SmtpError::PermanentFailure);
    QTest::newRow("450") << QStringLiteral("S: 450 try later\nC: QUIT\nS: 221 bye\n")
                         << int(SmtpError::TransientFailure);
    QTest::newRow("closed") << QStringLiteral("X: close\n") << int(SmtpError::ConnectionClosed);
}

void TestHostile::greetings()
{
    QFETCH(QString, script);
    QFETCH(int, code);
    const HostileRun run = runScenario({ script });
    QVERIFY(run.finished);
    QCOMPARE(int(run.error.code()), code);
    QVERIFY(!receivedAny(run.record, QStringLiteral("MAIL")));
}

void TestHostile::failureAtEveryStep_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("category");
    const QString mail = QStringLiteral("C: MAIL FROM:<a@example.org>\n");
    const QString rcpt = QStringLiteral("C: RCPT TO:<b@example.org>\n");
    const QString rsetQuit = QStringLiteral("C: RSET\nS: 250 ok\nC: QUIT\nS: 221 bye\n");
    const QString head = Greeting + QStringLiteral("C: EHLO client.test\nS: 250 hostile.test\n");
    QTest::newRow("EHLO 421") << Greeting
            + QStringLiteral("C: EHLO client.test\nS: 421 bye\nX: close\n")
                              << int(SmtpError::ServiceUnavailable)
                              << int(SmtpError::Category::Transient);
    QTest::newRow("EHLO 451") << Greeting
            + QStringLiteral("C: EHLO client.test\nS: 451 later\nC: QUIT\nS: 221 bye\n")
                              << int(SmtpError::TransientFailure)
                              << int(SmtpError::Category::Transient);
    QTest::newRow("MAIL 451") << head + mail + QStringLiteral("S: 451 4.3.0 later\n") + rsetQuit
                              << int(SmtpError::TransientFailure)
                              << int(SmtpError::Category::Transient);
    QTest::newRow("MAIL 550") << head + mail + QStringLiteral("S: 550 5.7.1 no\n") + rsetQuit
                              << int(SmtpError::PermanentFailure)
                              << int(SmtpError::Category::Permanent);
    QTest::newRow("MAIL 421") << head + mail
            + QStringLiteral("S: 421 4.3.2 shutting down\nX: close\n")
                              << int(SmtpError::ServiceUnavailable)
                              << int(SmtpError::Category::Transient);
    QTest::newRow("RCPT 550") << head + mail + QStringLiteral("S: 250 ok\n") + rcpt
            + QStringLiteral("S: 550 5.1.1 unknown\n") + rsetQuit
                              << int(SmtpError::AllRecipientsRejected)
                              << int(SmtpError::Category::Permanent);
    QTest::newRow("RCPT 452") << head + mail + QStringLiteral("S: 250 ok\n") + rcpt
            + QStringLiteral("S: 452 4.5.3 too many\n") + rsetQuit
                              << int(SmtpError::TransientFailure)
                              << int(SmtpError::Category::Transient);
    QTest::newRow("DATA 554") << head + mail + QStringLiteral("S: 250 ok\n") + rcpt
            + QStringLiteral("S: 250 ok\nC: DATA\nS: 554 5.5.1 no\n") + rsetQuit
                              << int(SmtpError::PermanentFailure)
                              << int(SmtpError::Category::Permanent);
    QTest::newRow("DATA 451") << head + mail + QStringLiteral("S: 250 ok\n") + rcpt
            + QStringLiteral("S: 250 ok\nC: DATA\nS: 451 later\n") + rsetQuit
                              << int(SmtpError::TransientFailure)
                              << int(SmtpError::Category::Transient);
    QTest::newRow("dot 552") << head + mail + QStringLiteral("S: 250 ok\n") + rcpt
            + QStringLiteral("S: 250 ok\nC: DATA\nS: 354 go\nX: read-data\nS: 552 5.3.4 too big\n")
            + rsetQuit << int(SmtpError::MessageTooLarge)
                             << int(SmtpError::Category::Permanent);
    QTest::newRow("dot 452") << head + mail + QStringLiteral("S: 250 ok\n") + rcpt
            + QStringLiteral("S: 250 ok\nC: DATA\nS: 354 go\nX: read-data\nS: 452 4.3.1 full\n")
            + rsetQuit << int(SmtpError::TransientFailure)
                             << int(SmtpError::Category::Transient);
    QTest::newRow("dot 421") << head + mail + QStringLiteral("S: 250 ok\n") + rcpt
            + QStringLiteral(
                "S: 250 ok\nC: DATA\nS: 354 go\nX: read-data\nS: 421 4.3.2 bye\nX: close\n")
                             << int(SmtpError::ServiceUnavailable)
                             << int(SmtpError::Category::Transient);
}

void TestHostile::failureAtEveryStep()
{
    QFETCH(QString, script);
    QFETCH(int, code);
    QFETCH(int, category);
    const HostileRun run = runScenario({ script });
    QVERIFY(run.finished);
    QVERIFY2(int(run.error.code()) == code,
        qPrintable(run.error.toString() + QLatin1Char('\n') + run.transcript));
    QCOMPARE(int(run.error.category()), category);
    QVERIFY(!run.uncertain);
    QVERIFY2(run.record.first().deviations.isEmpty(), qPrintable(run.record.describe()));
}

void TestHostile::furtherTransactions_data()
{
    // Recipients r1, r2, r3 (r3 at another domain); the server without PIPELINING.
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("code"); // of the reply's error
    QTest::addColumn<QList<int>>("replies"); // each recipient's final reply code, 0: untried
    const QString ok = QStringLiteral("S: 250 ok\n");
    const QString mail = QStringLiteral("C: MAIL FROM:<a@example.org>\n") + ok;
    auto rcpt = [](const char *who, const char *reply) {
        return QStringLiteral("C: RCPT TO:<%1>\nS: %2\n")
            .arg(QLatin1String(who), QLatin1String(reply));
    };
    const QString data
        = QStringLiteral("C: DATA\nS: 354 go\nX: read-data\nS: 250 2.0.0 ok queued as Q\n");
    const QString quit = QStringLiteral("C: QUIT\nS: 221 bye\n");
    auto ehlo = [](const QString &limits) -> QString {
        return Greeting
            + QStringLiteral("C: EHLO client.test\nS: 250-hostile.test\nS: 250 %1\n").arg(limits);
    };
    QTest::newRow("452 then the rest") << ehlo(QStringLiteral("8BITMIME")) + mail
            + rcpt("r1@x.test", "250 ok") + rcpt("r2@x.test", "452 4.5.3 too many recipients")
            + rcpt("r3@y.test", "452 4.5.3 too many recipients") + data + mail
            + rcpt("r2@x.test", "250 ok") + rcpt("r3@y.test", "250 ok") + data + quit
                                       << int(SmtpError::NoError) << QList<int> { 250, 250, 250 };
    QTest::newRow("552 too many recipients, as RFC 821 had it")
        << ehlo(QStringLiteral("8BITMIME")) + mail + rcpt("r1@x.test", "250 ok")
            + rcpt("r2@x.test", "552 5.5.3 too many recipients")
            + rcpt("r3@y.test", "552 5.5.3 too many recipients") + data + mail
            + rcpt("r2@x.test", "250 ok") + rcpt("r3@y.test", "250 ok") + data + quit
        << int(SmtpError::NoError) << QList<int> { 250, 250, 250 };
    QTest::newRow("RCPTMAX") << ehlo(QStringLiteral("LIMITS RCPTMAX=2")) + mail
            + rcpt("r1@x.test", "250 ok") + rcpt("r2@x.test", "250 ok") + data + mail
            + rcpt("r3@y.test", "250 ok") + data + quit
                             << int(SmtpError::NoError) << QList<int> { 250, 250, 250 };
    QTest::newRow("RCPTDOMAINMAX")
        << ehlo(QStringLiteral("LIMITS RCPTDOMAINMAX=1")) + mail + rcpt("r1@x.test", "250 ok")
            + rcpt("r2@x.test", "250 ok") + data + mail + rcpt("r3@y.test", "250 ok") + data + quit
        << int(SmtpError::NoError) << QList<int> { 250, 250, 250 };
    QTest::newRow("first batch all refused, the next goes")
        << ehlo(QStringLiteral("LIMITS RCPTMAX=2")) + mail + rcpt("r1@x.test", "550 5.1.1 no")
            + rcpt("r2@x.test", "550 5.1.1 no") + QStringLiteral("C: RSET\nS: 250 ok\n") + mail
            + rcpt("r3@y.test", "250 ok") + data + quit
        << int(SmtpError::NoError) << QList<int> { 550, 550, 250 };
    QTest::newRow("second transaction's DATA refused for now")
        << ehlo(QStringLiteral("LIMITS RCPTMAX=2")) + mail + rcpt("r1@x.test", "250 ok")
            + rcpt("r2@x.test", "250 ok") + data + mail + rcpt("r3@y.test", "250 ok")
            + QStringLiteral("C: DATA\nS: 451 4.3.0 later\nC: RSET\nS: 250 ok\n") + quit
        << int(SmtpError::TransientFailure) << QList<int> { 250, 250, 451 };
    QTest::newRow("MAILMAX leaves the rest for another connection")
        << ehlo(QStringLiteral("LIMITS MAILMAX=1 RCPTMAX=2")) + mail + rcpt("r1@x.test", "250 ok")
            + rcpt("r2@x.test", "250 ok") + data + quit
        << int(SmtpError::TransactionLimitReached) << QList<int> { 250, 250, 0 };
    QTest::newRow("MAIL refused: the pipelined RCPT replies say nothing") << Greeting
            + QStringLiteral("C: EHLO client.test\nS: 250-hostile.test\nS: 250 PIPELINING\n")
            + QStringLiteral("C: MAIL FROM:<a@example.org>\nC: RCPT TO:<r1@x.test>\n"
                             "C: RCPT TO:<r2@x.test>\nC: RCPT TO:<r3@y.test>\nC: DATA\n"
                             "S: 451 4.3.0 later\nS: 503 5.5.1 no MAIL\nS: 503 5.5.1 no MAIL\n"
                             "S: 503 5.5.1 no MAIL\nS: 503 5.5.1 no MAIL\nC: RSET\nS: 250 ok\n")
            + quit << int(SmtpError::TransientFailure) << QList<int> { 0, 0, 0 };
    QTest::newRow("452 to everyone is not retried here") << ehlo(QStringLiteral("8BITMIME")) + mail
            + rcpt("r1@x.test", "452 4.5.3 too many recipients")
            + rcpt("r2@x.test", "452 4.5.3 too many recipients")
            + rcpt("r3@y.test", "452 4.5.3 too many recipients")
            + QStringLiteral("C: RSET\nS: 250 ok\n")
            + quit << int(SmtpError::TransientFailure) << QList<int> { 452, 452, 452 };
}

void TestHostile::furtherTransactions()
{
    QFETCH(QString, script);
    QFETCH(int, code);
    QFETCH(QList<int>, replies);
    const HostileRun run = runScenario({ script }, 3000, simpleMessage(),
        { QStringLiteral("r1@x.test"), QStringLiteral("r2@x.test"), QStringLiteral("r3@y.test") });
    QVERIFY(run.finished);
    QVERIFY2(int(run.error.code()) == code,
        qPrintable(run.error.toString() + QLatin1Char('\n') + run.transcript));
    QVERIFY2(run.record.passed(), qPrintable(run.record.describe() + run.transcript));
    QList<int> got;
    for (const SmtpRecipientResult &result : run.recipients)
        got << result.reply.code;
    QCOMPARE(got, replies);
    for (const QByteArray &data : run.record.first().data)
        QCOMPARE(data, simpleMessage() + ".\r\n");
}

void TestHostile::droppedAfterFinalDot()
{
    Scenario s { Greeting
        + QStringLiteral(
            "C: EHLO client.test\nS: 250 hostile.test\nC: MAIL FROM:<a@example.org>\nS: 250 ok\n"
            "C: RCPT TO:<b@example.org>\nS: 250 ok\nC: DATA\nS: 354 go\nX: read-data\nX: "
            "close\n") };
    const HostileRun run = runScenario(s);
    QCOMPARE(run.error.code(), SmtpError::ConnectionLostAfterData);
    QVERIFY(run.uncertain);
    QCOMPARE(run.record.first().data.size(), 1);
}

void TestHostile::droppedBeforeFinalDot()
{
    Scenario s { Greeting
        + QStringLiteral(
            "C: EHLO client.test\nS: 250 hostile.test\nC: MAIL FROM:<a@example.org>\nS: 250 ok\n"
            "C: RCPT TO:<b@example.org>\nS: 250 ok\nC: DATA\nS: 354 go\nX: close\n") };
    // A big message so the drop happens while it is still being written (in lines: SMTP
    // carries none over 998 octets).
    const QByteArray lines = QByteArray(QByteArray(76, 'x') + "\r\n").repeated(24 * 1024 * 1024 / 78);
    const HostileRun run = runScenario(s, 3000, simpleMessage("big", lines));
    QVERIFY(run.error.category() == SmtpError::Category::Network);
    QVERIFY2(!run.uncertain, qPrintable(run.error.toString()));
}

void TestHostile::silence_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("no greeting") << QStringLiteral("X: sleep 30\n");
    QTest::newRow("no EHLO reply")
        << Greeting + QStringLiteral("C: EHLO client.test\nX: sleep 30\n");
    QTest::newRow("half a multiline reply")
        << Greeting + QStringLiteral("C: EHLO client.test\nS: 250-hostile.test\nX: sleep 30\n");
    QTest::newRow("no reply to the dot") << Greeting
            + QStringLiteral("C: EHLO client.test\nS: 250 hostile.test\nC: MAIL "
                             "FROM:<a@example.org>\nS: 250 ok\n"
                             "C: RCPT TO:<b@example.org>\nS: 250 ok\nC: DATA\nS: 354 go\nX: "
                             "read-data\nX: sleep 30\n");
}

void TestHostile::silence()
{
    QFETCH(QString, script);
    const int timeoutMs = 700;
    const HostileRun run = runScenario({ script }, timeoutMs);
    QVERIFY(run.finished);
    QVERIFY2(run.error.code() == SmtpError::Timeout
            || run.error.code() == SmtpError::ConnectionLostAfterData,
        qPrintable(run.error.toString()));
    QCOMPARE(run.sessionError.code(), SmtpError::Timeout);
    QVERIFY2(run.elapsedMs < timeoutMs * 3 + 1000, qPrintable(QString::number(run.elapsedMs)));
    if (QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("no reply to the dot"))
        QVERIFY(run.uncertain); // the server may have the message
}

void TestHostile::malformedReplies_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("code");
    QTest::newRow("not a reply") << QStringLiteral("S: hello there\nX: expect-close 3\n")
                                 << int(SmtpError::MalformedReply);
    QTest::newRow("code out of range")
        << QStringLiteral("S: 999 what\nX: expect-close 3\n") << int(SmtpError::MalformedReply);
    QTest::newRow("mixed codes") << Greeting
            + QStringLiteral(
                "C: EHLO client.test\nS: 250-hostile.test\nS: 251 PIPELINING\nX: expect-close 3\n")
                                 << int(SmtpError::MalformedReply);
    QTest::newRow("oversized line") << QStringLiteral("X: send 220 ")
            + QString(6000, QLatin1Char('a')) + QStringLiteral("\\r\\n\nX: expect-close 3\n")
                                    << int(SmtpError::ReplyTooLong);
    QTest::newRow("endless line") << QStringLiteral("X: send 220 ")
            + QString(20000, QLatin1Char('b')) + QStringLiteral("\nX: expect-close 3\n")
                                  << int(SmtpError::ReplyTooLong);
    QString manyLines = Greeting + QStringLiteral("C: EHLO client.test\n");
    for (int i = 0; i < 400; ++i)
        manyLines += QStringLiteral("S: 250-X%1\n").arg(i);
    manyLines += QStringLiteral("S: 250 end\nX: expect-close 3\n");
    QTest::newRow("too many lines") << manyLines << int(SmtpError::ReplyTooLong);
}

void TestHostile::malformedReplies()
{
    QFETCH(QString, script);
    QFETCH(int, code);
    const HostileRun run = runScenario({ script });
    QVERIFY(run.finished);
    QCOMPARE(int(run.error.code()), code);
    QCOMPARE(run.error.category(), SmtpError::Category::Protocol);
}

void TestHostile::unsolicitedReply()
{
    // Two replies to one EHLO: the second is answering nothing.
    Scenario s { Greeting
        + QStringLiteral(
            "C: EHLO client.test\nS: 250 hostile.test\nS: 250 surprise\nX: expect-close 3\n") };
    const HostileRun run = runScenario(s);
    QVERIFY(run.finished);
    QVERIFY(run.error.isError());
}

void TestHostile::lyingDataAfterAllRecipientsRefused()
{
    // RFC 2920 §3.1: pipelined DATA answered 354 although no recipient was accepted. The
    // client must end it with a lone dot, never send the message, and reset.
    Scenario s { Greeting + PlainEhlo
        + QStringLiteral(
            "C: MAIL FROM:<a@example.org>\nC: RCPT TO:<b@example.org>\nC: DATA\n"
            "S: 250 ok\nS: 550 5.1.1 unknown\nS: 354 go ahead anyway\n"
            "C: .\nS: 554 5.5.1 no valid recipients\nC: RSET\nS: 250 ok\nC: QUIT\nS: 221 bye\n") };
    const HostileRun run = runScenario(s);
    QVERIFY2(run.record.passed(), qPrintable(run.record.describe() + run.transcript));
    QCOMPARE(run.error.code(), SmtpError::AllRecipientsRejected);
    QVERIFY(!receivedAny(run.record, QStringLiteral("Subject")));
}

void TestHostile::chunkingSendsBdat()
{
    Scenario s { Greeting
        + QStringLiteral(
            "C: EHLO client.test\nS: 250-hostile.test\nS: 250 CHUNKING\n"
            "C: MAIL FROM:<a@example.org>\nS: 250 ok\nC: RCPT TO:<b@example.org>\nS: 250 ok\n"
            "X: read-bdat\nS: 250 2.0.0 queued as BD1\nC: QUIT\nS: 221 bye\n") };
    const QByteArray message = "Subject: bdat\n\n.dot line\nbare LF";
    const HostileRun run = runScenario(s, 3000, message);
    QVERIFY2(!run.error.isError(),
        qPrintable(run.error.toString() + QLatin1Char('\n') + run.transcript));
    QVERIFY2(run.record.passed(), qPrintable(run.record.describe()));
    // BDAT carries the bytes as they are, no dot-stuffing, but line ends are still CRLF.
    const QByteArray expected("Subject: bdat\r\n\r\n.dot line\r\nbare LF\r\n");
    QCOMPARE(run.record.first().data.value(0), expected);
    QVERIFY(
        run.record.first().received.contains(QStringLiteral("BDAT %1 LAST").arg(expected.size())));
}

void TestHostile::authChallengeNotBase64()
{
    Scenario s { Greeting
            + QStringLiteral("C: EHLO client.test\nS: 250-hostile.test\nS: 250 AUTH LOGIN\n"
                             "C: AUTH LOGIN\nS: 334 !!!not base64!!!\nC: *\nS: 501 cancelled\nC: "
                             "QUIT\nS: 221 bye\n"),
        ConnectionSecurity::None, true };
    const HostileRun run = runScenario(s);
    QCOMPARE(run.error.code(), SmtpError::ProtocolViolation);
    QVERIFY2(run.record.passed(), qPrintable(run.record.describe()));
    QVERIFY(!run.transcript.contains(Password));
}

void TestHostile::authChallengesRedacted_data()
{
    // Whatever the mechanism and however the exchange ends, the transcript keeps that a
    // challenge came and the outcome, never the challenge: SCRAM's server-first message with
    // the client's proof is enough to test password guesses offline (RFC 5802 §9).
    const QByteArray serverFirst = QByteArray("r=not-your-nonce,s=c2FsdHNhbHQ=,i=4096").toBase64();
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("challenge");
    QTest::newRow("SCRAM impostor")
        << QStringLiteral("C: EHLO client.test\nS: 250-hostile.test\nS: 250 AUTH SCRAM-SHA-256\n"
                          "C: AUTH SCRAM-SHA-256 <redacted>\nS: 334 %1\nC: *\n"
                          "S: 501 5.7.0 cancelled\nC: QUIT\nS: 221 bye\n")
               .arg(QString::fromLatin1(serverFirst))
        << int(SmtpError::AuthServerUnverified) << serverFirst;
    QTest::newRow("LOGIN refused")
        << QStringLiteral("C: EHLO client.test\nS: 250-hostile.test\nS: 250 AUTH LOGIN\n"
                          "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: <redacted>\n"
                          "S: 334 UGFzc3dvcmQ6\nC: <redacted>\nS: 535 5.7.8 no\n"
                          "C: QUIT\nS: 221 bye\n")
        << int(SmtpError::AuthenticationFailed) << QByteArray("UGFzc3dvcmQ6");
    QTest::newRow("CRAM-MD5 refused")
        << QStringLiteral("C: EHLO client.test\nS: 250-hostile.test\nS: 250 AUTH CRAM-MD5\n"
                          "C: AUTH CRAM-MD5\nS: 334 PDEyMzQ1LjY3ODlAaG9zdGlsZS50ZXN0Pg==\n"
                          "C: <redacted>\nS: 535 5.7.8 no\nC: QUIT\nS: 221 bye\n")
        << int(SmtpError::AuthenticationFailed)
        << QByteArray("PDEyMzQ1LjY3ODlAaG9zdGlsZS50ZXN0Pg==");
    QTest::newRow("challenge without its code")
        << QStringLiteral("C: EHLO client.test\nS: 250-hostile.test\nS: 250 AUTH SCRAM-SHA-256\n"
                          "C: AUTH SCRAM-SHA-256 <redacted>\nS: %1\nX: expect-close 5\n")
               .arg(QString::fromLatin1(serverFirst))
        << int(SmtpError::MalformedReply) << serverFirst;
}

void TestHostile::authChallengesRedacted()
{
    QFETCH(QString, script);
    QFETCH(int, code);
    QFETCH(QByteArray, challenge);
    const HostileRun run
        = runScenario(Scenario { Greeting + script, ConnectionSecurity::None, true });
    QVERIFY2(run.finished, qPrintable(run.transcript));
    QCOMPARE(int(run.error.code()), code);
    QVERIFY2(run.record.passed(), qPrintable(run.record.describe()));
    // Neither the live transcript (of which the saved and stored ones are copies) nor the
    // error, which the outbox stores and the CLI prints, holds the challenge.
    const QString everything = run.transcript + QLatin1Char('\n') + run.error.toString()
        + QLatin1Char('\n') + run.sessionError.toString();
    QVERIFY2(!everything.contains(QString::fromLatin1(challenge)), qPrintable(everything));
    const QString leak = saslChallengeIn(everything);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    QVERIFY2(run.transcript.contains(QStringLiteral("\nC: AUTH ")), qPrintable(run.transcript));
    QVERIFY(!run.transcript.contains(Password));
}

void TestHostile::transcriptReplays()
{
    // A transcript saved from one session is a scenario the scripted server can replay.
    Scenario original { Greeting + PlainEhlo
        + QStringLiteral("C: MAIL FROM:<a@example.org>\nC: RCPT TO:<b@example.org>\nC: DATA\n"
                         "S: 250 ok\nS: 250 ok\nS: 354 go\nX: read-data\nS: 250 queued as R1\nC: "
                         "QUIT\nS: 221 bye\n") };
    const HostileRun first = runScenario(original);
    QVERIFY2(!first.error.isError(), qPrintable(first.error.toString()));
    // The saved transcript summarises the data; the replay reads it with read-data.
    QString replay = first.transcript;
    replay.replace(QStringLiteral("C: .\n"), QStringLiteral("X: read-data\n"));
    const HostileRun second = runScenario({ replay });
    QVERIFY2(
        !second.error.isError(), qPrintable(second.error.toString() + QLatin1Char('\n') + replay));
    QVERIFY2(second.record.passed(), qPrintable(second.record.describe()));
}

void TestHostile::abortAfterFinalDotIsUncertain()
{
    // Cancelling a message whose end of data is already out cannot take it back: the server
    // may deliver it, so the result must say so rather than "cancelled".
    ScriptedServer server(Greeting
        + QStringLiteral(
            "C: EHLO client.test\nS: 250 hostile.test\nC: MAIL FROM:<a@example.org>\nS: 250 ok\n"
            "C: RCPT TO:<b@example.org>\nS: 250 ok\nC: DATA\nS: 354 go\nX: read-data\nX: sleep "
            "5\n"));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        simpleMessage());
    QObject::connect(reply, &SmtpSendReply::endOfDataImminent, reply,
        [reply] { QTimer::singleShot(300, reply, &SmtpSendReply::abort); });
    QVERIFY(run.run());
    QCOMPARE(reply->error().code(), SmtpError::ConnectionLostAfterData);
    QVERIFY(reply->isUncertain());
}

void TestHostile::tlsServerThatStopsReadingTimesOutWithoutBuffering()
{
    // The server takes DATA and then reads nothing. Over TLS the client must still see that
    // no data moves (RFC 5321 §4.5.3.2.5) and must not encrypt the whole message into memory:
    // the result is a timeout, and not "uncertain", since the end of data never left.
    ScriptedServer server(Greeting
        + QStringLiteral(
            "C: EHLO client.test\nS: 250 hostile.test\nC: MAIL FROM:<a@example.org>\nS: 250 ok\n"
            "C: RCPT TO:<b@example.org>\nS: 250 ok\nC: DATA\nS: 354 go\nX: sleep 8\n"));
    server.setCertificate(TestCa::instance().serverCertPath(), TestCa::instance().serverKeyPath());
    QVERIFY2(server.start(true), qPrintable(server.errorString()));
    SmtpServerSettings settings = loopbackSettings(server.port(), ConnectionSecurity::ImplicitTls);
    settings.trust.caFile = TestCa::instance().caCertPath();
    settings.timeouts = SmtpTimeouts::uniform(1500);
    SessionRun run(settings);
    QByteArray big = simpleMessage("big", {});
    big.reserve(40 * 1024 * 1024);
    while (big.size() < 40 * 1024 * 1024)
        big += QByteArray(998, 'q') + "\r\n";
    qint64 sentAtEnd = 0;
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }), big);
    QObject::connect(
        reply, &SmtpSendReply::progress, [&sentAtEnd](qint64 sent, qint64) { sentAtEnd = sent; });
    QVERIFY(run.run(20000));
    QCOMPARE(reply->error().code(), SmtpError::Timeout);
    QVERIFY(!reply->isUncertain());
    // Only what the kernel and a bounded buffer hold was taken from the message.
    QVERIFY2(sentAtEnd < 16 * 1024 * 1024, qPrintable(QString::number(sentAtEnd)));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
