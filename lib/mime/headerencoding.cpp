// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "headerencoding_p.h"

#include <QList>
#include <QString>

namespace Mime::Detail {

namespace {

constexpr int MaxEncodedWord = 75; // RFC 2047 §2
constexpr int PreferredLine = 78; // RFC 5322 §2.1.1
constexpr char WordPrefix[] = "=?UTF-8?Q?";
constexpr int WordOverhead = sizeof(WordPrefix) - 1 + 2; // and "?="

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

// RFC 5322 §3.2.3 atext; with raw UTF-8, RFC 6532 §3.2 adds every non-ASCII character.
bool isAtext(char32_t c, HeaderCharset charset)
{
    if (c >= 0x80)
        return charset == HeaderCharset::Utf8 && !isControl(c);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    static constexpr char specials[] = "!#$%&'*+-/=?^_`{|}~";
    for (const char s : specials) {
        if (s != '\0' && char32_t(s) == c)
            return true;
    }
    return false;
}

// The characters of RFC 2047 §5 (3), allowed as themselves in a Q word anywhere.
bool isQSafe(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!'
        || c == '*' || c == '+' || c == '-' || c == '/';
}

void appendQ(QByteArray *out, uchar byte)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    if (byte == ' ') {
        out->append('_');
    } else if (isQSafe(byte)) {
        out->append(char(byte));
    } else {
        out->append('=');
        out->append(hex[byte >> 4]);
        out->append(hex[byte & 0xf]);
    }
}

// Calls f(code point) for each character; an unpaired surrogate counts as U+FFFD.
template<typename F> void forEachCodePoint(QStringView text, F f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else if (c.isSurrogate()) {
            f(char32_t(0xfffd));
        } else {
            f(char32_t(c.unicode()));
        }
    }
}

QByteArray utf8(char32_t c)
{
    const QString s = QString::fromUcs4(&c, 1);
    return s.toUtf8();
}

bool looksLikeEncodedWord(QStringView word)
{
    return word.contains(QLatin1String("=?"));
}

bool needsEncoding(QStringView word, HeaderCharset charset)
{
    if (looksLikeEncodedWord(word))
        return true;
    bool needs = false;
    qsizetype octets = 0;
    forEachCodePoint(word, [&](char32_t c) {
        if (isControl(c) || (c >= 0x80 && charset == HeaderCharset::Ascii) || c == 0xfffd)
            needs = true;
        octets += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    });
    return needs || octets > MaxLiteralTokenOctets;
}

} // namespace

HeaderTokens encodedWords(QStringView text)
{
    HeaderTokens words;
    QByteArray payload;
    const int maxPayload = MaxEncodedWord - WordOverhead;
    auto flush = [&] {
        words.append(QByteArray(WordPrefix) + payload + "?=");
        payload.clear();
    };
    forEachCodePoint(text, [&](char32_t c) {
        QByteArray piece;
        for (const char byte : utf8(c))
            appendQ(&piece, uchar(byte));
        if (!payload.isEmpty() && payload.size() + piece.size() > maxPayload)
            flush();
        payload += piece;
    });
    if (!payload.isEmpty() || words.isEmpty())
        flush();
    return words;
}

HeaderTokens unstructuredTokens(QStringView text, HeaderCharset charset)
{
    const QList<QStringView> words = text.split(u' ');
    HeaderTokens tokens;
    qsizetype i = 0;
    while (i < words.size()) {
        if (!needsEncoding(words.at(i), charset)) {
            tokens.append(words.at(i).toUtf8());
            ++i;
            continue;
        }
        // A run of words to encode, with the spaces between them: decoders drop the white
        // space between adjacent encoded words (RFC 2047 §6.2), so it must travel inside.
        qsizetype end = i + 1;
        while (end < words.size()) {
            if (needsEncoding(words.at(end), charset)) {
                ++end;
                continue;
            }
            qsizetype next = end;
            while (next < words.size() && words.at(next).isEmpty())
                ++next;
            if (next == end || next >= words.size() || !needsEncoding(words.at(next), charset))
                break;
            end = next + 1;
        }
        const qsizetype from = words.at(i).data() - text.data();
        const QStringView last = words.at(end - 1);
        const qsizetype to = last.data() - text.data() + last.size();
        tokens.append(encodedWords(text.mid(from, to - from)));
        i = end;
    }
    return tokens;
}

HeaderTokens phraseTokens(QStringView name, HeaderCharset charset)
{
    if (name.isEmpty())
        return {};
    if (!looksLikeEncodedWord(name)) {
        const QList<QStringView> words = name.split(u' ');
        bool atoms = true;
        for (QStringView word : words) {
            bool allAtext = !word.isEmpty();
            forEachCodePoint(word, [&](char32_t c) { allAtext = allAtext && isAtext(c, charset); });
            atoms = atoms && allAtext;
        }
        // One token: GMime keeps a fold between atoms (or inside a quoted-string) in the name
        // it reads, line break and all; folding is safe only between encoded words.
        if (atoms && name.toUtf8().size() <= MaxLiteralTokenOctets)
            return { name.toUtf8() };

        // A tab is white space, which a quoted-string may hold (RFC 5322 §3.2.4).
        bool printable = true;
        forEachCodePoint(name, [&](char32_t c) {
            printable = printable && (!isControl(c) || c == '\t') && c != 0xfffd
                && (c < 0x80 || charset == HeaderCharset::Utf8);
        });
        const QByteArray bytes = name.toUtf8();
        if (printable && bytes.size() <= MaxLiteralTokenOctets) {
            // RFC 5322 §3.2.4: a quoted-string, with '"' and '\' escaped.
            QByteArray quoted = "\"";
            for (const char c : bytes) {
                if (c == '"' || c == '\\')
                    quoted += '\\';
                quoted += c;
            }
            quoted += '"';
            return { quoted };
        }
    }
    return encodedWords(name);
}

bool needsOwnEncoding(QStringView text)
{
    bool needs = looksLikeEncodedWord(text);
    forEachCodePoint(text, [&](char32_t c) { needs = needs || c >= 0x80 || isControl(c); });
    return needs;
}

HeaderTokens rfc2231Tokens(const char *attribute, QStringView value)
{
    // RFC 2231 §7 attribute-char: what may stand for itself in an extended value.
    static constexpr char hex[] = "0123456789ABCDEF";
    QList<QByteArray> pieces; // one per octet, so that a segment never splits a %XX
    for (const char c : value.toUtf8()) {
        const uchar u = uchar(c);
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
            || (u >= '0' && u <= '9') || QByteArrayView("!#$&+-.^_`|~").contains(char(u));
        const char escaped[] = { '%', hex[u >> 4], hex[u & 0xf] };
        pieces.append(plain ? QByteArray(1, char(u)) : QByteArray(escaped, 3));
    }
    constexpr qsizetype MaxSegment = 60;
    QList<QByteArray> segments { QByteArray() };
    for (const QByteArray &piece : std::as_const(pieces)) {
        if (segments.last().size() + piece.size() > MaxSegment)
            segments.append(QByteArray());
        segments.last() += piece;
    }
    HeaderTokens tokens;
    const QByteArray name(attribute);
    if (segments.size() == 1) {
        tokens.append(name + "*=UTF-8''" + segments.first());
        return tokens;
    }
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QByteArray token = name + '*' + QByteArray::number(i) + "*=";
        if (i == 0)
            token += "UTF-8''";
        token += segments.at(i);
        if (i + 1 < segments.size())
            token += ';';
        tokens.append(token);
    }
    return tokens;
}

QByteArray foldedValue(int fieldNameLength, const HeaderTokens &tokens)
{
    // Where the last non-empty token is: folding after it would leave a line of white space.
    qsizetype lastText = tokens.size() - 1;
    while (lastText >= 0 && tokens.at(lastText).isEmpty())
        --lastText;
    QByteArray out = " ";
    qsizetype line = fieldNameLength + 2; // "Name: "
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QByteArray &token = tokens.at(i);
        if (i == 0) {
            out += token;
            line += token.size();
            continue;
        }
        // Fold only after text and before more text, so that no line is only white space;
        // an empty token (two spaces in a row) may start a line, since text follows it.
        const bool canFold = !tokens.at(i - 1).isEmpty() && i <= lastText;
        if (canFold && line + 1 + token.size() > PreferredLine) {
            out += "\n ";
            line = 1;
        } else {
            out += ' ';
            line += 1;
        }
        out += token;
        line += token.size();
    }
    return out;
}

QByteArray qEncodedWordsFromB(const QByteArray &raw)
{
    QByteArray out;
    out.reserve(raw.size());
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const qsizetype start = raw.indexOf("=?", pos);
        if (start < 0)
            break;
        // =?charset?B?payload?= with no white space inside (RFC 2047 §2).
        const qsizetype q1 = raw.indexOf('?', start + 2);
        const bool isB = q1 > start + 2 && q1 + 2 < raw.size()
            && (raw.at(q1 + 1) == 'B' || raw.at(q1 + 1) == 'b') && raw.at(q1 + 2) == '?';
        const qsizetype end = isB ? raw.indexOf("?=", q1 + 3) : -1;
        const QByteArray charset = isB ? raw.mid(start + 2, q1 - start - 2) : QByteArray();
        const QByteArray payload = end > 0 ? raw.mid(q1 + 3, end - q1 - 3) : QByteArray();
        const auto decoded = QByteArray::fromBase64Encoding(
            payload, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        const auto hasSpace = [](const QByteArray &b) {
            return b.contains(' ') || b.contains('\t') || b.contains('\n') || b.contains('\r');
        };
        if (end < 0 || hasSpace(charset) || hasSpace(payload) || !decoded) {
            out += raw.mid(pos, start + 2 - pos);
            pos = start + 2;
            continue;
        }
        out += raw.mid(pos, start - pos);
        out += "=?" + charset + "?Q?";
        for (const char byte : *decoded)
            appendQ(&out, uchar(byte));
        out += "?=";
        pos = end + 2;
    }
    out += raw.mid(pos);
    return out;
}

} // namespace Mime::Detail
