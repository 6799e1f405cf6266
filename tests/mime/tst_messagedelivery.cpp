// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// A spool file written by MessageWriter::writeToSpoolFile(), sent by SmtpSession to a real
// server (aiosmtpd): what the server stored must be the spool file, byte for byte (the session
// dot-stuffs on the way and the server unstuffs), with the envelope the writer derived.

#include "messageparsers.h"
#include "serverprocess.h"

#include "../smtp/sessionrun.h"

#include "mime/messagetree.h"
#include "mime/messagewriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

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

} // namespace

class tst_MessageDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spoolFileArrivesUnchanged_data();
    void spoolFileArrivesUnchanged();

private:
    QTemporaryDir m_dir;
};

void tst_MessageDelivery::spoolFileArrivesUnchanged_data()
{
    QTest::addColumn<bool>("eightBit");
    QTest::addColumn<bool>("smtpUtf8");
    QTest::addColumn<QString>("to");
    QTest::newRow("7bit") << false << false << QStringLiteral("bob@example.net");
    QTest::newRow("8BITMIME") << true << false << QStringLiteral("bob@example.net");
    QTest::newRow("SMTPUTF8") << true << true << QStringLiteral("jörg@bücher.example");
}

void tst_MessageDelivery::spoolFileArrivesUnchanged()
{
    QFETCH(bool, eightBit);
    QFETCH(bool, smtpUtf8);
    QFETCH(QString, to);

    QByteArray binary(200 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919) ^ (i >> 8));
    binary.replace(1000, 5, "\r\n.\r\n"); // the DATA terminator inside an attachment's bytes
    MessageDraft draft;
    draft.from = MailAddress(QStringLiteral("alice@example.org"), QStringLiteral("Ålice"));
    draft.to = { MailAddress(to, QStringLiteral("Bob Ünal")) };
    draft.bcc = { MailAddress(QStringLiteral("hidden@example.com")) };
    draft.subject = QStringLiteral("Bericht – Grüße aus Köln, 東京");
    draft.plainBody = QStringLiteral(".\n..leading dots\nGrüße\r\n.\n") + QString(2000, u'x');
    draft.htmlBody = QStringLiteral("<p>Grüße <img src=\"cid:logo@example.org\"></p>\n.\n");
    draft.attachments = {
        { writeFile(m_dir, QStringLiteral("data.bin"), binary),
            QStringLiteral("Ünïcödé-").repeated(37).left(296) + QStringLiteral(".bin"), {}, {} },
        { writeFile(m_dir, QStringLiteral("logo.gif"),
              QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 14)),
            {}, {}, QStringLiteral("logo@example.org") },
    };
    draft.dsn.notify = SmtpCommand::DsnNotify::Failure;

    const QString spool = m_dir.filePath(
        QStringLiteral("%1.eml").arg(QString::fromLatin1(QTest::currentDataTag())));
    MessageWriter writer(draft);
    writer.setEightBitAllowed(eightBit);
    writer.setSmtpUtf8Allowed(smtpUtf8);
    QVERIFY2(writer.writeToSpoolFile(spool), qPrintable(writer.errorString()));
    const QByteArray written = readFile(spool);
    QCOMPARE(written.size(), writer.size());
    QVERIFY(!written.contains("hidden@example.com"));

    SmtpTestServer::Options options;
    options.smtpUtf8 = smtpUtf8;
    options.dsn = true;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    auto body = std::make_unique<QFile>(spool);
    QVERIFY(body->open(QIODevice::ReadOnly));
    run.replies.emplace_back(run.session.send(writer.envelope(), std::move(body), written.size()));
    QVERIFY(run.run(30000));
    SmtpSendReply *reply = run.replies.front().get();
    QVERIFY2(
        !reply->error().isError(), qPrintable(reply->errorString() + u'\n' + run.transcriptText()));

    const QList<ReceivedMessage> received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    const ReceivedMessage &message = received.first();
    QVERIFY2(message.content == written, "the stored message differs from the spool file");
    QCOMPARE(message.mailFrom, QStringLiteral("alice@example.org"));
    QCOMPARE(message.rcptTos.size(), 2);
    QVERIFY(message.rcptTos.contains(QStringLiteral("hidden@example.com")));
    QCOMPARE(message.mailOptions.contains(QStringLiteral("BODY=8BITMIME")), eightBit);
    QCOMPARE(message.smtpUtf8, smtpUtf8);
    QVERIFY2(message.rcptOptions.join(u' ').contains(QLatin1String("NOTIFY=FAILURE")),
        qPrintable(message.rcptOptions.join(u' ')));

    // And what arrived reads back: the tree, and the attachment's bytes in both readers.
    MessageTree tree;
    QVERIFY2(tree.readFile(server.spoolDir() + u'/' + message.id + QStringLiteral(".eml")),
        qPrintable(tree.errorString()));
    QCOMPARE(tree.root().header(u"Subject"), draft.subject);
    for (const MessageParsers::Message &parsed : { MessageParsers::parseWithGMime(message.content),
             MessageParsers::parseWithPython(message.content) }) {
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.parts.size(), 7);
        QCOMPARE(parsed.parts.at(6).fileName, draft.attachments.at(0).fileName);
        QVERIFY(parsed.parts.at(6).bytes == binary);
    }
}

QTEST_GUILESS_MAIN(tst_MessageDelivery)
#include "tst_messagedelivery.moc"
