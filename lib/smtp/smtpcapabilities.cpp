// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "smtpcapabilities.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace {

bool isAlnum(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// RFC 5321 §4.1.1.1: ehlo-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-")
bool isKeyword(QByteArrayView word)
{
    if (word.isEmpty() || !isAlnum(word.front()))
        return false;
    return std::all_of(word.begin(), word.end(), [](char c) { return isAlnum(c) || c == '-'; });
}

// RFC 5321 §4.1.1.1: ehlo-param = 1*(%d33-126)
bool isParam(QByteArrayView word)
{
    return !word.isEmpty()
        && std::all_of(word.begin(), word.end(), [](char c) { return c >= 33 && c <= 126; });
}

// RFC 4422 §3.1: sasl-mech = 1*20mech-char, mech-char = UPPER-ALPHA / DIGIT / "-" / "_"
bool isMechanism(QByteArrayView word)
{
    return !word.isEmpty() && word.size() <= 20
        && std::all_of(word.begin(), word.end(), [](char c) {
               return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
           });
}

// Splits on SP and HTAB, dropping empty words.
QList<QByteArrayView> words(QByteArrayView line)
{
    QList<QByteArrayView> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool separator = i == line.size() || line.at(i) == ' ' || line.at(i) == '\t';
        if (separator && start >= 0) {
            out.append(line.sliced(start, i - start));
            start = -1;
        } else if (!separator && start < 0) {
            start = i;
        }
    }
    return out;
}

} // namespace

SmtpCapabilities SmtpCapabilities::fromEhloReply(const SmtpReply &reply)
{
    SmtpCapabilities caps;
    if (!reply.isPositiveCompletion() || reply.lines.isEmpty())
        return caps;

    // The first line is "domain [greeting]" (RFC 5321 §4.1.1.1).
    const QList<QByteArrayView> greeting = words(reply.lines.first());
    if (!greeting.isEmpty()) {
        const QByteArrayView domain = greeting.first();
        if (std::all_of(
                domain.begin(), domain.end(), [](char c) { return uchar(c) > 32 && c != 127; }))
            caps.m_domain = domain.toByteArray();
    }

    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        QList<QByteArrayView> parts = words(reply.lines.at(i));
        if (parts.isEmpty())
            continue;
        const QByteArrayView first = parts.takeFirst();
        QByteArray keyword = first.toByteArray().toUpper();
        if (keyword.startsWith("AUTH=")) {
            // The pre-RFC 4954 form some servers still send next to the real one:
            // "AUTH=LOGIN PLAIN".
            if (first.size() > 5)
                parts.prepend(first.sliced(5));
            keyword = "AUTH";
        }
        const bool isAuth = keyword == "AUTH";
        if (!isKeyword(keyword) || !std::all_of(parts.begin(), parts.end(), isParam))
            continue; // malformed: skipped, not fatal

        QByteArrayList &params = caps.m_params[keyword];
        for (const QByteArrayView &part : parts) {
            QByteArray param = part.toByteArray();
            if (isAuth) {
                param = param.toUpper();
                if (!isMechanism(param))
                    continue;
            }
            if (!params.contains(param))
                params.append(param);
        }
    }
    return caps;
}

bool SmtpCapabilities::has(QByteArrayView keyword) const
{
    return m_params.contains(keyword.toByteArray().toUpper());
}

QByteArrayList SmtpCapabilities::parameters(QByteArrayView keyword) const
{
    return m_params.value(keyword.toByteArray().toUpper());
}

QByteArrayList SmtpCapabilities::keywords() const
{
    QByteArrayList out = m_params.keys();
    std::sort(out.begin(), out.end());
    return out;
}

QByteArrayList SmtpCapabilities::authMechanisms() const
{
    return parameters("AUTH");
}

std::optional<qint64> SmtpCapabilities::sizeLimit() const
{
    // RFC 1870 §4: "SIZE [size-param]", size-param = 1*20DIGIT; 0 means no fixed limit.
    const QByteArrayList params = parameters("SIZE");
    if (params.isEmpty())
        return std::nullopt;
    const QByteArray &value = params.first();
    if (value.size() > 20
        || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    bool ok = false;
    const qint64 limit = value.toLongLong(&ok);
    if (!ok || limit <= 0)
        return std::nullopt;
    return limit;
}

SmtpLimits SmtpCapabilities::limits() const
{
    // RFC 9422 §4: limit-value for MAILMAX, RCPTMAX and RCPTDOMAINMAX is 1*7DIGIT. A limit of 0
    // would forbid what the server advertised it does (mail, recipients), so it is no limit
    // we can follow; a repeated name counts the first time only.
    SmtpLimits limits;
    auto number = [](QByteArrayView value) -> std::optional<int> {
        if (value.isEmpty() || value.size() > 7
            || !std::all_of(
                value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return std::nullopt;
        const int n = value.toByteArray().toInt();
        return n > 0 ? std::optional<int>(n) : std::nullopt;
    };
    QSet<QByteArray> seen;
    for (const QByteArray &param : parameters("LIMITS")) {
        const qsizetype equals = param.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray name = param.left(equals).toUpper();
        if (seen.contains(name))
            continue;
        seen.insert(name);
        const std::optional<int> value = number(QByteArrayView(param).sliced(equals + 1));
        if (name == "MAILMAX")
            limits.mailMax = value;
        else if (name == "RCPTMAX")
            limits.rcptMax = value;
        else if (name == "RCPTDOMAINMAX")
            limits.rcptDomainMax = value;
    }
    return limits;
}

QString SmtpCapabilities::toDisplayString() const
{
    // Keywords and parameters are printable ASCII (checked when parsed).
    QStringList items;
    for (const QByteArray &keyword : keywords()) {
        QByteArrayList item { keyword };
        item += m_params.value(keyword);
        items << QString::fromLatin1(item.join(' '));
    }
    return items.join(QLatin1String(", "));
}
