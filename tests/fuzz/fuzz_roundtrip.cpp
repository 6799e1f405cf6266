// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// libFuzzer target for build-then-parse round trips: a draft made from the input (subject,
// display name, plain and HTML bodies, a file name, an extra header value, writer options) is
// written by MessageWriter and read back by GMime and by MessageTree. Checked:
// - the writer refuses exactly the drafts with CR, LF or NUL in a header field, and then
//   writes nothing;
// - every line of a written message ends in CRLF and has at most 998 octets, and without
//   SMTPUTF8 the header block is ASCII;
// - GMime reads back the subject, the display name, the extra header, the plain body, the
//   file name and the attachment's bytes as they were given (around-the-edges white space
//   of header text aside, which readers trim);
// - MessageTree finds the same parts.
#include "mime/messagetree.h"
#include "mime/messagewriter.h"
#include "mime/mime_p.h"

#include <QBuffer>
#include <QByteArrayList>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <cstdint>
#include <cstdio>
#include <memory>

using namespace Mime::Detail;

namespace {

// Names the failed property's line before stopping, so a reproducer explains itself.
void check(bool ok, int line = __builtin_LINE())
{
    if (!ok) {
        std::fprintf(stderr, "%s:%d: check failed\n", __FILE__, line);
        __builtin_trap();
    }
}

const QByteArray AttachmentBytes = QByteArray("\x00\x01\xff\r\n.\r\nattachment\n", 20);

// Made once: the attachment every draft may carry, and a file for MessageTree to read.
struct Files
{
    Files()
    {
        attachment.open();
        attachment.write(AttachmentBytes);
        attachment.flush();
        message.open();
    }
    QTemporaryFile attachment;
    QTemporaryFile message;
};

Files &files()
{
    static Files f;
    return f;
}

QString unixNewlines(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text.append(u'\n');
    return text;
}

bool linesAreValid(const QByteArray &message)
{
    LineChecker checker;
    return checker.feed(message.constData(), message.size()) && checker.finish()
        && message.endsWith("\r\n");
}

QByteArray decoded(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GObjectPtr<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, out.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

// Pre-order list of parts, as MessageTree lists them.
void walk(GMimeObject *object, QList<GMimeObject *> *parts)
{
    parts->append(object);
    if (GMIME_IS_MULTIPART(object)) {
        for (int i = 0; i < g_mime_multipart_get_count(GMIME_MULTIPART(object)); ++i)
            walk(g_mime_multipart_get_part(GMIME_MULTIPART(object), i), parts);
    }
}

int countParts(const MessagePart &part)
{
    int n = 1;
    for (const MessagePart &child : part.children)
        n += countParts(child);
    return n;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 16384)
        return 0;
    const uint8_t flags = data[0];
    const QByteArrayList fields
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1))
              .split('\x01');
    auto field = [&fields](int i) {
        return i < fields.size() ? QString::fromUtf8(fields.at(i)) : QString();
    };

    MessageDraft draft;
    draft.from = MailAddress(QStringLiteral("alice@example.org"), field(1));
    draft.to = { MailAddress(QStringLiteral("bob@example.net")) };
    draft.subject = field(0);
    draft.plainBody = field(2);
    draft.htmlBody = field(3);
    const QString fileName = field(4);
    const bool withAttachment = !fileName.isEmpty();
    if (withAttachment)
        draft.attachments = { { files().attachment.fileName(), fileName,
            QStringLiteral("application/octet-stream"), QString() } };
    const QString extra = field(5);
    if (!extra.isEmpty())
        draft.extraHeaders = { { QStringLiteral("X-Fuzz"), extra } };
    draft.priority = MessagePriority(flags % 3);

    MessageWriter writer(draft);
    writer.setEightBitAllowed(flags & 0x10);
    const bool smtpUtf8 = flags & 0x20;
    writer.setSmtpUtf8Allowed(smtpUtf8);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const bool written = writer.write(&buffer);
    const bool refusable = hasLineBreakOrNul(draft.subject) || hasLineBreakOrNul(field(1))
        || hasLineBreakOrNul(fileName) || hasLineBreakOrNul(extra) || fileName.size() > 1000;
    if (!written) {
        if (!refusable)
            std::fprintf(stderr, "refused: %s\n", qPrintable(writer.errorString()));
        check(refusable);
        check(buffer.size() == 0);
        return 0;
    }
    check(!refusable);
    const QByteArray message = buffer.data();
    check(writer.size() == message.size());
    check(linesAreValid(message));
    const qsizetype headerEnd = message.indexOf("\r\n\r\n");
    check(headerEnd > 0);
    if (!smtpUtf8) {
        for (qsizetype i = 0; i < headerEnd; ++i)
            check((message.at(i) & 0x80) == 0);
    }

    ensureGMimeInitialized();
    GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(message.constData(), size_t(message.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GObjectPtr<GMimeMessage> parsed(g_mime_parser_construct_message(parser.get(), nullptr));
    check(parsed != nullptr);
    check(fromUtf8(g_mime_message_get_subject(parsed.get())).trimmed() == draft.subject.trimmed());
    InternetAddressList *from = g_mime_message_get_from(parsed.get());
    check(from && internet_address_list_length(from) == 1);
    check(fromUtf8(internet_address_get_name(internet_address_list_get_address(from, 0))).trimmed()
        == draft.from.displayName().trimmed());
    if (!extra.isEmpty()) {
        GMimeHeader *header = g_mime_header_list_get_header(
            g_mime_object_get_header_list(GMIME_OBJECT(parsed.get())), "X-Fuzz");
        check(header != nullptr);
        const GCharPtr unfolded(g_mime_utils_header_unfold(g_mime_header_get_raw_value(header)));
        const GCharPtr text(g_mime_utils_header_decode_text(nullptr, unfolded.get()));
        check(fromUtf8(text.get()).trimmed() == extra.trimmed());
    }

    QList<GMimeObject *> parts;
    walk(g_mime_message_get_mime_part(parsed.get()), &parts);
    GMimeObject *plain = nullptr;
    GMimeObject *attachment = nullptr;
    for (GMimeObject *part : std::as_const(parts)) {
        GMimeContentType *type = g_mime_object_get_content_type(part);
        if (!plain && g_mime_content_type_is_type(type, "text", "plain"))
            plain = part;
        if (g_mime_content_type_is_type(type, "application", "octet-stream"))
            attachment = part;
    }
    check(plain != nullptr);
    QString expectedPlain = draft.plainBody.isEmpty() && !draft.htmlBody.isEmpty()
        ? QString() // made from the HTML: its exact text is plainTextFromHtml()'s business
        : unixNewlines(draft.plainBody);
    if (!expectedPlain.isNull()) {
        const QString text = QString::fromUtf8(decoded(GMIME_PART(plain)))
                                 .replace(QLatin1String("\r\n"), QLatin1String("\n"));
        check(text == expectedPlain);
    }
    check((attachment != nullptr) == withAttachment);
    if (attachment) {
        check(decoded(GMIME_PART(attachment)) == AttachmentBytes);
        check(fromUtf8(g_mime_part_get_filename(GMIME_PART(attachment))).trimmed()
            == fileName.trimmed());
    }

    QTemporaryFile &file = files().message;
    file.resize(0);
    file.seek(0);
    file.write(message);
    file.flush();
    file.seek(0);
    MessageTree tree;
    check(tree.read(&file));
    check(tree.size() == message.size());
    check(countParts(tree.root()) == parts.size());
    return 0;
}
