// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "smtp/smtpdatacheck.h"
#include "smtp/smtpenvelope.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

// Derives the SMTP envelope from a finished message (an .eml file), the way `sendmail -t`
// does, and produces the copy to send.
//
// Sender: the first mailbox of Sender, else of From (with Resent-* recipients: Resent-Sender,
// then Resent-From, first). Recipients: To, Cc and Bcc; but if the message has any Resent-To,
// Resent-Cc or Resent-Bcc field, only those, as sendmail does. Duplicates are removed.
//
// The copy to send is the message with every Bcc and Resent-Bcc field taken out, continuation
// lines included; every other byte stays exactly as given (line endings, folding, order), so
// signatures over the other headers still verify.
//
// Headers are read by GMime from the file descriptor (a device that is not a file is first
// spooled to a temporary file); the body is streamed, never held in memory.
//
// The whole message is read or nothing is: a header line that is not a field (a name with a
// non-ASCII byte, no colon), a header GMime reads differently from the copy (other fields,
// or fewer), a NUL or a line over 998 octets anywhere (SmtpDataCheck, with its line number in
// the given message), or a read error is a failure, and the copy is then not to be used.
class MessageEnvelopeReader
{
    Q_DECLARE_TR_FUNCTIONS(MessageEnvelopeReader)
public:
    MessageEnvelopeReader() = default;

    // Reads the message from `device` (open for reading, from its current position to the
    // end). When `sendableCopy` is given, the copy to send is written to it; on failure it
    // may hold part of the copy.
    [[nodiscard]] bool read(QIODevice *device, QIODevice *sendableCopy = nullptr);
    // Reads the message at `path`. With a `sendableCopyPath`, the copy is written there
    // atomically and fsynced (file and folder); on failure no file is left behind.
    [[nodiscard]] bool readFile(const QString &path, const QString &sendableCopyPath = {});

    // After a successful read: bodyType is EightBitMime when the body has an octet over 127
    // (RFC 6152); requiresSmtpUtf8 when a header that is sent has one (RFC 6532) or an
    // envelope address has a non-ASCII local part (RFC 6531).
    [[nodiscard]] const SmtpEnvelope &envelope() const { return m_envelope; }
    [[nodiscard]] bool usedResentFields() const { return m_usedResentFields; }
    [[nodiscard]] int removedFieldCount() const { return m_removedFields; } // Bcc, Resent-Bcc
    [[nodiscard]] qint64 sendableSize() const { return m_sendableSize; } // octets
    // After a failed read: the bytes SMTP cannot carry, if that was the reason.
    [[nodiscard]] const SmtpDataProblem &dataProblem() const { return m_dataCheck.problem(); }
    [[nodiscard]] const QString &errorString() const { return m_errorString; }

private:
    bool readFileDescriptor(QIODevice *device, int fd);
    bool copyWithoutBcc(QIODevice *device, qint64 start, QIODevice *sendableCopy);

    bool checkData(QByteArrayView bytes);

    SmtpEnvelope m_envelope;
    SmtpDataCheck m_dataCheck;
    QList<qint64> m_parsedFieldOffsets; // where GMime found the top-level header fields
    QString m_errorString;
    qint64 m_sendableSize = 0;
    int m_removedFields = 0;
    bool m_usedResentFields = false;
};
