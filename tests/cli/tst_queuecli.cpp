// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// outboundctl enqueue, sendmail and queue, end to end: the real binary on a real profile,
// against aiosmtpd and the scripted hostile server, several processes at once, and processes
// killed with SIGKILL. Asserts what the servers received and what the queue says.
#include "../outbox/outboxtesting.h"
#include "clirunner.h"
#include "serverprocess.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <csignal>

using namespace OutboxTesting;

namespace {

using Result = CliRunner::Result;

QJsonObject jsonObject(const Result &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

// A fixture profile: the folder, a private TMPDIR for the processes, and helpers to run
// outboundctl on it.
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

    // Starts outboundctl on this profile; the caller writes stdin and calls finished().
    std::unique_ptr<QProcess> start(const QStringList &args) const { return cli.start(args); }
    Result finished(QProcess &process) const { return cli.finish(process); }
    Result run(const QStringList &args, const QByteArray &input = {}) const
    {
        return cli.run(args, input);
    }

    // Adds (or replaces) the plaintext account "work" on localhost:port.
    bool setAccount(quint16 port, QString *error) const
    {
        const Result r = run({ QStringLiteral("account"), QStringLiteral("add"),
            QStringLiteral("work"), QStringLiteral("--server"),
            QStringLiteral("localhost:%1").arg(port), QStringLiteral("--security"),
            QStringLiteral("none"), QStringLiteral("--address"), QStringLiteral("ada@example.org"),
            QStringLiteral("--helo"), QStringLiteral("client.test") });
        if (r.exitCode != 0)
            *error = describe(r);
        return r.exitCode == 0;
    }

    // A message file in the fixture's folder.
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = files.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return path;
    }

    QJsonArray list() const
    {
        const Result r
            = run({ QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json") });
        return QJsonDocument::fromJson(r.out).array();
    }

    // Enqueues in this process, as the GUI would (faster than a process per message).
    QList<qint64> enqueueMany(const QStringList &tags) const
    {
        OutboxStore store(profile);
        QList<qint64> ids;
        if (!store.open())
            return ids;
        for (const QString &tag : tags) {
            if (const std::optional<qint64> id = enqueueBytes(store, QStringLiteral("work"),
                    envelope(
                        QStringLiteral("ada@example.org"), { QStringLiteral("bob@example.org") }),
                    testMessage(tag)))
                ids << *id;
        }
        return ids;
    }

    QTemporaryDir dir;
    QTemporaryDir tmp;
    QTemporaryDir files;
    Profile profile;
    CliRunner cli;
};

QJsonObject findById(const QJsonArray &list, qint64 id)
{
    for (const QJsonValue &value : list) {
        if (value.toObject().value(QStringLiteral("id")).toInteger() == id)
            return value.toObject();
    }
    return {};
}

QStringList tags(const QList<ReceivedMessage> &messages)
{
    QStringList list;
    for (const ReceivedMessage &m : messages)
        list << messageTag(m.content);
    return list;
}

// The transcript's wire lines (C: and S:), without the events (# lines).
QStringList wireLines(const QString &transcript)
{
    QStringList lines;
    for (const QString &line : transcript.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("C: ")) || line.startsWith(QLatin1String("S: ")))
            lines << line;
    }
    return lines;
}

// Whether `lines` holds `wanted` in this order (others may come between).
bool inOrder(const QStringList &lines, const QStringList &wanted)
{
    qsizetype at = 0;
    for (const QString &line : lines) {
        if (at < wanted.size() && line.startsWith(wanted[at]))
            ++at;
    }
    return at == wanted.size();
}

// SIGKILL for one child, as a crash would end it. Never kill(0, …): a process that already
// exited has no id, and 0 would mean our whole process group.
void killHard(QProcess &process)
{
    const qint64 pid = process.processId();
    if (pid > 0 && process.state() != QProcess::NotRunning)
        ::kill(pid_t(pid), SIGKILL);
}

qint64 idOf(const Result &r)
{
    return jsonObject(r).value(QStringLiteral("id")).toInteger(-1);
}

} // namespace

class TestQueueCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showListsEveryAttemptWithItsTranscript();
    void enqueueListHoldReleaseRetryDelete();
    void usageErrors();
    void enqueueTakesTheSenderFromAnIdentity();
    void sendmailWithBccAndDotLines();
    void sendmailRecipientsAsArgumentsAndSender();
    void neverQueuesAPartialOrInvalidMessage_data();
    void neverQueuesAPartialOrInvalidMessage();
    void twoProcessesFlushingOneProfileSendEachMessageOnce();
    void enqueueKilledMidwayLeavesNothing();
    void enqueueSeveralFilesAllOrNothing();
    void enqueueOfSeveralKilledLeavesDebrisTheNextFlushRemoves();
    void enqueueKilledAtAnyPointLeavesWholeMessagesOnly_data();
    void enqueueKilledAtAnyPointLeavesWholeMessagesOnly();
    void flushKilledDuringDeliveryIsRecovered();
    void runDeliversWhatOtherProcessesEnqueueUntilStopped();
};

void TestQueueCli::initTestCase()
{
    QVERIFY2(QFile::exists(CliRunner::binary()), qPrintable(CliRunner::binary()));
}

// The issue's "done when": a message deferred twice and then delivered shows three attempts,
// each with its own transcript.
void TestQueueCli::showListsEveryAttemptWithItsTranscript()
{
    ScriptedServer hostile(
        QStringLiteral("S: 220 scripted ESMTP\nC: EHLO client.test\nS: 250 scripted\n"
                       "C: MAIL FROM:<ada@example.org>\nS: 250 2.1.0 ok\n"
                       "C: RCPT TO:<bob@example.org>\nS: 250 2.1.5 ok\n"
                       "C: DATA\nS: 354 go ahead\nX: read-data\n"
                       "S: 451 4.3.0 queue full, try later\n"
                       "C: RSET\nS: 250 2.0.0 ok\nC: QUIT\nS: 221 2.0.0 bye\n"),
        2);
    QVERIFY2(hostile.start(), qPrintable(hostile.errorString()));
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(hostile.port(), &error), qPrintable(error));
    const QByteArray content = testMessage(QStringLiteral("three-attempts"));
    Result r = p.run({ QStringLiteral("enqueue"), QStringLiteral("--json"),
        p.writeFile(QStringLiteral("m.eml"), content) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const qint64 id = idOf(r);
    QVERIFY(id > 0);
    const QString ids = QString::number(id);

    for (int attempt = 0; attempt < 2; ++attempt) {
        r = p.run({ QStringLiteral("queue"), QStringLiteral("flush"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 75, qPrintable(describe(r)));
        QCOMPARE(jsonObject(r).value(QStringLiteral("deferred")).toInt(), 1);
        QCOMPARE(jsonObject(r).value(QStringLiteral("sent")).toInt(), 0);
        // Deferred by a minute: a flush now would not try; the user says "retry now".
        r = p.run({ QStringLiteral("queue"), QStringLiteral("retry"), ids });
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
    const ScriptedServer::Record record = hostile.finish();
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    QCOMPARE(record.connections.size(), 2);

    QVERIFY2(p.setAccount(server.port(), &error), qPrintable(error));
    r = p.run({ QStringLiteral("queue"), QStringLiteral("flush"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(jsonObject(r).value(QStringLiteral("sent")).toInt(), 1);
    const QList<ReceivedMessage> received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].content, content);

    r = p.run({ QStringLiteral("queue"), QStringLiteral("show"), ids, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject shown = jsonObject(r);
    QCOMPARE(shown.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
    QCOMPARE(shown.value(QStringLiteral("account")).toString(), QStringLiteral("work"));
    QCOMPARE(shown.value(QStringLiteral("sender")).toString(), QStringLiteral("ada@example.org"));
    QCOMPARE(shown.value(QStringLiteral("attempts")).toInt(), 3);
    QCOMPARE(shown.value(QStringLiteral("queueId")).toString(), received[0].id);
    QCOMPARE(shown.value(QStringLiteral("size")).toInteger(), content.size());
    QVERIFY(!shown.value(QStringLiteral("sentAt")).toString().isEmpty());
    const QJsonArray recipients = shown.value(QStringLiteral("recipients")).toArray();
    QCOMPARE(recipients.size(), 1);
    QCOMPARE(recipients[0].toObject().value(QStringLiteral("address")).toString(),
        QStringLiteral("bob@example.org"));
    QCOMPARE(recipients[0].toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("accepted"));

    const QJsonArray history = shown.value(QStringLiteral("attemptHistory")).toArray();
    QCOMPARE(history.size(), 3);
    const QStringList keys { QStringLiteral("endedAt"), QStringLiteral("error"),
        QStringLiteral("errorCode"), QStringLiteral("result"), QStringLiteral("server"),
        QStringLiteral("startedAt"), QStringLiteral("transcript") };
    const QStringList expectedResults { QStringLiteral("deferred"), QStringLiteral("deferred"),
        QStringLiteral("sent") };
    QDateTime previousEnd;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject a = history[i].toObject();
        QCOMPARE(a.keys(), keys);
        QCOMPARE(a.value(QStringLiteral("result")).toString(), expectedResults[i]);
        const QDateTime started = QDateTime::fromString(
            a.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
        const QDateTime ended = QDateTime::fromString(
            a.value(QStringLiteral("endedAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(started.isValid() && ended.isValid());
        QVERIFY(started <= ended);
        QVERIFY(!previousEnd.isValid() || previousEnd <= started);
        previousEnd = ended;
        const QStringList lines = wireLines(a.value(QStringLiteral("transcript")).toString());
        if (i < 2) {
            QCOMPARE(a.value(QStringLiteral("server")).toString(),
                QStringLiteral("localhost:%1").arg(hostile.port()));
            QCOMPARE(a.value(QStringLiteral("errorCode")).toString(),
                QStringLiteral("TransientFailure"));
            QVERIFY(a.value(QStringLiteral("error")).toString().contains(QLatin1String("451")));
            // This attempt's conversation, exactly, up to the server's answer to the message;
            // only the RSET that follows may come after it.
            const QStringList expected { QStringLiteral("S: 220 scripted ESMTP"),
                QStringLiteral("C: EHLO client.test"), QStringLiteral("S: 250 scripted"),
                QStringLiteral("C: MAIL FROM:<ada@example.org>"), QStringLiteral("S: 250 2.1.0 ok"),
                QStringLiteral("C: RCPT TO:<bob@example.org>"), QStringLiteral("S: 250 2.1.5 ok"),
                QStringLiteral("C: DATA"), QStringLiteral("S: 354 go ahead"),
                QStringLiteral("C: ."), QStringLiteral("S: 451 4.3.0 queue full, try later") };
            QVERIFY2(lines.size() >= expected.size(), qPrintable(lines.join(QLatin1Char('\n'))));
            QCOMPARE(lines.mid(0, expected.size()), expected);
            for (const QString &extra : lines.mid(expected.size()))
                QVERIFY2(
                    extra == QLatin1String("C: RSET") || extra == QLatin1String("S: 250 2.0.0 ok"),
                    qPrintable(extra));
        } else {
            QCOMPARE(a.value(QStringLiteral("server")).toString(),
                QStringLiteral("localhost:%1").arg(server.port()));
            QCOMPARE(a.value(QStringLiteral("errorCode")).toString(), QString());
            QVERIFY2(inOrder(lines,
                         { QStringLiteral("S: 220 "), QStringLiteral("C: EHLO client.test"),
                             QStringLiteral("C: MAIL FROM:<ada@example.org>"),
                             QStringLiteral("C: RCPT TO:<bob@example.org>"),
                             QStringLiteral("C: DATA"), QStringLiteral("S: 354"),
                             QStringLiteral("S: 250 2.0.0 OK queued as ") + received[0].id }),
                qPrintable(lines.join(QLatin1Char('\n'))));
        }
    }

    // The text form shows the same three attempts and their conversations.
    r = p.run({ QStringLiteral("queue"), QStringLiteral("show"), ids });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.out.count("  attempt "), 3);
    QCOMPARE(r.out.count("    S: 451 4.3.0 queue full, try later"), 2);
}

void TestQueueCli::enqueueListHoldReleaseRetryDelete()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(server.port(), &error), qPrintable(error));

    Result r = p.run({ QStringLiteral("enqueue"), QStringLiteral("--json"),
        p.writeFile(QStringLiteral("a.eml"), testMessage(QStringLiteral("a"))) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const qint64 a = idOf(r);
    r = p.run({ QStringLiteral("enqueue"), QStringLiteral("--json"), QStringLiteral("--hold"),
        p.writeFile(QStringLiteral("b.eml"), testMessage(QStringLiteral("b"))) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const qint64 b = idOf(r);
    r = p.run({ QStringLiteral("enqueue"), QStringLiteral("--json"), QStringLiteral("--not-before"),
                  QStringLiteral("+3600"), QStringLiteral("-") },
        testMessage(QStringLiteral("c")));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const qint64 c = idOf(r);
    // Without --json, enqueue prints the bare id.
    r = p.run({ QStringLiteral("enqueue"), QStringLiteral("--hold"), QStringLiteral("-") },
        testMessage(QStringLiteral("d")));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const qint64 d = r.out.trimmed().toLongLong();
    QVERIFY(a > 0 && b > a && c > b && d > c);

    QJsonArray list = p.list();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list[0].toObject().value(QStringLiteral("id")).toInteger(), d); // newest first
    QCOMPARE(findById(list, a).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QCOMPARE(findById(list, b).value(QStringLiteral("state")).toString(), QStringLiteral("held"));
    QCOMPARE(findById(list, c).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QVERIFY(findById(list, c).contains(QStringLiteral("notBefore")));
    const QJsonArray recipients = findById(list, a).value(QStringLiteral("recipients")).toArray();
    QCOMPARE(recipients.size(), 1);
    QCOMPARE(recipients[0].toObject().value(QStringLiteral("address")).toString(),
        QStringLiteral("bob@example.org"));
    QCOMPARE(recipients[0].toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("pending"));
    QCOMPARE(findById(list, a).value(QStringLiteral("size")).toInteger(),
        testMessage(QStringLiteral("a")).size());

    // hold a, release b: a stays, b goes; c waits for its time; d stays held.
    r = p.run({ QStringLiteral("queue"), QStringLiteral("hold"), QString::number(a) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = p.run({ QStringLiteral("queue"), QStringLiteral("hold"), QString::number(a) });
    QVERIFY2(r.exitCode == 65 && r.err.contains("cannot become"), qPrintable(describe(r)));
    r = p.run({ QStringLiteral("queue"), QStringLiteral("release"), QString::number(b),
        QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = p.run({ QStringLiteral("queue"), QStringLiteral("flush"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(jsonObject(r).value(QStringLiteral("sent")).toInt(), 1);
    QCOMPARE(tags(server.waitForMessages(1)), QStringList { QStringLiteral("b") });
    list = p.list();
    QCOMPARE(findById(list, a).value(QStringLiteral("state")).toString(), QStringLiteral("held"));
    QCOMPARE(findById(list, b).value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
    QCOMPARE(
        findById(list, b).value(QStringLiteral("queueId")).toString(), server.messages()[0].id);
    QCOMPARE(findById(list, c).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QCOMPARE(findById(list, c).value(QStringLiteral("attempts")).toInt(), 0);

    // release a and retry c (now, despite --not-before): both go.
    r = p.run({ QStringLiteral("queue"), QStringLiteral("release"), QString::number(a) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = p.run({ QStringLiteral("queue"), QStringLiteral("retry"), QString::number(c) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(!findById(p.list(), c).contains(QStringLiteral("notBefore")));
    r = p.run({ QStringLiteral("queue"), QStringLiteral("flush"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(jsonObject(r).value(QStringLiteral("sent")).toInt(), 2);
    QStringList got = tags(server.waitForMessages(3));
    got.sort();
    QCOMPARE(got, (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));

    // delete: the held d and the sent a leave the list but stay recoverable, spool files
    // included; list shows the rest. --account filters the list.
    const QJsonDocument other = QJsonDocument::fromJson(
        p.run({ QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json"),
                  QStringLiteral("--account"), QStringLiteral("other") })
            .out);
    QVERIFY(other.isArray() && other.array().isEmpty());
    QCOMPARE(spoolEntries(p.profile).size(), 4);
    r = p.run({ QStringLiteral("queue"), QStringLiteral("delete"), QString::number(d),
        QString::number(a) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    list = p.list();
    QCOMPARE(list.size(), 2);
    QVERIFY(findById(list, a).isEmpty() && findById(list, d).isEmpty());
    QCOMPARE(spoolEntries(p.profile).size(), 4);
    QVERIFY2(r.err.contains(QStringLiteral("queue restore %1").arg(d).toUtf8()),
        qPrintable(describe(r)));
    r = p.run({ QStringLiteral("queue"), QStringLiteral("delete"), QStringLiteral("999") });
    QVERIFY2(r.exitCode == 65, qPrintable(describe(r)));
    r = p.run({ QStringLiteral("queue"), QStringLiteral("deleted"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonArray deleted = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(deleted.size(), 2);
    QCOMPARE(
        findById(deleted, d).value(QStringLiteral("state")).toString(), QStringLiteral("held"));
    QCOMPARE(
        findById(deleted, a).value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
    QVERIFY(findById(deleted, a).contains(QStringLiteral("deletedAt")));
    // restore brings d back as it was (held), and only once.
    r = p.run({ QStringLiteral("queue"), QStringLiteral("restore"), QString::number(d) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(
        findById(p.list(), d).value(QStringLiteral("state")).toString(), QStringLiteral("held"));
    r = p.run({ QStringLiteral("queue"), QStringLiteral("restore"), QString::number(d) });
    QVERIFY2(r.exitCode == 65, qPrintable(describe(r)));
    r = p.run({ QStringLiteral("queue"), QStringLiteral("delete"), QString::number(d) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    // Nothing more is due: a flush sends nothing and says so.
    r = p.run({ QStringLiteral("queue"), QStringLiteral("flush"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(jsonObject(r).value(QStringLiteral("sent")).toInt(), 0);
    QCOMPARE(server.messages().size(), 3);
}

void TestQueueCli::enqueueTakesTheSenderFromAnIdentity()
{
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(2525, &error), qPrintable(error));
    Result r = p.run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("grace"),
        QStringLiteral("--server"), QStringLiteral("localhost:2526"), QStringLiteral("--security"),
        QStringLiteral("none"), QStringLiteral("--address"), QStringLiteral("grace@example.org"),
        QStringLiteral("--name"), QStringLiteral("Grace Hopper") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    // Queued for "work", sent as the identity "grace".
    r = p.run({ QStringLiteral("enqueue"), QStringLiteral("--json"), QStringLiteral("--hold"),
        QStringLiteral("--account"), QStringLiteral("work"), QStringLiteral("--identity"),
        QStringLiteral("grace"), QStringLiteral("--to"), QStringLiteral("bob@example.org"),
        QStringLiteral("--subject"), QStringLiteral("From Grace"), QStringLiteral("--body"),
        QStringLiteral("Hello.") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonArray list = p.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("account")).toString(),
        QStringLiteral("work"));
    QCOMPARE(list.first().toObject().value(QStringLiteral("sender")).toString(),
        QStringLiteral("grace@example.org"));

    r = p.run({ QStringLiteral("enqueue"), QStringLiteral("--account"), QStringLiteral("work"),
        QStringLiteral("--identity"), QStringLiteral("nobody"), QStringLiteral("--to"),
        QStringLiteral("bob@example.org") });
    QCOMPARE(r.exitCode, 78);
    QVERIFY2(r.err.contains("nobody"), qPrintable(describe(r)));
}

void TestQueueCli::usageErrors()
{
    CliProfile p;
    QCOMPARE(p.run({ QStringLiteral("queue") }).exitCode, 64);
    QCOMPARE(p.run({ QStringLiteral("queue"), QStringLiteral("frobnicate"), QStringLiteral("1") })
                 .exitCode,
        64);
    QCOMPARE(p.run({ QStringLiteral("queue"), QStringLiteral("hold") }).exitCode, 64);
    QCOMPARE(
        p.run({ QStringLiteral("queue"), QStringLiteral("hold"), QStringLiteral("x") }).exitCode,
        64);
    const Result shown
        = p.run({ QStringLiteral("queue"), QStringLiteral("show"), QStringLiteral("42") });
    QVERIFY2(shown.exitCode == 65 && shown.err.contains("42"), qPrintable(describe(shown)));
    // No account in the profile: a configuration error, and nothing is queued.
    const Result r = p.run({ QStringLiteral("sendmail"), QStringLiteral("bob@example.org") },
        testMessage(QStringLiteral("x")));
    QVERIFY2(r.exitCode == 78, qPrintable(describe(r)));
    QCOMPARE(p.list().size(), 0);
    QCOMPARE(p.run({ QStringLiteral("sendmail") }, testMessage(QStringLiteral("x"))).exitCode, 64);
}

void TestQueueCli::sendmailWithBccAndDotLines()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(server.port(), &error), qPrintable(error));

    const QByteArray head = "From: Carol <carol@example.org>\r\nTo: Bob <bob@example.org>\r\n"
                            "Cc: dave@example.org\r\n";
    const QByteArray bcc = "Bcc: hidden@example.org,\r\n  also-hidden@example.org\r\n";
    const QByteArray rest = "Subject: sendmail -t\r\nMessage-ID: <sendmail-t@outbox.test>\r\n\r\n"
                            "first line\r\n.\r\n..two dots\r\nlast line\r\n";
    // -i: the lone dot is a line of the message, not its end.
    const Result r
        = p.run({ QStringLiteral("sendmail"), QStringLiteral("-t"), QStringLiteral("-i") },
            head + bcc + rest);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    const QList<ReceivedMessage> received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].content, head + rest); // the Bcc field is gone, everything else exact
    QCOMPARE(received[0].mailFrom, QStringLiteral("carol@example.org"));
    QStringList rcpts = received[0].rcptTos;
    rcpts.sort();
    QCOMPARE(rcpts,
        (QStringList { QStringLiteral("also-hidden@example.org"), QStringLiteral("bob@example.org"),
            QStringLiteral("dave@example.org"), QStringLiteral("hidden@example.org") }));

    // The queue holds the same bytes, without Bcc, and says it was sent.
    const QJsonArray list = p.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
    QCOMPARE(list[0].toObject().value(QStringLiteral("recipients")).toArray().size(), 4);
    // Listed under the message's own subject.
    QCOMPARE(list[0].toObject().value(QStringLiteral("subject")).toString(),
        QStringLiteral("sendmail -t"));
    const QStringList spooled = spoolEntries(p.profile);
    QCOMPARE(spooled.size(), 1);
    QFile spool(p.profile.spoolDir() + QLatin1Char('/') + spooled[0]);
    QVERIFY(spool.open(QIODevice::ReadOnly));
    const QByteArray stored = spool.readAll();
    QCOMPARE(stored, head + rest);
    QVERIFY(!stored.contains("hidden@"));
    // No temporary copy is left behind.
    QCOMPARE(QDir(p.tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList());
}

void TestQueueCli::sendmailRecipientsAsArgumentsAndSender()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(server.port(), &error), qPrintable(error));

    // Recipients from the arguments only (not the To field), envelope sender from -f; without
    // -i a lone dot ends the message, as in sendmail.
    const QByteArray message = testMessage(QStringLiteral("args"), "kept\r\n");
    Result r = p.run(
        { QStringLiteral("sendmail"), QStringLiteral("-f"), QStringLiteral("bounces@example.org"),
            QStringLiteral("x@example.org"), QStringLiteral("Y <y@example.org>") },
        message + ".\r\nnot part of the message\r\n");
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QList<ReceivedMessage> received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].content, message);
    QCOMPARE(received[0].mailFrom, QStringLiteral("bounces@example.org"));
    QCOMPARE(received[0].rcptTos,
        (QStringList { QStringLiteral("x@example.org"), QStringLiteral("y@example.org") }));

    // -fADDR, -oi and --queue-only: queued, not sent, until a flush.
    const QByteArray second = testMessage(QStringLiteral("queued-only"));
    r = p.run(
        { QStringLiteral("sendmail"), QStringLiteral("-oi"), QStringLiteral("-fother@example.org"),
            QStringLiteral("--queue-only"), QStringLiteral("z@example.org") },
        second);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QJsonArray list = p.list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(
        list[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QCOMPARE(list[0].toObject().value(QStringLiteral("sender")).toString(),
        QStringLiteral("other@example.org"));
    QTest::qWait(100);
    QCOMPARE(server.messages().size(), 1);
    r = p.run({ QStringLiteral("queue"), QStringLiteral("flush") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    received = server.waitForMessages(2);
    QCOMPARE(received.size(), 2);
    QCOMPARE(received[1].content, second);
    QCOMPARE(received[1].mailFrom, QStringLiteral("other@example.org"));
    QCOMPARE(received[1].rcptTos, QStringList { QStringLiteral("z@example.org") });
}

void TestQueueCli::neverQueuesAPartialOrInvalidMessage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");

    const QByteArray head
        = "From: Ada <ada@example.org>\r\nTo: bob@example.org\r\nSubject: cut\r\n";
    const QByteArray body = "\r\nThe body, which must never be lost.\r\n";
    const QStringList oi { QStringLiteral("sendmail"), QStringLiteral("-oi"),
        QStringLiteral("bob@example.org") };
    // Each of these was delivered as its first header fields alone, with exit 0.
    QTest::newRow("sendmail -oi, non-ASCII header name")
        << oi << head + "X-T\xc3\xabst: 1\r\n" + body << QStringLiteral("line 4 ");
    QTest::newRow("sendmail -oi, 70,000-character header line")
        << oi << head + "X-Long: " + QByteArray(70000, 'h') + "\r\n" + body
        << QStringLiteral("line 4 ");
    // Read in 64 KiB pieces, the end of a long line looked like a lone dot.
    QTest::newRow("sendmail, 65,535-byte line ending in a dot")
        << QStringList { QStringLiteral("sendmail"), QStringLiteral("bob@example.org") }
        << head + "\r\n" + QByteArray(65535, 'x') + ".\r\nthe rest\r\n"
        << QStringLiteral("line 5 ");
    QTest::newRow("sendmail -t, NUL in the body")
        << QStringList { QStringLiteral("sendmail"), QStringLiteral("-t") }
        << head + "\r\nab" + QByteArray("\0", 1) + "c\r\n"
        << QStringLiteral("offset %1").arg(head.size() + 4);
    QTest::newRow("enqueue -, 999-octet line")
        << QStringList { QStringLiteral("enqueue"), QStringLiteral("-") }
        << head + "\r\n" + QByteArray(999, 'x') + "\r\n"
        << QStringLiteral("line 5 ");
    QTest::newRow("enqueue -, NUL in a header")
        << QStringList { QStringLiteral("enqueue"), QStringLiteral("-") }
        << head + "X-A: " + QByteArray("\0", 1) + "\r\n" + body
        << QStringLiteral("offset %1").arg(head.size() + 5);
}

// Whenever the message cannot be read whole, or holds what SMTP cannot carry: exit 65,
// nothing queued, nothing sent.
void TestQueueCli::neverQueuesAPartialOrInvalidMessage()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(server.port(), &error), qPrintable(error));

    const Result r = p.run(args, input);
    QVERIFY2(r.exitCode == 65, qPrintable(describe(r)));
    QVERIFY2(
        QString::fromUtf8(r.err).contains(reason, Qt::CaseInsensitive), qPrintable(describe(r)));
    QCOMPARE(p.list().size(), 0);
    QCOMPARE(spoolEntries(p.profile), QStringList());
    QVERIFY(server.waitForMessages(1, 300).isEmpty());
    QCOMPARE(QDir(p.tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList());
}

void TestQueueCli::twoProcessesFlushingOneProfileSendEachMessageOnce()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(server.port(), &error), qPrintable(error));
    constexpr int Count = 40;
    QStringList expected;
    for (int i = 0; i < Count; ++i)
        expected << QStringLiteral("m%1").arg(i, 2, 10, QLatin1Char('0'));
    QCOMPARE(p.enqueueMany(expected).size(), Count);

    const QStringList flush { QStringLiteral("queue"), QStringLiteral("flush"),
        QStringLiteral("--json") };
    const std::unique_ptr<QProcess> first = p.start(flush);
    const std::unique_ptr<QProcess> second = p.start(flush);
    first->closeWriteChannel();
    second->closeWriteChannel();
    const Result r1 = p.finished(*first);
    const Result r2 = p.finished(*second);
    QVERIFY2(r1.exitCode == 0, qPrintable(describe(r1)));
    QVERIFY2(r2.exitCode == 0, qPrintable(describe(r2)));
    QCOMPARE(jsonObject(r1).value(QStringLiteral("sent")).toInt()
            + jsonObject(r2).value(QStringLiteral("sent")).toInt(),
        Count);

    QCOMPARE(server.waitForMessages(Count).size(), Count);
    QTest::qWait(200); // a duplicate would arrive late
    QStringList got = tags(server.messages());
    got.sort();
    QCOMPARE(got, expected); // every message, each exactly once
    const QJsonArray list = p.list();
    QCOMPARE(list.size(), Count);
    for (const QJsonValue &value : list) {
        QCOMPARE(
            value.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(value.toObject().value(QStringLiteral("attempts")).toInt(), 1);
    }
}

void TestQueueCli::enqueueKilledMidwayLeavesNothing()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(server.port(), &error), qPrintable(error));

    // A slow producer: half the message, then the process is killed.
    const QByteArray message
        = testMessage(QStringLiteral("half"), QByteArray(200 * 1024, 'x') + "\r\n");
    for (const QString &command : { QStringLiteral("enqueue"), QStringLiteral("sendmail") }) {
        const std::unique_ptr<QProcess> process = command == QLatin1String("enqueue")
            ? p.start({ command, QStringLiteral("-") })
            : p.start({ command, QStringLiteral("-t") });
        process->write(message.left(message.size() / 2));
        QVERIFY(process->waitForBytesWritten(5000));
        QTest::qWait(300);
        QCOMPARE(process->state(), QProcess::Running); // still waiting for the rest
        killHard(*process);
        QVERIFY(process->waitForFinished(5000));
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
    }

    QCOMPARE(p.list().size(), 0);
    QCOMPARE(spoolEntries(p.profile), QStringList());
    // The outbox works as before: a complete message goes in and out, alone.
    Result r = p.run(
        { QStringLiteral("enqueue"), QStringLiteral("-") }, testMessage(QStringLiteral("whole")));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = p.run({ QStringLiteral("queue"), QStringLiteral("flush") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(tags(server.waitForMessages(1)), QStringList { QStringLiteral("whole") });
    QTest::qWait(100);
    QCOMPARE(server.messages().size(), 1);
}

// Several files: one id per line in the order of the files (or a JSON list), each message
// whole and deliverable; a bad file in the middle stops the command with its name and
// reason, and nothing of any of them is stored.
void TestQueueCli::enqueueSeveralFilesAllOrNothing()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(server.port(), &error), qPrintable(error));
    QStringList files;
    for (const char *tag : { "first", "second", "third" })
        files << p.writeFile(QString::fromLatin1(tag) + QStringLiteral(".eml"),
            testMessage(QString::fromLatin1(tag)));
    const QString bad = p.writeFile(
        QStringLiteral("bad.eml"), testMessage(QStringLiteral("bad"), QByteArray("a\0b\r\n", 5)));

    Result r = p.run({ QStringLiteral("enqueue"), files[0], QStringLiteral("-"), files[2] },
        testMessage(QStringLiteral("from stdin")));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonArray listed = p.list();
    QCOMPARE(listed.size(), 3);
    const QStringList subjects { QStringLiteral("first"), QStringLiteral("from stdin"),
        QStringLiteral("third") };
    for (int i = 0; i < 3; ++i) {
        const QJsonObject m = findById(listed, lines[i].toLongLong());
        QCOMPARE(m.value(QStringLiteral("subject")).toString(), subjects[i]);
        QCOMPARE(m.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    }

    // --json: a list for several files; the single-file form is as it was.
    r = p.run({ QStringLiteral("enqueue"), QStringLiteral("--json"), QStringLiteral("--hold"),
        files[1], files[2] });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonArray ids = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(ids.size(), 2);
    QCOMPARE(ids[0].toObject().value(QStringLiteral("file")).toString(), files[1]);
    QCOMPARE(ids[1].toObject().value(QStringLiteral("file")).toString(), files[2]);
    const QJsonObject held
        = findById(p.list(), ids[1].toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(held.value(QStringLiteral("state")).toString(), QStringLiteral("held"));
    r = p.run({ QStringLiteral("enqueue"), QStringLiteral("--json"), files[0] });
    QVERIFY2(r.exitCode == 0 && idOf(r) > 0, qPrintable(describe(r)));

    // A bad file, or a missing one, in the middle: exit 65, which file and why, nothing kept.
    const QStringList spoolBefore = spoolEntries(p.profile);
    QCOMPARE(spoolBefore.size(), 6);
    for (const QString &wrong : { bad, QString(p.files.filePath(QStringLiteral("missing.eml"))) }) {
        r = p.run({ QStringLiteral("enqueue"), files[0], files[1], wrong, files[2] });
        QVERIFY2(r.exitCode == 65, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(wrong.toUtf8()), qPrintable(describe(r)));
        QVERIFY2(r.err.contains("nothing was queued"), qPrintable(describe(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(p.list().size(), 6);
        QCOMPARE(spoolEntries(p.profile), spoolBefore);
    }
    r = p.run({ QStringLiteral("enqueue"), files[0], bad });
    QVERIFY2(r.exitCode == 65 && r.err.contains("NUL"), qPrintable(describe(r)));
    // Options that make a new message, and stdin twice, are usage errors.
    QCOMPARE(
        p.run({ QStringLiteral("enqueue"), QStringLiteral("-"), files[0], QStringLiteral("-") })
            .exitCode,
        64);
    QCOMPARE(p.run({ QStringLiteral("enqueue"), QStringLiteral("--subject"), QStringLiteral("x"),
                       files[0], files[1] })
                 .exitCode,
        64);
    QCOMPARE(p.list().size(), 6);
    QCOMPARE(QDir(p.tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList());

    // What went in goes out, each message once.
    r = p.run({ QStringLiteral("queue"), QStringLiteral("release"),
        QString::number(ids[1].toObject().value(QStringLiteral("id")).toInteger()) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = p.run({ QStringLiteral("queue"), QStringLiteral("release"),
        QString::number(ids[0].toObject().value(QStringLiteral("id")).toInteger()) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = p.run({ QStringLiteral("queue"), QStringLiteral("flush") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QStringList received = tags(server.waitForMessages(6));
    received.sort();
    QCOMPARE(received,
        QStringList(
            { QStringLiteral("first"), QStringLiteral("first"), QStringLiteral("from stdin"),
                QStringLiteral("second"), QStringLiteral("third"), QStringLiteral("third") }));
}

// Killed while it waits for its last message (standard input), an enqueue of several files has
// spooled the first ones and recorded none: nothing is queued, and the first flush after it
// finds the dead process's lock and removes its files at once (not ten minutes later).
void TestQueueCli::enqueueOfSeveralKilledLeavesDebrisTheNextFlushRemoves()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(server.port(), &error), qPrintable(error));
    const QString a = p.writeFile(QStringLiteral("a.eml"), testMessage(QStringLiteral("a")));
    const QString b = p.writeFile(QStringLiteral("b.eml"), testMessage(QStringLiteral("b")));
    QVERIFY(p.enqueueMany({ QStringLiteral("kept") }).size() == 1);

    const std::unique_ptr<QProcess> process
        = p.start({ QStringLiteral("enqueue"), a, b, QStringLiteral("-") });
    QTRY_COMPARE_WITH_TIMEOUT(spoolEntries(p.profile).size(), 3, 10000);
    QTest::qWait(100);
    QCOMPARE(process->state(), QProcess::Running); // waiting for standard input
    killHard(*process);
    QVERIFY(process->waitForFinished(5000));
    QCOMPARE(p.list().size(), 1);
    QCOMPARE(spoolEntries(p.profile).size(), 3);
    // An enqueue does not look (its open is O(1)); a flush recovers, and sweeps.
    Result r = p.run(
        { QStringLiteral("enqueue"), QStringLiteral("-") }, testMessage(QStringLiteral("whole")));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(spoolEntries(p.profile).size(), 4);
    r = p.run({ QStringLiteral("queue"), QStringLiteral("flush") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(spoolEntries(p.profile).size(), 2);
    QStringList received = tags(server.waitForMessages(2));
    received.sort();
    QCOMPARE(received, QStringList({ QStringLiteral("kept"), QStringLiteral("whole") }));
    QCOMPARE(
        QDir(p.profile.path() + QStringLiteral("/locks")).entryList(QDir::Files), QStringList());
}

void TestQueueCli::enqueueKilledAtAnyPointLeavesWholeMessagesOnly_data()
{
    QTest::addColumn<int>("delayMs");
    for (int delay : { 5, 20, 40, 80, 150, 300 })
        QTest::addRow("kill after %d ms", delay) << delay;
}

void TestQueueCli::enqueueKilledAtAnyPointLeavesWholeMessagesOnly()
{
    QFETCH(int, delayMs);
    static CliProfile p; // one profile for all rows: each kill lands on what the last left
    static QByteArray message;
    static QString file;
    if (message.isEmpty()) {
        QString error;
        QVERIFY2(p.setAccount(25, &error), qPrintable(error));
        QByteArray body;
        for (int i = 0; body.size() < 8 * 1024 * 1024; ++i)
            body += QByteArray::number(i).rightJustified(10, '0')
                + " the quick brown fox jumps over the lazy dog\r\n";
        message = testMessage(QStringLiteral("big"), body);
        file = p.writeFile(QStringLiteral("big.eml"), message);
    }

    const std::unique_ptr<QProcess> process = p.start({ QStringLiteral("enqueue"), file });
    process->closeWriteChannel();
    QTest::qWait(delayMs);
    killHard(*process);
    process->waitForFinished(5000);

    // Whatever the moment: every row has its whole spool file, and every spool file is
    // either a row's or (a kill between file and row) a complete orphan the next open sweeps.
    const QJsonArray list = p.list();
    OutboxStore store(p.profile);
    QVERIFY(store.open());
    QStringList referenced;
    for (const QJsonValue &value : list) {
        const std::optional<OutboxMessage> m
            = store.message(value.toObject().value(QStringLiteral("id")).toInteger());
        QVERIFY(m);
        QCOMPARE(m->size, message.size());
        QFile spool(m->spoolFile);
        QVERIFY2(spool.open(QIODevice::ReadOnly), qPrintable(m->spoolFile));
        QVERIFY(spool.readAll() == message);
        referenced << QFileInfo(m->spoolFile).fileName();
    }
    for (const QString &name : spoolEntries(p.profile)) {
        if (referenced.contains(name))
            continue;
        QFile orphan(p.profile.spoolDir() + QLatin1Char('/') + name);
        QVERIFY2(name.endsWith(QLatin1String(".eml")), qPrintable(name));
        QVERIFY(orphan.open(QIODevice::ReadOnly));
        QVERIFY2(
            orphan.readAll() == message, qPrintable(QStringLiteral("partial spool file ") + name));
    }
}

void TestQueueCli::flushKilledDuringDeliveryIsRecovered()
{
    // The server takes the whole message, then says nothing for a long time: the flush is
    // killed while the message is past its final dot.
    ScriptedServer hostile(QStringLiteral(
        "S: 220 scripted ESMTP\nC: EHLO client.test\nS: 250 scripted\n"
        "C: MAIL FROM:<ada@example.org>\nS: 250 2.1.0 ok\nC: RCPT TO:<bob@example.org>\nS: 250 "
        "2.1.5 ok\n"
        "C: DATA\nS: 354 go ahead\nX: read-data\nX: sleep 30\nS: 250 2.0.0 too late\n"));
    QVERIFY2(hostile.start(), qPrintable(hostile.errorString()));
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(hostile.port(), &error), qPrintable(error));
    const QList<qint64> ids
        = p.enqueueMany({ QStringLiteral("k0"), QStringLiteral("k1"), QStringLiteral("k2") });
    QCOMPARE(ids.size(), 3);

    const std::unique_ptr<QProcess> flush
        = p.start({ QStringLiteral("queue"), QStringLiteral("flush") });
    flush->closeWriteChannel();
    // Two connections per account: two messages are claimed, one of them reaches the final dot
    // (the other waits behind it: the scripted server serves one connection at a time).
    const QueueDatabase db(p.profile);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return db.value(QStringLiteral(
                                         "SELECT COUNT(*) FROM messages WHERE past_final_dot = 1"))
                                .toInt()
                         == 1
                         && db.value(QStringLiteral(
                                         "SELECT COUNT(*) FROM messages WHERE state = 'sending'"))
                                .toInt()
                         == 2;
                 },
                 10000),
        "the flush never got past the final dot");
    const qint64 pastDot
        = db.value(QStringLiteral("SELECT id FROM messages WHERE past_final_dot = 1")).toLongLong();
    killHard(*flush);
    QVERIFY(flush->waitForFinished(5000));
    QCOMPARE(flush->exitStatus(), QProcess::CrashExit);
    const ScriptedServer::Record record = hostile.finish(0);
    QCOMPARE(record.connections.size(), 1);
    QCOMPARE(record.first().data.size(), 1);
    const QString deliveredTag = messageTag(record.first().data[0]);
    QCOMPARE(findById(p.list(), pastDot).value(QStringLiteral("state")).toString(),
        QStringLiteral("sending"));

    // The next flush recovers: the message past the final dot becomes uncertain (the server
    // may have it), the others are sent, each once.
    QVERIFY2(p.setAccount(server.port(), &error), qPrintable(error));
    Result r
        = p.run({ QStringLiteral("queue"), QStringLiteral("flush"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(jsonObject(r).value(QStringLiteral("sent")).toInt(), 2);
    QStringList got = tags(server.waitForMessages(2));
    got.sort();
    QStringList expected { QStringLiteral("k0"), QStringLiteral("k1"), QStringLiteral("k2") };
    expected.removeOne(deliveredTag);
    QCOMPARE(got, expected);

    const QJsonArray list = p.list();
    for (qint64 id : ids) {
        const QJsonObject m = findById(list, id);
        QCOMPARE(m.value(QStringLiteral("state")).toString(),
            id == pastDot ? QStringLiteral("uncertain") : QStringLiteral("sent"));
    }
    QVERIFY(findById(list, pastDot)
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QLatin1String("may have it")));

    // Uncertain is never sent again by itself.
    r = p.run({ QStringLiteral("queue"), QStringLiteral("flush"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(jsonObject(r).value(QStringLiteral("sent")).toInt(), 0);
    QTest::qWait(100);
    QCOMPARE(server.messages().size(), 2);
    QCOMPARE(findById(p.list(), pastDot).value(QStringLiteral("state")).toString(),
        QStringLiteral("uncertain"));

    // Nor by a plain retry: that would risk the duplicate the state exists to prevent. It is
    // refused (EX_USAGE) with the risk named, and nothing changes.
    r = p.run({ QStringLiteral("queue"), QStringLiteral("retry"), QString::number(pastDot) });
    QVERIFY2(r.exitCode == 64, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("may already have delivered") && r.err.contains("--accept-duplicate"),
        qPrintable(describe(r)));
    QCOMPARE(findById(p.list(), pastDot).value(QStringLiteral("state")).toString(),
        QStringLiteral("uncertain"));
    r = p.run({ QStringLiteral("queue"), QStringLiteral("flush"), QStringLiteral("--json") });
    QCOMPARE(jsonObject(r).value(QStringLiteral("sent")).toInt(), 0);
    QCOMPARE(server.messages().size(), 2);
    // With --accept-duplicate the user has decided: it goes again.
    r = p.run({ QStringLiteral("queue"), QStringLiteral("retry"),
        QStringLiteral("--accept-duplicate"), QString::number(pastDot) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = p.run({ QStringLiteral("queue"), QStringLiteral("flush"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(jsonObject(r).value(QStringLiteral("sent")).toInt(), 1);
    QCOMPARE(server.waitForMessages(3).size(), 3);
}

void TestQueueCli::runDeliversWhatOtherProcessesEnqueueUntilStopped()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    CliProfile p;
    QString error;
    QVERIFY2(p.setAccount(server.port(), &error), qPrintable(error));
    const std::unique_ptr<QProcess> run
        = p.start({ QStringLiteral("queue"), QStringLiteral("run") });
    run->closeWriteChannel();
    QTest::qWait(500); // idle: nothing in the queue yet

    // Messages other processes put in the outbox go out without anyone poking `run`.
    for (const QString &tag : { QStringLiteral("first"), QStringLiteral("second") }) {
        const Result r = p.run(
            { QStringLiteral("sendmail"), QStringLiteral("--queue-only"), QStringLiteral("-t") },
            testMessage(tag));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(QTest::qWaitFor([&] { return tags(server.messages()).contains(tag); }, 10000),
            qPrintable(tag + QStringLiteral(" was not delivered by `queue run`")));
    }
    QCOMPARE(run->state(), QProcess::Running);

    // SIGTERM ends it cleanly, with its summary.
    ::kill(pid_t(run->processId()), SIGTERM);
    const Result r = p.finished(*run);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("2 sent"), qPrintable(describe(r)));
    QCOMPARE(tags(server.messages()),
        (QStringList { QStringLiteral("first"), QStringLiteral("second") }));
}

QTEST_GUILESS_MAIN(TestQueueCli)
#include "tst_queuecli.moc"
