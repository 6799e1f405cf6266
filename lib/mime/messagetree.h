// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "messagedraft.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

// One MIME entity of a parsed message (RFC 2045, RFC 2046): its header fields, what they say
// about the content, and its parts. Text from the file is decoded for display (RFC 2047
// encoded words, RFC 2231 parameters) and made safe to show: control characters other than
// tab become U+FFFD, so nothing read from a file can move a terminal's cursor or fake a line.
struct MessagePart
{
    // "type/subtype" in lower case; "text/plain" when the part has no Content-Type
    // (RFC 2045 §5.2).
    QString contentType;
    QString charset; // the charset parameter, lower case; empty when none is given
    QString disposition; // "attachment", "inline" (lower case), or empty
    QString fileName; // Content-Disposition filename, else the Content-Type name; or empty
    QString contentId; // without the angle brackets
    QString transferEncoding; // "7bit", "quoted-printable", "base64", … (lower case) or empty
    // Every header field of the part, in order: names as written, values unfolded and decoded.
    QList<MessageHeaderField> headers;
    // Octets of the body as stored, and after undoing the transfer encoding. For a multipart,
    // the sums over its parts; for message/rfc822, the embedded message's.
    qint64 encodedSize = 0;
    qint64 decodedSize = 0;
    // The parts of a multipart, in order; for message/rfc822, the embedded message.
    QList<MessagePart> children;

    [[nodiscard]] bool isMultipart() const
    {
        return contentType.startsWith(QLatin1String("multipart/"));
    }
    // The first header field called `name` (case-insensitive); empty if there is none.
    [[nodiscard]] QString header(QStringView name) const;
};

// A message file opened as a tree of parts, for the outbox inspector and `outboundctl show`.
// GMime parses it from the file descriptor, and keeps part bodies in the file rather than in
// memory, so any size of message opens in about constant memory. Any byte sequence that starts
// with a header field opens; GMime repairs what it can (a missing boundary, say).
class MessageTree
{
    Q_DECLARE_TR_FUNCTIONS(MessageTree)
public:
    // Nesting deeper than this is not followed; the deepest parts are listed without children.
    static constexpr int MaxDepth = 64;

    // Reads the message at `path`; false with errorString() if it cannot be read or is not a
    // message (it must start with a header field).
    [[nodiscard]] bool readFile(const QString &path);
    // Reads the message from `device`, from its current position to the end. A file is read
    // through its descriptor; any other device is first copied to a temporary file.
    [[nodiscard]] bool read(QIODevice *device);

    // The message itself: its header fields (From, Subject, …) and its top-level content.
    [[nodiscard]] const MessagePart &root() const { return m_root; }
    // Octets of the whole message.
    [[nodiscard]] qint64 size() const { return m_size; }
    // True when the tree was cut at MaxDepth.
    [[nodiscard]] bool isTruncated() const { return m_truncated; }
    [[nodiscard]] const QString &errorString() const { return m_errorString; }

private:
    bool readFileDescriptor(int fd, qint64 start);

    MessagePart m_root;
    QString m_errorString;
    qint64 m_size = 0;
    bool m_truncated = false;
};
