#pragma once

#include "messagedraft.h"
#include "smtp/smtpsendreply.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QIODevice;

// Writes a MessageDraft as an RFC 5322 message with GMime: Date, Message-ID, MIME-Version,
// User-Agent, From/To/Cc/Reply-To/Subject (RFC 2047 for non-ASCII), the extra headers, and one
// text/plain; charset=utf-8 part. Lines end in CRLF and none is longer than 998 octets
// (RFC 5322 §2.1.1). Bcc recipients go into the envelope only (RFC 5322 §3.6.3, the first
// of its three ways).
//
// Nothing is written unless the whole draft is valid: a CR, LF or NUL in the subject, a
// display name, an address or a header value is refused with an error, never stripped,
// so no caller can inject a header. Date and Message-ID are fixed on the first write, so
// writing the same draft twice gives the same bytes.
class MessageWriter
{
    Q_DECLARE_TR_FUNCTIONS(MessageWriter)
public:
    explicit MessageWriter(MessageDraft draft);

    // Whether the body may go as 8bit (the server offers 8BITMIME, RFC 6152). Without it, a
    // body with non-ASCII text is quoted-printable or base64, as GMime judges best.
    void setEightBitAllowed(bool allowed) { m_eightBitAllowed = allowed; }
    // The Date header; by default the time of the first write.
    void setDate(const QDateTime &date) { m_date = date; }

    // Writes the message to an open device. False, with errorString(), if the draft is
    // invalid (nothing is written then) or the device fails.
    [[nodiscard]] bool write(QIODevice *device);
    // Writes the message to `path` atomically (QSaveFile), fsyncs the file and its folder.
    [[nodiscard]] bool writeToSpoolFile(const QString &path);

    // The envelope for SmtpSession::send() after a successful write: sender = From address,
    // recipients = To + Cc + Bcc without duplicates, 8BITMIME only if the body went as 8bit,
    // SMTPUTF8 if a header carries raw UTF-8 (a non-ASCII local part, RFC 6532).
    [[nodiscard]] const SmtpEnvelope &envelope() const { return m_envelope; }
    // "<…@domain>" after the first write.
    [[nodiscard]] const QString &messageId() const { return m_messageId; }
    [[nodiscard]] const QString &errorString() const { return m_errorString; }

private:
    [[nodiscard]] bool render(QByteArray *out);
    [[nodiscard]] QString validate() const;

    MessageDraft m_draft;
    QDateTime m_date;
    QString m_messageId;
    SmtpEnvelope m_envelope;
    QString m_errorString;
    bool m_eightBitAllowed = false;
};
