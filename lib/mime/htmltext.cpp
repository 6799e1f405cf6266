// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "htmltext.h"

#include <QList>
#include <QStringList>

namespace {

// HTML 4 §24.2: the Latin-1 entities name U+00A0…U+00FF in order.
constexpr const char *Latin1Entities[96] = { "nbsp", "iexcl", "cent", "pound", "curren", "yen",
    "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr", "deg", "plusmn",
    "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14",
    "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig",
    "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH",
    "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute",
    "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml",
    "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc",
    "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash",
    "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml" };

struct NamedEntity
{
    const char *name;
    char16_t value;
};

// HTML 4 §24.4 (special characters) and a selection of §24.3 (symbols), plus XML's &apos;.
constexpr NamedEntity OtherEntities[] = { { "amp", u'&' }, { "lt", u'<' }, { "gt", u'>' },
    { "quot", u'"' }, { "apos", u'\'' }, { "OElig", 0x152 }, { "oelig", 0x153 },
    { "Scaron", 0x160 }, { "scaron", 0x161 }, { "Yuml", 0x178 }, { "fnof", 0x192 },
    { "circ", 0x2c6 }, { "tilde", 0x2dc }, { "ensp", 0x2002 }, { "emsp", 0x2003 },
    { "thinsp", 0x2009 }, { "zwnj", 0x200c }, { "zwj", 0x200d }, { "lrm", 0x200e },
    { "rlm", 0x200f }, { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "lsquo", 0x2018 },
    { "rsquo", 0x2019 }, { "sbquo", 0x201a }, { "ldquo", 0x201c }, { "rdquo", 0x201d },
    { "bdquo", 0x201e }, { "dagger", 0x2020 }, { "Dagger", 0x2021 }, { "bull", 0x2022 },
    { "hellip", 0x2026 }, { "permil", 0x2030 }, { "prime", 0x2032 }, { "Prime", 0x2033 },
    { "lsaquo", 0x2039 }, { "rsaquo", 0x203a }, { "oline", 0x203e }, { "euro", 0x20ac },
    { "trade", 0x2122 }, { "larr", 0x2190 }, { "uarr", 0x2191 }, { "rarr", 0x2192 },
    { "darr", 0x2193 }, { "harr", 0x2194 }, { "minus", 0x2212 } };

constexpr char32_t Replacement = 0xfffd;
constexpr char32_t NoBreakSpace = 0xa0;

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

bool isHtmlSpace(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char32_t lookupEntity(QStringView name)
{
    for (int i = 0; i < 96; ++i) {
        if (name == QLatin1String(Latin1Entities[i]))
            return char32_t(0xa0 + i);
    }
    for (const NamedEntity &e : OtherEntities) {
        if (name == QLatin1String(e.name))
            return e.value;
    }
    return 0;
}

// Decodes the character reference at text[i] == '&'. Returns the code point and sets *length
// to the characters used, or returns 0 when there is none (the '&' is then literal).
char32_t decodeReference(QStringView text, qsizetype i, qsizetype *length)
{
    qsizetype j = i + 1;
    if (j < text.size() && text.at(j) == u'#') {
        ++j;
        const bool hex = j < text.size() && (text.at(j) == u'x' || text.at(j) == u'X');
        if (hex)
            ++j;
        const qsizetype digitsStart = j;
        quint64 value = 0;
        while (j < text.size() && j - digitsStart < 8) {
            const QChar c = text.at(j);
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c.unicode() - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                digit = c.unicode() - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                digit = c.unicode() - u'A' + 10;
            if (digit < 0)
                break;
            value = value * (hex ? 16 : 10) + quint64(digit);
            ++j;
        }
        if (j == digitsStart)
            return 0;
        if (j < text.size() && text.at(j) == u';')
            ++j;
        *length = j - i;
        const bool valid = value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff);
        return valid ? char32_t(value) : Replacement;
    }
    while (j < text.size() && j - i <= 10 && isAsciiAlnum(text.at(j)))
        ++j;
    if (j >= text.size() || text.at(j) != u';' || j == i + 1)
        return 0;
    const char32_t value = lookupEntity(text.mid(i + 1, j - i - 1));
    if (value != 0)
        *length = j + 1 - i;
    return value;
}

QString decodeReferences(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = 0;
        const char32_t c = text.at(i) == u'&' ? decodeReference(text, i, &length) : 0;
        if (c == 0) {
            out += text.at(i);
            continue;
        }
        out += QString::fromUcs4(&c, 1);
        i += length - 1;
    }
    return out;
}

struct Tag
{
    QString name; // lower case
    bool closing = false;
    QList<QPair<QString, QString>> attributes; // names lower case, values decoded

    [[nodiscard]] QString attribute(QLatin1String name) const
    {
        for (const auto &a : attributes) {
            if (a.first == name)
                return a.second;
        }
        return {};
    }
};

bool isOneOf(const QString &name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (name == QLatin1String(n))
            return true;
    }
    return false;
}

class Renderer
{
public:
    QString run(QStringView html)
    {
        qsizetype i = 0;
        qsizetype textStart = 0;
        while (i < html.size()) {
            if (html.at(i) != u'<') {
                ++i;
                continue;
            }
            const qsizetype next = markupEnd(html, i);
            if (next < 0) {
                ++i; // a '<' that starts no markup is text
                continue;
            }
            text(html.mid(textStart, i - textStart));
            i = handleMarkup(html, i, next);
            textStart = i;
        }
        text(html.mid(textStart));
        return finish();
    }

private:
    // Where the markup starting at html[i] == '<' ends (one past it), or -1 if it is text.
    static qsizetype markupEnd(QStringView html, qsizetype i)
    {
        if (i + 1 >= html.size())
            return -1;
        const QChar c = html.at(i + 1);
        if (html.mid(i).startsWith(QLatin1String("<!--"))) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            return end < 0 ? html.size() : end + 3;
        }
        const bool tag = isAsciiLetter(c)
            || (c == u'/' && i + 2 < html.size() && isAsciiLetter(html.at(i + 2))) || c == u'!'
            || c == u'?';
        if (!tag)
            return -1;
        // Up to the first '>' outside quotes; an unterminated tag swallows the rest.
        QChar quote;
        for (qsizetype j = i + 1; j < html.size(); ++j) {
            const QChar d = html.at(j);
            if (!quote.isNull()) {
                if (d == quote)
                    quote = QChar();
            } else if ((d == u'"' || d == u'\'') && html.at(j - 1) == u'=') {
                quote = d;
            } else if (d == u'>') {
                return j + 1;
            }
        }
        return html.size();
    }

    static Tag parseTag(QStringView markup)
    {
        Tag tag;
        qsizetype i = 1;
        if (i < markup.size() && markup.at(i) == u'/') {
            tag.closing = true;
            ++i;
        }
        const qsizetype nameStart = i;
        while (i < markup.size() && (isAsciiAlnum(markup.at(i)) || markup.at(i) == u'-'))
            ++i;
        tag.name = markup.mid(nameStart, i - nameStart).toString().toLower();
        while (i < markup.size()) {
            while (
                i < markup.size() && (isHtmlSpace(markup.at(i).unicode()) || markup.at(i) == u'/'))
                ++i;
            const qsizetype attrStart = i;
            while (i < markup.size() && !isHtmlSpace(markup.at(i).unicode()) && markup.at(i) != u'='
                && markup.at(i) != u'>' && markup.at(i) != u'/')
                ++i;
            if (i == attrStart) {
                ++i;
                continue;
            }
            const QString name = markup.mid(attrStart, i - attrStart).toString().toLower();
            QString value;
            if (i < markup.size() && markup.at(i) == u'=') {
                ++i;
                const qsizetype valueStart = i;
                if (i < markup.size() && (markup.at(i) == u'"' || markup.at(i) == u'\'')) {
                    const QChar quote = markup.at(i);
                    const qsizetype end = markup.indexOf(quote, i + 1);
                    const qsizetype stop = end < 0 ? markup.size() : end;
                    value = decodeReferences(markup.mid(i + 1, stop - i - 1));
                    i = stop + 1;
                } else {
                    while (i < markup.size() && !isHtmlSpace(markup.at(i).unicode())
                        && markup.at(i) != u'>')
                        ++i;
                    value = decodeReferences(markup.mid(valueStart, i - valueStart));
                }
            }
            if (tag.attributes.size() < 64)
                tag.attributes.append({ name, value });
        }
        return tag;
    }

    // Handles the markup html[start, end); returns where text resumes.
    qsizetype handleMarkup(QStringView html, qsizetype start, qsizetype end)
    {
        const QStringView markup = html.mid(start, end - start);
        if (markup.size() < 2 || markup.at(1) == u'!' || markup.at(1) == u'?')
            return end; // comment, doctype, processing instruction
        const Tag tag = parseTag(markup);
        if (!tag.closing
            && isOneOf(tag.name, { "script", "style", "title", "template", "noscript", "xml" })) {
            // Raw text: skip to the matching end tag (or the end of the document).
            const QString close = QStringLiteral("</") + tag.name;
            const qsizetype closeAt = html.indexOf(close, end, Qt::CaseInsensitive);
            if (closeAt < 0)
                return html.size();
            const qsizetype closeEnd = html.indexOf(u'>', closeAt);
            return closeEnd < 0 ? html.size() : closeEnd + 1;
        }
        element(tag);
        return end;
    }

    void element(const Tag &tag)
    {
        const QString &name = tag.name;
        if (name == QLatin1String("br")) {
            m_out += u'\n';
            m_pendingSpace = false;
        } else if (name == QLatin1String("pre")) {
            paragraphBreak();
            m_pre = tag.closing ? qMax(0, m_pre - 1) : m_pre + 1;
        } else if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
            if (tag.closing) {
                if (!m_lists.isEmpty())
                    m_lists.removeLast();
            } else {
                bool ok = false;
                const int start = tag.attribute(QLatin1String("start")).toInt(&ok);
                m_lists.append(name == QLatin1String("ul") ? -1 : (ok ? start - 1 : 0));
            }
            if (m_lists.isEmpty())
                paragraphBreak();
            else
                lineBreak();
        } else if (name == QLatin1String("li")) {
            lineBreak();
            if (tag.closing)
                return;
            const int depth = int(m_lists.size());
            m_out += QString(2 * qMax(0, qMin(depth, 16) - 1), u' ');
            if (depth > 0 && m_lists.last() >= 0)
                m_out += QString::number(++m_lists.last()) + QStringLiteral(". ");
            else
                m_out += QStringLiteral("- ");
        } else if (name == QLatin1String("hr")) {
            lineBreak();
            m_out += QStringLiteral("----------\n");
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (!tag.closing)
                m_pendingSpace = true;
        } else if (name == QLatin1String("img")) {
            const QString alt = tag.attribute(QLatin1String("alt")).simplified();
            if (!alt.isEmpty())
                text(QString(u'[' + alt + u']'), false);
        } else if (name == QLatin1String("a")) {
            link(tag);
        } else if (isOneOf(name,
                       { "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "dl",
                           "figure", "address", "center" })) {
            paragraphBreak();
        } else if (isOneOf(name,
                       { "div", "tr", "dt", "dd", "section", "article", "header", "footer", "nav",
                           "aside", "main", "form", "fieldset", "caption", "figcaption", "details",
                           "summary", "body", "html", "thead", "tbody", "tfoot" })) {
            lineBreak();
        }
    }

    void link(const Tag &tag)
    {
        if (!tag.closing) {
            m_links.append({ tag.attribute(QLatin1String("href")).trimmed(), m_out.size() });
            return;
        }
        if (m_links.isEmpty())
            return;
        const auto [href, textStart] = m_links.takeLast();
        if (href.isEmpty() || href.startsWith(u'#')
            || href.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive))
            return;
        const QString shown = m_out.mid(textStart).simplified();
        QString target = href;
        if (target.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            target = target.mid(7);
        if (shown == target || shown == href)
            return;
        text(QString(QStringLiteral(" <") + href + u'>'), false);
    }

    // Text between tags: references decoded, white space collapsed outside <pre>.
    void text(QStringView raw, bool decode = true)
    {
        if (raw.isEmpty())
            return;
        const QString decoded = decode ? decodeReferences(raw) : raw.toString();
        for (qsizetype i = 0; i < decoded.size(); ++i) {
            char32_t c = decoded.at(i).unicode();
            if (decoded.at(i).isHighSurrogate() && i + 1 < decoded.size()
                && decoded.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(decoded.at(i), decoded.at(i + 1));
                ++i;
            } else if (decoded.at(i).isSurrogate() || c == 0) {
                c = Replacement;
            }
            if (m_pre > 0) {
                if (c == '\r') {
                    m_out += u'\n';
                    if (i + 1 < decoded.size() && decoded.at(i + 1) == u'\n')
                        ++i;
                } else {
                    m_out += QString::fromUcs4(&c, 1);
                }
                continue;
            }
            if (isHtmlSpace(c)) {
                m_pendingSpace = true;
                continue;
            }
            if (m_pendingSpace && !m_out.isEmpty() && !m_out.endsWith(u'\n')
                && !m_out.endsWith(u' '))
                m_out += u' ';
            m_pendingSpace = false;
            if (c == NoBreakSpace)
                c = ' ';
            m_out += QString::fromUcs4(&c, 1);
        }
    }

    void lineBreak()
    {
        m_pendingSpace = false;
        if (!m_out.isEmpty() && !m_out.endsWith(u'\n'))
            m_out += u'\n';
    }

    void paragraphBreak()
    {
        lineBreak();
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1String("\n\n")))
            m_out += u'\n';
    }

    QString finish() const
    {
        QStringList lines = m_out.split(u'\n');
        QStringList kept;
        for (QString &line : lines) {
            qsizetype end = line.size();
            while (end > 0 && (line.at(end - 1) == u' ' || line.at(end - 1) == u'\t'))
                --end;
            line.truncate(end);
            if (line.isEmpty() && (kept.isEmpty() || kept.last().isEmpty()))
                continue;
            kept.append(line);
        }
        while (!kept.isEmpty() && kept.last().isEmpty())
            kept.removeLast();
        return kept.isEmpty() ? QString() : kept.join(u'\n') + u'\n';
    }

    struct OpenLink
    {
        QString href;
        qsizetype textStart;
    };

    QString m_out;
    QList<OpenLink> m_links;
    QList<int> m_lists; // -1: <ul>; otherwise the last number of an <ol>
    int m_pre = 0;
    bool m_pendingSpace = false;
};

} // namespace

QString plainTextFromHtml(QStringView html)
{
    return Renderer().run(html);
}
