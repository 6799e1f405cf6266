// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "messagedraft.h"
#include "smtp/smtpenvelope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QIODevice;

// Writes a MessageDraft as an RFC 5322 message with GMime: Date, Message-ID, MIME-Version,
// User-Agent, From/To/Cc/Reply-To/Subject, priority, the extra headers, and the MIME tree the
// draft calls for (see MessageDraft): text parts in UTF-8, attachments in base64 with their
// names in RFC 2231 parameters. Lines end in CRLF and none is longer than 998 octets
// (RFC 5322 §2.1.1). Bcc recipients go into the envelope only (RFC 5322 §3.6.3, the first of
// its three ways).
//
// Header text that is not plain ASCII is written as RFC 2047 Q encoded words (see
// headerencoding_p.h for why not GMime's own), or, with setSmtpUtf8Allowed(), as raw UTF-8
// (RFC 6532). Internationalised domains are always written as A-labels, which every server
// accepts; a non-ASCII local part needs SMTPUTF8 and is refused without it.
//
// The message is streamed: text parts come from the draft, attachments are read from their
// files in small blocks while they are encoded, and the output goes to the device as it is
// made, so a message with a 25 MB attachment is written in constant memory.
//
// Nothing is written unless the whole draft is valid and every attachment can be opened: a
// CR, LF or NUL in the subject, a display name, an address, a header value or a file name is
// refused with an error, never stripped, so no caller can inject a header. Date, Message-ID
// and the MIME boundaries (derived from the Message-ID) are fixed on the first write, so
// writing the same draft twice gives the same bytes.
class MessageWriter
{
    Q_DECLARE_TR_FUNCTIONS(MessageWriter)
public:
    explicit MessageWriter(MessageDraft draft);

    // Whether the text parts may go as 8bit (the server offers 8BITMIME, RFC 6152). Without
    // it, non-ASCII text is quoted-printable or base64, as GMime judges best.
    void setEightBitAllowed(bool allowed) { m_eightBitAllowed = allowed; }
    // Whether headers may carry raw UTF-8 (the server offers SMTPUTF8, RFC 6531 and 6532).
    // Required for a non-ASCII local part in any address, Bcc included.
    void setSmtpUtf8Allowed(bool allowed) { m_smtpUtf8Allowed = allowed; }
    // The Date header; by default the time of the first write.
    void setDate(const QDateTime &date) { m_date = date; }
    // The Message-ID, "<left@right>" in printable ASCII (RFC 5322 §3.6.4); by default one is
    // made on the first write from the From domain. False (and nothing changes) if invalid.
    [[nodiscard]] bool setMessageId(const QString &messageId);

    // Writes the message to an open device. False, with errorString(), if the draft is
    // invalid or an attachment cannot be opened (nothing is written then), or if the device
    // or an attachment fails while writing (the device may then hold part of the message).
    [[nodiscard]] bool write(QIODevice *device);
    // Writes the message to `path` atomically (QSaveFile), fsyncs the file and its folder.
    // On failure no file is left behind.
    [[nodiscard]] bool writeToSpoolFile(const QString &path);

    // Whether writing `draft` needs setSmtpUtf8Allowed(true): an address (Bcc included)
    // with a non-ASCII local part.
    [[nodiscard]] static bool requiresSmtpUtf8(const MessageDraft &draft);

    // The envelope for SmtpSession::send() after a successful write: sender = From address,
    // recipients = To + Cc + Bcc without duplicates, 8BITMIME only if a part went as 8bit,
    // SMTPUTF8 if a header carries raw UTF-8 or an address has a non-ASCII local part, and
    // the draft's DSN request.
    [[nodiscard]] const SmtpEnvelope &envelope() const { return m_envelope; }
    // "<…@domain>" after the first write (or setMessageId()).
    [[nodiscard]] const QString &messageId() const { return m_messageId; }
    // Octets written by the last successful write.
    [[nodiscard]] qint64 size() const { return m_size; }
    [[nodiscard]] const QString &errorString() const { return m_errorString; }

private:
    [[nodiscard]] QString validate() const;
    [[nodiscard]] bool writeMessage(QIODevice *device);

    MessageDraft m_draft;
    QDateTime m_date;
    QString m_messageId;
    SmtpEnvelope m_envelope;
    QString m_errorString;
    qint64 m_size = 0;
    bool m_eightBitAllowed = false;
    bool m_smtpUtf8Allowed = false;
};
