// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// outboundctl send composing MIME (--html, --attach, --body-file, --header, --identity) and
// outboundctl show, end to end: the real binary against aiosmtpd. What the server stored must
// be what the CLI prepared (--save-copy), byte for byte, and read back by GMime and by
// Python's email package as what was asked for. Hostile input is a clear error (65) and
// nothing reaches the server.

#include "../mime/messageparsers.h"
#include "clirunner.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace MessageParsers;

namespace {

using Result = CliRunner::Result;

Result run(const QStringList &args, const QString &profile, const QByteArray &stdinData = {})
{
    return CliRunner(profile).run(args, stdinData);
}

QStringList serverArgs(quint16 port)
{
    return { QStringLiteral("--server"), QStringLiteral("localhost:%1").arg(port),
        QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--helo"),
        QStringLiteral("client.test"), QStringLiteral("--timeout"), QStringLiteral("10") };
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning() << "cannot write" << path;
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const Part *findPart(const Message &m, const QString &type, const QString &fileName = {})
{
    for (const Part &p : m.parts) {
        if (p.type == type && (fileName.isNull() || p.fileName == fileName))
            return &p;
    }
    return nullptr;
}

} // namespace

class TestSendMime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sendsHtmlAttachmentsAndNonAsciiSubject();
    void bodyFromStdinWithHostileLines();
    void identityFromProfile();
    void hostileInput_data();
    void hostileInput();
    void messageFileSmtpCannotCarry_data();
    void messageFileSmtpCannotCarry();
    void stdinCopyNeverOutlivesTheProcess();
    void showPrintsTheTree();
    void showRefusesWhatIsNoMessage();

private:
    QTemporaryDir m_dir;
};

void TestSendMime::initTestCase()
{
    QVERIFY(QFile::exists(CliRunner::binary()));
}

void TestSendMime::sendsHtmlAttachmentsAndNonAsciiSubject()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    QByteArray binaryBytes(300 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < binaryBytes.size(); ++i)
        binaryBytes[i] = char((i * 31) ^ (i >> 7));
    const QString attachmentName = QStringLiteral("Größenbericht – 東京 2024.bin");
    const QString binaryPath = writeFile(m_dir, attachmentName, binaryBytes);
    const QByteArray png
        = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQD"
                                 "wAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    const QString pngPath = writeFile(m_dir, QStringLiteral("chart.png"), png);
    const QString html = QStringLiteral(
        "<html><body><h1>Grüße</h1><p>Der Bericht &amp; mehr.</p></body></html>\n");
    const QString htmlPath = writeFile(m_dir, QStringLiteral("mail.html"), html.toUtf8());
    const QString plain = QStringLiteral("Grüße,\nder Bericht.\n.\n");
    const QString plainPath = writeFile(m_dir, QStringLiteral("mail.txt"), plain.toUtf8());
    const QString subject = QStringLiteral("Bericht – Grüße aus Köln, 東京 🎉");
    const QString copy = m_dir.filePath(QStringLiteral("sent.eml"));

    const Result r = run(QStringList { QStringLiteral("send") } + serverArgs(server.port())
            + QStringList { QStringLiteral("--from"),
                QStringLiteral("Ada Lövelace <ada@example.org>"), QStringLiteral("--to"),
                QStringLiteral("Bob <bob@example.org>, carol@bücher.example"),
                QStringLiteral("--bcc"), QStringLiteral("hidden@example.org"),
                QStringLiteral("--subject"), subject, QStringLiteral("--body-file"), plainPath,
                QStringLiteral("--html"), htmlPath, QStringLiteral("--attach"), binaryPath,
                QStringLiteral("--attach"), pngPath, QStringLiteral("--header"),
                QStringLiteral("X-Campaign: spring – Frühling"), QStringLiteral("--header"),
                QStringLiteral("In-Reply-To: <parent@example.org>"), QStringLiteral("--save-copy"),
                copy },
        m_dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    const QList<ReceivedMessage> received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    const ReceivedMessage &m = received.first();
    // What the server stored is what the CLI prepared, byte for byte.
    QVERIFY2(m.content == readFile(copy), "the stored message differs from --save-copy");
    QCOMPARE(m.mailFrom, QStringLiteral("ada@example.org"));
    QCOMPARE(m.rcptTos.size(), 3);
    QVERIFY(!m.content.contains("hidden@example.org"));

    for (const Message &parsed : { parseWithGMime(m.content), parseWithPython(m.content) }) {
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.subject, subject);
        QCOMPARE(parsed.from, QStringList { QStringLiteral("Ada Lövelace|ada@example.org") });
        QCOMPARE(parsed.to.size(), 2);
        QVERIFY(!parsed.hasBcc);
        QCOMPARE(parsed.header(QStringLiteral("X-Campaign")), QStringLiteral("spring – Frühling"));
        QCOMPARE(
            parsed.header(QStringLiteral("In-Reply-To")), QStringLiteral("<parent@example.org>"));
        QCOMPARE(parsed.parts.first().type, QStringLiteral("multipart/mixed"));
        const Part *text = findPart(parsed, QStringLiteral("text/plain"));
        QVERIFY(text);
        QCOMPARE(text->text, plain);
        const Part *htmlPart = findPart(parsed, QStringLiteral("text/html"));
        QVERIFY(htmlPart);
        QCOMPARE(htmlPart->text, html);
        const Part *attachment
            = findPart(parsed, QStringLiteral("application/octet-stream"), attachmentName);
        QVERIFY2(attachment, qPrintable(describeParts(parsed.parts).join(u'\n')));
        QVERIFY(attachment->bytes == binaryBytes);
        QCOMPARE(attachment->disposition, QStringLiteral("attachment"));
        const Part *image
            = findPart(parsed, QStringLiteral("image/png"), QStringLiteral("chart.png"));
        QVERIFY(image);
        QVERIFY(image->bytes == png);
    }
}

void TestSendMime::bodyFromStdinWithHostileLines()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // Dots at line starts, bare CR, bare LF, a NUL, a 10,000-character line.
    const QByteArray body = QByteArray(".\r\n..two\rbare CR\nbare LF\r\n.\r\nnul") + '\0'
        + QByteArray("after\n") + QByteArray(10000, 'z') + "\n";
    const QString copy = m_dir.filePath(QStringLiteral("stdin.eml"));
    const Result r = run(QStringList { QStringLiteral("send") } + serverArgs(server.port())
            + QStringList { QStringLiteral("--from"), QStringLiteral("ada@example.org"),
                QStringLiteral("--to"), QStringLiteral("bob@example.org"),
                QStringLiteral("--subject"), QString(2000, u'S'), QStringLiteral("--body-file"),
                QStringLiteral("-"), QStringLiteral("--save-copy"), copy },
        m_dir.path(), body);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QList<ReceivedMessage> received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QVERIFY(received.first().content == readFile(copy));
    for (const QByteArray &line : received.first().content.split('\n'))
        QVERIFY(line.size() <= 999);
    QString expected = QString::fromUtf8(body);
    expected.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    for (const Message &parsed :
        { parseWithGMime(received.first().content), parseWithPython(received.first().content) }) {
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.subject, QString(2000, u'S'));
        QCOMPARE(parsed.parts.size(), 1);
        QCOMPARE(parsed.parts.first().text, expected);
    }
}

void TestSendMime::identityFromProfile()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTemporaryDir profile;
    Result r = run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("work"),
                       QStringLiteral("--server"), QStringLiteral("mail.example.org"),
                       QStringLiteral("--address"), QStringLiteral("ada@example.org"),
                       QStringLiteral("--name"), QStringLiteral("Ada Lövelace, Countess") },
        profile.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("noaddress"),
                QStringLiteral("--server"), QStringLiteral("mail.example.org") },
        profile.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    // The server comes from the command line; only the sender from the identity.
    r = run(QStringList { QStringLiteral("send") } + serverArgs(server.port())
            + QStringList { QStringLiteral("--identity"), QStringLiteral("work"),
                QStringLiteral("--to"), QStringLiteral("bob@example.org"), QStringLiteral("--body"),
                QStringLiteral("hi") },
        profile.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QList<ReceivedMessage> received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().mailFrom, QStringLiteral("ada@example.org"));
    QCOMPARE(parseWithPython(received.first().content).from,
        QStringList { QStringLiteral("Ada Lövelace, Countess|ada@example.org") });

    const QStringList base = QStringList { QStringLiteral("send") } + serverArgs(server.port())
        + QStringList { QStringLiteral("--to"), QStringLiteral("bob@example.org") };
    r = run(base + QStringList { QStringLiteral("--identity"), QStringLiteral("nobody") },
        profile.path());
    QVERIFY2(r.exitCode == 78 && r.err.contains("nobody"), qPrintable(describe(r)));
    r = run(base + QStringList { QStringLiteral("--identity"), QStringLiteral("noaddress") },
        profile.path());
    QVERIFY2(r.exitCode == 78 && r.err.contains("no address"), qPrintable(describe(r)));
    r = run(base
            + QStringList { QStringLiteral("--identity"), QStringLiteral("work"),
                QStringLiteral("--from"), QStringLiteral("x@example.org") },
        profile.path());
    QVERIFY2(r.exitCode == 64, qPrintable(describe(r)));
    QCOMPARE(server.waitForMessages(2, 300).size(), 1);
}

void TestSendMime::hostileInput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString dir = m_dir.path();
    writeFile(m_dir, QStringLiteral("latin1.txt"),
        "Gr\xfc\xdf"
        "e\n");
    writeFile(m_dir, QStringLiteral("ok.txt"), "ok\n");
    writeFile(
        m_dir, QStringLiteral("m.eml"), "From: a@example.org\r\nTo: b@example.org\r\n\r\nx\r\n");
    const QString subject = QStringLiteral("--subject");
    const QString header = QStringLiteral("--header");
    QTest::newRow("LF in subject")
        << QStringList { subject, QStringLiteral("Hi\nBcc: evil@example.org") } << 65
        << QStringLiteral("line break");
    QTest::newRow("CR in subject") << QStringList { subject, QStringLiteral("Hi\rX: y") } << 65
                                   << QStringLiteral("line break");
    QTest::newRow("CRLF in header value")
        << QStringList { header, QStringLiteral("X-A: b\r\nBcc: evil@example.org") } << 65
        << QStringLiteral("line break");
    QTest::newRow("header without colon")
        << QStringList { header, QStringLiteral("X-A b") } << 65 << QStringLiteral("Name: value");
    QTest::newRow("header name with space")
        << QStringList { header, QStringLiteral("X A: b") } << 65 << QStringLiteral("header name");
    QTest::newRow("Bcc as header")
        << QStringList { header, QStringLiteral("Bcc: evil@example.org") } << 65
        << QStringLiteral("Bcc");
    QTest::newRow("Content-Type as header")
        << QStringList { header, QStringLiteral("content-type: text/html") } << 65
        << QStringLiteral("content-type");
    QTest::newRow("LF in from name") << QStringList { QStringLiteral("--from"),
        QStringLiteral("\"A\nBcc: e@example.org\" <a@example.org>") }
                                     << 65 << QString();
    QTest::newRow("missing attachment")
        << QStringList { QStringLiteral("--attach"), dir + QStringLiteral("/missing.pdf") } << 65
        << QStringLiteral("missing.pdf");
    QTest::newRow("folder as attachment")
        << QStringList { QStringLiteral("--attach"), dir } << 65 << QStringLiteral("regular");
    QTest::newRow("body not UTF-8")
        << QStringList { QStringLiteral("--body-file"), dir + QStringLiteral("/latin1.txt") } << 65
        << QStringLiteral("UTF-8");
    QTest::newRow("HTML not UTF-8")
        << QStringList { QStringLiteral("--html"), dir + QStringLiteral("/latin1.txt") } << 65
        << QStringLiteral("UTF-8");
    QTest::newRow("missing body file")
        << QStringList { QStringLiteral("--body-file"), dir + QStringLiteral("/none.txt") } << 65
        << QStringLiteral("none.txt");
    QTest::newRow("body and body-file") << QStringList { QStringLiteral("--body"),
        QStringLiteral("x"), QStringLiteral("--body-file"), dir + QStringLiteral("/ok.txt") }
                                        << 64 << QStringLiteral("exclude");
    QTest::newRow("HTML from stdin") << QStringList { QStringLiteral("--html"),
        QStringLiteral("-") } << 64 << QStringLiteral("--html");
    QTest::newRow("message file and attach") << QStringList { QStringLiteral("--attach"),
        dir + QStringLiteral("/ok.txt"), dir + QStringLiteral("/m.eml") }
                                             << 64 << QStringLiteral("--attach");
    QTest::newRow("non-ASCII local part")
        << QStringList { QStringLiteral("--cc"), QStringLiteral("jörg@example.org") } << -1
        << QStringLiteral("SMTPUTF8");
}

void TestSendMime::hostileInput()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QStringList args = QStringList { QStringLiteral("send") } + serverArgs(server.port());
    if (!options.contains(QStringLiteral("--from")))
        args << QStringLiteral("--from") << QStringLiteral("ada@example.org");
    args << QStringLiteral("--to") << QStringLiteral("bob@example.org") << options;
    const Result r = run(args, m_dir.path());
    if (exitCode >= 0)
        QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    else // decided by the server: it offers no SMTPUTF8, so the session refuses before DATA
        QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));
    if (!message.isEmpty())
        QVERIFY2(QString::fromUtf8(r.err).contains(message, Qt::CaseInsensitive),
            qPrintable(describe(r)));
    QVERIFY(server.waitForMessages(1, 300).isEmpty());
}

void TestSendMime::messageFileSmtpCannotCarry_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("reason");

    const QByteArray head = "From: a@example.org\r\nTo: b@example.org\r\nSubject: bad\r\n";
    const QStringList file { QStringLiteral("FILE") };
    const QStringList to { QStringLiteral("--to"), QStringLiteral("c@example.org") };
    QTest::newRow("NUL in the body")
        << file << head + "\r\nab" + QByteArray("\0", 1) + "c\r\n"
        << QStringLiteral("NUL byte at offset %1 (line 5)").arg(head.size() + 4);
    QTest::newRow("999-octet body line")
        << file << head + "\r\nok\r\n" + QByteArray(999, 'x') + "\r\n"
        << QStringLiteral("line 6 ");
    QTest::newRow("999-octet header line")
        << file << "X-A: " + QByteArray(994, 'x') + "\r\n" + head + "\r\nbody\r\n"
        << QStringLiteral("line 1 ");
    // These went out as their first header fields alone, with exit 0, when --to was given.
    QTest::newRow("70,000-character header line, --to")
        << to + file << head + "X-Long: " + QByteArray(70000, 'h') + "\r\n\r\nbody\r\n"
        << QStringLiteral("line 4 ");
    QTest::newRow("non-ASCII header name, --to, standard input")
        << to + QStringList { QStringLiteral("-") } << head + "X-T\xc3\xabst: 1\r\n\r\nbody\r\n"
        << QStringLiteral("line 4 ");
}

// Refused before connecting (65, with where), never sent in part.
void TestSendMime::messageFileSmtpCannotCarry()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, message);
    QFETCH(QString, reason);
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString path = writeFile(m_dir, QStringLiteral("cannot-carry.eml"), message);
    options.replaceInStrings(QStringLiteral("FILE"), path);
    const Result r
        = run(QStringList { QStringLiteral("send") } + serverArgs(server.port()) + options,
            m_dir.path(), options.contains(QStringLiteral("-")) ? message : QByteArray());
    QVERIFY2(r.exitCode == 65, qPrintable(describe(r)));
    QVERIFY2(
        QString::fromUtf8(r.err).contains(reason, Qt::CaseInsensitive), qPrintable(describe(r)));
    QVERIFY(server.waitForMessages(1, 300).isEmpty());
}

// Issue 18: the copy of standard input (and the copy to send) never has a name in $TMPDIR,
// so a killed process leaves no message behind.
void TestSendMime::stdinCopyNeverOutlivesTheProcess()
{
    QTcpServer silent; // accepts and never greets: the CLI waits with the message prepared
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QTemporaryDir tmp;
    CliRunner cli(m_dir.path());
    cli.setTempDir(tmp.path());
    const std::unique_ptr<QProcess> started
        = cli.start(QStringList { QStringLiteral("send") } + serverArgs(silent.serverPort())
            + QStringList { QStringLiteral("--timeout"), QStringLiteral("60"),
                QStringLiteral("--to"), QStringLiteral("bob@example.org"), QStringLiteral("-") });
    QProcess &process = *started;
    QVERIFY(process.state() == QProcess::Running);
    process.write("From: ada@example.org\r\nTo: bob@example.org\r\nSubject: secret\r\n\r\n"
                  "confidential\r\n");
    QVERIFY(process.waitForBytesWritten(5000)); // no event loop runs while we wait below
    process.closeWriteChannel();
    if (!silent.waitForNewConnection(20000)) {
        process.kill();
        process.waitForFinished(5000);
        QFAIL(qPrintable(QStringLiteral("outboundctl never connected: ")
            + QString::fromUtf8(process.readAllStandardError())));
    }
    const auto entries = [&tmp] {
        return QDir(tmp.path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    };
    QCOMPARE(process.state(), QProcess::Running);
    QCOMPARE(entries(), QStringList()); // open, but already without a name
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(entries(), QStringList());
}

void TestSendMime::showPrintsTheTree()
{
    const QString attachment
        = writeFile(m_dir, QStringLiteral("Доклад.pdf"), "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    const QString html = writeFile(m_dir, QStringLiteral("show.html"), "<p>Hi <b>there</b></p>");
    const QString copy = m_dir.filePath(QStringLiteral("show.eml"));
    // A server that refuses the connection: --save-copy has the message before that.
    Result r = run(
        { QStringLiteral("send"), QStringLiteral("--server"), QStringLiteral("localhost:1"),
            QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--timeout"),
            QStringLiteral("2"), QStringLiteral("--from"), QStringLiteral("ada@example.org"),
            QStringLiteral("--to"), QStringLiteral("bob@example.org"), QStringLiteral("--subject"),
            QStringLiteral("Grüße"), QStringLiteral("--html"), html, QStringLiteral("--attach"),
            attachment, QStringLiteral("--save-copy"), copy },
        m_dir.path());
    QVERIFY2(r.exitCode == 75, qPrintable(describe(r)));
    QVERIFY(QFile::exists(copy));

    r = run({ QStringLiteral("show"), copy, QStringLiteral("--json") }, m_dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("size")).toInteger(), QFileInfo(copy).size());
    const QJsonObject root = json.value(QStringLiteral("message")).toObject();
    QCOMPARE(
        root.value(QStringLiteral("contentType")).toString(), QStringLiteral("multipart/mixed"));
    QStringList headerNames;
    QString subject;
    for (const QJsonValue &h : root.value(QStringLiteral("headers")).toArray()) {
        headerNames << h.toObject().value(QStringLiteral("name")).toString();
        if (headerNames.last() == QLatin1String("Subject"))
            subject = h.toObject().value(QStringLiteral("value")).toString();
    }
    QCOMPARE(subject, QStringLiteral("Grüße"));
    QVERIFY(headerNames.contains(QStringLiteral("Content-Type")));
    const QJsonArray parts = root.value(QStringLiteral("parts")).toArray();
    QCOMPARE(parts.size(), 2);
    const QJsonObject alternative = parts.at(0).toObject();
    QCOMPARE(alternative.value(QStringLiteral("contentType")).toString(),
        QStringLiteral("multipart/alternative"));
    QCOMPARE(alternative.value(QStringLiteral("parts")).toArray().size(), 2);
    const QJsonObject pdf = parts.at(1).toObject();
    QCOMPARE(
        pdf.value(QStringLiteral("contentType")).toString(), QStringLiteral("application/pdf"));
    QCOMPARE(pdf.value(QStringLiteral("fileName")).toString(), QStringLiteral("Доклад.pdf"));
    QCOMPARE(pdf.value(QStringLiteral("disposition")).toString(), QStringLiteral("attachment"));
    QCOMPARE(pdf.value(QStringLiteral("transferEncoding")).toString(), QStringLiteral("base64"));
    QCOMPARE(pdf.value(QStringLiteral("decodedSize")).toInteger(), QFileInfo(attachment).size());

    r = run({ QStringLiteral("show"), copy }, m_dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("Subject: Grüße\n")), qPrintable(text));
    QVERIFY2(text.contains(
                 QStringLiteral("└─ application/pdf, attachment \"Доклад.pdf\", base64, %1 bytes")
                     .arg(QFileInfo(attachment).size())),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("text/plain; charset=utf-8")));

    // From standard input too.
    r = run({ QStringLiteral("show"), QStringLiteral("-") }, m_dir.path(), readFile(copy));
    QVERIFY2(r.exitCode == 0 && r.out.contains("Доклад.pdf"), qPrintable(describe(r)));
}

void TestSendMime::showRefusesWhatIsNoMessage()
{
    const QString text
        = writeFile(m_dir, QStringLiteral("notes.txt"), "just some text\nno headers\n");
    Result r = run({ QStringLiteral("show"), text }, m_dir.path());
    QVERIFY2(r.exitCode == 65 && r.err.contains("not an e-mail message"), qPrintable(describe(r)));
    r = run(
        { QStringLiteral("show"), m_dir.filePath(QStringLiteral("missing.eml")) }, m_dir.path());
    QVERIFY2(r.exitCode == 65, qPrintable(describe(r)));
    r = run({ QStringLiteral("show") }, m_dir.path());
    QVERIFY2(r.exitCode == 64, qPrintable(describe(r)));
    // A hostile header cannot reach the terminal raw.
    const QString evil = writeFile(m_dir, QStringLiteral("evil.eml"),
        "From: a@example.org\r\nSubject: "
        "=?UTF-8?Q?x=1B]0;pwned=07=0D=0AFake:_header?=\r\n\r\nx\r\n");
    r = run({ QStringLiteral("show"), evil }, m_dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(!r.out.contains('\x1b'));
    QVERIFY(!r.out.contains('\a'));
    QVERIFY(!r.out.contains("\nFake: header"));
}

QTEST_GUILESS_MAIN(TestSendMime)
#include "tst_sendmime.moc"
