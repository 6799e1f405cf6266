// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "messagedraftreader.h"

#include "mime_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>

using namespace Mime::Detail;

namespace {

constexpr int MaxDepth = 64;
constexpr int MaxFileNameLength = 120;

// Header fields a draft never carries: the ones MessageWriter writes itself, trace and
// transport fields, and signatures that the edited message would break.
bool isSkippedHeader(const QByteArray &name)
{
    static const char *const skipped[] = { "Date", "From", "Sender", "Reply-To", "To", "Cc", "Bcc",
        "Message-ID", "Subject", "MIME-Version", "User-Agent", "X-Mailer", "Return-Path",
        "Received", "Received-SPF", "Delivered-To", "X-Original-To", "Envelope-To", "X-Priority",
        "Importance", "DKIM-Signature", "DomainKey-Signature", "Authentication-Results", "Status",
        "X-Status", "Lines" };
    for (const char *field : skipped) {
        if (name.compare(field, Qt::CaseInsensitive) == 0)
            return true;
    }
    return name.left(8).compare("Content-", Qt::CaseInsensitive) == 0
        || name.left(7).compare("Resent-", Qt::CaseInsensitive) == 0
        || name.left(4).compare("ARC-", Qt::CaseInsensitive) == 0;
}

bool isFieldName(const QByteArray &name)
{
    if (name.isEmpty() || name.size() > 76)
        return false;
    for (char c : name) {
        if (c < 33 || c > 126 || c == ':')
            return false;
    }
    return true;
}

// The raw value of a header field, unfolded and trimmed, ready for GMime's decoders.
QByteArray unfoldedValue(GMimeHeader *header)
{
    const char *raw = g_mime_header_get_raw_value(header);
    const GCharPtr unfolded(g_mime_utils_header_unfold(raw ? raw : ""));
    return decodableHeaderValue(QByteArray(unfolded.get()).trimmed());
}

// Control characters (tab aside), DEL, C1 controls and bidirectional overrides removed.
QString withoutControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0x7f || (u >= 0x80 && u <= 0x9f)
            || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            continue;
        out.append(c);
    }
    return out;
}

// A name that is safe as one file in a folder: no path, no control characters, no leading dot,
// not too long (the extension is kept).
QString safeFileName(const QString &name)
{
    QString safe = withoutControls(name);
    safe.replace(u'\t', u' ');
    for (QChar &c : safe) {
        if (c == u'/' || c == u'\\' || c == u':')
            c = u'_';
    }
    safe = safe.trimmed();
    while (safe.startsWith(u'.') || safe.startsWith(u' '))
        safe.remove(0, 1);
    while (safe.endsWith(u'.') || safe.endsWith(u' '))
        safe.chop(1);
    if (safe.size() > MaxFileNameLength) {
        const qsizetype dot = safe.lastIndexOf(u'.');
        const QString suffix = dot > 0 && safe.size() - dot <= 16 ? safe.mid(dot) : QString();
        safe = safe.left(MaxFileNameLength - suffix.size()) + suffix;
    }
    return safe;
}

QString normalizedText(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    // MessageWriter ends every text part with a line break.
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

class DraftBuilder
{
public:
    DraftBuilder(GMimeParserOptions *options, QString folder)
        : m_options(options)
        , m_folder(std::move(folder))
    { }

    ~DraftBuilder()
    {
        if (!m_keepFiles) {
            for (const QString &path : std::as_const(m_written))
                QFile::remove(path);
        }
    }

    bool headers(GMimeMessage *message)
    {
        GMimeHeaderList *list = g_mime_object_get_header_list(GMIME_OBJECT(message));
        const int count = list ? g_mime_header_list_get_count(list) : 0;
        bool hasXPriority = false;
        for (int i = 0; i < count; ++i) {
            GMimeHeader *header = g_mime_header_list_get_header_at(list, i);
            const QByteArray name(g_mime_header_get_name(header));
            const QByteArray value = unfoldedValue(header);
            if (name.compare("From", Qt::CaseInsensitive) == 0) {
                QList<MailAddress> from;
                if (!addresses("From", value, &from))
                    return false;
                if (from.size() != 1) {
                    m_error = MessageDraftReader::tr(
                        "The message's From field must hold exactly one address.");
                    return false;
                }
                m_draft.from = from.first();
            } else if (name.compare("To", Qt::CaseInsensitive) == 0) {
                if (!addresses("To", value, &m_draft.to))
                    return false;
            } else if (name.compare("Cc", Qt::CaseInsensitive) == 0) {
                if (!addresses("Cc", value, &m_draft.cc))
                    return false;
            } else if (name.compare("Reply-To", Qt::CaseInsensitive) == 0) {
                if (!addresses("Reply-To", value, &m_draft.replyTo))
                    return false;
            } else if (name.compare("Subject", Qt::CaseInsensitive) == 0) {
                m_draft.subject = decodedText(value);
            } else if (name.compare("X-Priority", Qt::CaseInsensitive) == 0) {
                hasXPriority = true;
                const char level = value.isEmpty() ? '3' : value.at(0);
                m_draft.priority = level == '1' || level == '2' ? MessagePriority::High
                    : level == '4' || level == '5'              ? MessagePriority::Low
                                                                : MessagePriority::Normal;
            } else if (name.compare("Importance", Qt::CaseInsensitive) == 0) {
                if (!hasXPriority) {
                    const QByteArray level = value.toLower();
                    m_draft.priority = level == "high" ? MessagePriority::High
                        : level == "low"               ? MessagePriority::Low
                                                       : MessagePriority::Normal;
                }
            } else if (isFieldName(name) && !isSkippedHeader(name)) {
                const QString text = decodedText(value);
                // The writer refuses these; a field that cannot be written again is dropped.
                if (!hasLineBreakOrNul(text))
                    m_draft.extraHeaders.append({ QString::fromLatin1(name), text });
            }
        }
        if (m_draft.from.isNull()) {
            m_error = MessageDraftReader::tr("The message has no From field.");
            return false;
        }
        return true;
    }

    bool body(GMimeObject *object, int depth)
    {
        if (depth >= MaxDepth)
            return true;
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            for (int i = 0; i < count; ++i) {
                if (!body(g_mime_multipart_get_part(multipart, i), depth + 1))
                    return false;
            }
            return true;
        }
        if (GMIME_IS_MESSAGE_PART(object))
            return attachment(object, QStringLiteral("message/rfc822"));
        if (!GMIME_IS_PART(object))
            return true;

        QString type = QStringLiteral("application/octet-stream");
        if (GMimeContentType *contentType = g_mime_object_get_content_type(object)) {
            const GCharPtr mimeType(g_mime_content_type_get_mime_type(contentType));
            if (mimeType)
                type = fromUtf8(mimeType.get()).toLower();
        }
        const QByteArray disposition = QByteArray(g_mime_object_get_disposition(object)).toLower();
        const bool isAttachment = disposition == "attachment"
            || (disposition.isEmpty() && g_mime_part_get_filename(GMIME_PART(object)));
        if (!isAttachment && GMIME_IS_TEXT_PART(object)) {
            bool *seen = type == QLatin1String("text/plain") ? &m_hasPlain
                : type == QLatin1String("text/html")         ? &m_hasHtml
                                                             : nullptr;
            if (seen && !*seen) {
                *seen = true;
                const GCharPtr utf8(g_mime_text_part_get_text(GMIME_TEXT_PART(object)));
                QString &text = seen == &m_hasPlain ? m_draft.plainBody : m_draft.htmlBody;
                text = normalizedText(fromUtf8(utf8.get()));
                return true;
            }
        }
        return attachment(object, type);
    }

    MessageDraft finish()
    {
        // An inline part needs an HTML body to refer to it; without one it is an attachment.
        if (m_draft.htmlBody.isEmpty()) {
            for (MessageAttachment &a : m_draft.attachments)
                a.contentId.clear();
        }
        m_keepFiles = true;
        return m_draft;
    }

    [[nodiscard]] const QString &errorString() const { return m_error; }

private:
    bool addresses(const char *field, const QByteArray &value, QList<MailAddress> *out)
    {
        const MailAddressParseResult parsed = parseAddressBytes(value);
        if (!parsed.isValid()) {
            m_error = MessageDraftReader::tr("The message's %1 field cannot be read: %2")
                          .arg(QLatin1String(field), parsed.errorString);
            return false;
        }
        out->append(parsed.addresses);
        return true;
    }

    QString decodedText(const QByteArray &value) const
    {
        const GCharPtr text(g_mime_utils_header_decode_text(m_options, value.constData()));
        return fromUtf8(text.get());
    }

    bool attachment(GMimeObject *object, const QString &type)
    {
        QString name;
        if (GMIME_IS_PART(object))
            name = withoutControls(fromUtf8(g_mime_part_get_filename(GMIME_PART(object))));
        const int number = int(m_draft.attachments.size()) + 1;
        QString fileName = safeFileName(name);
        if (fileName.isEmpty()) {
            fileName = type == QLatin1String("message/rfc822")
                ? QStringLiteral("message-%1.eml").arg(number)
                : QStringLiteral("attachment-%1").arg(number);
        }

        int fd = -1;
        QString path;
        for (int attempt = 1; fd < 0 && attempt <= 1000; ++attempt) {
            QString candidate = fileName;
            if (attempt > 1) {
                const qsizetype dot = candidate.lastIndexOf(u'.');
                candidate.insert(
                    dot > 0 ? dot : candidate.size(), QStringLiteral(" (%1)").arg(attempt));
            }
            path = QDir(m_folder).filePath(candidate);
            fd = ::open(
                QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd < 0 && errno != EEXIST) {
                m_error = MessageDraftReader::tr("Cannot save the part “%1”: %2")
                              .arg(fileName, QString::fromLocal8Bit(std::strerror(errno)));
                return false;
            }
        }
        if (fd < 0) {
            m_error = MessageDraftReader::tr("Cannot save the part “%1”: too many files of that "
                                             "name.")
                          .arg(fileName);
            return false;
        }
        m_written.append(path);

        bool ok = true;
        {
            GObjectPtr<GMimeStream> out(g_mime_stream_fs_new(fd)); // owns fd
            if (GMIME_IS_MESSAGE_PART(object)) {
                GMimeMessage *embedded
                    = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
                const FormatOptionsPtr format = crlfFormatOptions();
                ok = !embedded
                    || g_mime_object_write_to_stream(
                           GMIME_OBJECT(embedded), format.get(), out.get())
                        >= 0;
            } else if (GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(object))) {
                ok = g_mime_data_wrapper_write_to_stream(content, out.get()) >= 0;
            }
            ok = ok && g_mime_stream_flush(out.get()) == 0;
            ok = g_mime_stream_close(out.get()) == 0 && ok;
        }
        if (!ok) {
            m_error = MessageDraftReader::tr("Cannot save the part “%1”.").arg(fileName);
            return false;
        }

        MessageAttachment attachment;
        attachment.filePath = path;
        attachment.fileName = name;
        attachment.mimeType = type;
        const QString disposition = fromUtf8(g_mime_object_get_disposition(object)).toLower();
        if (disposition != QLatin1String("attachment"))
            attachment.contentId = withoutControls(fromUtf8(g_mime_object_get_content_id(object)));
        m_draft.attachments.append(attachment);
        return true;
    }

    GMimeParserOptions *m_options;
    QString m_folder;
    MessageDraft m_draft;
    QStringList m_written;
    QString m_error;
    bool m_hasPlain = false;
    bool m_hasHtml = false;
    bool m_keepFiles = false;
};

} // namespace

std::optional<MessageDraft> MessageDraftReader::read(
    const QString &messageFile, const QString &attachmentFolder, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ensureGMimeInitialized();

    const QFileInfo info(messageFile);
    if (!info.isFile())
        return fail(tr("“%1” is not a message file.").arg(messageFile));
    const int fd = ::open(QFile::encodeName(messageFile).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return fail(tr("Could not open “%1”: %2")
                        .arg(messageFile, QString::fromLocal8Bit(std::strerror(errno))));
    }
    GObjectPtr<GMimeStream> stream(g_mime_stream_fs_new(fd)); // owns fd
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    g_mime_parser_set_persist_stream(parser.get(), TRUE); // bodies stay in the file
    ParserOptionsPtr options(g_mime_parser_options_new());
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options.get()));
    GMimeHeaderList *headers
        = message ? g_mime_object_get_header_list(GMIME_OBJECT(message.get())) : nullptr;
    if (!headers || g_mime_header_list_get_count(headers) == 0)
        return fail(tr("“%1” is not an e-mail message: it does not start with header fields.")
                        .arg(messageFile));

    if (!QDir().mkpath(attachmentFolder))
        return fail(tr("Could not create the folder “%1”.").arg(attachmentFolder));
    DraftBuilder builder(options.get(), attachmentFolder);
    if (!builder.headers(message.get()))
        return fail(builder.errorString());
    if (GMimeObject *body = g_mime_message_get_mime_part(message.get())) {
        if (!builder.body(body, 0))
            return fail(builder.errorString());
    }
    return builder.finish();
}
