// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "messagetree.h"

#include "mime_p.h"

#include <QFileDevice>
#include <QTemporaryFile>

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>

using namespace Mime::Detail;

namespace {

// Text from a file, made safe to show (see MessagePart): C0 and C1 controls other than tab,
// and the bidirectional overrides and isolates that can disguise a file name (U+202A–U+202E,
// U+2066–U+2069), become U+FFFD.
QString displaySafe(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0x7f || (u >= 0x80 && u <= 0x9f)
            || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            c = QChar(0xfffd);
    }
    return text;
}

QString lowerAscii(const char *text)
{
    return fromUtf8(text).toLower();
}

bool isAddressField(const QByteArray &name)
{
    static const char *const fields[]
        = { "From", "To", "Cc", "Bcc", "Reply-To", "Sender", "Resent-From", "Resent-To",
              "Resent-Cc", "Resent-Bcc", "Resent-Sender", "Disposition-Notification-To" };
    for (const char *field : fields) {
        if (name.compare(field, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A header value unfolded and decoded: address fields as mailboxes with their names in
// Unicode, everything else as RFC 2047 text.
QString displayValue(GMimeParserOptions *options, GMimeHeader *header)
{
    const char *raw = g_mime_header_get_raw_value(header);
    const GCharPtr unfolded(g_mime_utils_header_unfold(raw ? raw : ""));
    const QByteArray value = decodableHeaderValue(QByteArray(unfolded.get()).trimmed());
    if (isAddressField(QByteArray(g_mime_header_get_name(header)))) {
        GObjectPtr<InternetAddressList> list(
            internet_address_list_parse(options, value.constData()));
        if (list && internet_address_list_length(list.get()) > 0) {
            const FormatOptionsPtr format = crlfFormatOptions();
            const GCharPtr text(internet_address_list_to_string(list.get(), format.get(), FALSE));
            return displaySafe(fromUtf8(text.get()));
        }
    }
    const GCharPtr text(g_mime_utils_header_decode_text(options, value.constData()));
    return displaySafe(fromUtf8(text.get()));
}

class TreeBuilder
{
public:
    explicit TreeBuilder(GMimeParserOptions *options)
        : m_options(options)
    { }

    MessagePart message(GMimeMessage *message, int depth)
    {
        GMimeObject *body = g_mime_message_get_mime_part(message);
        MessagePart node;
        if (body) {
            node = object(body, depth);
        } else {
            node.contentType = QStringLiteral("text/plain");
        }
        // GMime keeps the top-level Content-* fields with the body, the rest with the
        // message; shown together in the order of the file.
        node.headers = headers(GMIME_OBJECT(message), body);
        return node;
    }

    [[nodiscard]] bool truncated() const { return m_truncated; }

private:
    QList<MessageHeaderField> headers(GMimeObject *object, GMimeObject *also = nullptr)
    {
        QList<GMimeHeader *> all;
        for (GMimeObject *o : { object, also }) {
            GMimeHeaderList *list = o ? g_mime_object_get_header_list(o) : nullptr;
            const int count = list ? g_mime_header_list_get_count(list) : 0;
            for (int i = 0; i < count; ++i)
                all.append(g_mime_header_list_get_header_at(list, i));
        }
        std::stable_sort(all.begin(), all.end(), [](GMimeHeader *a, GMimeHeader *b) {
            return g_mime_header_get_offset(a) < g_mime_header_get_offset(b);
        });
        QList<MessageHeaderField> fields;
        for (GMimeHeader *header : std::as_const(all)) {
            fields.append({ displaySafe(fromUtf8(g_mime_header_get_name(header))),
                displayValue(m_options, header) });
        }
        return fields;
    }

    MessagePart object(GMimeObject *object, int depth)
    {
        MessagePart node;
        GMimeContentType *type = g_mime_object_get_content_type(object);
        if (type) {
            const GCharPtr mimeType(g_mime_content_type_get_mime_type(type));
            node.contentType = displaySafe(lowerAscii(mimeType.get()));
            node.charset
                = displaySafe(lowerAscii(g_mime_content_type_get_parameter(type, "charset")));
        }
        if (node.contentType.isEmpty())
            node.contentType = QStringLiteral("text/plain");
        if (GMimeContentDisposition *disposition = g_mime_object_get_content_disposition(object))
            node.disposition
                = displaySafe(lowerAscii(g_mime_content_disposition_get_disposition(disposition)));
        node.contentId = displaySafe(fromUtf8(g_mime_object_get_content_id(object)));
        node.headers = headers(object);

        if (GMIME_IS_PART(object)) {
            GMimePart *part = GMIME_PART(object);
            node.fileName = displaySafe(fromUtf8(g_mime_part_get_filename(part)));
            const GMimeContentEncoding encoding = g_mime_part_get_content_encoding(part);
            if (encoding != GMIME_CONTENT_ENCODING_DEFAULT)
                node.transferEncoding = lowerAscii(g_mime_content_encoding_to_string(encoding));
            if (GMimeDataWrapper *content = g_mime_part_get_content(part)) {
                const gint64 length = g_mime_stream_length(g_mime_data_wrapper_get_stream(content));
                node.encodedSize = qMax<gint64>(0, length);
                GObjectPtr<GMimeStream> counter(g_mime_stream_null_new());
                const ssize_t decoded = g_mime_data_wrapper_write_to_stream(content, counter.get());
                node.decodedSize
                    = decoded < 0 ? 0 : qint64(GMIME_STREAM_NULL(counter.get())->written);
            }
            return node;
        }
        if (depth + 1 >= MessageTree::MaxDepth) {
            m_truncated
                = m_truncated || GMIME_IS_MULTIPART(object) || GMIME_IS_MESSAGE_PART(object);
            return node;
        }
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            for (int i = 0; i < count; ++i)
                node.children.append(
                    this->object(g_mime_multipart_get_part(multipart, i), depth + 1));
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            if (GMimeMessage *embedded
                = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object)))
                node.children.append(message(embedded, depth + 1));
        }
        for (const MessagePart &child : std::as_const(node.children)) {
            node.encodedSize += child.encodedSize;
            node.decodedSize += child.decodedSize;
        }
        return node;
    }

    GMimeParserOptions *m_options;
    bool m_truncated = false;
};

} // namespace

QString MessagePart::header(QStringView name) const
{
    for (const MessageHeaderField &field : headers) {
        if (name.compare(field.name, Qt::CaseInsensitive) == 0)
            return field.value;
    }
    return {};
}

bool MessageTree::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_root = MessagePart();
        m_errorString = tr("Could not open “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return read(&file);
}

bool MessageTree::read(QIODevice *device)
{
    m_root = MessagePart();
    m_errorString.clear();
    m_size = 0;
    m_truncated = false;
    if (!device || !device->isOpen() || !device->isReadable()) {
        m_errorString = tr("The message is not open for reading.");
        return false;
    }
    auto *file = qobject_cast<QFileDevice *>(device);
    if (file && file->handle() >= 0 && !device->isSequential()) {
        if (device->isWritable())
            file->flush(); // GMime reads the descriptor, past Qt's buffer
        return readFileDescriptor(file->handle(), device->pos());
    }

    // Not a file: spool it, so that GMime can stream from a descriptor.
    QTemporaryFile spool;
    if (!spool.open()) {
        m_errorString = tr("Could not create a temporary file: %1").arg(spool.errorString());
        return false;
    }
    while (!device->atEnd()) {
        const QByteArray chunk = device->read(64 * 1024);
        if (chunk.isEmpty() || spool.write(chunk) != chunk.size()) {
            m_errorString = tr("Could not copy the message: %1")
                                .arg(chunk.isEmpty() ? device->errorString() : spool.errorString());
            return false;
        }
    }
    if (!spool.flush()) {
        m_errorString = tr("Could not copy the message: %1").arg(spool.errorString());
        return false;
    }
    return readFileDescriptor(spool.handle(), 0);
}

bool MessageTree::readFileDescriptor(int fd, qint64 start)
{
    MessageFileParser file(fd, start);
    if (!file.isOpen()) {
        m_errorString = tr("Could not read the message file.");
        return false;
    }
    ParserOptionsPtr options(g_mime_parser_options_new());
    GObjectPtr<GMimeMessage> message = file.construct(options.get());

    GMimeHeaderList *headers
        = message ? g_mime_object_get_header_list(GMIME_OBJECT(message.get())) : nullptr;
    if (!headers || g_mime_header_list_get_count(headers) == 0) {
        m_errorString = tr("This is not an e-mail message: it does not start with header fields.");
        return false;
    }
    TreeBuilder builder(options.get());
    m_root = builder.message(message.get(), 0);
    m_truncated = builder.truncated();
    const gint64 length = g_mime_stream_length(file.stream());
    m_size = qMax<gint64>(0, length);
    return true;
}
