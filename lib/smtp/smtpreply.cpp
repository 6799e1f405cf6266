// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "smtpreply.h"

#include "transcript/transcriptentry.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Counts 1–3 digits at `pos`; returns the position after them, or -1.
qsizetype skipShortNumber(QByteArrayView text, qsizetype pos)
{
    qsizetype end = pos;
    while (end < text.size() && isDigit(text.at(end)) && end - pos < 4)
        ++end;
    const qsizetype digits = end - pos;
    return digits >= 1 && digits <= 3 ? end : -1;
}

// RFC 3463 §2 status-code = class "." subject "." detail, subject and detail 1*3digit, at the
// start of the first line's text and followed by SP or the end (RFC 2034 §4). Its class must
// be the reply's first digit, and only 2, 4 and 5 are classes.
QByteArray enhancedCodeOf(int replyCode, QByteArrayView text)
{
    const char replyClass = char('0' + replyCode / 100);
    if (replyClass != '2' && replyClass != '4' && replyClass != '5')
        return {};
    if (text.size() < 5 || text.at(0) != replyClass || text.at(1) != '.')
        return {};
    qsizetype pos = skipShortNumber(text, 2);
    if (pos < 0 || pos >= text.size() || text.at(pos) != '.')
        return {};
    pos = skipShortNumber(text, pos + 1);
    if (pos < 0 || (pos < text.size() && text.at(pos) != ' '))
        return {};
    return text.first(pos).toByteArray();
}

} // namespace

QString SmtpReply::text() const
{
    QStringList out;
    out.reserve(lines.size());
    for (const QByteArray &line : lines) {
        QByteArrayView view(line);
        if (!enhancedCode.isEmpty() && view.startsWith(enhancedCode)
            && (view.size() == enhancedCode.size() || view.at(enhancedCode.size()) == ' ')) {
            view = view.sliced(std::min(view.size(), enhancedCode.size() + 1));
        }
        out << makeControlsVisible(QString::fromUtf8(view));
    }
    return out.join(u'\n');
}

bool SmtpReply::isTooManyRecipients() const
{
    if (code != 452 && code != 552)
        return false;
    if (enhancedCode == "4.5.3" || enhancedCode == "5.5.3")
        return true;
    return text().contains(QLatin1String("too many recipients"), Qt::CaseInsensitive)
        || (code == 452 && text().contains(QLatin1String("too many"), Qt::CaseInsensitive));
}

QString SmtpReply::summary() const
{
    if (code == 0)
        return {};
    QString out = QString::number(code);
    if (!enhancedCode.isEmpty())
        out += u' ' + QString::fromLatin1(enhancedCode);
    QString words = text();
    words.replace(u'\n', u' ');
    if (!words.isEmpty())
        out += u' ' + words;
    return out;
}

void SmtpReplyParser::feed(QByteArrayView bytes)
{
    // After an error nothing more is parsed, so nothing more is kept.
    if (m_failed || m_overflow || bytes.isEmpty())
        return;
    if (m_readPos > 0) {
        m_buffer.remove(0, m_readPos);
        m_readPos = 0;
    }
    m_buffer.append(bytes);

    // The unfinished line at the end may not grow without bound: keep MaxLineLength bytes
    // plus one for a CR whose LF is still to come, and let step() report the rest.
    const qsizetype partialStart = m_buffer.lastIndexOf('\n') + 1;
    if (m_buffer.size() - partialStart > MaxLineLength + 1) {
        m_buffer.truncate(partialStart + MaxLineLength + 1);
        m_overflow = true;
    }
}

SmtpReplyParser::Status SmtpReplyParser::step()
{
    if (m_failed)
        return m_failStatus;

    const qsizetype lf = m_buffer.indexOf('\n', m_readPos);
    if (lf < 0) {
        if (!m_overflow)
            return Status::NeedMoreData;
        m_lastLine = m_buffer.sliced(m_readPos, std::min(bufferedBytes(), MaxLineLength));
        return fail(Status::LineTooLong,
            tr("The server sent a line longer than %1 bytes.").arg(MaxLineLength));
    }

    // RFC 5321 §2.3.8 wants CRLF; a bare LF is accepted as a line end all the same.
    QByteArrayView line(m_buffer.constData() + m_readPos, lf - m_readPos);
    m_readPos = lf + 1;
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.size() > MaxLineLength) {
        m_lastLine = line.first(MaxLineLength).toByteArray();
        return fail(Status::LineTooLong,
            tr("The server sent a line longer than %1 bytes.").arg(MaxLineLength));
    }
    m_lastLine = line.toByteArray();

    // RFC 5321 §4.2: Reply-code [ ( "-" / SP ) textstring ]; the code's first digit is 2–5
    // and its second 0–5 (§4.2.1).
    if (line.size() < 3 || line.at(0) < '2' || line.at(0) > '5' || line.at(1) < '0'
        || line.at(1) > '5' || !isDigit(line.at(2))) {
        return fail(Status::Malformed, tr("The server sent a line that is not an SMTP reply."));
    }
    if (line.size() > 3 && line.at(3) != ' ' && line.at(3) != '-')
        return fail(Status::Malformed, tr("The server sent a line that is not an SMTP reply."));

    const int code = (line.at(0) - '0') * 100 + (line.at(1) - '0') * 10 + (line.at(2) - '0');
    const bool last = line.size() == 3 || line.at(3) == ' ';
    const QByteArrayView text = line.size() > 3 ? line.sliced(4) : QByteArrayView();

    if (m_current.lines.isEmpty()) {
        m_current.code = code;
        m_current.enhancedCode = enhancedCodeOf(code, text);
    } else if (code != m_current.code) {
        // RFC 5321 §4.2.1: every line of a multiline reply carries the same code.
        return fail(Status::Malformed,
            tr("The server changed the reply code from %1 to %2 within one reply.")
                .arg(m_current.code)
                .arg(code));
    } else if (m_current.lines.size() >= MaxLinesPerReply) {
        return fail(Status::TooManyLines,
            tr("The server sent a reply of more than %1 lines.").arg(MaxLinesPerReply));
    }
    m_current.lines.append(text.toByteArray());

    if (m_readPos == m_buffer.size()) {
        m_buffer.clear();
        m_readPos = 0;
    }
    if (!last)
        return Status::LineConsumed;
    m_complete = std::exchange(m_current, SmtpReply());
    return Status::ReplyComplete;
}

SmtpReply SmtpReplyParser::takeReply()
{
    return std::exchange(m_complete, SmtpReply());
}

void SmtpReplyParser::reset()
{
    *this = SmtpReplyParser();
}

SmtpReplyParser::Status SmtpReplyParser::fail(Status status, const QString &why)
{
    m_failed = true;
    m_failStatus = status;
    m_error = why;
    return status;
}

std::optional<SmtpReply> SmtpReplyParser::parseOne(QByteArrayView bytes)
{
    SmtpReplyParser parser;
    parser.feed(bytes);
    for (;;) {
        switch (parser.step()) {
        case Status::LineConsumed:
            continue;
        case Status::ReplyComplete:
            if (parser.bufferedBytes() != 0)
                return std::nullopt;
            return parser.takeReply();
        case Status::NeedMoreData:
        case Status::Malformed:
        case Status::LineTooLong:
        case Status::TooManyLines:
            return std::nullopt;
        }
    }
}
