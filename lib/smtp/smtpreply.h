// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// One SMTP reply (RFC 5321 §4.2): a three-digit code and one or more text lines.
// A value class: cheap to copy, no behaviour beyond reading itself.
struct SmtpReply
{
    int code = 0;
    // RFC 3463 enhanced status code ("5.1.1") when the first line carries one whose class
    // matches the reply code's first digit (RFC 2034 §4); empty otherwise.
    QByteArray enhancedCode;
    // Each line's text after "NNN " / "NNN-", as the server sent it (enhanced code included).
    QList<QByteArray> lines;

    [[nodiscard]] bool isValid() const { return code >= 200 && code <= 599; }
    [[nodiscard]] bool isPositiveCompletion() const { return code / 100 == 2; }
    [[nodiscard]] bool isPositiveIntermediate() const { return code / 100 == 3; }
    [[nodiscard]] bool isTransientFailure() const { return code / 100 == 4; }
    [[nodiscard]] bool isPermanentFailure() const { return code / 100 == 5; }
    // RFC 5321 §4.5.3.1.10: "452 too many recipients" (4.5.3) to a RCPT TO means "send this
    // one in another transaction"; 552 for the same is RFC 821's error, which clients treat as
    // temporary too.
    [[nodiscard]] bool isTooManyRecipients() const;

    // The server's own words: the lines joined by '\n', enhanced code stripped, decoded as
    // UTF-8 with control characters replaced so they are safe to display.
    [[nodiscard]] QString text() const;
    // "550 5.1.1 No such user" style one-liner for messages and logs.
    [[nodiscard]] QString summary() const;
};

// Turns bytes from the server into replies, line by line. Pure: no socket, no clock.
// The session feeds it what it reads and pulls lines out one at a time so that each line
// reaches the transcript before the reply is acted on.
class SmtpReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(SmtpReplyParser)
public:
    // RFC 5321 §4.5.3.1.5 allows 512 octets per reply line; real servers exceed it now and
    // then, so we accept more but still refuse to buffer without bound.
    static constexpr qsizetype MaxLineLength = 4096;
    // A reply of more lines than this is hostile, not informative.
    static constexpr int MaxLinesPerReply = 256;

    enum class Status {
        NeedMoreData, // no complete line is buffered
        LineConsumed, // one line consumed (see lastLine()); the reply continues
        ReplyComplete, // one line consumed and it ended a reply (see takeReply())
        Malformed, // the line is not an SMTP reply line (see errorString())
        LineTooLong, // more than MaxLineLength bytes without a line end
        TooManyLines, // a multiline reply longer than MaxLinesPerReply
    };

    void feed(QByteArrayView bytes);
    // Consumes at most one line. After an error the parser stays in error until reset().
    [[nodiscard]] Status step();
    // The line step() consumed last, without its CRLF (for the transcript).
    [[nodiscard]] const QByteArray &lastLine() const { return m_lastLine; }
    [[nodiscard]] SmtpReply takeReply();
    [[nodiscard]] QString errorString() const { return m_error; }
    // Bytes received but not yet consumed as lines: after a 220 to STARTTLS this must be 0.
    [[nodiscard]] qsizetype bufferedBytes() const { return m_buffer.size() - m_readPos; }
    // True while a multiline reply has started but not ended.
    [[nodiscard]] bool inReply() const { return !m_current.lines.isEmpty(); }
    void reset();

    // Parses one complete reply from a whole buffer (for tests and tools): nullopt unless the
    // bytes hold exactly one well-formed reply, every line ended by CRLF or LF.
    [[nodiscard]] static std::optional<SmtpReply> parseOne(QByteArrayView bytes);

private:
    Status fail(Status status, const QString &why);

    QByteArray m_buffer;
    qsizetype m_readPos = 0;
    QByteArray m_lastLine;
    SmtpReply m_current;
    SmtpReply m_complete;
    QString m_error;
    bool m_failed = false;
    Status m_failStatus = Status::Malformed; // what step() repeats once failed
    bool m_overflow = false; // the unfinished line passed MaxLineLength; its excess was dropped
};
