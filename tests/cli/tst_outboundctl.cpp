// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// outboundctl end to end: the real binary against real servers, asserting on what the server
// received, what the user sees, and the sysexits.h exit codes.
#include "clirunner.h"
#include "dovecot.h"
#include "serverprocess.h"
#include "testca.h"
#include "transcriptcheck.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString User = QStringLiteral("ada");
const QString Password = QStringLiteral("Ünïcode-p4ss w0rd");

using Result = CliRunner::Result;

Result run(const QStringList &args, const QByteArray &stdinData = {}, const QString &profile = {})
{
    return CliRunner(profile).run(args, stdinData);
}

// A password command that prints the password, without the password on the command line.
QString passwordCommand(const QTemporaryDir &dir, const QString &password = Password)
{
    const QString path = dir.filePath(QStringLiteral("secret"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(password.toUtf8() + "\n");
    file.close();
    return QStringLiteral("cat '%1'").arg(path);
}

QStringList serverArgs(quint16 port, const QString &security)
{
    return { QStringLiteral("--server"), QStringLiteral("localhost:%1").arg(port),
        QStringLiteral("--security"), security, QStringLiteral("--ca-file"),
        TestCa::instance().caCertPath(), QStringLiteral("--helo"), QStringLiteral("client.test"),
        QStringLiteral("--timeout"), QStringLiteral("10") };
}

} // namespace

class TestOutboundctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sendsEmlThroughStartTlsWithAuth();
    void sendsFromOptionsWithJson();
    void sendsFromStdinWithPasswordStdin();
    void exitCodes_data();
    void exitCodes();
    void authFailureIs77();
    void startTlsMissingIs69AndSendsNothing();
    void hostileServers_data();
    void hostileServers();
    void finalDotReplyGetsTwiceTheTimeout_data();
    void finalDotReplyGetsTwiceTheTimeout();
    void probeShowsBothCapabilityListsAndCertificate();
    void accountRoundTrip();
    void accountTestAgainstSmtpImapAndPop3();
    void keychainUnavailableIsAClearError();
    void helpNeverRunsTheCommand();

private:
    QTemporaryDir m_dir;
};

void TestOutboundctl::initTestCase()
{
    QVERIFY(QFile::exists(CliRunner::binary()));
    QVERIFY2(TestCa::instance().isValid(), qPrintable(TestCa::instance().errorString()));
}

void TestOutboundctl::sendsEmlThroughStartTlsWithAuth()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::StartTls;
    options.requireStartTls = true;
    options.users = { { User, Password } };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    const QByteArray headers
        = "From: Ada <ada@example.org>\r\nTo: Bob <bob@example.org>\r\nCc: carol@example.org\r\n";
    const QByteArray rest
        = "Subject: eml test\r\nMessage-ID: <eml@example.org>\r\n\r\nBody line\r\n.dot line\r\n";
    const QString eml = m_dir.filePath(QStringLiteral("m.eml"));
    QFile file(eml);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(headers + "Bcc: secret@example.org\r\n" + rest);
    file.close();

    const QString saved = m_dir.filePath(QStringLiteral("saved.transcript"));
    const Result r = run(QStringList { QStringLiteral("send") }
            + serverArgs(server.port(), QStringLiteral("starttls"))
            + QStringList { QStringLiteral("--user"), User, QStringLiteral("--password-command"),
                passwordCommand(m_dir), QStringLiteral("--transcript"),
                QStringLiteral("--transcript-file"), saved, eml },
        {}, m_dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    // The saved transcript is the plain C:/S: form, redacted like the live one.
    QFile savedFile(saved);
    QVERIFY(savedFile.open(QIODevice::ReadOnly));
    const QByteArray savedText = savedFile.readAll();
    QVERIFY(savedText.startsWith("# Connecting"));
    QVERIFY(savedText.contains("\nC: EHLO client.test\n"));
    QVERIFY(savedText.contains("\nC: AUTH SCRAM-SHA-256 <redacted>\n"));
    QVERIFY(!savedText.contains(Password.toUtf8()));
    // Nor the server's SCRAM messages, which would allow an offline attack on the password.
    QVERIFY(savedText.contains("\nS: 334 <redacted>\n"));
    const QString savedLeak = saslChallengeIn(QString::fromUtf8(savedText));
    QVERIFY2(savedLeak.isEmpty(), qPrintable(savedLeak));

    // The server got exactly the file's bytes, less the Bcc line, for all three recipients.
    const auto received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].content, headers + rest);
    QCOMPARE(received[0].mailFrom, QStringLiteral("ada@example.org"));
    QCOMPARE(received[0].rcptTos,
        (QStringList { QStringLiteral("bob@example.org"), QStringLiteral("carol@example.org"),
            QStringLiteral("secret@example.org") }));
    QCOMPARE(received[0].authUser, User);
    QVERIFY(received[0].tls);

    // The transcript shows every step, with the credentials redacted.
    const QString transcript = QString::fromUtf8(r.err);
    for (const char *step : { "S: 220", "C: EHLO client.test", "C: STARTTLS", "# TLS established",
             "C: AUTH SCRAM-SHA-256 <redacted>", "S: 235", "C: MAIL FROM:<ada@example.org>",
             "C: RCPT TO:<secret@example.org>", "C: DATA", "# Message data:", "C: QUIT" })
        QVERIFY2(transcript.contains(QString::fromLatin1(step)), step);
    QVERIFY(!transcript.contains(Password));
    const QString liveLeak = saslChallengeIn(transcript);
    QVERIFY2(liveLeak.isEmpty(), qPrintable(liveLeak));
    QVERIFY(!r.out.contains(Password.toUtf8()));
}

void TestOutboundctl::sendsFromOptionsWithJson()
{
    SmtpTestServer::Options options;
    options.rejectRcpt = { QStringLiteral("nobody@*") };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const Result r = run(QStringList { QStringLiteral("send") }
            + serverArgs(server.port(), QStringLiteral("none"))
            + QStringList { QStringLiteral("--from"), QStringLiteral("Ada <ada@example.org>"),
                QStringLiteral("--to"), QStringLiteral("bob@example.org, nobody@example.org"),
                QStringLiteral("--subject"), QStringLiteral("Grüße"), QStringLiteral("--body"),
                QStringLiteral("Hallo Bob"), QStringLiteral("--json") },
        {}, m_dir.path());
    // Not every recipient has it: not "sent", and not exit 0 (69: one refused for good).
    QVERIFY2(r.exitCode == 69, qPrintable(describe(r)));
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("partly-sent"));
    const QJsonArray recipients = json.value(QStringLiteral("recipients")).toArray();
    QCOMPARE(recipients.size(), 2);
    QVERIFY(recipients[0].toObject().value(QStringLiteral("accepted")).toBool());
    QVERIFY(!recipients[1].toObject().value(QStringLiteral("accepted")).toBool());
    QCOMPARE(recipients[1]
                 .toObject()
                 .value(QStringLiteral("reply"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
        550);
    const auto received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(json.value(QStringLiteral("queueId")).toString(), received[0].id);
    QVERIFY(received[0].content.contains("Subject: =?")); // RFC 2047, not raw UTF-8
    QVERIFY(r.err.contains("nobody@example.org refused"));
}

void TestOutboundctl::sendsFromStdinWithPasswordStdin()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::Implicit;
    options.users = { { User, Password } };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // Both on stdin cannot work: a usage error, before anything else.
    const Result both = run(QStringList { QStringLiteral("send") }
            + serverArgs(server.port(), QStringLiteral("tls"))
            + QStringList { QStringLiteral("--user"), User, QStringLiteral("--password-stdin"),
                QStringLiteral("-") },
        Password.toUtf8() + "\n", m_dir.path());
    QCOMPARE(both.exitCode, 64);

    const Result r = run(QStringList { QStringLiteral("send") }
            + serverArgs(server.port(), QStringLiteral("tls"))
            + QStringList { QStringLiteral("--user"), User, QStringLiteral("--password-stdin"),
                QStringLiteral("--from"), QStringLiteral("ada@example.org"), QStringLiteral("--to"),
                QStringLiteral("bob@example.org") },
        Password.toUtf8() + "\n", m_dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const auto received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].authUser, User);
}

void TestOutboundctl::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList {} << 64 << QString();
    QTest::newRow("unknown command")
        << QStringList { QStringLiteral("fly") } << 64 << QStringLiteral("unknown command");
    QTest::newRow("no server") << QStringList { QStringLiteral("send"), QStringLiteral("--to"),
        QStringLiteral("b@example.org") }
                               << 64 << QStringLiteral("--server");
    QTest::newRow("unknown account")
        << QStringList { QStringLiteral("send"), QStringLiteral("--account"),
               QStringLiteral("nope"), QStringLiteral("--to"), QStringLiteral("b@example.org") }
        << 78 << QStringLiteral("no account named");
    QTest::newRow("bad security") << QStringList { QStringLiteral("probe"),
        QStringLiteral("--server"), QStringLiteral("x"), QStringLiteral("--security"),
        QStringLiteral("maybe") } << 64
                                  << QStringLiteral("--security");
    QTest::newRow("bad address") << QStringList { QStringLiteral("send"),
        QStringLiteral("--server"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--from"),
        QStringLiteral("a@example.org"), QStringLiteral("--to"),
        QStringLiteral("not an address<<") }
                                 << 65 << QStringLiteral("bad address");
    QTest::newRow("missing file") << QStringList { QStringLiteral("send"),
        QStringLiteral("--server"), QStringLiteral("127.0.0.1:1"),
        QStringLiteral("/nonexistent/m.eml") }
                                  << 65 << QStringLiteral("no such file");
    QTest::newRow("user without secret") << QStringList { QStringLiteral("send"),
        QStringLiteral("--server"), QStringLiteral("x"), QStringLiteral("--user"),
        QStringLiteral("u") } << 64 << QStringLiteral("--password");
    QTest::newRow("connection refused") << QStringList { QStringLiteral("send"),
        QStringLiteral("--server"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--security"),
        QStringLiteral("none"), QStringLiteral("--from"), QStringLiteral("a@example.org"),
        QStringLiteral("--to"), QStringLiteral("b@example.org") }
                                        << 75 << QStringLiteral("refused");
    QTest::newRow("failing password command") << QStringList { QStringLiteral("send"),
        QStringLiteral("--server"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--user"),
        QStringLiteral("u"), QStringLiteral("--password-command"), QStringLiteral("exit 3"),
        QStringLiteral("--from"), QStringLiteral("a@example.org"), QStringLiteral("--to"),
        QStringLiteral("b@example.org") } << 78
                                              << QStringLiteral("password command failed");
}

void TestOutboundctl::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Result r = run(args, {}, m_dir.path());
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(describe(r)));
}

void TestOutboundctl::authFailureIs77()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::StartTls;
    options.users = { { User, Password } };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const Result r = run(QStringList { QStringLiteral("send") }
            + serverArgs(server.port(), QStringLiteral("starttls"))
            + QStringList { QStringLiteral("--user"), User, QStringLiteral("--password-command"),
                QStringLiteral("echo wrong"), QStringLiteral("--from"),
                QStringLiteral("ada@example.org"), QStringLiteral("--to"),
                QStringLiteral("bob@example.org"), QStringLiteral("--json") },
        {}, m_dir.path());
    QVERIFY2(r.exitCode == 77, qPrintable(describe(r)));
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(
        json.value(QStringLiteral("error")).toObject().value(QStringLiteral("category")).toString(),
        QStringLiteral("authentication"));
    QVERIFY(server.waitForMessages(1, 300).isEmpty());
}

void TestOutboundctl::startTlsMissingIs69AndSendsNothing()
{
    ScriptedServer server(QStringLiteral(
        "S: 220 plain.test ESMTP\nC: EHLO client.test\nS: 250-plain.test\nS: 250 AUTH PLAIN LOGIN\n"
        "C: QUIT\nS: 221 bye\n"));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const Result r = run(QStringList { QStringLiteral("send") }
            + serverArgs(server.port(), QStringLiteral("starttls"))
            + QStringList { QStringLiteral("--user"), User, QStringLiteral("--password-command"),
                passwordCommand(m_dir), QStringLiteral("--from"), QStringLiteral("ada@example.org"),
                QStringLiteral("--to"), QStringLiteral("bob@example.org") },
        {}, m_dir.path());
    QVERIFY2(r.exitCode == 69, qPrintable(describe(r)));
    QVERIFY(r.err.contains("STARTTLS"));
    const ScriptedRecord record = server.finish();
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    QVERIFY(record.first().received.filter(QStringLiteral("AUTH")).isEmpty());
}

void TestOutboundctl::hostileServers_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("security");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString greet = QStringLiteral("S: 220 hostile.test ESMTP\n");
    const QString tlsEhlo = QStringLiteral(
        "C: EHLO client.test\nS: 250-hostile.test\nS: 250-STARTTLS\nS: 250 AUTH PLAIN\n");
    const QString plainEhlo = QStringLiteral(
        "C: EHLO client.test\nS: 250-hostile.test\nS: 250-PIPELINING\nS: 250 AUTH PLAIN\n");
    const QString auth = QStringLiteral("C: AUTH PLAIN <redacted>\nS: 235 ok\n");
    const QString envelope = QStringLiteral(
        "C: MAIL FROM:<ada@example.org>\nS: 250 ok\nC: RCPT TO:<bob@example.org>\nS: 250 ok\n");
    const QString quit = QStringLiteral("C: QUIT\nS: 221 bye\n");
    // 454 is temporary (RFC 3207 §4): 75, try later; still nothing in plaintext.
    QTest::newRow("STARTTLS refused for now")
        << greet + tlsEhlo + QStringLiteral("C: STARTTLS\nS: 454 no TLS today\n") + quit
        << QStringLiteral("starttls") << 75 << QStringLiteral("refused STARTTLS");
    QTest::newRow("STARTTLS refused")
        << greet + tlsEhlo + QStringLiteral("C: STARTTLS\nS: 554 no TLS here\n") + quit
        << QStringLiteral("starttls") << 69 << QStringLiteral("refused STARTTLS");
    QTest::newRow("plaintext injected after STARTTLS")
        << greet + tlsEhlo
            + QStringLiteral("C: STARTTLS\nX: send 220 go\\r\\n235 2.7.0 fake auth ok\\r\\n\nX: "
                             "expect-close 5\n")
        << QStringLiteral("starttls") << 75 << QStringLiteral("after the server's 220");
    QTest::newRow("greeting 421") << QStringLiteral("S: 421 4.3.2 busy\nX: close\n")
                                  << QStringLiteral("starttls") << 75 << QStringLiteral("421");
    QTest::newRow("greeting 554") << QStringLiteral("S: 554 5.7.1 no service\n") + quit
                                  << QStringLiteral("starttls") << 69 << QStringLiteral("554");
    QTest::newRow("silence") << QStringLiteral("X: sleep 20\n") << QStringLiteral("starttls") << 75
                             << QStringLiteral("no reply");
    QTest::newRow("malformed reply")
        << QStringLiteral("S: hello, I am not SMTP\nX: expect-close 5\n") << QStringLiteral("none")
        << 75 << QStringLiteral("hello, I am not SMTP");
    QTest::newRow("authentication refused")
        << greet + plainEhlo
            + QStringLiteral("C: AUTH PLAIN <redacted>\nS: 535 5.7.8 bad credentials\n") + quit
        << QStringLiteral("none") << 77 << QStringLiteral("535");
    QTest::newRow("MAIL 451") << greet + plainEhlo + auth
            + QStringLiteral("C: MAIL FROM:<ada@example.org>\nS: 451 4.3.0 later\n")
            + QStringLiteral(
                "C: RCPT TO:<bob@example.org>\nS: 503 no\nC: DATA\nS: 503 no\nC: RSET\nS: 250 ok\n")
            + quit << QStringLiteral("none")
                              << 75 << QStringLiteral("451");
    QTest::newRow("recipient 550") << greet + plainEhlo + auth
            + QStringLiteral(
                "C: MAIL FROM:<ada@example.org>\nS: 250 ok\nC: RCPT TO:<bob@example.org>\n"
                "S: 550 5.1.1 no such user\nC: DATA\nS: 554 no valid recipients\nC: RSET\nS: 250 "
                "ok\n")
            + quit << QStringLiteral("none")
                                   << 69 << QStringLiteral("no such user");
    QTest::newRow("dropped after the final dot")
        << greet + plainEhlo + auth
            + QStringLiteral(
                "C: MAIL FROM:<ada@example.org>\nC: RCPT TO:<bob@example.org>\nC: DATA\n")
            + QStringLiteral("S: 250 ok\nS: 250 ok\nS: 354 go\nX: read-data\nX: close\n")
        << QStringLiteral("none") << 75 << QStringLiteral("may have accepted it");
}

void TestOutboundctl::hostileServers()
{
    QFETCH(QString, scenario);
    QFETCH(QString, security);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    ScriptedServer server(scenario);
    server.setCertificate(TestCa::instance().serverCertPath(), TestCa::instance().serverKeyPath());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QStringList args = QStringList { QStringLiteral("send") } + serverArgs(server.port(), security);
    args[args.indexOf(QStringLiteral("--timeout")) + 1] = QStringLiteral("1");
    args << QStringLiteral("--user") << User << QStringLiteral("--password-command")
         << passwordCommand(m_dir) << QStringLiteral("--from") << QStringLiteral("ada@example.org")
         << QStringLiteral("--to") << QStringLiteral("bob@example.org");
    QElapsedTimer clock;
    clock.start();
    const Result r = run(args, {}, m_dir.path());
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(describe(r)));
    QVERIFY2(clock.elapsed() < 8000, "the client waited past its timeout");
    const ScriptedRecord record = server.finish();
    QVERIFY2(record.isValid(), qPrintable(record.error));
    // Whatever the server did, no credential and no mail crossed without TLS when TLS was asked
    // for.
    if (security == QLatin1String("starttls")) {
        for (const ScriptedConnection &c : record.connections) {
            QVERIFY2(
                c.received.filter(QStringLiteral("AUTH")).isEmpty(), qPrintable(record.describe()));
            QVERIFY2(
                c.received.filter(QStringLiteral("MAIL")).isEmpty(), qPrintable(record.describe()));
        }
    }
    QVERIFY(!r.err.contains(Password.toUtf8()));
}

void TestOutboundctl::finalDotReplyGetsTwiceTheTimeout_data()
{
    // RFC 5321 §4.5.3.2.6: 10 minutes for the reply to the final dot where commands get 5. A
    // server that scans the content answers late; giving up there leaves the message uncertain.
    QTest::addColumn<QString>("replyAfter");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("1.5 s with --timeout 1: within 2 s")
        << QStringLiteral("1.5") << QStringList { QStringLiteral("--timeout"), QStringLiteral("1") }
        << 0;
    QTest::addRow("2.5 s with --timeout 1: past 2 s")
        << QStringLiteral("2.5") << QStringList { QStringLiteral("--timeout"), QStringLiteral("1") }
        << 75;
    QTest::addRow("2.5 s with --timeout-data-end 4")
        << QStringLiteral("2.5")
        << QStringList { QStringLiteral("--timeout"), QStringLiteral("1"),
               QStringLiteral("--timeout-data-end"), QStringLiteral("4") }
        << 0;
}

void TestOutboundctl::finalDotReplyGetsTwiceTheTimeout()
{
    QFETCH(QString, replyAfter);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    const QString start = QStringLiteral(
        "S: 220 slow.test ESMTP\nC: EHLO client.test\nS: 250 slow.test\n"
        "C: MAIL FROM:<ada@example.org>\nS: 250 ok\nC: RCPT TO:<bob@example.org>\nS: 250 ok\n"
        "C: DATA\nS: 354 go\nX: read-data\n");
    // The late reply; a client that gave up has closed by then.
    const QString end = exitCode == 0
        ? QStringLiteral("X: sleep %1\nS: 250 2.0.0 queued after a scan\nC: QUIT\nS: 221 bye\n")
              .arg(replyAfter)
        : QStringLiteral("X: expect-close 6\n");
    ScriptedServer server(start + end);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QStringList args = QStringList { QStringLiteral("send") }
        + serverArgs(server.port(), QStringLiteral("none"));
    const qsizetype timeout = args.indexOf(QStringLiteral("--timeout"));
    args.remove(timeout, 2);
    args << options << QStringLiteral("--from") << QStringLiteral("ada@example.org")
         << QStringLiteral("--to") << QStringLiteral("bob@example.org");
    QElapsedTimer clock;
    clock.start();
    const Result r = run(args, {}, m_dir.path());
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    if (exitCode != 0) {
        // It waited the full 2 × --timeout, not the command timer, and says the server may
        // have the message.
        QVERIFY2(elapsed >= 1900 && elapsed < 5000, qPrintable(QString::number(elapsed)));
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("may have accepted")),
            qPrintable(describe(r)));
    }
    const ScriptedRecord record = server.finish();
    QVERIFY2(record.passed(), qPrintable(record.describe()));
}

void TestOutboundctl::probeShowsBothCapabilityListsAndCertificate()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::StartTls;
    options.users = { { User, Password } };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const Result r = run(QStringList { QStringLiteral("probe"), QStringLiteral("--json") }
            + serverArgs(server.port(), QStringLiteral("starttls")),
        {}, m_dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    const QStringList before
        = json.value(QStringLiteral("capabilitiesBeforeTls")).toVariant().toStringList();
    const QStringList after
        = json.value(QStringLiteral("capabilitiesAfterTls")).toVariant().toStringList();
    QVERIFY2(
        before.contains(QStringLiteral("STARTTLS")), qPrintable(before.join(QLatin1Char(','))));
    QVERIFY2(!after.contains(QStringLiteral("STARTTLS")), qPrintable(after.join(QLatin1Char(','))));
    QVERIFY(after.join(QLatin1Char(' ')).contains(QStringLiteral("AUTH")));
    const QJsonArray chain = json.value(QStringLiteral("certificateChain")).toArray();
    QVERIFY(!chain.isEmpty());
    QCOMPARE(
        chain[0].toObject().value(QStringLiteral("sha256")).toString().count(QLatin1Char(':')), 31);
    QVERIFY(json.value(QStringLiteral("authMechanisms"))
                .toArray()
                .contains(QStringLiteral("SCRAM-SHA-256")));
    // The human form says the same.
    const Result human = run(QStringList { QStringLiteral("probe") }
            + serverArgs(server.port(), QStringLiteral("starttls")),
        {}, m_dir.path());
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("Capabilities before TLS"));
    QVERIFY(human.out.contains("Capabilities after TLS"));
    QVERIFY(human.out.contains("SHA-256"));
    QVERIFY(server.waitForMessages(1, 200).isEmpty());
}

void TestOutboundctl::accountRoundTrip()
{
    QTemporaryDir profile;
    const QString command = passwordCommand(m_dir);
    Result r
        = run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("work"),
                  QStringLiteral("--server"), QStringLiteral("mail.example.org:465"),
                  QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--user"),
                  User, QStringLiteral("--password-command"), command, QStringLiteral("--address"),
                  QStringLiteral("ada@example.org"), QStringLiteral("--name"),
                  QStringLiteral("Ada Lovelace"), QStringLiteral("--imap"),
                  QStringLiteral("imap.example.org"), QStringLiteral("--pop3"),
                  QStringLiteral("pop.example.org:1995"), QStringLiteral("--pop3-security"),
                  QStringLiteral("starttls"), QStringLiteral("--timeout"), QStringLiteral("20") },
            {}, profile.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = run({ QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("work"),
                QStringLiteral("--json") },
        {}, profile.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("address")).toString(), QStringLiteral("ada@example.org"));
    const QJsonObject smtp = json.value(QStringLiteral("smtp")).toObject();
    QCOMPARE(smtp.value(QStringLiteral("port")).toInt(), 465);
    QCOMPARE(smtp.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
    // The timers are saved; the final dot's reply keeps RFC 5321's twice the command timer.
    QCOMPARE(smtp.value(QStringLiteral("timeout")).toDouble(), 20.0);
    QCOMPARE(smtp.value(QStringLiteral("timeoutDataEnd")).toDouble(), 40.0);
    QCOMPARE(
        smtp.value(QStringLiteral("secret")).toObject().value(QStringLiteral("source")).toString(),
        QStringLiteral("command"));
    QCOMPARE(
        json.value(QStringLiteral("imap")).toObject().value(QStringLiteral("port")).toInt(), 993);
    QCOMPARE(
        json.value(QStringLiteral("pop3")).toObject().value(QStringLiteral("port")).toInt(), 1995);
    QCOMPARE(
        json.value(QStringLiteral("pop3")).toObject().value(QStringLiteral("security")).toString(),
        QStringLiteral("starttls"));

    // One set apart is kept apart; the command timer stays RFC 5321's.
    r = run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("scanning"),
                QStringLiteral("--server"), QStringLiteral("scan.example.org"),
                QStringLiteral("--address"), QStringLiteral("ada@example.org"),
                QStringLiteral("--timeout-data-end"), QStringLiteral("900") },
        {}, profile.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = run({ QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("scanning"),
                QStringLiteral("--json") },
        {}, profile.path());
    const QJsonObject scanning
        = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("smtp")).toObject();
    QCOMPARE(scanning.value(QStringLiteral("timeout")).toDouble(), 300.0);
    QCOMPARE(scanning.value(QStringLiteral("timeoutDataEnd")).toDouble(), 900.0);
    r = run({ QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("scanning") }, {},
        profile.path());
    QCOMPARE(r.exitCode, 0);

    r = run({ QStringLiteral("account"), QStringLiteral("list") }, {}, profile.path());
    QVERIFY(r.out.startsWith("work\tada@example.org"));
    // The profile holds no secret.
    QFile ini(profile.filePath(QStringLiteral("accounts.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(Password.toUtf8()));

    r = run({ QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("work") }, {},
        profile.path());
    QCOMPARE(r.exitCode, 0);
    r = run({ QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("work") }, {},
        profile.path());
    QCOMPARE(r.exitCode, 78);
    // OUTBOUND_PROFILE works as --profile does.
    CliRunner fromEnvironment;
    fromEnvironment.setEnvironmentVariable(QStringLiteral("OUTBOUND_PROFILE"), profile.path());
    fromEnvironment.setTimeout(10000);
    r = fromEnvironment.run({ QStringLiteral("account"), QStringLiteral("add"),
        QStringLiteral("env"), QStringLiteral("--server"), QStringLiteral("x.example.org") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(QFile(profile.filePath(QStringLiteral("accounts.ini"))).exists());
}

void TestOutboundctl::accountTestAgainstSmtpImapAndPop3()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::StartTls;
    options.users = { { User, Password } };
    SmtpTestServer smtp(options);
    QVERIFY2(smtp.start(), qPrintable(smtp.errorString()));
    DovecotServer dovecot;
    if (!dovecot.start())
        QFAIL(qPrintable(dovecot.errorString()));

    QTemporaryDir profile;
    QTemporaryDir mailboxSecretDir;
    const QString command = passwordCommand(m_dir);
    const QString mailboxCommand = passwordCommand(mailboxSecretDir, DovecotServer::password());
    Result r = run(
        { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("t"),
            QStringLiteral("--server"), QStringLiteral("localhost:%1").arg(smtp.port()),
            QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--ca-file"),
            TestCa::instance().caCertPath(), QStringLiteral("--user"), User,
            QStringLiteral("--password-command"), command, QStringLiteral("--imap"),
            QStringLiteral("localhost:%1").arg(dovecot.imapsPort()),
            QStringLiteral("--imap-security"), QStringLiteral("tls"),
            QStringLiteral("--imap-ca-file"), dovecot.caFile(), QStringLiteral("--imap-user"),
            DovecotServer::user(), QStringLiteral("--pop3"),
            QStringLiteral("localhost:%1").arg(dovecot.pop3Port()),
            QStringLiteral("--pop3-security"), QStringLiteral("starttls"),
            QStringLiteral("--pop3-ca-file"), dovecot.caFile(), QStringLiteral("--pop3-user"),
            DovecotServer::user(), QStringLiteral("--mailbox-password-command"), mailboxCommand },
        {}, profile.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = run({ QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("t"),
                QStringLiteral("--transcript") },
        {}, profile.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.out.count("  OK"), 3);
    QVERIFY(r.out.contains("SMTP"));
    QVERIFY(r.out.contains("IMAP"));
    QVERIFY(r.out.contains("POP3"));
    for (const QString &secret : { Password, DovecotServer::password() }) {
        QVERIFY(!r.err.contains(secret.toUtf8()));
        QVERIFY(!r.out.contains(secret.toUtf8()));
    }
    // All three log in with SCRAM-SHA-256; none of the server's messages is kept.
    QVERIFY(r.err.contains("S: 334 <redacted>\n"));
    QVERIFY(r.err.contains("S: + <redacted>\n"));
    const QString leak = saslChallengeIn(QString::fromUtf8(r.err));
    QVERIFY2(leak.isEmpty(), qPrintable(leak));

    // A wrong password: each server is still tried and reported; the exit code says auth.
    const QString wrong = passwordCommand(m_dir, QStringLiteral("wrong"));
    r = run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("t"),
                QStringLiteral("--server"), QStringLiteral("localhost:%1").arg(smtp.port()),
                QStringLiteral("--ca-file"), TestCa::instance().caCertPath(),
                QStringLiteral("--user"), User, QStringLiteral("--password-command"), wrong,
                QStringLiteral("--imap"), QStringLiteral("localhost:%1").arg(dovecot.imapsPort()),
                QStringLiteral("--imap-ca-file"), dovecot.caFile(), QStringLiteral("--imap-user"),
                DovecotServer::user() },
        {}, profile.path());
    QCOMPARE(r.exitCode, 0);
    r = run({ QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("t") }, {},
        profile.path());
    QVERIFY2(r.exitCode == 77, qPrintable(describe(r)));
    QCOMPARE(r.out.count("  failed"), 2);
}

void TestOutboundctl::keychainUnavailableIsAClearError()
{
    // No Secret Service runs here: storing a password must fail clearly, never fall back to
    // writing it into the profile.
    QTemporaryDir profile;
    CliRunner cli(profile.path());
    cli.setEnvironmentVariable(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    cli.setTimeout(30000);
    const Result r
        = cli.run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("k"),
                      QStringLiteral("--server"), QStringLiteral("x.example.org"),
                      QStringLiteral("--user"), User, QStringLiteral("--password-stdin") },
            Password.toUtf8() + "\n");
    QVERIFY2(r.exitCode == 78, qPrintable(describe(r)));
    QVERIFY(r.err.contains("keychain"));
    QFile ini(profile.filePath(QStringLiteral("accounts.ini")));
    QVERIFY(!ini.exists()
        || (ini.open(QIODevice::ReadOnly) && !ini.readAll().contains(Password.toUtf8())));
}

void TestOutboundctl::helpNeverRunsTheCommand()
{
    const QString profile = m_dir.filePath(QStringLiteral("help-profile"));
    // Every way of asking for help prints it and exits 0, without doing the command.
    for (const QStringList &args : QList<QStringList> {
             { QStringLiteral("-h") },
             { QStringLiteral("--help") },
             { QStringLiteral("account"), QStringLiteral("--help") },
             { QStringLiteral("queue"), QStringLiteral("--help") },
             { QStringLiteral("queue"), QStringLiteral("flush"), QStringLiteral("--help-all") },
             { QStringLiteral("send"), QStringLiteral("--help-all") },
         }) {
        const Result result = run(args, {}, profile);
        QVERIFY2(result.exitCode == 0, qPrintable(args.join(u' ') + QString::fromUtf8(result.err)));
        QVERIFY2(result.out.startsWith("Usage: outboundctl"), result.out.constData());
    }
    QVERIFY(run({ QStringLiteral("send"), QStringLiteral("--help") }, {}, profile)
                .out.startsWith("Usage: outboundctl send "));
    QVERIFY(!QFile::exists(profile + QStringLiteral("/queue.sqlite"))); // nothing was flushed

    // Delivery is for every account: a filter that would be ignored is refused instead.
    const Result filtered = run({ QStringLiteral("queue"), QStringLiteral("flush"),
                                    QStringLiteral("--account"), QStringLiteral("work") },
        {}, profile);
    QCOMPARE(filtered.exitCode, 64);
    QVERIFY(filtered.err.contains("--account"));
}

QTEST_GUILESS_MAIN(TestOutboundctl)
#include "tst_outboundctl.moc"
