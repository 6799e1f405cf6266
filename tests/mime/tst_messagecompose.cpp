// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// Composition beyond plain text: HTML with its plain alternative, attachments, inline images,
// priority, DSN, SMTPUTF8; hostile input; and MessageTree, which reads it all back. Every
// message written here is read back by GMime and by Python's email package, and both must
// agree with what was written: headers, addresses, bodies and attachment bytes.

#include "messageparsers.h"

#include "mime/headerencoding_p.h"
#include "mime/htmltext.h"
#include "mime/messagetree.h"
#include "mime/messagewriter.h"
#include "smtp/smtpdatacheck.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace MessageParsers;
using BodyType = SmtpCommand::BodyType;

namespace {

// A 1×1 PNG, so that QMimeDatabase sees image/png from the content too.
const QByteArray Png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlE"
                                              "QVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

QByteArray binaryBytes(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(i < 256 ? i : int(random.bounded(256))); // every octet value, then noise
    return bytes;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning() << "cannot write" << path;
    return path;
}

QStringList flat(const QList<MailAddress> &addresses)
{
    QStringList out;
    for (const MailAddress &a : addresses)
        out << a.displayName() + u'|' + a.address();
    return out;
}

QByteArray headerBlock(const QByteArray &message)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    return end < 0 ? message : message.left(end + 2);
}

// The header field `name` as written, continuation lines included.
QByteArray rawField(const QByteArray &message, const QByteArray &name)
{
    QByteArray field;
    bool in = false;
    for (const QByteArray &line : headerBlock(message).split('\n')) {
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (in)
                field += line + '\n';
            continue;
        }
        in = line.toLower().startsWith(QByteArray(name.toLower() + ':'));
        if (in)
            field += line + '\n';
    }
    return field;
}

// Every line ends in CRLF and is at most 998 octets (RFC 5322 §2.1.1, §2.3).
bool linesAreValid(const QByteArray &message, QString *why)
{
    if (!message.endsWith("\r\n")) {
        *why = QStringLiteral("no final CRLF");
        return false;
    }
    const QList<QByteArray> lines = message.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (!line.endsWith('\r') || line.chopped(1).contains('\r')) {
            *why = QStringLiteral("bare CR or LF on line %1").arg(i + 1);
            return false;
        }
        if (line.size() - 1 > 998) {
            *why = QStringLiteral("line %1 has %2 octets").arg(i + 1).arg(line.size() - 1);
            return false;
        }
    }
    return true;
}

MessageDraft baseDraft()
{
    MessageDraft draft;
    draft.from = MailAddress(QStringLiteral("alice@example.org"), QStringLiteral("Alice"));
    draft.to = { MailAddress(QStringLiteral("bob@example.net"), QStringLiteral("Bob")) };
    draft.subject = QStringLiteral("Hello");
    draft.plainBody = QStringLiteral("Hi Bob.\n");
    return draft;
}

struct Written
{
    bool ok = false;
    QByteArray bytes;
    SmtpEnvelope envelope;
    QString error;
};

Written writeDraft(const MessageDraft &draft, bool eightBit = false, bool smtpUtf8 = false)
{
    MessageWriter writer(draft);
    writer.setEightBitAllowed(eightBit);
    writer.setSmtpUtf8Allowed(smtpUtf8);
    writer.setDate(QDateTime(QDate(2024, 5, 17), QTime(9, 30), Qt::OffsetFromUTC, 7200));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Written w;
    w.ok = writer.write(&buffer);
    w.bytes = buffer.data();
    w.envelope = writer.envelope();
    w.error = writer.errorString();
    if (w.ok && writer.size() != w.bytes.size())
        w.error = QStringLiteral("size() says %1, wrote %2").arg(writer.size()).arg(w.bytes.size());
    return w;
}

QString normalisedBody(const QString &body)
{
    QString text = body;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    return text;
}

// The parts a draft should produce, pre-order, as both readers report them.
QList<Part> expectedParts(const MessageDraft &draft, const QString &plainText)
{
    QList<Part> parts;
    bool anyAttachment = false;
    bool anyInline = false;
    for (const MessageAttachment &a : draft.attachments) {
        anyAttachment = anyAttachment || !a.isInline();
        anyInline = anyInline || a.isInline();
    }
    auto filePart = [](const MessageAttachment &a, const QString &type) {
        Part p;
        p.type = type;
        p.disposition = a.isInline() ? QStringLiteral("inline") : QStringLiteral("attachment");
        p.fileName = a.fileName;
        p.contentId = a.contentId;
        QFile file(a.filePath);
        file.open(QIODevice::ReadOnly);
        p.bytes = file.readAll();
        if (type.startsWith(QLatin1String("text/"))) {
            p.text = QString::fromUtf8(p.bytes).replace(QLatin1String("\r\n"), QLatin1String("\n"));
            const bool ascii = std::all_of(
                p.bytes.begin(), p.bytes.end(), [](char c) { return (c & 0x80) == 0; });
            if (!ascii)
                p.charset = QStringLiteral("utf-8");
        }
        return p;
    };
    auto multipart = [](const char *subtype) {
        Part p;
        p.type = QStringLiteral("multipart/") + QLatin1String(subtype);
        return p;
    };
    auto textPart = [](const char *subtype, const QString &text) {
        Part p;
        p.type = QStringLiteral("text/") + QLatin1String(subtype);
        p.charset = QStringLiteral("utf-8");
        p.text = normalisedBody(text);
        p.bytes = p.text.toUtf8();
        return p;
    };
    if (anyAttachment)
        parts << multipart("mixed");
    if (!draft.htmlBody.isEmpty()) {
        parts << multipart("alternative") << textPart("plain", plainText);
        if (anyInline)
            parts << multipart("related");
        parts << textPart("html", draft.htmlBody);
        for (const MessageAttachment &a : draft.attachments) {
            if (a.isInline())
                parts << filePart(a, a.mimeType);
        }
    } else {
        parts << textPart("plain", plainText);
    }
    for (const MessageAttachment &a : draft.attachments) {
        if (!a.isInline())
            parts << filePart(a, a.mimeType);
    }
    return parts;
}

// Text parts' bytes depend on the line ends (CRLF in base64, LF after GMime's decoding of
// 7bit/QP in memory, CRLF from Python): compare their text instead. GMime trims white space
// around a file name, however it was encoded: compare names trimmed.
QList<Part> comparable(QList<Part> parts)
{
    for (Part &p : parts) {
        p.fileName = p.fileName.trimmed();
        if (p.type.startsWith(QLatin1String("text/")) && p.disposition.isEmpty())
            p.bytes.clear();
    }
    return parts;
}

// "name|address" lists compared by meaning: domains in A-labels (GMime shows U-labels, Python
// what was written). Python's email package inserts a space between adjacent encoded words
// of a display name and collapses white space inside them (RFC 2047 §6.2 says to drop it), so
// for Python, names are compared without white space.
QStringList comparableAddresses(const QStringList &flatList, bool ignoreNameSpaces)
{
    QStringList out;
    for (const QString &entry : flatList) {
        QString name = entry.section(u'|', 0, 0).trimmed(); // readers trim names too
        const QString address = entry.section(u'|', 1);
        const qsizetype at = address.lastIndexOf(u'@');
        QString domain = address.mid(at + 1);
        if (!domain.startsWith(u'['))
            domain = QString::fromLatin1(QUrl::toAce(domain));
        if (ignoreNameSpaces)
            name.remove(QRegularExpression(QStringLiteral("\\s")));
        out << name + u'|' + address.left(at + 1) + domain;
    }
    return out;
}

// Reads `message` with both parsers and compares everything with the draft. Fails the test
// (QVERIFY/QCOMPARE) on the first difference.
void verifyReadBack(const QByteArray &message, const MessageDraft &draft,
    const QString &plainText = QString(), bool allowRawUtf8 = false)
{
    QString why;
    QVERIFY2(linesAreValid(message, &why), qPrintable(why));
    if (!allowRawUtf8) {
        const QByteArray headers = headerBlock(message);
        QVERIFY2(
            std::all_of(headers.begin(), headers.end(), [](char c) { return (c & 0x80) == 0; }),
            "raw 8-bit header without SMTPUTF8");
    }
    const QList<Part> expected
        = comparable(expectedParts(draft, plainText.isNull() ? draft.plainBody : plainText));
    const Message gmime = parseWithGMime(message);
    const Message python = parseWithPython(message);
    for (const Message *reader : { &gmime, &python }) {
        const Message &parsed = *reader;
        const bool isPython = reader == &python;
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        // Python notes control characters that it decoded (NonPrintableDefect): content the
        // draft asked for, not a flaw of the encoding.
        const QStringList defects
            = parsed.defects.filter(QRegularExpression(QStringLiteral("^(?!NonPrintableDefect)")));
        QVERIFY2(defects.isEmpty(), qPrintable(defects.join(u',')));
        // Readers drop some of the white space around an unstructured value (RFC 5322 §2.2.3
        // leaves unclear whose it is); everything inside must come back.
        QCOMPARE(parsed.subject.trimmed(), draft.subject.trimmed());
        QCOMPARE(comparableAddresses(parsed.from, isPython),
            comparableAddresses(flat({ draft.from }), isPython));
        QCOMPARE(comparableAddresses(parsed.to, isPython),
            comparableAddresses(flat(draft.to), isPython));
        QCOMPARE(comparableAddresses(parsed.cc, isPython),
            comparableAddresses(flat(draft.cc), isPython));
        QCOMPARE(comparableAddresses(parsed.replyTo, isPython),
            comparableAddresses(flat(draft.replyTo), isPython));
        QVERIFY(!parsed.hasBcc);
        for (const MessageHeaderField &h : draft.extraHeaders)
            QCOMPARE(parsed.header(h.name), h.value);
        const QList<Part> actual = comparable(parsed.parts);
        QCOMPARE(describeParts(actual), describeParts(expected));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(actual.at(i).text, expected.at(i).text);
            QVERIFY2(actual.at(i).bytes == expected.at(i).bytes,
                qPrintable(QStringLiteral("part %1 (%2): bytes differ")
                               .arg(i)
                               .arg(describe(expected.at(i)))));
        }
    }
}

MessagePart firstLeaf(const MessagePart &part, const QString &type)
{
    if (part.contentType == type)
        return part;
    for (const MessagePart &child : part.children) {
        const MessagePart found = firstLeaf(child, type);
        if (!found.contentType.isEmpty())
            return found;
    }
    return {};
}

QStringList treeShape(const MessagePart &part, int depth = 0)
{
    QStringList out { QString(depth * 2, u' ') + part.contentType };
    for (const MessagePart &child : part.children)
        out << treeShape(child, depth + 1);
    return out;
}

} // namespace

class tst_MessageCompose : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void htmlWithPlain();
    void htmlOnlyMakesPlain();
    void attachmentsAndInlineImage();
    void attachmentNamesRfc2231();
    void mimeTypesFromQMimeDatabase();
    void priorityHeaders();
    void dsnGoesIntoEnvelope();
    void eightBitOnlyWhenAllowed();
    void smtpUtf8RawHeaders();
    void idnDomainsAsALabels();
    void sameBytesTwice();
    void spoolFileIsAtomic();
    void hostile_data();
    void hostile();
    void extremeDraftsAreValidSmtpData_data();
    void extremeDraftsAreValidSmtpData();
    void refused_data();
    void refused();

    void headerEncoding_data();
    void headerEncoding();
    void qWordsFromBWords();
    void plainTextFromHtml_data();
    void plainTextFromHtml();

    void treeOfComposedMessage();
    void treeDecodesForeignHeaders();
    void treeIsDisplaySafe();
    void treeOfHostileFiles_data();
    void treeOfHostileFiles();
    void treeFromDeviceAndOffset();

private:
    QTemporaryDir m_dir;
};

void tst_MessageCompose::htmlWithPlain()
{
    MessageDraft draft = baseDraft();
    draft.plainBody = QStringLiteral("Plain Grüße\n");
    draft.htmlBody = QStringLiteral("<p>HTML <b>Grüße</b></p>\n");
    const Written w = writeDraft(draft);
    QVERIFY2(w.ok, qPrintable(w.error));
    verifyReadBack(w.bytes, draft);
    QVERIFY(rawField(w.bytes, "Content-Type").startsWith("Content-Type: multipart/alternative;"));
    QCOMPARE(w.envelope.bodyType, BodyType::SevenBit);
}

void tst_MessageCompose::htmlOnlyMakesPlain()
{
    MessageDraft draft = baseDraft();
    draft.plainBody.clear();
    draft.htmlBody
        = QStringLiteral("<html><head><title>T</title><style>p{}</style></head><body><h1>News</h1>"
                         "<p>Caf&eacute; &amp; <a href=\"https://example.org/x\">more</a></p>"
                         "<ul><li>one</li><li>two</li></ul></body></html>");
    const QString plain
        = QStringLiteral("News\n\nCafé & more <https://example.org/x>\n\n- one\n- two\n");
    QCOMPARE(::plainTextFromHtml(draft.htmlBody), plain);
    const Written w = writeDraft(draft);
    QVERIFY2(w.ok, qPrintable(w.error));
    verifyReadBack(w.bytes, draft, plain);
}

void tst_MessageCompose::attachmentsAndInlineImage()
{
    const QByteArray binary = binaryBytes(100 * 1024 + 7, 42);
    const QString logo = writeFile(m_dir, QStringLiteral("logo.png"), Png);
    const QString data = writeFile(m_dir, QStringLiteral("data.bin"), binary);
    const QString notes = writeFile(m_dir, QStringLiteral("notes.txt"), "Grüße\nline two\r\nend");
    // A 300-character non-ASCII name; no file system would hold it, so it is given.
    const QString longName
        = QStringLiteral("Ünïcödé-Дaнные-数据-").repeated(20).left(296) + QStringLiteral(".bin");
    QCOMPARE(longName.size(), 300);

    MessageDraft draft = baseDraft();
    draft.cc = { MailAddress(QStringLiteral("carol@example.com"), QStringLiteral("Carol Ünal")) };
    draft.subject = QStringLiteral("Report – Grüße");
    draft.plainBody = QStringLiteral("See the report.\n");
    draft.htmlBody = QStringLiteral("<p>See <img src=\"cid:logo.1@example.org\" alt=\"logo\"></p>");
    draft.attachments = {
        { data, longName, QString(), QString() },
        { logo, QString(), QString(), QStringLiteral("logo.1@example.org") },
        { notes, QString(), QString(), QString() },
    };
    const Written w = writeDraft(draft);
    QVERIFY2(w.ok, qPrintable(w.error));

    // What the readers should see: the names, the types QMimeDatabase chose.
    MessageDraft expected = draft;
    expected.attachments[0].mimeType = QStringLiteral("application/octet-stream");
    expected.attachments[1].fileName = QStringLiteral("logo.png");
    expected.attachments[1].mimeType = QStringLiteral("image/png");
    expected.attachments[2].fileName = QStringLiteral("notes.txt");
    expected.attachments[2].mimeType = QStringLiteral("text/plain");
    verifyReadBack(w.bytes, expected);

    // RFC 2387: the related part names its root's type.
    QVERIFY(w.bytes.contains("multipart/related; boundary="));
    QVERIFY(w.bytes.contains("\ttype=\"text/html\"\r\n"));
    QVERIFY(w.bytes.contains("Content-Id: <logo.1@example.org>"));
    QCOMPARE(w.envelope.recipients.size(), 2);
}

void tst_MessageCompose::attachmentNamesRfc2231()
{
    const QString path = writeFile(m_dir, QStringLiteral("a.bin"), "x");
    const QStringList names = {
        QStringLiteral("plain.pdf"),
        QStringLiteral("with space and \"quotes\"; semicolon.txt"),
        QStringLiteral("x").repeated(300) + QStringLiteral(".txt"),
        QStringLiteral("Grüße.pdf"),
        QStringLiteral("東京 — Москва — القاهرة.docx"),
        QStringLiteral("=?UTF-8?Q?not_encoded?=.txt"),
        QStringLiteral("tab\there.txt"),
        QStringLiteral(" spaced  out "),
        QStringLiteral(" Grüße "),
    };
    for (const QString &name : names) {
        MessageDraft draft = baseDraft();
        draft.attachments
            = { { path, name, QStringLiteral("application/octet-stream"), QString() } };
        const Written w = writeDraft(draft);
        QVERIFY2(w.ok, qPrintable(w.error));
        verifyReadBack(w.bytes, draft);
        if (!std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 128; }))
            QVERIFY2(
                w.bytes.contains("filename*0*=UTF-8''") || w.bytes.contains("filename*=UTF-8''"),
                w.bytes.constData());
    }
}

void tst_MessageCompose::mimeTypesFromQMimeDatabase()
{
    const QString pdf
        = writeFile(m_dir, QStringLiteral("doc.pdf"), "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    const QString empty = writeFile(m_dir, QStringLiteral("empty.dat"), QByteArray());
    const QString html
        = writeFile(m_dir, QStringLiteral("page.html"), "<html><body>x</body></html>");
    MessageDraft draft = baseDraft();
    draft.attachments = { { pdf, {}, {}, {} }, { empty, {}, {}, {} }, { html, {}, {}, {} },
        { pdf, QStringLiteral("override.bin"), QStringLiteral("Application/X-Custom"), {} } };
    const Written w = writeDraft(draft);
    QVERIFY2(w.ok, qPrintable(w.error));
    const Message parsed = parseWithPython(w.bytes);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QStringList types;
    for (const Part &p : parsed.parts)
        types << p.type;
    QCOMPARE(types,
        (QStringList { QStringLiteral("multipart/mixed"), QStringLiteral("text/plain"),
            QStringLiteral("application/pdf"), QStringLiteral("application/octet-stream"),
            QStringLiteral("text/html"), QStringLiteral("application/x-custom") }));
    QCOMPARE(parsed.parts.at(3).bytes, QByteArray());
    QCOMPARE(parsed.parts.at(5).fileName, QStringLiteral("override.bin"));
}

void tst_MessageCompose::priorityHeaders()
{
    MessageDraft draft = baseDraft();
    draft.priority = MessagePriority::High;
    Written w = writeDraft(draft);
    QVERIFY2(w.ok, qPrintable(w.error));
    QCOMPARE(rawField(w.bytes, "X-Priority"), QByteArray("X-Priority: 1 (Highest)\r\n"));
    QCOMPARE(rawField(w.bytes, "Importance"), QByteArray("Importance: high\r\n"));
    QCOMPARE(parseWithPython(w.bytes).header(QStringLiteral("X-Priority")),
        QStringLiteral("1 (Highest)"));

    draft.priority = MessagePriority::Low;
    w = writeDraft(draft);
    QCOMPARE(rawField(w.bytes, "X-Priority"), QByteArray("X-Priority: 5 (Lowest)\r\n"));
    QCOMPARE(rawField(w.bytes, "Importance"), QByteArray("Importance: low\r\n"));

    draft.priority = MessagePriority::Normal;
    w = writeDraft(draft);
    QVERIFY(rawField(w.bytes, "X-Priority").isEmpty());
    QVERIFY(rawField(w.bytes, "Importance").isEmpty());

    // The writer owns them: an extra header cannot set them.
    draft.extraHeaders = { { QStringLiteral("x-priority"), QStringLiteral("1") } };
    QVERIFY(!writeDraft(draft).ok);
}

void tst_MessageCompose::dsnGoesIntoEnvelope()
{
    MessageDraft draft = baseDraft();
    Written w = writeDraft(draft);
    QCOMPARE(w.envelope.dsnNotify, SmtpCommand::DsnNotifyFlags());
    QCOMPARE(w.envelope.dsnReturn, SmtpCommand::DsnReturn::Default);
    QVERIFY(w.envelope.dsnEnvelopeId.isEmpty());

    draft.dsn.notify = SmtpCommand::DsnNotify::Success | SmtpCommand::DsnNotify::Failure;
    draft.dsn.ret = SmtpCommand::DsnReturn::Headers;
    MessageWriter writer(draft);
    QVERIFY(writer.setMessageId(QStringLiteral("<dsn.1@example.org>")));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writer.write(&buffer));
    QCOMPARE(writer.envelope().dsnNotify,
        SmtpCommand::DsnNotify::Success | SmtpCommand::DsnNotify::Failure);
    QCOMPARE(writer.envelope().dsnReturn, SmtpCommand::DsnReturn::Headers);
    QCOMPARE(writer.envelope().dsnEnvelopeId, QByteArray("dsn.1@example.org"));
    QVERIFY(rawField(buffer.data(), "Message-Id").contains("<dsn.1@example.org>"));

    draft.dsn.envelopeId = "my-id+1";
    w = writeDraft(draft);
    QCOMPARE(w.envelope.dsnEnvelopeId, QByteArray("my-id+1"));
    draft.dsn.envelopeId = "bad id";
    QVERIFY(!writeDraft(draft).ok);
    draft.dsn.envelopeId = QByteArray(101, 'x');
    QVERIFY(!writeDraft(draft).ok);

    QVERIFY(!writer.setMessageId(QStringLiteral("no-brackets@example.org")));
    QVERIFY(!writer.setMessageId(QStringLiteral("<a\r\nb@example.org>")));
    QVERIFY(!writer.setMessageId(QStringLiteral("<noat>")));
}

void tst_MessageCompose::eightBitOnlyWhenAllowed()
{
    MessageDraft draft = baseDraft();
    draft.plainBody = QStringLiteral("Grüße aus Köln, schön.\n");
    draft.htmlBody = QStringLiteral("<p>Grüße aus Köln, schön.</p>");
    const QString notes = writeFile(m_dir, QStringLiteral("n8.txt"),
        "Gr\xc3\xbc\xc3\x9f"
        "e\n");
    draft.attachments = { { notes, {}, {}, {} } };
    Written w = writeDraft(draft, false);
    QVERIFY2(w.ok, qPrintable(w.error));
    QCOMPARE(w.envelope.bodyType, BodyType::SevenBit);
    QVERIFY(std::all_of(w.bytes.begin(), w.bytes.end(), [](char c) { return (c & 0x80) == 0; }));

    w = writeDraft(draft, true);
    QVERIFY2(w.ok, qPrintable(w.error));
    QCOMPARE(w.envelope.bodyType, BodyType::EightBitMime);
    QVERIFY(w.bytes.contains("Content-Transfer-Encoding: 8bit"));
    // Attachments stay base64 (their octets are kept exactly).
    QVERIFY(!w.bytes.contains("Gr\xc3\xbc\xc3\x9f"
                              "e\r\n\r\n--"));
    MessageDraft expected = draft;
    expected.attachments[0].fileName = QStringLiteral("n8.txt");
    expected.attachments[0].mimeType = QStringLiteral("text/plain");
    verifyReadBack(w.bytes, expected);
}

void tst_MessageCompose::smtpUtf8RawHeaders()
{
    MessageDraft draft = baseDraft();
    draft.from = MailAddress(QStringLiteral("jörg@bücher.example"), QStringLiteral("Jörg Müller"));
    draft.to
        = { MailAddress(QStringLiteral("zoë@example.net"), QStringLiteral("Zoë, the \"best\"")) };
    draft.subject
        = QStringLiteral("Grüße – 東京 ") + QStringLiteral("und mehr ").repeated(20).trimmed();
    draft.extraHeaders = { { QStringLiteral("X-Note"), QStringLiteral("Ünïcode") } };

    // Without SMTPUTF8: refused, since the local parts are not ASCII.
    QVERIFY(MessageWriter::requiresSmtpUtf8(draft));
    QVERIFY(!writeDraft(draft, false, false).ok);

    const Written w = writeDraft(draft, true, true);
    QVERIFY2(w.ok, qPrintable(w.error));
    QVERIFY(w.envelope.requiresSmtpUtf8);
    QVERIFY2(
        rawField(w.bytes, "Subject").startsWith("Subject: Grüße – 東京 und"), w.bytes.constData());
    QVERIFY(!w.bytes.contains("=?UTF-8?"));
    QVERIFY(rawField(w.bytes, "From").contains("Jörg Müller <jörg@xn--bcher-kva.example>"));
    MessageDraft expected = draft;
    expected.from
        = MailAddress(QStringLiteral("jörg@xn--bcher-kva.example"), QStringLiteral("Jörg Müller"));
    verifyReadBack(w.bytes, expected, QString(), true);

    // ASCII addresses but raw UTF-8 allowed: the headers use it, and say so in the envelope.
    MessageDraft ascii = baseDraft();
    ascii.subject = QStringLiteral("Grüße");
    const Written u = writeDraft(ascii, false, true);
    QVERIFY(u.ok);
    QCOMPARE(rawField(u.bytes, "Subject"), QByteArray("Subject: Grüße\r\n"));
    QVERIFY(u.envelope.requiresSmtpUtf8);
    const Written a = writeDraft(ascii, false, false);
    QVERIFY(!a.envelope.requiresSmtpUtf8);
    QCOMPARE(rawField(a.bytes, "Subject"), QByteArray("Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n"));
}

void tst_MessageCompose::idnDomainsAsALabels()
{
    MessageDraft draft = baseDraft();
    draft.from = MailAddress(QStringLiteral("info@münchen.example"), QStringLiteral("München"));
    draft.to = { MailAddress(QStringLiteral("bob@bücher.example")) };
    draft.cc = { MailAddress(QStringLiteral("carol@[192.0.2.1]")) };
    const Written w = writeDraft(draft);
    QVERIFY2(w.ok, qPrintable(w.error));
    QVERIFY(rawField(w.bytes, "From").contains("<info@xn--mnchen-3ya.example>"));
    QCOMPARE(rawField(w.bytes, "To"), QByteArray("To: bob@xn--bcher-kva.example\r\n"));
    QVERIFY(!w.envelope.requiresSmtpUtf8);
    QVERIFY(rawField(w.bytes, "Message-Id").contains("@xn--mnchen-3ya.example>"));
    // The envelope keeps the addresses as given; the session converts domains for the wire.
    QCOMPARE(w.envelope.sender, QStringLiteral("info@münchen.example"));
    MessageDraft expected = draft;
    expected.from
        = MailAddress(QStringLiteral("info@xn--mnchen-3ya.example"), QStringLiteral("München"));
    expected.to = { MailAddress(QStringLiteral("bob@xn--bcher-kva.example")) };
    verifyReadBack(w.bytes, expected);
}

void tst_MessageCompose::sameBytesTwice()
{
    const QString path = writeFile(m_dir, QStringLiteral("twice.bin"), binaryBytes(5000, 7));
    MessageDraft draft = baseDraft();
    draft.htmlBody = QStringLiteral("<p>x</p>");
    draft.attachments = { { path, {}, {}, {} } };
    MessageWriter writer(draft);
    QBuffer first;
    first.open(QIODevice::WriteOnly);
    QVERIFY(writer.write(&first));
    QBuffer second;
    second.open(QIODevice::WriteOnly);
    QVERIFY(writer.write(&second));
    QCOMPARE(second.data(), first.data());
    // Another draft gets other boundaries (they come from the Message-ID).
    MessageWriter other(draft);
    QBuffer third;
    third.open(QIODevice::WriteOnly);
    QVERIFY(other.write(&third));
    QVERIFY(third.data() != first.data());
}

void tst_MessageCompose::spoolFileIsAtomic()
{
    QTemporaryDir dir;
    MessageDraft draft = baseDraft();
    draft.attachments = { { dir.filePath(QStringLiteral("missing.bin")), {}, {}, {} } };
    MessageWriter writer(draft);
    const QString path = dir.filePath(QStringLiteral("1.eml"));
    QVERIFY(!writer.writeToSpoolFile(path));
    QVERIFY2(writer.errorString().contains(QLatin1String("missing.bin")),
        qPrintable(writer.errorString()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QVERIFY(writer.envelope().recipients.isEmpty());

    // A folder, a FIFO: not regular files, refused before anything is written.
    draft.attachments = { { dir.path(), QStringLiteral("dir"), {}, {} } };
    MessageWriter folder(draft);
    QVERIFY(!folder.writeToSpoolFile(path));
    QVERIFY2(
        folder.errorString().contains(QLatin1String("regular")), qPrintable(folder.errorString()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    draft.attachments = { { writeFile(dir, QStringLiteral("ok.bin"), "ok"), {}, {}, {} } };
    MessageWriter good(draft);
    QVERIFY2(good.writeToSpoolFile(path), qPrintable(good.errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), good.size());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
        (QStringList { QStringLiteral("1.eml"), QStringLiteral("ok.bin") }));
}

void tst_MessageCompose::hostile_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("eightBit");

    const QString none;
    const QString longSubject = QStringLiteral("Subject words ").repeated(143).left(2000);
    QTest::newRow("2,000-character subject")
        << longSubject << none << QStringLiteral("x\n") << none << none << false;
    QTest::newRow("2,000-character unbroken subject")
        << QString(2000, u'x') << none << QStringLiteral("x\n") << none << none << false;
    QTest::newRow("2,000-character non-ASCII subject")
        << QStringLiteral("Grüße, 東京! ").repeated(200).left(2000) << none << QStringLiteral("x\n")
        << none << none << false;
    const QString longLine = QString(10000, u'a');
    QTest::newRow("10,000-character line")
        << QStringLiteral("Long") << none << longLine << none << none << false;
    QTest::newRow("10,000-character line, 8bit allowed")
        << QStringLiteral("Long") << none << longLine + u'\n' << none << none << true;
    QTest::newRow("10,000-character line in HTML")
        << QStringLiteral("Long") << none << QStringLiteral("x")
        << QString(QStringLiteral("<p>") + longLine + QStringLiteral("</p>")) << none << false;
    QTest::newRow("dots, bare CR, bare LF")
        << QStringLiteral("Dots") << none
        << QStringLiteral(".\n..\r\n.leading dot\rbare CR\nbare LF\r\n.\r\n.end") << none << none
        << false;
    QTest::newRow("dots, 8bit") << QStringLiteral("Dots") << none
                                << QStringLiteral(".\nGrüße\r.\r\n..") << none << none << true;
    QTest::newRow("NUL in body") << QStringLiteral("NUL") << none
                                 << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b\n"))
                                 << none << none << false;
    QTest::newRow("NUL in HTML") << QStringLiteral("NUL") << none << QStringLiteral("x")
                                 << QString(
                                        QStringLiteral("<p>a") + QChar(0) + QStringLiteral("b</p>"))
                                 << none << true;
    QTest::newRow("control characters")
        << QStringLiteral("esc \x1b[31mred\x1b[0m bell \x07 tab\tend") << QStringLiteral("A\x1b B")
        << QStringLiteral("esc \x1b[31m\n") << none << QStringLiteral("esc\x1b.txt") << false;
    QTest::newRow("mixed scripts")
        << QStringLiteral("Grüße Привет 東京 مرحبا שלום 🎉 ñ") << QStringLiteral("Zoë Ελένη 李")
        << QStringLiteral("Grüße Привет 東京 مرحبا שלום 🎉\n") << QStringLiteral("<p>東京 🎉</p>")
        << QStringLiteral("Привет-東京-🎉.txt") << false;
    QTest::newRow("looks encoded")
        << QStringLiteral("=?UTF-8?Q?not_encoded?= =?x?") << QStringLiteral("=?UTF-8?B?QQ==?=")
        << QStringLiteral("=?UTF-8?Q?x?=\n") << none << none << false;
    QTest::newRow("300-character non-ASCII file name")
        << QStringLiteral("File") << none << QStringLiteral("x") << none
        << QString(QStringLiteral("Ünïcödé ").repeated(38).left(296) + QStringLiteral(".txt"))
        << false;
    QTest::newRow("spaces") << QStringLiteral("  two  spaces  ") << QStringLiteral(" a  b ")
                            << QStringLiteral("  \n") << none << QStringLiteral(" spaced  name ")
                            << false;
    QTest::newRow("quotes and specials")
        << QStringLiteral("a \"b\" \\c <d> (e), f;") << QStringLiteral("Doe, \"J\" \\ <x> (y)")
        << QStringLiteral("x") << none << QStringLiteral("a\"b\\c;d.txt") << false;
    QTest::newRow("empty everything") << QString() << none << QString() << none << none << false;
}

void tst_MessageCompose::hostile()
{
    QFETCH(QString, subject);
    QFETCH(QString, fromName);
    QFETCH(QString, body);
    QFETCH(QString, html);
    QFETCH(QString, fileName);
    QFETCH(bool, eightBit);

    MessageDraft draft = baseDraft();
    draft.subject = subject;
    if (!fromName.isNull())
        draft.from = MailAddress(draft.from.address(), fromName);
    draft.plainBody = body;
    draft.htmlBody = html;
    if (!fileName.isNull()) {
        const QByteArray bytes = binaryBytes(3000, 3);
        draft.attachments = { { writeFile(m_dir, QStringLiteral("hostile.bin"), bytes), fileName,
            QStringLiteral("application/octet-stream"), QString() } };
    }
    const Written w = writeDraft(draft, eightBit);
    QVERIFY2(w.ok, qPrintable(w.error));
    // Python reads a NUL-only "plain" text part fine; both readers must agree with the draft.
    verifyReadBack(w.bytes, draft);
    // Dot-stuffing is the DATA encoder's job; the message itself keeps leading dots.
    if (body.startsWith(u'.'))
        QVERIFY(w.bytes.contains("\r\n\r\n."));
}

void tst_MessageCompose::extremeDraftsAreValidSmtpData_data()
{
    QTest::addColumn<bool>("eightBit");
    QTest::addColumn<bool>("smtpUtf8");
    QTest::newRow("7bit") << false << false;
    QTest::newRow("8BITMIME") << true << false;
    QTest::newRow("8BITMIME and SMTPUTF8") << true << true;
}

// Issue 10 §3: whatever the draft, a message we build has no NUL and no line over 998
// octets: headers are folded, long body lines go quoted-printable. A 2,000-character subject,
// 300 recipients, a 500-character file name, 5,000-character HTML and text lines, each
// with non-ASCII text in it, and a NUL in the text.
void tst_MessageCompose::extremeDraftsAreValidSmtpData()
{
    QFETCH(bool, eightBit);
    QFETCH(bool, smtpUtf8);
    QTemporaryDir dir;
    MessageDraft draft = baseDraft();
    QString subject;
    while (subject.size() < 2000)
        subject += QStringLiteral("Grüße-aus-Köln-東京-") + QString::number(subject.size());
    draft.subject = subject.left(2000);
    draft.to.clear();
    for (int i = 0; i < 300; ++i)
        (i % 2 ? draft.cc : draft.to)
            << MailAddress(QStringLiteral("recipient%1@example.org").arg(i),
                   QStringLiteral("Empfänger Nummer %1, Abteilung Größe").arg(i));
    QString name;
    while (name.size() < 500)
        name += QStringLiteral("Übersicht_") + QString::number(name.size());
    name = name.left(496) + QStringLiteral(".pdf");
    const QString attachment = writeFile(dir, QStringLiteral("a.pdf"), "%PDF-1.4\n");
    draft.attachments.append({ attachment, name, QString(), QString() });
    QString textLine;
    while (textLine.size() < 5000)
        textLine += QStringLiteral("wörter ");
    draft.plainBody
        = QStringLiteral("Kurz.\n") + textLine.left(5000) + QChar(0) + QStringLiteral("\nEnde.\n");
    draft.htmlBody = QStringLiteral("<html><body><p>") + textLine.left(5000).replace(u' ', u'x')
        + QStringLiteral("</p></body></html>\n");

    const Written w = writeDraft(draft, eightBit, smtpUtf8);
    QVERIFY2(w.ok, qPrintable(w.error));
    const SmtpDataProblem problem = SmtpDataCheck::check(w.bytes);
    QVERIFY2(!problem.isProblem(), qPrintable(problem.toString()));
    QString why;
    QVERIFY2(linesAreValid(w.bytes, &why), qPrintable(why));
    QVERIFY(!w.bytes.contains('\0'));
    QCOMPARE(w.envelope.recipients.size(), 300);
    // And it reads back as written.
    for (const Message &parsed : { parseWithGMime(w.bytes), parseWithPython(w.bytes) }) {
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.subject, draft.subject);
        QCOMPARE(parsed.to.size() + parsed.cc.size(), 300);
        QVERIFY2(std::any_of(parsed.parts.cbegin(), parsed.parts.cend(),
                     [&name](const Part &p) { return p.fileName == name; }),
            qPrintable(describeParts(parsed.parts).join(u'\n')));
    }
}

void tst_MessageCompose::refused_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedError");
    enum {
        Subject,
        FromName,
        FromAddress,
        ToName,
        ToAddress,
        CcName,
        BccAddress,
        ReplyToName,
        HeaderName,
        HeaderValue,
        FileName,
        ContentId,
        MimeType,
        FilePath,
        InlineWithoutHtml,
    };
    const QString crlf = QStringLiteral("x\r\nBcc: evil@example.com");
    const QString lf = QStringLiteral("x\nX-Injected: 1");
    const QString cr = QStringLiteral("x\rX-Injected: 1");
    const QString nul = QString(QStringLiteral("x") + QChar(0) + QStringLiteral("y"));
    const struct
    {
        int field;
        const char *name;
    } fields[] = { { Subject, "subject" }, { FromName, "from name" },
        { FromAddress, "from address" }, { ToName, "to name" }, { ToAddress, "to address" },
        { CcName, "cc name" }, { BccAddress, "bcc address" }, { ReplyToName, "reply-to name" },
        { HeaderName, "header name" }, { HeaderValue, "header value" }, { FileName, "file name" },
        { ContentId, "content-id" }, { MimeType, "mime type" } };
    for (const auto &f : fields) {
        for (const auto &[tag, value] : { std::pair { "CRLF", crlf }, std::pair { "LF", lf },
                 std::pair { "CR", cr }, std::pair { "NUL", nul } })
            QTest::addRow("%s %s", f.name, tag) << f.field << value << QString();
    }
    QTest::newRow("reserved header")
        << int(HeaderName) << QStringLiteral("Content-Type") << QStringLiteral("Content-Type");
    QTest::newRow("bcc as extra header")
        << int(HeaderName) << QStringLiteral("BCC") << QStringLiteral("BCC");
    QTest::newRow("bad content-id")
        << int(ContentId) << QStringLiteral("no at sign") << QStringLiteral("Content-ID");
    QTest::newRow("bad mime type")
        << int(MimeType) << QStringLiteral("text") << QStringLiteral("media type");
    QTest::newRow("missing file") << int(FilePath) << QStringLiteral("/nonexistent/x.bin")
                                  << QStringLiteral("x.bin");
    QTest::newRow("inline without HTML")
        << int(InlineWithoutHtml) << QStringLiteral("a@b") << QStringLiteral("HTML");
    QTest::newRow("non-ASCII local part")
        << int(ToAddress) << QStringLiteral("jörg@example.org") << QStringLiteral("SMTPUTF8");
    QTest::newRow("non-ASCII bcc local part")
        << int(BccAddress) << QStringLiteral("jörg@example.org") << QStringLiteral("SMTPUTF8");
}

void tst_MessageCompose::refused()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, expectedError);
    const QString file = writeFile(m_dir, QStringLiteral("refused.bin"), "abc");
    MessageDraft draft = baseDraft();
    draft.htmlBody = QStringLiteral("<p>x</p>");
    MessageAttachment attachment { file, QString(), QString(), QString() };
    switch (field) {
    case 0:
        draft.subject = value;
        break;
    case 1:
        draft.from = MailAddress(draft.from.address(), value);
        break;
    case 2:
        draft.from = MailAddress(value);
        break;
    case 3:
        draft.to = { MailAddress(QStringLiteral("b@example.org"), value) };
        break;
    case 4:
        draft.to = { MailAddress(value) };
        break;
    case 5:
        draft.cc = { MailAddress(QStringLiteral("c@example.org"), value) };
        break;
    case 6:
        draft.bcc = { MailAddress(value) };
        break;
    case 7:
        draft.replyTo = { MailAddress(QStringLiteral("r@example.org"), value) };
        break;
    case 8:
        draft.extraHeaders = { { value, QStringLiteral("v") } };
        break;
    case 9:
        draft.extraHeaders = { { QStringLiteral("X-Test"), value } };
        break;
    case 10:
        attachment.fileName = value;
        break;
    case 11:
        attachment.contentId = value;
        break;
    case 12:
        attachment.mimeType = value;
        break;
    case 13:
        attachment.filePath = value;
        break;
    case 14:
        draft.htmlBody.clear();
        attachment.contentId = value;
        break;
    }
    draft.attachments = { attachment };
    MessageWriter writer(draft);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(!writer.write(&buffer));
    QVERIFY(!writer.errorString().isEmpty());
    if (!expectedError.isEmpty())
        QVERIFY2(writer.errorString().contains(expectedError), qPrintable(writer.errorString()));
    QCOMPARE(buffer.size(), 0);
    QVERIFY(writer.envelope().recipients.isEmpty());
}

void tst_MessageCompose::headerEncoding_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QStringLiteral("Hello world");
    QTest::newRow("umlauts") << QStringLiteral("Grüße aus Köln");
    QTest::newRow("adjacent runs") << QStringLiteral("a ü b ö c");
    QTest::newRow("double spaces in run") << QStringLiteral("ü  ö");
    QTest::newRow("emoji") << QStringLiteral("🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉");
    QTest::newRow("CJK long") << QStringLiteral("東京").repeated(100);
    QTest::newRow("underscore and equals") << QStringLiteral("a_b=c ü_=?");
    QTest::newRow("encoded-word lookalike") << QStringLiteral("=?UTF-8?B?QQ==?=");
    QTest::newRow("long word") << QString(950, u'w');
    QTest::newRow("tab") << QStringLiteral("a\tb");
}

void tst_MessageCompose::headerEncoding()
{
    using namespace Mime::Detail;
    QFETCH(QString, text);
    const HeaderTokens tokens = unstructuredTokens(text, HeaderCharset::Ascii);
    for (const QByteArray &token : tokens) {
        QVERIFY(token.size() <= MaxLiteralTokenOctets);
        QVERIFY(
            std::all_of(token.begin(), token.end(), [](char c) { return c >= 0x20 && c < 0x7f; }));
        if (token.startsWith("=?"))
            QVERIFY2(token.size() <= 75, token.constData());
    }
    const QByteArray folded = foldedValue(7, tokens);
    for (const QByteArray &line : folded.split('\n')) {
        QVERIFY(line.size() <= 998);
        QVERIFY(!line.trimmed().isEmpty() || tokens.size() <= 1);
    }
    MessageDraft draft = baseDraft();
    draft.subject = text;
    draft.from = MailAddress(draft.from.address(), text);
    draft.extraHeaders = { { QStringLiteral("X-Text"), text } };
    const Written w = writeDraft(draft);
    QVERIFY2(w.ok, qPrintable(w.error));
    verifyReadBack(w.bytes, draft);
    // MailAddress::toHeaderValue() writes the same form, and parseList() reads it back.
    const QList<MailAddress> one { draft.from };
    QCOMPARE(flat(MailAddress::parseList(MailAddress::toHeaderValue(one)).addresses), flat(one));
}

void tst_MessageCompose::qWordsFromBWords()
{
    using namespace Mime::Detail;
    // What GMime itself writes for a long non-ASCII text; 3.2.13 reads back only the first
    // word of it. The tree (and the parsers built on decodableHeaderValue) get all of it.
    const QByteArray b = "=?UTF-8?b?R3LDvMOfZSBHcsO8w59lIEdyw7zDn2UgR3LDvMOfZQ==?= "
                         "=?UTF-8?b?IEdyw7zDn2UgR3LDvMOfZQ==?= plain =?utf-8?B?w7w=?=";
    const QByteArray q = qEncodedWordsFromB(b);
    QVERIFY(!q.contains("?b?") && !q.contains("?B?"));
    QVERIFY(q.contains(" plain "));
    const GCharPtr decoded(g_mime_utils_header_decode_text(nullptr, q.constData()));
    QCOMPARE(QString::fromUtf8(decoded.get()),
        QStringLiteral("Grüße Grüße Grüße Grüße Grüße Grüße plain ü"));
    // Not base64, or not an encoded word at all: unchanged.
    for (const QByteArray &other : { QByteArray("=?UTF-8?B?!!!?="), QByteArray("=?x"),
             QByteArray("a =? b ?= c"), QByteArray("=?UTF-8?Q?a?="), QByteArray() })
        QCOMPARE(qEncodedWordsFromB(other), other);
}

void tst_MessageCompose::plainTextFromHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("text only") << QStringLiteral("  hello   world  ")
                               << QStringLiteral("hello world\n");
    QTest::newRow("paragraphs") << QStringLiteral("<p>one</p><p>two</p>")
                                << QStringLiteral("one\n\ntwo\n");
    QTest::newRow("br") << QStringLiteral("a<br>b<br/>c<BR />d") << QStringLiteral("a\nb\nc\nd\n");
    QTest::newRow("entities") << QStringLiteral(
        "&lt;tag&gt; &amp;amp; &quot;q&quot; &apos;a&apos; "
        "&eacute;&Auml;&euro;&hellip;&#65;&#x42;&#x1F389;&nbsp;x")
                              << QStringLiteral("<tag> &amp; \"q\" 'a' éÄ€…AB🎉 x\n");
    QTest::newRow("bad entities") << QStringLiteral("&bogus; &#0; &#xD800; &#99999999; & x &;")
                                  << QStringLiteral("&bogus; \uFFFD \uFFFD \uFFFD & x &;\n");
    QTest::newRow("script and style") << QStringLiteral(
        "a<script>if (a < b) x()</script>b<style>p{}</style>c<!-- <p>hidden</p> -->d")
                                      << QStringLiteral("abcd\n");
    QTest::newRow("links") << QStringLiteral(
        "<a href=\"https://e.org/\">site</a> <a href=\"https://e.org/\">https://e.org/</a> <a "
        "href=\"mailto:a@e.org\">a@e.org</a> <a href=#top>top</a>")
                           << QStringLiteral("site <https://e.org/> https://e.org/ a@e.org top\n");
    QTest::newRow("lists") << QStringLiteral(
        "<ol start=3><li>c<li>d</ol><ul><li>x<ul><li>y</li></ul></li></ul>")
                           << QStringLiteral("3. c\n4. d\n\n- x\n  - y\n");
    QTest::newRow("pre") << QStringLiteral("<pre>  a\r\n    b  </pre>after")
                         << QStringLiteral("  a\n    b\n\nafter\n");
    QTest::newRow("table") << QStringLiteral(
        "<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>")
                           << QStringLiteral("a b\nc\n");
    QTest::newRow("img alt") << QStringLiteral("x<img src=\"cid:a@b\" alt=\"Logo &amp; co\">y")
                             << QStringLiteral("x[Logo & co]y\n");
    QTest::newRow("broken markup") << QStringLiteral("a < b and c<d <p class=\"x>y\">e</p")
                                   << QStringLiteral("a < b and ce\n");
    QTest::newRow("lone lt") << QStringLiteral("1 < 2 <3") << QStringLiteral("1 < 2 <3\n");
    QTest::newRow("unclosed script") << QStringLiteral("a<script>b") << QStringLiteral("a\n");
    QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                         << QStringLiteral("a\uFFFDb\n");
    QTest::newRow("headings and hr")
        << QStringLiteral("<h1>T</h1>x<hr>y") << QStringLiteral("T\n\nx\n----------\ny\n");
}

void tst_MessageCompose::plainTextFromHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(::plainTextFromHtml(html), text);
}

void tst_MessageCompose::treeOfComposedMessage()
{
    const QByteArray binary = binaryBytes(70000, 9);
    const QString data = writeFile(m_dir, QStringLiteral("tree.bin"), binary);
    const QString logo = writeFile(m_dir, QStringLiteral("tree.png"), Png);
    MessageDraft draft = baseDraft();
    draft.subject = QStringLiteral("Grüße ").repeated(30).trimmed();
    draft.from = MailAddress(
        QStringLiteral("alice@example.org"), QStringLiteral("Ålice Ünal ").repeated(6).trimmed());
    draft.htmlBody = QStringLiteral("<p><img src=\"cid:t.1@example.org\"></p>");
    draft.attachments = { { data, QStringLiteral("Дaнные.bin"), {}, {} },
        { logo, {}, {}, QStringLiteral("t.1@example.org") } };
    draft.extraHeaders = { { QStringLiteral("X-Note"), QStringLiteral("Ünïcode note") } };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tree.eml"));
    MessageWriter writer(draft);
    QVERIFY2(writer.writeToSpoolFile(path), qPrintable(writer.errorString()));

    MessageTree tree;
    QVERIFY2(tree.readFile(path), qPrintable(tree.errorString()));
    QCOMPARE(tree.size(), QFileInfo(path).size());
    QVERIFY(!tree.isTruncated());
    const MessagePart &root = tree.root();
    QCOMPARE(treeShape(root),
        (QStringList { QStringLiteral("multipart/mixed"), QStringLiteral("  multipart/alternative"),
            QStringLiteral("    text/plain"), QStringLiteral("    multipart/related"),
            QStringLiteral("      text/html"), QStringLiteral("      image/png"),
            QStringLiteral("  application/octet-stream") }));
    QCOMPARE(root.header(u"Subject"), draft.subject);
    QCOMPARE(
        root.header(u"from"), draft.from.displayName() + QStringLiteral(" <alice@example.org>"));
    QCOMPARE(root.header(u"X-Note"), QStringLiteral("Ünïcode note"));
    QCOMPARE(root.header(u"Message-Id"), writer.messageId());
    QVERIFY(root.header(u"Bcc").isEmpty());

    const MessagePart attachment = root.children.at(1);
    QCOMPARE(attachment.fileName, QStringLiteral("Дaнные.bin"));
    QCOMPARE(attachment.disposition, QStringLiteral("attachment"));
    QCOMPARE(attachment.transferEncoding, QStringLiteral("base64"));
    QCOMPARE(attachment.decodedSize, binary.size());
    QVERIFY(attachment.encodedSize > binary.size() * 4 / 3);
    const MessagePart image = firstLeaf(root, QStringLiteral("image/png"));
    QCOMPARE(image.contentId, QStringLiteral("t.1@example.org"));
    QCOMPARE(image.disposition, QStringLiteral("inline"));
    QCOMPARE(image.decodedSize, Png.size());
    const MessagePart plain = firstLeaf(root, QStringLiteral("text/plain"));
    QCOMPARE(plain.charset, QStringLiteral("utf-8"));
    QCOMPARE(plain.transferEncoding, QStringLiteral("7bit"));
    QCOMPARE(plain.decodedSize, draft.plainBody.toUtf8().size() + 1); // CRLF on disk
    QCOMPARE(root.decodedSize, root.children.at(0).decodedSize + root.children.at(1).decodedSize);
}

void tst_MessageCompose::treeDecodesForeignHeaders()
{
    // B words as GMime and most clients write them, which GMime 3.2.13 alone truncates.
    const QByteArray eml
        = "From: =?UTF-8?b?R3LDvMOfZSBHcsO8w59lIEdyw7zDn2UgR3LDvMOfZQ==?=\r\n"
          " =?UTF-8?b?IEdyw7zDn2UgR3LDvMOfZQ==?= <a@example.org>\r\n"
          "To: b@xn--bcher-kva.example\r\n"
          "Subject: =?UTF-8?b?R3LDvMOfZSBHcsO8w59lIEdyw7zDn2UgR3LDvMOfZQ==?=\r\n"
          " =?UTF-8?b?IEdyw7zDn2UgR3LDvMOfZQ==?=\r\n"
          "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
          "--b\r\nContent-Type: text/plain; charset=ISO-8859-1\r\n"
          "Content-Transfer-Encoding: quoted-printable\r\n\r\nGr=FC=DFe\r\n"
          "--b\r\nContent-Type: application/pdf; name=\"=?UTF-8?Q?R=C3=A9sum=C3=A9.pdf?=\"\r\n"
          "Content-Disposition: attachment;\r\n filename*0*=UTF-8''R%C3%A9sum;\r\n "
          "filename*1*=%C3%A9.pdf\r\n"
          "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b--\r\n";
    QBuffer buffer;
    buffer.setData(eml);
    buffer.open(QIODevice::ReadOnly);
    MessageTree tree;
    QVERIFY2(tree.read(&buffer), qPrintable(tree.errorString()));
    QCOMPARE(tree.root().header(u"Subject"), QStringLiteral("Grüße Grüße Grüße Grüße Grüße Grüße"));
    QCOMPARE(tree.root().header(u"From"),
        QStringLiteral("Grüße Grüße Grüße Grüße Grüße Grüße <a@example.org>"));
    QCOMPARE(tree.root().children.size(), 2);
    QCOMPARE(tree.root().children.at(0).charset, QStringLiteral("iso-8859-1"));
    // The CRLF before a boundary belongs to the boundary (RFC 2046 §5.1.1).
    QCOMPARE(tree.root().children.at(0).decodedSize, 5);
    QCOMPARE(tree.root().children.at(1).fileName, QStringLiteral("Résumé.pdf"));
    QCOMPARE(tree.root().children.at(1).decodedSize, 5);
}

void tst_MessageCompose::treeIsDisplaySafe()
{
    const QByteArray eml
        = "From: a@example.org\r\nTo: b@example.org\r\n"
          "Subject: =?UTF-8?Q?line=0D=0ABcc:_x=1B[2J?=\r\n"
          "Content-Type: application/octet-stream\r\n"
          "Content-Disposition: attachment; filename*=UTF-8''evil%E2%80%AEfdp.exe%07\r\n"
          "\r\nxx\r\n";
    QBuffer buffer;
    buffer.setData(eml);
    buffer.open(QIODevice::ReadOnly);
    MessageTree tree;
    QVERIFY(tree.read(&buffer));
    const QString subject = tree.root().header(u"Subject");
    QVERIFY2(!subject.contains(u'\r') && !subject.contains(u'\n') && !subject.contains(QChar(0x1b)),
        qPrintable(subject));
    QCOMPARE(subject, QStringLiteral("line\uFFFD\uFFFDBcc: x\uFFFD[2J"));
    QCOMPARE(tree.root().fileName, QStringLiteral("evil\uFFFDfdp.exe\uFFFD"));
}

void tst_MessageCompose::treeOfHostileFiles_data()
{
    QTest::addColumn<QByteArray>("eml");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("parts"); // leaves and multiparts, pre-order count; -1: do not check
    QTest::addColumn<bool>("truncated");

    QTest::newRow("not a message")
        << QByteArray("hello world\nno headers\n") << false << 0 << false;
    QTest::newRow("empty") << QByteArray() << false << 0 << false;
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0",
        10) << false << 0 << false;
    QTest::newRow("headers only") << QByteArray("From: a@example.org") << true << 1 << false;
    QTest::newRow("missing boundary")
        << QByteArray("From: a@example.org\r\nContent-Type: multipart/mixed\r\n\r\nbody\r\n")
        << true << -1 << false;
    QTest::newRow("unterminated multipart") << QByteArray(
        "From: a@example.org\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\nhalf")
                                            << true << 2 << false;
    QByteArray deep = "From: a@example.org\r\n";
    for (int i = 0; i < 100; ++i)
        deep += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\r\n\r\n--b"
            + QByteArray::number(i) + "\r\n";
    deep += "Content-Type: text/plain\r\n\r\nbottom\r\n";
    QTest::newRow("100 levels deep") << deep << true << MessageTree::MaxDepth << true;
    QByteArray wide = "From: a@example.org\r\nContent-Type: multipart/mixed; boundary=w\r\n\r\n";
    for (int i = 0; i < 2000; ++i)
        wide += "--w\r\nContent-Type: text/plain\r\n\r\n" + QByteArray::number(i) + "\r\n";
    wide += "--w--\r\n";
    QTest::newRow("2,000 parts") << wide << true << 2001 << false;
    QTest::newRow("embedded message")
        << QByteArray("From: a@example.org\r\nContent-Type: message/rfc822\r\n\r\n"
                      "From: inner@example.org\r\nSubject: inner\r\n\r\ninner body\r\n")
        << true << 2 << false;
}

void tst_MessageCompose::treeOfHostileFiles()
{
    QFETCH(QByteArray, eml);
    QFETCH(bool, valid);
    QFETCH(int, parts);
    QFETCH(bool, truncated);
    QBuffer buffer;
    buffer.setData(eml);
    buffer.open(QIODevice::ReadOnly);
    MessageTree tree;
    QCOMPARE(tree.read(&buffer), valid);
    if (!valid) {
        QVERIFY(!tree.errorString().isEmpty());
        return;
    }
    if (parts >= 0)
        QCOMPARE(treeShape(tree.root()).size(), parts);
    QCOMPARE(tree.isTruncated(), truncated);
    if (QByteArray(QTest::currentDataTag()) == "embedded message") {
        QCOMPARE(tree.root().children.size(), 1);
        QCOMPARE(tree.root().children.at(0).header(u"Subject"), QStringLiteral("inner"));
    }
}

void tst_MessageCompose::treeFromDeviceAndOffset()
{
    const QByteArray eml = "From: a@example.org\r\nSubject: s\r\n\r\nbody\r\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.eml"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PREAMBLE\n" + eml);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine(), QByteArray("PREAMBLE\n"));
    MessageTree tree;
    QVERIFY2(tree.read(&file), qPrintable(tree.errorString()));
    QCOMPARE(tree.root().header(u"Subject"), QStringLiteral("s"));
    QCOMPARE(tree.size(), eml.size());
    QCOMPARE(file.readAll(), eml); // the QFile's position is unchanged
    QVERIFY(!tree.readFile(dir.filePath(QStringLiteral("missing.eml"))));
}

QTEST_GUILESS_MAIN(tst_MessageCompose)
#include "tst_messagecompose.moc"
