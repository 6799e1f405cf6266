#include "messagewriter.h"

#include "mime_p.h"

#include <QIODevice>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

using namespace Mime::Detail;

namespace {

constexpr qsizetype MaxLineOctets = 998; // RFC 5322 §2.1.1, without the CRLF

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
    };
    return reserved.contains(name, Qt::CaseInsensitive)
        || name.startsWith(QLatin1String("Content-"), Qt::CaseInsensitive)
        || name.startsWith(QLatin1String("Resent-"), Qt::CaseInsensitive);
}

bool hasEightBit(const QByteArray &bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; });
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

// Checks what GMime produced: CRLF only, no line over 998 octets. Returns the offending
// line's number (1-based), or 0.
int firstBadLine(const QByteArray &message, bool *tooLong)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message.at(i);
        if (c == '\r') {
            if (i + 1 >= message.size() || message.at(i + 1) != '\n') {
                *tooLong = false;
                return line;
            }
            if (i - lineStart > MaxLineOctets) {
                *tooLong = true;
                return line;
            }
            ++i;
            ++line;
            lineStart = i + 1;
        } else if (c == '\n') {
            *tooLong = false;
            return line;
        }
    }
    if (message.size() - lineStart > MaxLineOctets) {
        *tooLong = true;
        return line;
    }
    return 0;
}

} // namespace

MessageWriter::MessageWriter(MessageDraft draft)
    : m_draft(std::move(draft))
{ }

QString MessageWriter::validate() const
{
    if (m_draft.from.isNull())
        return tr("The message has no sender (From).");
    const QString fromError = m_draft.from.validationError();
    if (!fromError.isEmpty())
        return tr("From: %1").arg(fromError);

    const struct
    {
        const char *field;
        const QList<MailAddress> &addresses;
    } fields[] = {
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
    return {};
}

bool MessageWriter::render(QByteArray *out)
{
    m_envelope = SmtpEnvelope();
    m_errorString = validate();
    if (!m_errorString.isEmpty())
        return false;

    ensureGMimeInitialized();
    if (!m_date.isValid())
        m_date = QDateTime::currentDateTime();

    GObjectPtr<GMimeMessage> message(g_mime_message_new(TRUE));
    auto *object = GMIME_OBJECT(message.get());
    setMessageDate(message.get(), m_date);
    addAddresses(message.get(), GMIME_ADDRESS_TYPE_FROM, { m_draft.from });
    addAddresses(message.get(), GMIME_ADDRESS_TYPE_REPLY_TO, m_draft.replyTo);
    addAddresses(message.get(), GMIME_ADDRESS_TYPE_TO, m_draft.to);
    addAddresses(message.get(), GMIME_ADDRESS_TYPE_CC, m_draft.cc);
    if (m_draft.to.isEmpty() && m_draft.cc.isEmpty()) {
        // Only blind recipients: an empty group says so (RFC 5322 §3.6.3, §A.1.3).
        GObjectPtr<InternetAddress> group(internet_address_group_new("undisclosed-recipients"));
        internet_address_list_add(
            g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_TO), group.get());
    }
    g_mime_message_set_subject(message.get(), m_draft.subject.toUtf8().constData(), "UTF-8");

    if (m_messageId.isEmpty()) {
        const GCharPtr id(
            g_mime_utils_generate_message_id(messageIdDomain(m_draft.from.domain()).constData()));
        m_messageId = u'<' + fromUtf8(id.get()) + u'>';
    }
    g_mime_message_set_message_id(
        message.get(), m_messageId.mid(1, m_messageId.size() - 2).toUtf8().constData());
    g_mime_object_set_header(object, "User-Agent", "Outbound/" OUTBOUND_VERSION, nullptr);
    for (const MessageHeaderField &header : m_draft.extraHeaders) {
        g_mime_object_append_header(
            object, header.name.toLatin1().constData(), header.value.toUtf8().constData(), "UTF-8");
    }

    // The body: text/plain; charset=utf-8, with the transfer encoding GMime finds best for the
    // constraint (RFC 2045 §6). GMime answers "default" when no encoding is needed, so the
    // choice between 7bit and 8bit is ours.
    const QByteArray body = unixNewlines(m_draft.plainBody).toUtf8();
    GObjectPtr<GMimeTextPart> text(g_mime_text_part_new_with_subtype("plain"));
    auto *part = GMIME_PART(text.get());
    g_mime_text_part_set_charset(text.get(), "utf-8");
    setPartContent(part, body);
    GMimeContentEncoding encoding = g_mime_part_get_best_content_encoding(
        part, m_eightBitAllowed ? GMIME_ENCODING_CONSTRAINT_8BIT : GMIME_ENCODING_CONSTRAINT_7BIT);
    if (encoding == GMIME_CONTENT_ENCODING_DEFAULT)
        encoding = hasEightBit(body) ? GMIME_CONTENT_ENCODING_8BIT : GMIME_CONTENT_ENCODING_7BIT;
    if (encoding == GMIME_CONTENT_ENCODING_BASE64) {
        // GMime's newline filter runs after the encoder, so base64 would keep bare LFs inside;
        // text must be encoded in its canonical CRLF form (RFC 2049 §4).
        QByteArray canonical = body;
        canonical.replace("\n", "\r\n");
        setPartContent(part, canonical);
    }
    g_mime_part_set_content_encoding(part, encoding);
    g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(text.get()));

    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
    const FormatOptionsPtr options = crlfFormatOptions();
    if (g_mime_object_write_to_stream(object, options.get(), stream.get()) < 0) {
        m_errorString = tr("GMime could not write the message.");
        return false;
    }
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    *out = QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));

    // GMime folds what it can; an unbreakable token in an extra header cannot be folded.
    bool tooLong = false;
    if (const int line = firstBadLine(*out, &tooLong)) {
        m_errorString = tooLong
            ? tr("Line %1 of the message would be longer than 998 octets.").arg(line)
            : tr("Line %1 of the message has a bare CR or LF.").arg(line);
        out->clear();
        return false;
    }

    const qsizetype headerEnd = out->indexOf("\r\n\r\n");
    QList<MailAddress> recipients = m_draft.to + m_draft.cc + m_draft.bcc;
    m_envelope.sender = m_draft.from.address();
    m_envelope.recipients = uniqueRecipients(recipients);
    m_envelope.bodyType = encoding == GMIME_CONTENT_ENCODING_8BIT
        ? SmtpCommand::BodyType::EightBitMime
        : SmtpCommand::BodyType::SevenBit;
    m_envelope.requiresSmtpUtf8 = hasEightBit(out->left(headerEnd < 0 ? out->size() : headerEnd))
        || hasNonAsciiLocalPart(m_envelope.sender)
        || std::any_of(m_envelope.recipients.cbegin(), m_envelope.recipients.cend(),
            [](const QString &r) { return hasNonAsciiLocalPart(r); });
    return true;
}

bool MessageWriter::write(QIODevice *device)
{
    QByteArray message;
    if (!render(&message))
        return false;
    if (device->write(message) != message.size()) {
        m_errorString = tr("Could not write the message: %1").arg(device->errorString());
        return false;
    }
    return true;
}

bool MessageWriter::writeToSpoolFile(const QString &path)
{
    QByteArray message;
    if (!render(&message))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorString = tr("Could not create “%1”: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(message) != message.size()) {
        m_errorString = tr("Could not write “%1”: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    m_errorString = commitDurably(file);
    return m_errorString.isEmpty();
}
