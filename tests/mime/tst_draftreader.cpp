// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// MessageDraftReader: drafts written by MessageWriter come back field for field, with every
// attachment saved as a real file holding the same bytes; a file that is no message is refused.

#include "mime/messagedraftreader.h"
#include "mime/messagewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlE"
                                              "QVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

QByteArray binaryBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 256) & 0xff);
    return bytes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning() << "cannot write" << path;
    return path;
}

MessageDraft baseDraft()
{
    MessageDraft draft;
    draft.from = MailAddress(QStringLiteral("alice@example.org"), QStringLiteral("Alice"));
    draft.to = { MailAddress(QStringLiteral("bob@example.net"), QStringLiteral("Bob")),
        MailAddress(QStringLiteral("carol@example.com")) };
    draft.subject = QStringLiteral("Quarterly report");
    draft.plainBody = QStringLiteral("Hello Bob,\n\nsee attached.\n-- \nAlice");
    return draft;
}

} // namespace

class TestDraftReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    // Writes `draft` with MessageWriter and reads it back into a fresh folder.
    std::optional<MessageDraft> roundTrip(const MessageDraft &draft, QString *folder = nullptr)
    {
        const QString file = m_dir.filePath(QStringLiteral("msg-%1.eml").arg(++m_count));
        MessageWriter writer(draft);
        if (!writer.writeToSpoolFile(file)) {
            qWarning() << writer.errorString();
            return std::nullopt;
        }
        const QString out = m_dir.filePath(QStringLiteral("out-%1").arg(m_count));
        if (folder)
            *folder = out;
        QString error;
        std::optional<MessageDraft> read = MessageDraftReader::read(file, out, &error);
        if (!read)
            qWarning() << error;
        return read;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void plain()
    {
        MessageDraft draft = baseDraft();
        draft.cc = { MailAddress(QStringLiteral("dave@example.com"), QStringLiteral("Dave, Jr.")) };
        draft.bcc = { MailAddress(QStringLiteral("hidden@example.com")) };
        draft.replyTo = { MailAddress(QStringLiteral("replies@example.org")) };
        draft.priority = MessagePriority::High;
        draft.extraHeaders
            = { { QStringLiteral("In-Reply-To"), QStringLiteral("<a.1@example.net>") },
                  { QStringLiteral("X-Campaign"), QStringLiteral("spring") } };

        const std::optional<MessageDraft> read = roundTrip(draft);
        QVERIFY(read);
        QCOMPARE(read->from, draft.from);
        QCOMPARE(read->to, draft.to);
        QCOMPARE(read->cc, draft.cc);
        QVERIFY(read->bcc.isEmpty()); // not in the file
        QCOMPARE(read->replyTo, draft.replyTo);
        QCOMPARE(read->subject, draft.subject);
        QCOMPARE(read->plainBody, draft.plainBody);
        QVERIFY(read->htmlBody.isEmpty());
        QVERIFY(read->attachments.isEmpty());
        QCOMPARE(read->priority, MessagePriority::High);
        QCOMPARE(read->extraHeaders.size(), 2);
        QCOMPARE(read->extraHeaders.at(0).name, QStringLiteral("In-Reply-To"));
        QCOMPARE(read->extraHeaders.at(0).value, QStringLiteral("<a.1@example.net>"));
        QCOMPARE(read->extraHeaders.at(1).name, QStringLiteral("X-Campaign"));
        QCOMPARE(read->extraHeaders.at(1).value, QStringLiteral("spring"));
    }

    void lowPriority()
    {
        MessageDraft draft = baseDraft();
        draft.priority = MessagePriority::Low;
        const std::optional<MessageDraft> read = roundTrip(draft);
        QVERIFY(read);
        QCOMPARE(read->priority, MessagePriority::Low);
    }

    void htmlAndPlain()
    {
        MessageDraft draft = baseDraft();
        draft.htmlBody = QStringLiteral("<p>Hello <b>Bob</b> – €</p>");
        draft.plainBody = QStringLiteral("Hello Bob – €");
        const std::optional<MessageDraft> read = roundTrip(draft);
        QVERIFY(read);
        QCOMPARE(read->plainBody, draft.plainBody);
        QCOMPARE(read->htmlBody, draft.htmlBody);
        QVERIFY(read->attachments.isEmpty());
    }

    void binaryAttachment()
    {
        const QByteArray bytes = binaryBytes(70000);
        MessageDraft draft = baseDraft();
        draft.attachments = { { writeFile(m_dir.filePath(QStringLiteral("data.bin")), bytes),
            QStringLiteral("report.bin"), QStringLiteral("application/octet-stream"), {} } };
        QString folder;
        const std::optional<MessageDraft> read = roundTrip(draft, &folder);
        QVERIFY(read);
        QCOMPARE(read->plainBody, draft.plainBody);
        QCOMPARE(read->attachments.size(), 1);
        const MessageAttachment &a = read->attachments.first();
        QCOMPARE(a.fileName, QStringLiteral("report.bin"));
        QCOMPARE(a.mimeType, QStringLiteral("application/octet-stream"));
        QVERIFY(!a.isInline());
        QCOMPARE(QFileInfo(a.filePath).absolutePath(), QFileInfo(folder).absoluteFilePath());
        QCOMPARE(readAll(a.filePath), bytes);

        // Written again, the edited draft is accepted as it is.
        MessageWriter again(*read);
        QVERIFY2(again.writeToSpoolFile(m_dir.filePath(QStringLiteral("again.eml"))),
            qPrintable(again.errorString()));
    }

    void inlineImage()
    {
        MessageDraft draft = baseDraft();
        draft.htmlBody = QStringLiteral("<p>Logo:</p><img src=\"cid:logo.1@example.org\">");
        draft.plainBody = QStringLiteral("Logo:");
        const QString png = writeFile(m_dir.filePath(QStringLiteral("logo.png")), Png);
        const QString text = writeFile(m_dir.filePath(QStringLiteral("notes.txt")), "one\ntwo\n");
        draft.attachments = {
            { png, QStringLiteral("logo.png"), QStringLiteral("image/png"),
                QStringLiteral("logo.1@example.org") },
            { text, QString(), QStringLiteral("text/plain"), {} },
        };
        const std::optional<MessageDraft> read = roundTrip(draft);
        QVERIFY(read);
        QCOMPARE(read->htmlBody, draft.htmlBody);
        QCOMPARE(read->plainBody, draft.plainBody);
        QCOMPARE(read->attachments.size(), 2);
        const MessageAttachment &image = read->attachments.at(0);
        QCOMPARE(image.contentId, QStringLiteral("logo.1@example.org"));
        QCOMPARE(image.mimeType, QStringLiteral("image/png"));
        QCOMPARE(image.fileName, QStringLiteral("logo.png"));
        QCOMPARE(readAll(image.filePath), Png);
        const MessageAttachment &notes = read->attachments.at(1);
        QVERIFY(!notes.isInline());
        QCOMPARE(notes.fileName, QStringLiteral("notes.txt"));
        QCOMPARE(notes.mimeType, QStringLiteral("text/plain"));
        QCOMPARE(readAll(notes.filePath), QByteArray("one\ntwo\n")); // byte for byte
    }

    void nonAscii()
    {
        MessageDraft draft = baseDraft();
        draft.from = MailAddress(QStringLiteral("jose@example.org"), QStringLiteral("José Núñez"));
        draft.to = { MailAddress(QStringLiteral("zoe@example.net"), QStringLiteral("Zoë Ærø")),
            MailAddress(QStringLiteral("li@example.cn"), QStringLiteral("李小龙")) };
        draft.subject = QStringLiteral("Café ☕ – über die Ärger, a long subject line that needs "
                                       "folding in several encoded words 日本語");
        draft.plainBody = QStringLiteral("Grüße\nÇa va ?");
        const QByteArray bytes = binaryBytes(300);
        draft.attachments = { { writeFile(m_dir.filePath(QStringLiteral("x.bin")), bytes),
            QStringLiteral("Résumé – ünïcödé.pdf"), QStringLiteral("application/pdf"), {} } };
        const std::optional<MessageDraft> read = roundTrip(draft);
        QVERIFY(read);
        QCOMPARE(read->from, draft.from);
        QCOMPARE(read->to, draft.to);
        QCOMPARE(read->subject, draft.subject);
        QCOMPARE(read->plainBody, draft.plainBody);
        QCOMPARE(read->attachments.size(), 1);
        QCOMPARE(read->attachments.first().fileName, QStringLiteral("Résumé – ünïcödé.pdf"));
        QCOMPARE(QFileInfo(read->attachments.first().filePath).fileName(),
            QStringLiteral("Résumé – ünïcödé.pdf"));
        QCOMPARE(readAll(read->attachments.first().filePath), bytes);
    }

    void hostileFileNamesAndDuplicates()
    {
        const QString eml = m_dir.filePath(QStringLiteral("hostile.eml"));
        writeFile(eml,
            "From: a@example.org\r\nTo: b@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
            "Received: from somewhere\r\nX-Mailer: Other 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
            "--b\r\nContent-Type: text/plain\r\n\r\nbody\r\n"
            "--b\r\nContent-Type: application/octet-stream\r\n"
            "Content-Disposition: attachment; filename=\"../../etc/passwd\"\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\nQUJD\r\n"
            "--b\r\nContent-Type: application/octet-stream\r\n"
            "Content-Disposition: attachment; filename=\"passwd\"\r\n\r\nDEF\r\n"
            "--b\r\nContent-Type: application/octet-stream\r\n"
            "Content-Disposition: attachment; filename=\"..\"\r\n\r\nGHI\r\n"
            "--b--\r\n");
        const QString folder = m_dir.filePath(QStringLiteral("hostile"));
        QString error;
        const std::optional<MessageDraft> read = MessageDraftReader::read(eml, folder, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->plainBody, QStringLiteral("body"));
        QVERIFY(read->extraHeaders.isEmpty());
        QCOMPARE(read->attachments.size(), 3);
        QStringList names;
        for (const MessageAttachment &a : read->attachments) {
            QCOMPARE(QFileInfo(a.filePath).absolutePath(), QFileInfo(folder).absoluteFilePath());
            names << QFileInfo(a.filePath).fileName();
        }
        QCOMPARE(names,
            QStringList({ QStringLiteral("_.._etc_passwd"), QStringLiteral("passwd"),
                QStringLiteral("attachment-3") }));
        QCOMPARE(readAll(read->attachments.at(0).filePath), QByteArray("ABC"));
        QCOMPARE(readAll(read->attachments.at(1).filePath), QByteArray("DEF"));

        // Read again into the same folder: nothing is overwritten.
        const std::optional<MessageDraft> again = MessageDraftReader::read(eml, folder, &error);
        QVERIFY(again);
        QCOMPARE(
            QFileInfo(again->attachments.at(1).filePath).fileName(), QStringLiteral("passwd (2)"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not an e-mail message");
        QTest::newRow("binary") << binaryBytes(2000) << QStringLiteral("not an e-mail message");
        QTest::newRow("no from") << QByteArray("To: b@example.org\r\nSubject: x\r\n\r\nbody\r\n")
                                 << QStringLiteral("no From field");
        QTest::newRow("bad to") << QByteArray("From: a@example.org\r\nTo: <broken\r\n\r\nbody\r\n")
                                << QStringLiteral("To field cannot be read");
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString eml = writeFile(m_dir.filePath(QStringLiteral("bad.eml")), bytes);
        const QString folder = m_dir.filePath(QStringLiteral("bad"));
        QString error;
        QVERIFY(!MessageDraftReader::read(eml, folder, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
    }

    void missingFile()
    {
        QString error;
        QVERIFY(!MessageDraftReader::read(m_dir.filePath(QStringLiteral("nope.eml")),
            m_dir.filePath(QStringLiteral("nope")), &error));
        QVERIFY(error.contains(QStringLiteral("nope.eml")));
    }
};

QTEST_GUILESS_MAIN(TestDraftReader)
#include "tst_draftreader.moc"
