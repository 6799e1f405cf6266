// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "messagewriter.h"

#include "core/durablefile.h"
#include "htmltext.h"
#include "mime_p.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStringDecoder>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace Mime::Detail;

namespace {

// RFC 5322 §3.6.8 field-name: printable ASCII except ':'.
bool isFieldName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 76
        && std::all_of(name.begin(), name.end(),
            [](QChar c) { return c.unicode() >= 33 && c.unicode() <= 126 && c != u':'; });
}

// Headers the writer owns, plus trace and resent fields a draft has no business setting.
// Bcc is here so that no extra header can ever carry blind copies into the message.
bool isReservedHeader(const QString &name)
{
    static const QStringList reserved = {
        QStringLiteral("Date"),
        QStringLiteral("From"),
        QStringLiteral("Sender"),
        QStringLiteral("Reply-To"),
        QStringLiteral("To"),
        QStringLiteral("Cc"),
        QStringLiteral("Bcc"),
        QStringLiteral("Message-ID"),
        QStringLiteral("Subject"),
        QStringLiteral("MIME-Version"),
        QStringLiteral("User-Agent"),
        QStringLiteral("Return-Path"),
        QStringLiteral("Received"),
        QStringLiteral("X-Priority"),
        QStringLiteral("Importance"),
    };
    return reserved.contains(name, Qt::CaseInsensitive)
        || name.startsWith(QLatin1String("Content-"), Qt::CaseInsensitive)
        || name.startsWith(QLatin1String("Resent-"), Qt::CaseInsensitive);
}

bool hasEightBit(const QByteArray &bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; });
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// RFC 2045 §5.1 token, for the type and subtype of a media type.
bool isMimeToken(QStringView text)
{
    static const QLatin1String tspecials("()<>@,;:\\\"/[]?=");
    return !text.isEmpty() && text.size() <= 127
        && std::all_of(text.begin(), text.end(), [](QChar c) {
               return c.unicode() > 32 && c.unicode() < 127 && !tspecials.contains(c);
           });
}

bool isMediaType(const QString &type)
{
    const qsizetype slash = type.indexOf(u'/');
    return slash > 0 && isMimeToken(QStringView(type).left(slash))
        && isMimeToken(QStringView(type).mid(slash + 1));
}

// RFC 5322 §3.2.3 dot-atom-text.
bool isDotAtomText(QStringView text)
{
    static const QLatin1String specials("!#$%&'*+-/=?^_`{|}~");
    if (text.isEmpty() || text.startsWith(u'.') || text.endsWith(u'.')
        || text.contains(QLatin1String("..")))
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'.' || specials.contains(c);
    });
}

// The inside of a msg-id (RFC 5322 §3.6.4, without obsolete forms): dot-atom-text "@"
// dot-atom-text, which is also what a Content-ID holds (RFC 2392).
bool isMessageIdContent(QStringView id)
{
    const qsizetype at = id.indexOf(u'@');
    return at > 0 && id.size() <= 250 && isDotAtomText(id.left(at))
        && isDotAtomText(id.mid(at + 1));
}

void addAddresses(GMimeMessage *message, GMimeAddressType type, const QList<MailAddress> &addresses)
{
    InternetAddressList *list = g_mime_message_get_addresses(message, type);
    for (const MailAddress &address : addresses) {
        GObjectPtr<InternetAddress> mailbox(internet_address_mailbox_new(
            address.displayName().toUtf8().constData(), address.address().toUtf8().constData()));
        internet_address_set_charset(mailbox.get(), "UTF-8");
        internet_address_list_add(list, mailbox.get());
    }
}

void setMessageDate(GMimeMessage *message, const QDateTime &date)
{
    GTimeZone *zone = g_time_zone_new_offset(date.offsetFromUtc());
    GDateTime *utc = g_date_time_new_from_unix_utc(date.toSecsSinceEpoch());
    GDateTime *local = g_date_time_to_timezone(utc, zone);
    g_mime_message_set_date(message, local);
    g_date_time_unref(local);
    g_date_time_unref(utc);
    g_time_zone_unref(zone);
}

// The right-hand side of the Message-ID (RFC 5322 §3.6.4): the From domain, as A-labels.
QByteArray messageIdDomain(const QString &domain)
{
    if (domain.startsWith(u'['))
        return domain.toLatin1();
    const QByteArray ace = QUrl::toAce(domain);
    return ace.isEmpty() ? QByteArrayLiteral("localhost") : ace;
}

// One LF per line break: CRLF and a bare CR count as one each. GMime's newline filter turns
// them into CRLF on the way out.
QString unixNewlines(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text.append(u'\n');
    return text;
}

void setPartContent(GMimePart *part, const QByteArray &bytes)
{
    GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    GObjectPtr<GMimeDataWrapper> wrapper(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, wrapper.get());
}

// Replaces the value GMime formatted for `header` with our own tokens, folded.
void setRawValue(GMimeHeader *header, const HeaderTokens &tokens)
{
    const QByteArray name(g_mime_header_get_name(header));
    const QByteArray raw = foldedValue(int(name.size()), tokens) + '\n';
    g_mime_header_set_raw_value(header, raw.constData());
}

void setRawValue(GMimeObject *object, const char *name, const HeaderTokens &tokens)
{
    GMimeHeaderList *headers = g_mime_object_get_header_list(object);
    if (GMimeHeader *header = g_mime_header_list_get_header(headers, name))
        setRawValue(header, tokens);
}

// Sets the RFC 2231 charset of a parameter to UTF-8; GMime would pick ISO-8859-1 where it
// fits, which is valid but needlessly different from everything else we write.
void useUtf8(GMimeParamList *params, const char *name)
{
    if (GMimeParam *param = params ? g_mime_param_list_get_parameter(params, name) : nullptr)
        g_mime_param_set_charset(param, "UTF-8");
}

// A text part's content is read from a file only to choose its charset parameter: "utf-8" when
// it has non-ASCII octets that are valid UTF-8, none when it is ASCII or something else.
QByteArray textFileCharset(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringDecoder decoder(QStringDecoder::Utf8);
    bool ascii = true;
    char buffer[64 * 1024];
    qint64 n = 0;
    while ((n = file.read(buffer, sizeof buffer)) > 0) {
        const QByteArrayView chunk(buffer, n);
        ascii = ascii
            && std::all_of(chunk.begin(), chunk.end(), [](char c) { return (c & 0x80) == 0; });
        (void)decoder.decode(chunk);
        if (decoder.hasError())
            return {};
    }
    (void)decoder.decode(QByteArrayView());
    return ascii || decoder.hasError() ? QByteArray() : QByteArrayLiteral("utf-8");
}

// Builds the GMime tree of a draft's body. Attachments are opened here, so that a file that
// cannot be read is an error before anything is written; the tree holds their descriptors
// and reads them only while it is written.
class MessageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MessageWriter)
public:
    MessageBuilder(const MessageDraft &draft, bool eightBitAllowed, const QString &messageId)
        : m_draft(draft)
        , m_eightBitAllowed(eightBitAllowed)
        , m_messageId(messageId)
    { }

    // The MIME body; nullptr with errorString() when an attachment cannot be opened.
    GObjectPtr<GMimeObject> build()
    {
        QString plain = m_draft.plainBody;
        if (plain.isEmpty() && !m_draft.htmlBody.isEmpty())
            plain = plainTextFromHtml(m_draft.htmlBody);
        GObjectPtr<GMimeObject> body = textPart("plain", plain);
        if (!m_draft.htmlBody.isEmpty()) {
            GObjectPtr<GMimeObject> html = textPart("html", m_draft.htmlBody);
            std::vector<GObjectPtr<GMimeObject>> inlines;
            for (const MessageAttachment &attachment : m_draft.attachments) {
                if (!attachment.isInline())
                    continue;
                GObjectPtr<GMimeObject> part = filePart(attachment);
                if (!part)
                    return nullptr;
                inlines.push_back(std::move(part));
            }
            if (!inlines.empty()) {
                // RFC 2387 §3.1: the type parameter names the root part's type.
                GObjectPtr<GMimeMultipart> related = multipart("related");
                g_mime_object_set_content_type_parameter(
                    GMIME_OBJECT(related.get()), "type", "text/html");
                g_mime_multipart_add(related.get(), html.get());
                for (const GObjectPtr<GMimeObject> &part : std::as_const(inlines))
                    g_mime_multipart_add(related.get(), part.get());
                html.reset(GMIME_OBJECT(related.release()));
            }
            // RFC 2046 §5.1.4: the alternatives in increasing order of preference.
            GObjectPtr<GMimeMultipart> alternative = multipart("alternative");
            g_mime_multipart_add(alternative.get(), body.get());
            g_mime_multipart_add(alternative.get(), html.get());
            body.reset(GMIME_OBJECT(alternative.release()));
        }
        const bool anyAttachment = std::any_of(m_draft.attachments.cbegin(),
            m_draft.attachments.cend(), [](const MessageAttachment &a) { return !a.isInline(); });
        if (anyAttachment) {
            GObjectPtr<GMimeMultipart> mixed = multipart("mixed");
            g_mime_multipart_add(mixed.get(), body.get());
            for (const MessageAttachment &attachment : m_draft.attachments) {
                if (attachment.isInline())
                    continue;
                GObjectPtr<GMimeObject> part = filePart(attachment);
                if (!part)
                    return nullptr;
                g_mime_multipart_add(mixed.get(), part.get());
            }
            body.reset(GMIME_OBJECT(mixed.release()));
        }
        return body;
    }

    [[nodiscard]] bool usedEightBit() const { return m_usedEightBit; }
    [[nodiscard]] const QString &errorString() const { return m_errorString; }

private:
    // The boundaries come from the Message-ID, so that writing twice gives the same bytes;
    // "=_" cannot occur in base64 or quoted-printable text (RFC 2045 §6.7), and the hash
    // makes a clash with a text part's own lines practically impossible (RFC 2046 §5.1.1).
    GObjectPtr<GMimeMultipart> multipart(const char *subtype)
    {
        GObjectPtr<GMimeMultipart> part(g_mime_multipart_new_with_subtype(subtype));
        const QByteArray seed = m_messageId.toUtf8() + '/' + QByteArray::number(++m_boundaries);
        const QByteArray hash = QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex();
        const QByteArray boundary = "=_" + hash.left(32) + '.' + QByteArray::number(m_boundaries);
        g_mime_multipart_set_boundary(part.get(), boundary.constData());
        return part;
    }

    // text/<subtype>; charset=utf-8, with the transfer encoding GMime finds best for the
    // constraint (RFC 2045 §6). GMime answers "default" when no encoding is needed, so the
    // choice between 7bit and 8bit is ours. NUL octets make GMime choose base64.
    GObjectPtr<GMimeObject> textPart(const char *subtype, const QString &text)
    {
        const QByteArray body = unixNewlines(text).toUtf8();
        GObjectPtr<GMimeTextPart> part(g_mime_text_part_new_with_subtype(subtype));
        auto *mimePart = GMIME_PART(part.get());
        g_mime_text_part_set_charset(part.get(), "utf-8");
        setPartContent(mimePart, body);
        GMimeContentEncoding encoding = g_mime_part_get_best_content_encoding(mimePart,
            m_eightBitAllowed ? GMIME_ENCODING_CONSTRAINT_8BIT : GMIME_ENCODING_CONSTRAINT_7BIT);
        if (encoding == GMIME_CONTENT_ENCODING_DEFAULT)
            encoding
                = hasEightBit(body) ? GMIME_CONTENT_ENCODING_8BIT : GMIME_CONTENT_ENCODING_7BIT;
        if (encoding == GMIME_CONTENT_ENCODING_BASE64) {
            // GMime's newline filter runs after the encoder, so base64 would keep bare LFs
            // inside; text must be encoded in its canonical CRLF form (RFC 2049 §4).
            QByteArray canonical = body;
            canonical.replace("\n", "\r\n");
            setPartContent(mimePart, canonical);
        }
        g_mime_part_set_content_encoding(mimePart, encoding);
        m_usedEightBit = m_usedEightBit || encoding == GMIME_CONTENT_ENCODING_8BIT;
        return GObjectPtr<GMimeObject>(GMIME_OBJECT(part.release()));
    }

    // An attachment or inline part: the file's bytes in base64, streamed from the open file
    // when the message is written. Base64 keeps every octet as it is, line ends included.
    GObjectPtr<GMimeObject> filePart(const MessageAttachment &attachment)
    {
        const QByteArray path = QFile::encodeName(attachment.filePath);
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        struct stat info
        {
        };
        if (fd < 0 || ::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
            const QString reason
                = fd < 0 ? QString::fromLocal8Bit(std::strerror(errno)) : tr("not a regular file");
            if (fd >= 0)
                ::close(fd);
            m_errorString
                = tr("Cannot attach “%1”: %2").arg(attachment.filePath.simplified(), reason);
            return nullptr;
        }
        GObjectPtr<GMimeStream> stream(g_mime_stream_fs_new(fd)); // owns fd from here
        GObjectPtr<GMimeDataWrapper> wrapper(
            g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));

        QString type = attachment.mimeType;
        if (type.isEmpty()) {
            type = QMimeDatabase().mimeTypeForFile(attachment.filePath).name();
            // QMimeDatabase's name for an empty file is no type a mail reader knows.
            if (type == QLatin1String("application/x-zerosize") || !isMediaType(type))
                type = QStringLiteral("application/octet-stream");
        }
        const qsizetype slash = type.indexOf(u'/');
        GObjectPtr<GMimePart> part(
            g_mime_part_new_with_type(type.left(slash).toLower().toLatin1().constData(),
                type.mid(slash + 1).toLower().toLatin1().constData()));
        auto *object = GMIME_OBJECT(part.get());
        if (type.startsWith(QLatin1String("text/"), Qt::CaseInsensitive)) {
            const QByteArray charset = textFileCharset(attachment.filePath);
            if (!charset.isEmpty())
                g_mime_object_set_content_type_parameter(object, "charset", charset.constData());
        }
        const char *disposition = attachment.isInline() ? "inline" : "attachment";
        g_mime_object_set_disposition(object, disposition);
        const QString name = attachment.fileName.isEmpty()
            ? QFileInfo(attachment.filePath).fileName()
            : attachment.fileName;
        // GMime uses RFC 2231 for non-ASCII names only; an ASCII name with control
        // characters or an encoded-word lookalike gets it from us, in Content-Disposition
        // alone (RFC 2183), where every reader looks first.
        const bool ownEncoding = isAscii(name) && needsOwnEncoding(name);
        if (!ownEncoding)
            g_mime_part_set_filename(part.get(), name.toUtf8().constData());
        if (!isAscii(name)) {
            useUtf8(g_mime_content_disposition_get_parameters(
                        g_mime_object_get_content_disposition(object)),
                "filename");
            useUtf8(
                g_mime_content_type_get_parameters(g_mime_object_get_content_type(object)), "name");
        }
        if (attachment.isInline())
            g_mime_object_set_content_id(object, attachment.contentId.toLatin1().constData());
        g_mime_part_set_content(part.get(), wrapper.get());
        g_mime_part_set_content_encoding(part.get(), GMIME_CONTENT_ENCODING_BASE64);
        if (ownEncoding) {
            HeaderTokens tokens { QByteArray(disposition) + ';' };
            tokens.append(rfc2231Tokens("filename", name));
            setRawValue(object, "Content-Disposition", tokens);
        }
        return GObjectPtr<GMimeObject>(GMIME_OBJECT(part.release()));
    }

    const MessageDraft &m_draft;
    const bool m_eightBitAllowed;
    const QString m_messageId;
    QString m_errorString;
    int m_boundaries = 0;
    bool m_usedEightBit = false;
};

QString describeBadLine(const LineChecker &checker)
{
    if (checker.lineTooLong())
        return QCoreApplication::translate(
            "MessageWriter", "Line %1 of the message would be longer than 998 octets.")
            .arg(checker.badLine());
    if (checker.hasNul())
        return QCoreApplication::translate(
            "MessageWriter", "Line %1 of the message would have a NUL byte.")
            .arg(checker.badLine());
    return QCoreApplication::translate(
        "MessageWriter", "Line %1 of the message has a bare CR or LF.")
        .arg(checker.badLine());
}

} // namespace

MessageWriter::MessageWriter(MessageDraft draft)
    : m_draft(std::move(draft))
{ }

bool MessageWriter::setMessageId(const QString &messageId)
{
    if (!messageId.startsWith(u'<') || !messageId.endsWith(u'>')
        || !isMessageIdContent(QStringView(messageId).mid(1, messageId.size() - 2)))
        return false;
    m_messageId = messageId;
    return true;
}

bool MessageWriter::requiresSmtpUtf8(const MessageDraft &draft)
{
    const QList<MailAddress> all
        = QList<MailAddress> { draft.from } + draft.to + draft.cc + draft.bcc + draft.replyTo;
    return std::any_of(all.cbegin(), all.cend(),
        [](const MailAddress &a) { return hasNonAsciiLocalPart(a.address()); });
}

QString MessageWriter::validate() const
{
    if (m_draft.from.isNull())
        return tr("The message has no sender (From).");

    const QList<MailAddress> from { m_draft.from };
    const struct
    {
        const char *field;
        const QList<MailAddress> &addresses;
    } fields[] = {
        { "From", from },
        { "To", m_draft.to },
        { "Cc", m_draft.cc },
        { "Bcc", m_draft.bcc },
        { "Reply-To", m_draft.replyTo },
    };
    for (const auto &field : fields) {
        for (const MailAddress &address : field.addresses) {
            const QString error = address.validationError();
            if (!error.isEmpty())
                return tr("%1: %2").arg(QLatin1String(field.field), error);
            // RFC 6531 §3.2: without SMTPUTF8 no server can take it; a domain can go as A-labels.
            if (!m_smtpUtf8Allowed && hasNonAsciiLocalPart(address.address()))
                return tr("%1: the address “%2” has a non-ASCII local part, which only a server "
                          "with SMTPUTF8 can carry.")
                    .arg(QLatin1String(field.field), address.address());
        }
    }
    if (m_draft.to.isEmpty() && m_draft.cc.isEmpty() && m_draft.bcc.isEmpty())
        return tr("The message has no recipients (To, Cc or Bcc).");

    if (hasLineBreakOrNul(m_draft.subject))
        return tr("The subject contains a line break or a NUL character.");

    for (const MessageHeaderField &header : m_draft.extraHeaders) {
        if (!isFieldName(header.name))
            return tr("“%1” is not a valid header name.").arg(header.name.simplified());
        if (isReservedHeader(header.name))
            return tr("The %1 header is set by the message writer, not as an extra header.")
                .arg(header.name);
        if (hasLineBreakOrNul(header.value))
            return tr("The value of the %1 header contains a line break or a NUL character.")
                .arg(header.name);
    }

    bool anyInline = false;
    for (const MessageAttachment &attachment : m_draft.attachments) {
        if (attachment.filePath.isEmpty())
            return tr("An attachment has no file.");
        const QString name = attachment.fileName.isEmpty()
            ? QFileInfo(attachment.filePath).fileName()
            : attachment.fileName;
        if (name.isEmpty())
            return tr("The attachment “%1” has no file name.").arg(attachment.filePath);
        if (hasLineBreakOrNul(name))
            return tr("The file name “%1” contains a line break or a NUL character.")
                .arg(name.simplified());
        if (name.size() > 1000)
            return tr("The file name “%1…” is longer than 1,000 characters.").arg(name.left(40));
        if (!attachment.mimeType.isEmpty() && !isMediaType(attachment.mimeType))
            return tr("“%1” is not a media type of the form type/subtype.")
                .arg(attachment.mimeType.simplified());
        if (attachment.isInline() && !isMessageIdContent(attachment.contentId))
            return tr("“%1” is not a valid Content-ID: it looks like part1.x@example.org.")
                .arg(attachment.contentId.simplified());
        anyInline = anyInline || attachment.isInline();
    }
    if (anyInline && m_draft.htmlBody.isEmpty())
        return tr("Inline parts are referred to from the HTML body, but there is none.");

    const QByteArray &envelopeId = m_draft.dsn.envelopeId;
    if (envelopeId.size() > 100 || std::any_of(envelopeId.begin(), envelopeId.end(), [](char c) {
            return c < 33 || c > 126;
        }))
        return tr("The DSN envelope id must be at most 100 printable ASCII characters.");
    return {};
}

bool MessageWriter::write(QIODevice *device)
{
    return writeMessage(device);
}

bool MessageWriter::writeMessage(QIODevice *device)
{
    m_envelope = SmtpEnvelope();
    m_size = 0;
    m_errorString = validate();
    if (!m_errorString.isEmpty())
        return false;

    ensureGMimeInitialized();
    if (!m_date.isValid())
        m_date = QDateTime::currentDateTime();
    if (m_messageId.isEmpty()) {
        const GCharPtr id(
            g_mime_utils_generate_message_id(messageIdDomain(m_draft.from.domain()).constData()));
        m_messageId = u'<' + fromUtf8(id.get()) + u'>';
    }
    const HeaderCharset charset = m_smtpUtf8Allowed ? HeaderCharset::Utf8 : HeaderCharset::Ascii;

    MessageBuilder builder(m_draft, m_eightBitAllowed, m_messageId);
    GObjectPtr<GMimeObject> body = builder.build();
    if (!body) {
        m_errorString = builder.errorString();
        return false;
    }

    GObjectPtr<GMimeMessage> message(g_mime_message_new(TRUE));
    auto *object = GMIME_OBJECT(message.get());
    setMessageDate(message.get(), m_date);
    addAddresses(message.get(), GMIME_ADDRESS_TYPE_FROM, { m_draft.from });
    addAddresses(message.get(), GMIME_ADDRESS_TYPE_REPLY_TO, m_draft.replyTo);
    addAddresses(message.get(), GMIME_ADDRESS_TYPE_TO, m_draft.to);
    addAddresses(message.get(), GMIME_ADDRESS_TYPE_CC, m_draft.cc);
    const bool onlyBlind = m_draft.to.isEmpty() && m_draft.cc.isEmpty();
    if (onlyBlind) {
        // Only blind recipients: an empty group says so (RFC 5322 §3.6.3, §A.1.3).
        GObjectPtr<InternetAddress> group(internet_address_group_new("undisclosed-recipients"));
        internet_address_list_add(
            g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_TO), group.get());
    }
    g_mime_message_set_subject(message.get(), m_draft.subject.toUtf8().constData(), "UTF-8");
    g_mime_message_set_message_id(
        message.get(), m_messageId.mid(1, m_messageId.size() - 2).toUtf8().constData());
    g_mime_object_set_header(object, "User-Agent", "Outbound/" OUTBOUND_VERSION, nullptr);
    if (m_draft.priority != MessagePriority::Normal) {
        const bool high = m_draft.priority == MessagePriority::High;
        g_mime_object_set_header(
            object, "X-Priority", high ? "1 (Highest)" : "5 (Lowest)", nullptr);
        g_mime_object_set_header(object, "Importance", high ? "high" : "low", nullptr);
    }
    GMimeHeaderList *headers = g_mime_object_get_header_list(object);
    for (const MessageHeaderField &header : m_draft.extraHeaders) {
        g_mime_object_append_header(
            object, header.name.toLatin1().constData(), header.value.toUtf8().constData(), "UTF-8");
        // Plain ASCII values keep GMime's formatting, which knows the structured headers
        // (References, In-Reply-To); other text is unstructured (RFC 2047 §5 (1)).
        if (needsOwnEncoding(header.value)) {
            GMimeHeader *added = g_mime_header_list_get_header_at(
                headers, g_mime_header_list_get_count(headers) - 1);
            setRawValue(added, unstructuredTokens(header.value, charset));
        }
    }
    g_mime_message_set_mime_part(message.get(), body.get());

    // Our own encoding for the fields with text in them (headerencoding_p.h), set last so
    // that nothing makes GMime format them again.
    setRawValue(object, "Subject", unstructuredTokens(m_draft.subject, charset));
    setRawValue(object, "From", addressListTokens({ m_draft.from }, charset));
    if (!m_draft.replyTo.isEmpty())
        setRawValue(object, "Reply-To", addressListTokens(m_draft.replyTo, charset));
    if (!onlyBlind && !m_draft.to.isEmpty())
        setRawValue(object, "To", addressListTokens(m_draft.to, charset));
    if (!m_draft.cc.isEmpty())
        setRawValue(object, "Cc", addressListTokens(m_draft.cc, charset));

    // The header block is checked before anything is written: a token that cannot be folded
    // (an over-long References, say) is refused, not written as an over-long line.
    const FormatOptionsPtr options = crlfFormatOptions();
    const GCharPtr headerText(g_mime_object_get_headers(object, options.get()));
    const QByteArray headerBlock(headerText.get());
    LineChecker headerCheck;
    if (!headerCheck.feed(headerBlock.constData(), headerBlock.size()) || !headerCheck.finish()) {
        m_errorString = describeBadLine(headerCheck);
        return false;
    }

    LineChecker checker;
    GObjectPtr<GMimeStream> stream = newDeviceStream(device, &checker);
    const gint64 written = g_mime_object_write_to_stream(object, options.get(), stream.get());
    if (written < 0 || !checker.finish()) {
        if (!checker.isValid())
            m_errorString = describeBadLine(checker);
        else if (deviceWriteFailed(stream.get()))
            m_errorString = tr("Could not write the message: %1").arg(device->errorString());
        else
            m_errorString = tr("Could not write the message: an attachment could not be read.");
        return false;
    }
    m_size = g_mime_stream_tell(stream.get()); // what reached the device, CRLFs included

    QList<MailAddress> recipients = m_draft.to + m_draft.cc + m_draft.bcc;
    m_envelope.sender = m_draft.from.address();
    m_envelope.recipients = uniqueRecipients(recipients);
    m_envelope.bodyType = builder.usedEightBit() ? SmtpCommand::BodyType::EightBitMime
                                                 : SmtpCommand::BodyType::SevenBit;
    m_envelope.requiresSmtpUtf8 = hasEightBit(headerBlock) || requiresSmtpUtf8(m_draft);
    if (m_draft.dsn.isRequested()) {
        m_envelope.dsnNotify = m_draft.dsn.notify;
        m_envelope.dsnReturn = m_draft.dsn.ret;
        m_envelope.dsnEnvelopeId = m_draft.dsn.envelopeId.isEmpty()
            ? m_messageId.mid(1, m_messageId.size() - 2).toLatin1()
            : m_draft.dsn.envelopeId;
    }
    return true;
}

bool MessageWriter::writeToSpoolFile(const QString &path)
{
    m_errorString = validate();
    if (!m_errorString.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorString = tr("Could not create “%1”: %2").arg(path, file.errorString());
        return false;
    }
    if (!writeMessage(&file)) {
        file.cancelWriting();
        m_envelope = SmtpEnvelope();
        return false;
    }
    m_errorString = commitDurably(file);
    if (!m_errorString.isEmpty())
        m_envelope = SmtpEnvelope();
    return m_errorString.isEmpty();
}
