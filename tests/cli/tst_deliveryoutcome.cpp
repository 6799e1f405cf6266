// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// Exit 0 means every recipient has the message: outboundctl send, sendmail and the outbox,
// end to end with the real binary, against aiosmtpd and the scripted hostile server. What
// the exit code, the JSON, stderr and the queue say for every reply class at every step,
// and for messages only some recipients took.
#include "../outbox/outboxtesting.h"
#include "clirunner.h"
#include "serverprocess.h"
#include "testca.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace OutboxTesting;

namespace {

const QString Password = QStringLiteral("pw-for-the-table");

using Result = CliRunner::Result;

// A profile with the account "work", and outboundctl run on it.
class CliProfile
{
public:
    CliProfile()
        : profile(profileIn(dir))
        , cli(dir.path())
    {
        cli.setTempDir(tmp.path());
        cli.setTimeout(30000);
    }

    Result run(const QStringList &args, const QByteArray &input = {}) const
    {
        return cli.run(args, input);
    }

    // security "none", or "starttls" with the test CA and a password (ada).
    bool setAccount(quint16 port, const QString &security, QString *error) const
    {
        QStringList args { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("work"),
            QStringLiteral("--server"), QStringLiteral("localhost:%1").arg(port),
            QStringLiteral("--security"), security, QStringLiteral("--address"),
            QStringLiteral("ada@example.org"), QStringLiteral("--helo"),
            QStringLiteral("client.test"), QStringLiteral("--timeout"), QStringLiteral("5") };
        if (security != QLatin1String("none"))
            args << QStringLiteral("--ca-file") << TestCa::instance().caCertPath()
                 << QStringLiteral("--user") << QStringLiteral("ada")
                 << QStringLiteral("--password-command") << QStringLiteral("echo %1").arg(Password);
        const Result r = run(args);
        if (r.exitCode != 0)
            *error = describe(r);
        return r.exitCode == 0;
    }

    QJsonObject show(qint64 id) const
    {
        return QJsonDocument::fromJson(run({ QStringLiteral("queue"), QStringLiteral("show"),
                                               QString::number(id), QStringLiteral("--json") })
                                           .out)
            .object();
    }

    QTemporaryDir dir;
    QTemporaryDir tmp;
    Profile profile;
    CliRunner cli;
};

QStringList sendArgs(const QStringList &to)
{
    return { QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("work"),
        QStringLiteral("--to"), to.join(QStringLiteral(", ")), QStringLiteral("--subject"),
        QStringLiteral("outcome"), QStringLiteral("--body"), QStringLiteral("Hello.") };
}

QStringList enqueueArgs(const QStringList &to)
{
    QStringList args = sendArgs(to);
    args[0] = QStringLiteral("enqueue");
    return args << QStringLiteral("--json");
}

qint64 idOf(const Result &r)
{
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toInteger(-1);
}

QString recipientState(const QJsonObject &message, int index)
{
    return message.value(QStringLiteral("recipients"))
        .toArray()
        .at(index)
        .toObject()
        .value(QStringLiteral("state"))
        .toString();
}

} // namespace

class TestDeliveryOutcome : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void replyClassesAtEveryStep_data();
    void replyClassesAtEveryStep();
    void sendExitCodePerRecipient_data();
    void sendExitCodePerRecipient();
    void sendTakesEveryRecipientDespiteLimits();
    void sendGoesOnOverAnotherConnectionPastMailMax();
    void partlySentInTheQueue();
    void sendmailKeepsTemporarilyRefusedRecipientsQueued();
};

void TestDeliveryOutcome::initTestCase()
{
    QVERIFY2(TestCa::instance().isValid(), qPrintable(TestCa::instance().errorString()));
}

// RFC 5321 §4.2.1: any 4yz is temporary (send: 75, outbox: deferred), any 5yz permanent
// (send: 69, outbox: failed — or held where the account needs attention, and 77 for refused
// credentials), at every step of a STARTTLS + AUTH session.
void TestDeliveryOutcome::replyClassesAtEveryStep_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outboxState");

    const QString greet = QStringLiteral("S: 220 table.test ESMTP\n");
    const QString ehlo
        = QStringLiteral("C: EHLO client.test\nS: 250-table.test\nS: 250 STARTTLS\n");
    const QString tls = QStringLiteral("C: STARTTLS\nS: 220 go ahead\nX: starttls\n")
        + QStringLiteral("C: EHLO client.test\nS: 250-table.test\nS: 250 AUTH PLAIN\n");
    const QString authOk = QStringLiteral("C: AUTH PLAIN <redacted>\nS: 235 2.7.0 ok\n");
    const QString mail = QStringLiteral("C: MAIL FROM:<ada@example.org>*\n");
    const QString rcpt = QStringLiteral("C: RCPT TO:<bob@example.org>*\n");
    const QString ok = QStringLiteral("S: 250 ok\n");
    const QString rsetQuit = QStringLiteral("C: RSET\nS: 250 ok\nC: QUIT\nS: 221 bye\n");
    const QString quit = QStringLiteral("C: QUIT\nS: 221 bye\n");
    const QString session = greet + ehlo + tls + authOk;
    const QString deferred = QStringLiteral("deferred");
    const QString failed = QStringLiteral("failed");
    const QString held = QStringLiteral("held");

    QTest::newRow("greeting 421") << QStringLiteral("S: 421 4.3.2 busy\nX: close\n") << 75
                                  << deferred;
    QTest::newRow("greeting 554") << QStringLiteral("S: 554 5.7.1 no service\n") + quit << 69
                                  << failed;
    QTest::newRow("EHLO 451") << greet + QStringLiteral("C: EHLO client.test\nS: 451 4.3.0 later\n")
            + quit << 75 << deferred;
    // EHLO refused leaves no way to STARTTLS: the account needs attention.
    QTest::newRow("EHLO 550") << greet + QStringLiteral("C: EHLO client.test\nS: 550 5.5.1 no\n")
            + quit << 69 << held;
    QTest::newRow("STARTTLS 454") << greet + ehlo
            + QStringLiteral("C: STARTTLS\nS: 454 4.7.0 TLS not available now\n")
            + quit << 75 << deferred;
    QTest::newRow("STARTTLS 554") << greet + ehlo
            + QStringLiteral("C: STARTTLS\nS: 554 5.7.3 no TLS\n")
            + quit << 69 << held;
    QTest::newRow("AUTH 454") << greet + ehlo + tls
            + QStringLiteral("C: AUTH PLAIN <redacted>\nS: 454 4.7.0 try later\n")
            + quit << 75 << deferred;
    QTest::newRow("AUTH 535") << greet + ehlo + tls
            + QStringLiteral("C: AUTH PLAIN <redacted>\nS: 535 5.7.8 bad credentials\n")
            + quit << 77 << held;
    QTest::newRow("MAIL 451") << session + mail + QStringLiteral("S: 451 4.3.0 later\n") + rsetQuit
                              << 75 << deferred;
    QTest::newRow("MAIL 550") << session + mail + QStringLiteral("S: 550 5.7.1 not you\n")
            + rsetQuit << 69 << failed;
    QTest::newRow("RCPT 450") << session + mail + ok + rcpt
            + QStringLiteral("S: 450 4.2.1 mailbox busy\n")
            + rsetQuit << 75 << deferred;
    QTest::newRow("RCPT 550") << session + mail + ok + rcpt
            + QStringLiteral("S: 550 5.1.1 no such user\n")
            + rsetQuit << 69 << failed;
    QTest::newRow("DATA 451") << session + mail + ok + rcpt + ok
            + QStringLiteral("C: DATA\nS: 451 4.3.0 later\n")
            + rsetQuit << 75 << deferred;
    QTest::newRow("DATA 554") << session + mail + ok + rcpt + ok
            + QStringLiteral("C: DATA\nS: 554 5.7.1 no\n")
            + rsetQuit << 69 << failed;
    QTest::newRow("end of data 451") << session + mail + ok + rcpt + ok
            + QStringLiteral("C: DATA\nS: 354 go\nX: read-data\nS: 451 4.3.0 later\n")
            + rsetQuit << 75 << deferred;
    QTest::newRow("end of data 554") << session + mail + ok + rcpt + ok
            + QStringLiteral("C: DATA\nS: 354 go\nX: read-data\nS: 554 5.7.1 spam\n")
            + rsetQuit << 69 << failed;
}

void TestDeliveryOutcome::replyClassesAtEveryStep()
{
    QFETCH(QString, script);
    QFETCH(int, exitCode);
    QFETCH(QString, outboxState);
    // Two connections: one for send, one for the outbox.
    ScriptedServer server(script, 2);
    server.setCertificate(TestCa::instance().serverCertPath(), TestCa::instance().serverKeyPath());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(server.port(), QStringLiteral("starttls"), &error), qPrintable(error));

    const QStringList to { QStringLiteral("bob@example.org") };
    const Result sent = p.run(sendArgs(to));
    QVERIFY2(sent.exitCode == exitCode, qPrintable(describe(sent)));

    const Result queued = p.run(enqueueArgs(to));
    QVERIFY2(queued.exitCode == 0, qPrintable(describe(queued)));
    const qint64 id = idOf(queued);
    const Result flushed = p.run({ QStringLiteral("queue"), QStringLiteral("flush") });
    QVERIFY2(flushed.exitCode != 0, qPrintable(describe(flushed)));
    const QJsonObject message = p.show(id);
    QVERIFY2(message.value(QStringLiteral("state")).toString() == outboxState,
        QJsonDocument(message).toJson().constData());

    const ScriptedRecord record = server.finish(10000);
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    QCOMPARE(record.connections.size(), 2);
}

void TestDeliveryOutcome::sendExitCodePerRecipient_data()
{
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("states"); // per recipient, in --json
    const QString bob = QStringLiteral("bob@example.org");
    const QString nobody = QStringLiteral("nobody@example.org");
    const QString later = QStringLiteral("later@example.org");
    QTest::newRow("everyone") << QStringList { bob } << 0 << QStringLiteral("sent")
                              << QStringList { QStringLiteral("accepted") };
    QTest::newRow("one refused") << QStringList { bob, nobody } << 69
                                 << QStringLiteral("partly-sent")
                                 << QStringList { QStringLiteral("accepted"),
                                        QStringLiteral("refused") };
    QTest::newRow("one refused for now")
        << QStringList { bob, later } << 75 << QStringLiteral("partly-sent")
        << QStringList { QStringLiteral("accepted"), QStringLiteral("deferred") };
    QTest::newRow("refused and refused for now")
        << QStringList { bob, later, nobody } << 69 << QStringLiteral("partly-sent")
        << QStringList { QStringLiteral("accepted"), QStringLiteral("deferred"),
               QStringLiteral("refused") };
    QTest::newRow("nobody took it, some only for now")
        << QStringList { later, nobody } << 69 << QStringLiteral("failed")
        << QStringList { QStringLiteral("deferred"), QStringLiteral("refused") };
}

void TestDeliveryOutcome::sendExitCodePerRecipient()
{
    QFETCH(QStringList, to);
    QFETCH(int, exitCode);
    QFETCH(QString, status);
    QFETCH(QStringList, states);
    SmtpTestServer::Options options;
    options.rejectRcpt = { QStringLiteral("nobody@*") };
    options.tempfailRcpt = { QStringLiteral("later@*") };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(server.port(), QStringLiteral("none"), &error), qPrintable(error));

    const Result r = p.run(sendArgs(to) << QStringLiteral("--json"));
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), status);
    const QJsonArray recipients = json.value(QStringLiteral("recipients")).toArray();
    QStringList got;
    for (const QJsonValue &recipient : recipients)
        got << recipient.toObject().value(QStringLiteral("status")).toString();
    QCOMPARE(got, states);
    // stderr names every recipient with its reply when not all have it.
    const QString err = QString::fromUtf8(r.err);
    if (exitCode != 0) {
        for (const QString &address : std::as_const(to))
            QVERIFY2(err.contains(address), qPrintable(err));
        if (to.contains(QStringLiteral("nobody@example.org")))
            QVERIFY2(err.contains(QStringLiteral("550 5.1.1")), qPrintable(err));
        if (to.contains(QStringLiteral("later@example.org")))
            QVERIFY2(err.contains(QStringLiteral("450 4.2.0")), qPrintable(err));
    }
}

void TestDeliveryOutcome::sendTakesEveryRecipientDespiteLimits()
{
    // 452 4.5.3 past two recipients per transaction (RFC 5321 §4.5.3.1.10): the rest go in
    // further transactions of the same connection, and exit 0 means all five have it.
    SmtpTestServer::Options options;
    options.maxRecipients = 2;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(server.port(), QStringLiteral("none"), &error), qPrintable(error));
    QStringList to;
    for (int i = 1; i <= 5; ++i)
        to << QStringLiteral("r%1@example.org").arg(i);
    const Result r = p.run(sendArgs(to) << QStringLiteral("--json"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    QCOMPARE(json.value(QStringLiteral("queueIds")).toArray().size(), 3);
    const QList<ReceivedMessage> received = server.waitForMessages(3);
    QCOMPARE(received.size(), 3);
    QStringList all;
    for (const ReceivedMessage &message : received)
        all += message.rcptTos;
    QCOMPARE(all, to);
}

void TestDeliveryOutcome::sendGoesOnOverAnotherConnectionPastMailMax()
{
    // RFC 9422: one transaction of one recipient per connection; the second recipient goes
    // over a second connection.
    ScriptedServer server(ScriptedServer::oneRecipientPerConnection(), 2);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(server.port(), QStringLiteral("none"), &error), qPrintable(error));
    const Result r
        = p.run(sendArgs({ QStringLiteral("r1@example.org"), QStringLiteral("r2@example.org") }));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const ScriptedRecord record = server.finish(10000);
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    QCOMPARE(record.connections.size(), 2);
    QVERIFY(record.connections[0].received.contains(QStringLiteral("RCPT TO:<r1@example.org>")));
    QVERIFY(record.connections[1].received.contains(QStringLiteral("RCPT TO:<r2@example.org>")));
}

void TestDeliveryOutcome::partlySentInTheQueue()
{
    SmtpTestServer::Options options;
    options.rejectRcpt = { QStringLiteral("nobody@*") };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(server.port(), QStringLiteral("none"), &error), qPrintable(error));
    const Result queued = p.run(
        enqueueArgs({ QStringLiteral("bob@example.org"), QStringLiteral("nobody@example.org") }));
    QVERIFY2(queued.exitCode == 0, qPrintable(describe(queued)));
    const qint64 id = idOf(queued);

    // Not "1 sent": the flush reports it partly sent, and exits 69.
    const Result flushed = p.run({ QStringLiteral("queue"), QStringLiteral("flush") });
    QVERIFY2(flushed.exitCode == 69, qPrintable(describe(flushed)));
    QVERIFY2(flushed.err.contains("0 sent, 1 partly sent"), qPrintable(describe(flushed)));

    const QJsonObject message = p.show(id);
    QVERIFY(message.value(QStringLiteral("partlySent")).toBool());
    QCOMPARE(recipientState(message, 0), QStringLiteral("accepted"));
    QCOMPARE(recipientState(message, 1), QStringLiteral("failed"));

    const Result list = p.run({ QStringLiteral("queue"), QStringLiteral("list") });
    QVERIFY2(list.out.contains("\tpartly-sent\t"), qPrintable(describe(list)));
    const Result show
        = p.run({ QStringLiteral("queue"), QStringLiteral("show"), QString::number(id) });
    QVERIFY2(show.out.contains("Partly sent"), qPrintable(describe(show)));
    QVERIFY2(show.out.contains("not delivered to: nobody@example.org (550 5.1.1"),
        qPrintable(describe(show)));
}

void TestDeliveryOutcome::sendmailKeepsTemporarilyRefusedRecipientsQueued()
{
    SmtpTestServer::Options options;
    options.tempfailRcpt = { QStringLiteral("later@*") };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(server.port(), QStringLiteral("none"), &error), qPrintable(error));
    const QByteArray message = testMessage(QStringLiteral("later"));
    const Result r
        = p.run({ QStringLiteral("sendmail"), QStringLiteral("-i"),
                    QStringLiteral("bob@example.org"), QStringLiteral("later@example.org") },
            message);
    // Safely queued: 0, and stderr says who is still waiting.
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("queued for later@example.org"), qPrintable(describe(r)));
    const QList<ReceivedMessage> received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].rcptTos, QStringList { QStringLiteral("bob@example.org") });

    const QJsonArray list = QJsonDocument::fromJson(
        p.run({ QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json") }).out)
                                .array();
    QCOMPARE(list.size(), 1);
    const QJsonObject queued = list[0].toObject();
    QCOMPARE(queued.value(QStringLiteral("state")).toString(), QStringLiteral("deferred"));
    QVERIFY(queued.value(QStringLiteral("partlySent")).toBool());
    QCOMPARE(recipientState(queued, 0), QStringLiteral("accepted"));
    QCOMPARE(recipientState(queued, 1), QStringLiteral("pending"));
}

QTEST_GUILESS_MAIN(TestDeliveryOutcome)
#include "tst_deliveryoutcome.moc"
