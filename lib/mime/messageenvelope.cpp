// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "messageenvelope.h"

#include "core/durablefile.h"
#include "mailaddress.h"
#include "mime_p.h"

#include <QFileDevice>
#include <QSaveFile>
#include <QTemporaryFile>

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>

using namespace Mime::Detail;

namespace {

constexpr qint64 ChunkSize = 64 * 1024;
// Far beyond RFC 5322's 998 octets, but a bound: a "header" with no line break is not read
// into memory whole.
constexpr qint64 MaxHeaderLine = 64 * 1024;

bool hasEightBit(const QByteArray &bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; });
}

// The field name of a header line (RFC 5322 §3.6.8, with §4.5.1's obsolete white space
// before the colon), or empty if the line is not a header field.
QByteArray fieldName(const QByteArray &line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) >= 33 && line.at(i) <= 126 && line.at(i) != ':')
        ++i;
    const qsizetype end = i;
    while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t'))
        ++i;
    if (end == 0 || i >= line.size() || line.at(i) != ':')
        return {};
    return line.left(end);
}

bool isBccField(const QByteArray &name)
{
    return name.compare("Bcc", Qt::CaseInsensitive) == 0
        || name.compare("Resent-Bcc", Qt::CaseInsensitive) == 0;
}

struct HeaderField
{
    QByteArray name;
    QByteArray rawValue;
};

struct ParseWarnings
{
    QByteArray invalidHeader;
    bool any = false;
};

void collectParseWarning(gint64, GMimeParserWarning code, const gchar *item, gpointer userData)
{
    if (code != GMIME_CRIT_INVALID_HEADER_NAME)
        return;
    auto *warnings = static_cast<ParseWarnings *>(userData);
    if (!warnings->any && item)
        warnings->invalidHeader = QByteArray(item).trimmed().left(60);
    warnings->any = true;
}

} // namespace

bool MessageEnvelopeReader::read(QIODevice *device, QIODevice *sendableCopy)
{
    m_envelope = SmtpEnvelope();
    m_errorString.clear();
    m_sendableSize = 0;
    m_removedFields = 0;
    m_usedResentFields = false;
    m_dataCheck = SmtpDataCheck();
    m_parsedFieldOffsets.clear();

    if (!device || !device->isOpen() || !device->isReadable()) {
        m_errorString = tr("The message is not open for reading.");
        return false;
    }
    auto *file = qobject_cast<QFileDevice *>(device);
    if (file && file->handle() >= 0 && !device->isSequential()) {
        // Unwritten bytes in Qt's buffer would be invisible to GMime, which reads the fd.
        if (device->isWritable())
            file->flush();
        if (!readFileDescriptor(device, file->handle()))
            return false;
        return copyWithoutBcc(device, device->pos(), sendableCopy);
    }

    // Not a file (a socket, a QBuffer): spool it, so GMime can stream from a descriptor.
    QTemporaryFile spool;
    if (!spool.open()) {
        m_errorString = tr("Could not create a temporary file: %1").arg(spool.errorString());
        return false;
    }
    while (!device->atEnd()) {
        const QByteArray chunk = device->read(ChunkSize);
        if (chunk.isEmpty() || spool.write(chunk) != chunk.size()) {
            m_errorString = tr("Could not copy the message: %1")
                                .arg(chunk.isEmpty() ? device->errorString() : spool.errorString());
            return false;
        }
    }
    if (!spool.flush() || !spool.seek(0)) {
        m_errorString = tr("Could not copy the message: %1").arg(spool.errorString());
        return false;
    }
    return readFileDescriptor(&spool, spool.handle()) && copyWithoutBcc(&spool, 0, sendableCopy);
}

bool MessageEnvelopeReader::readFile(const QString &path, const QString &sendableCopyPath)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = tr("Could not open “%1”: %2").arg(path, file.errorString());
        return false;
    }
    if (sendableCopyPath.isEmpty())
        return read(&file);

    QSaveFile copy(sendableCopyPath);
    if (!copy.open(QIODevice::WriteOnly)) {
        m_errorString = tr("Could not create “%1”: %2").arg(sendableCopyPath, copy.errorString());
        return false;
    }
    if (!read(&file, &copy)) {
        copy.cancelWriting();
        return false;
    }
    m_errorString = commitDurably(copy);
    return m_errorString.isEmpty();
}

bool MessageEnvelopeReader::readFileDescriptor(QIODevice *device, int fd)
{
    ensureGMimeInitialized();
    const qint64 start = device->pos();

    MessageFileParser file(fd, start);
    if (!file.isOpen()) {
        m_errorString = tr("Could not read the message file.");
        return false;
    }
    ParserOptionsPtr options(g_mime_parser_options_new());
    ParseWarnings warnings;
    g_mime_parser_options_set_warning_callback(options.get(), collectParseWarning, &warnings);
    GObjectPtr<GMimeMessage> message = file.construct(options.get());
    // The device reads on from here (the copy without Bcc): give it its offset back now.
    file.restoreOffset();

    GMimeHeaderList *headers
        = message ? g_mime_object_get_header_list(GMIME_OBJECT(message.get())) : nullptr;
    if (!headers || g_mime_header_list_get_count(headers) == 0) {
        m_errorString = tr("This is not an e-mail message: it does not start with header fields.");
        return false;
    }
    if (warnings.any) {
        m_errorString = tr("The message header has a line that is not a header field: “%1”.")
                            .arg(QString::fromUtf8(warnings.invalidHeader));
        return false;
    }

    QList<HeaderField> fields;
    const int count = g_mime_header_list_get_count(headers);
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(headers, i);
        fields.append({ QByteArray(g_mime_header_get_name(header)),
            QByteArray(g_mime_header_get_raw_value(header)) });
        m_parsedFieldOffsets.append(g_mime_header_get_offset(header));
    }
    // GMime files the message's Content-* fields under its MIME part.
    if (GMimeObject *part = g_mime_message_get_mime_part(message.get())) {
        GMimeHeaderList *partHeaders = g_mime_object_get_header_list(part);
        for (int i = 0; i < g_mime_header_list_get_count(partHeaders); ++i) {
            const gint64 offset
                = g_mime_header_get_offset(g_mime_header_list_get_header_at(partHeaders, i));
            if (offset >= 0)
                m_parsedFieldOffsets.append(offset);
        }
    }
    std::sort(m_parsedFieldOffsets.begin(), m_parsedFieldOffsets.end());
    auto present = [&fields](const char *name) {
        return std::any_of(fields.cbegin(), fields.cend(), [name](const HeaderField &field) {
            return field.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    // Every field called `name`, parsed; false (and m_errorString) if one cannot be read.
    auto addresses = [&](const char *name, QList<MailAddress> *out) {
        for (const HeaderField &field : std::as_const(fields)) {
            if (field.name.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            QByteArray unfolded = field.rawValue; // RFC 5322 §2.2.3: unfolding drops the CRLFs
            unfolded.replace('\r', QByteArray()).replace('\n', QByteArray());
            const MailAddressParseResult parsed = parseAddressBytes(unfolded);
            if (!parsed.isValid()) {
                m_errorString = tr("The %1 field cannot be read: %2")
                                    .arg(QString::fromLatin1(name), parsed.errorString);
                return false;
            }
            out->append(parsed.addresses);
        }
        return true;
    };

    // sendmail -t: Resent-* recipients, when there are any, replace the original ones.
    m_usedResentFields = present("Resent-To") || present("Resent-Cc") || present("Resent-Bcc");
    const QList<const char *> recipientFields = m_usedResentFields
        ? QList<const char *> { "Resent-To", "Resent-Cc", "Resent-Bcc" }
        : QList<const char *> { "To", "Cc", "Bcc" };
    const QList<const char *> senderFields = m_usedResentFields
        ? QList<const char *> { "Resent-Sender", "Resent-From", "Sender", "From" }
        : QList<const char *> { "Sender", "From" };

    QList<MailAddress> recipients;
    for (const char *name : recipientFields) {
        if (!addresses(name, &recipients))
            return false;
    }
    for (const char *name : senderFields) {
        QList<MailAddress> senders;
        if (!addresses(name, &senders))
            return false;
        if (!senders.isEmpty()) {
            m_envelope.sender = senders.first().address();
            break;
        }
    }
    if (m_envelope.sender.isEmpty()) {
        m_errorString = tr("The message has no sender: neither a From nor a Sender field.");
        return false;
    }
    m_envelope.recipients = uniqueRecipients(recipients);
    if (m_envelope.recipients.isEmpty()) {
        m_errorString = m_usedResentFields
            ? tr("The message has no recipients in its Resent-To, Resent-Cc or Resent-Bcc fields.")
            : tr("The message has no recipients: no address in To, Cc or Bcc.");
        return false;
    }
    m_envelope.requiresSmtpUtf8 = hasNonAsciiLocalPart(m_envelope.sender)
        || std::any_of(m_envelope.recipients.cbegin(), m_envelope.recipients.cend(),
            [](const QString &r) { return hasNonAsciiLocalPart(r); });
    return true;
}

bool MessageEnvelopeReader::checkData(QByteArrayView bytes)
{
    if (m_dataCheck.add(bytes))
        return true;
    m_errorString
        = tr("The message cannot be sent as SMTP data: %1.").arg(m_dataCheck.problem().toString());
    return false;
}

// A byte-level filter over the header block: whole fields are dropped, everything else is
// copied unchanged, and the body is copied in chunks.
bool MessageEnvelopeReader::copyWithoutBcc(QIODevice *device, qint64 start, QIODevice *sendableCopy)
{
    if (!device->seek(start)) {
        m_errorString = tr("Could not read the message: %1").arg(device->errorString());
        return false;
    }
    auto copy = [&](const QByteArray &bytes) {
        if (sendableCopy && sendableCopy->write(bytes) != bytes.size()) {
            m_errorString
                = tr("Could not write the copy to send: %1").arg(sendableCopy->errorString());
            return false;
        }
        m_sendableSize += bytes.size();
        return true;
    };

    bool headerEightBit = false;
    bool dropping = false;
    bool inField = false;
    int lineNumber = 0;
    bool inHeader = true;
    QList<qint64> fieldOffsets;
    while (inHeader) {
        const qint64 lineOffset = device->pos();
        const QByteArray line = device->readLine(MaxHeaderLine);
        if (line.isEmpty()) {
            if (device->atEnd())
                break; // a message that is all header
            m_errorString = tr("Could not read the message: %1").arg(device->errorString());
            return false;
        }
        ++lineNumber;
        if (!checkData(line))
            return false;
        if (!line.endsWith('\n') && !device->atEnd()) {
            m_errorString = tr("Line %1 of the message header is too long.").arg(lineNumber);
            return false;
        }
        if (line == "\n" || line == "\r\n") {
            inHeader = false; // the blank line belongs to the copy
        } else if (line.at(0) == ' ' || line.at(0) == '\t') {
            if (!inField) {
                m_errorString = tr("The message header starts with a continuation line.");
                return false;
            }
            if (dropping)
                continue; // the folded rest of a Bcc field (RFC 5322 §2.2.3)
        } else {
            const QByteArray name = fieldName(line);
            if (name.isEmpty()) {
                m_errorString
                    = tr("Line %1 of the message header is not a header field.").arg(lineNumber);
                return false;
            }
            inField = true;
            fieldOffsets.append(lineOffset);
            dropping = isBccField(name);
            if (dropping) {
                ++m_removedFields;
                continue;
            }
        }
        headerEightBit = headerEightBit || hasEightBit(line);
        if (!copy(line))
            return false;
    }

    // GMime gave the envelope; this loop gives the copy. They must have read the same fields,
    // or a recipient could be missed, or fields dropped from the copy without a word.
    if (fieldOffsets != m_parsedFieldOffsets) {
        qsizetype differ = 0;
        while (differ < fieldOffsets.size() && differ < m_parsedFieldOffsets.size()
            && fieldOffsets[differ] == m_parsedFieldOffsets[differ])
            ++differ;
        m_errorString = tr("The message header cannot be read as a whole: field %1 is read "
                           "differently by the MIME parser.")
                            .arg(differ + 1);
        return false;
    }

    bool bodyEightBit = false;
    while (!device->atEnd()) {
        const QByteArray chunk = device->read(ChunkSize);
        if (chunk.isEmpty()) {
            m_errorString = tr("Could not read the message: %1").arg(device->errorString());
            return false;
        }
        if (!checkData(chunk))
            return false;
        bodyEightBit = bodyEightBit || hasEightBit(chunk);
        if (!copy(chunk))
            return false;
    }

    m_envelope.bodyType
        = bodyEightBit ? SmtpCommand::BodyType::EightBitMime : SmtpCommand::BodyType::SevenBit;
    m_envelope.requiresSmtpUtf8 = m_envelope.requiresSmtpUtf8 || headerEightBit;
    return true;
}
