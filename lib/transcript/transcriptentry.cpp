// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "transcriptentry.h"

#include <QStringBuilder>

namespace {

// Characters that would break a one-line view or reorder what the reader sees.
bool needsEscape(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true; // C0, DEL, C1
    switch (c) {
    case 0x061c: // ARABIC LETTER MARK
    case 0x200e: // LEFT-TO-RIGHT MARK
    case 0x200f: // RIGHT-TO-LEFT MARK
    case 0x2028: // LINE SEPARATOR
    case 0x2029: // PARAGRAPH SEPARATOR
        return true;
    default:
        break;
    }
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069); // bidi embeddings
}

void appendEscape(QString &out, char32_t c)
{
    switch (c) {
    case U'\r':
        out += QLatin1String("\\r");
        return;
    case U'\n':
        out += QLatin1String("\\n");
        return;
    case U'\t':
        out += QLatin1String("\\t");
        return;
    default:
        break;
    }
    if (c <= 0xff)
        out += QLatin1String("\\x") % QString::number(uint(c), 16).rightJustified(2, u'0');
    else
        out += QLatin1String("\\u") % QString::number(uint(c), 16).rightJustified(4, u'0');
}

} // namespace

QString makeControlsVisible(QStringView text)
{
    // Fast path: most lines hold nothing to escape.
    bool clean = true;
    for (QChar ch : text) {
        if (needsEscape(ch.unicode())) {
            clean = false;
            break;
        }
    }
    if (clean)
        return text.toString();

    QString out;
    out.reserve(text.size() + 16);
    for (QChar ch : text) {
        // Every character needsEscape() matches is in the BMP, so UTF-16 units suffice.
        if (needsEscape(ch.unicode()))
            appendEscape(out, ch.unicode());
        else
            out += ch;
    }
    return out;
}

QString TranscriptEntry::prefix(Direction direction)
{
    switch (direction) {
    case Direction::Client:
        return QStringLiteral("C: ");
    case Direction::Server:
        return QStringLiteral("S: ");
    case Direction::Event:
        return QStringLiteral("# ");
    }
    return {};
}

QString TranscriptEntry::toScenarioLine() const
{
    QString line = prefix(direction) + text;
    if (omittedBytes > 0)
        line += QStringLiteral(" [%1 bytes omitted]").arg(omittedBytes);
    return line;
}

QString TranscriptEntry::toDisplayLine() const
{
    const QString clock = time.isValid()
        ? time.toLocalTime().toString(QStringLiteral("hh:mm:ss.zzz"))
        : QStringLiteral("--:--:--.---");
    return clock % QLatin1String(" [") % QString::number(sessionId) % QLatin1String("] ")
        % toScenarioLine();
}

TranscriptEntry TranscriptEntry::fromWire(
    quint64 sessionId, Direction direction, QByteArrayView line)
{
    // The line end is not part of the text (a caller may pass what it wrote, CRLF included).
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);

    TranscriptEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.sessionId = sessionId;
    entry.direction = direction;

    QByteArrayView kept = line;
    if (kept.size() > MaxTextLength) {
        qsizetype cut = MaxTextLength;
        // Do not split a UTF-8 sequence: back up over continuation bytes (at most three).
        for (int i = 0; i < 3 && cut > 0 && (uchar(line.at(cut)) & 0xc0) == 0x80; ++i)
            --cut;
        kept = line.first(cut);
        entry.omittedBytes = line.size() - cut;
    }
    entry.text = makeControlsVisible(QString::fromUtf8(kept));
    return entry;
}

TranscriptEntry TranscriptEntry::event(quint64 sessionId, const QString &text)
{
    TranscriptEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.sessionId = sessionId;
    entry.direction = Direction::Event;
    entry.text = makeControlsVisible(text);
    return entry;
}

QString formatTranscript(const QList<TranscriptEntry> &entries)
{
    QString out;
    for (const TranscriptEntry &entry : entries) {
        out += entry.toScenarioLine();
        out += u'\n';
    }
    return out;
}
