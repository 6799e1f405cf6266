// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "smtpaddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace {

// RFC 5321 §4.5.3.1.1–3 (octets, not characters).
constexpr qsizetype MaxLocalPart = 64;
constexpr qsizetype MaxDomain = 255;
constexpr qsizetype MaxPath = 256; // including the angle brackets
constexpr qsizetype MaxLabel = 63; // RFC 1035 §2.3.4

bool isAsciiString(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// RFC 6532 §3.1 UTF8-non-ascii, minus the C1 controls nobody means to put in an address.
bool isNonAsciiText(char16_t c)
{
    return c >= 0xa0;
}

// RFC 5322 §3.2.3 atext, extended by RFC 6531 §3.3 with UTF8-non-ascii.
bool isAtext(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    static constexpr QStringView Specials = u"!#$%&'*+-/=?^_`{|}~";
    return Specials.contains(QChar(c)) || isNonAsciiText(c);
}

// RFC 5321 §4.1.2 qtextSMTP = %d32-33 / %d35-91 / %d93-126, plus UTF8-non-ascii.
bool isQtext(char16_t c)
{
    return (c >= 32 && c <= 126 && c != u'"' && c != u'\\') || isNonAsciiText(c);
}

qsizetype octets(QStringView s)
{
    return s.toUtf8().size();
}

// Dot-string = Atom *("." Atom); returns an error or an empty string.
QString checkDotString(QStringView local)
{
    for (QStringView atom : local.split(u'.')) {
        if (atom.isEmpty())
            return SmtpAddress::tr(
                "The part before @ has an empty segment (a leading, trailing or double dot).");
        for (QChar c : atom) {
            if (c == u' ')
                return SmtpAddress::tr(
                    "The address contains a space; spaces are allowed only in quotes.");
            if (!isAtext(c.unicode()))
                return SmtpAddress::tr(
                    "The part before @ contains a character not allowed there: '%1'.")
                    .arg(c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0)
                            ? QStringLiteral("U+%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'))
                            : QString(c));
        }
    }
    return {};
}

// Snum = 1*3DIGIT representing a decimal integer value in the range 0 through 255
bool isIpv4(QStringView s)
{
    const QList<QStringView> parts = s.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        if (!std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return false;
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

// RFC 5321 §4.1.3 address-literal: "[" IPv4-address-literal / IPv6-address-literal "]".
// General-address-literal is refused: no other tag has ever been standardised.
QString checkAddressLiteral(QStringView literal)
{
    if (!literal.endsWith(u']'))
        return SmtpAddress::tr("The address literal after @ is missing its closing ']'.");
    const QStringView inner = literal.sliced(1, literal.size() - 2);
    if (inner.startsWith(u"IPv6:", Qt::CaseInsensitive)) {
        const QStringView ip = inner.sliced(5);
        QHostAddress host;
        if (ip.isEmpty() || ip.contains(u'%') || !host.setAddress(ip.toString())
            || host.protocol() != QAbstractSocket::IPv6Protocol) {
            return SmtpAddress::tr("The IPv6 address literal after @ is not a valid IPv6 address.");
        }
        return {};
    }
    if (!isIpv4(inner))
        return SmtpAddress::tr(
            "The address literal after @ is neither an IPv4 address nor \"IPv6:\" and an IPv6 "
            "address.");
    return {};
}

// RFC 5321 §4.1.2 Domain = sub-domain *("." sub-domain), checked on the A-label form.
QString checkDomain(QStringView domain)
{
    if (domain.contains(u' '))
        return SmtpAddress::tr("The address contains a space; spaces are allowed only in quotes.");
    QByteArray ace;
    if (isAsciiString(domain)) {
        ace = domain.toLatin1();
    } else {
        ace = QUrl::toAce(domain.toString());
        if (ace.isEmpty())
            return SmtpAddress::tr(
                "The domain after @ is not a valid internationalised domain name.");
    }
    if (ace.size() > MaxDomain || octets(domain) > MaxDomain)
        return SmtpAddress::tr("The domain after @ is longer than %1 octets.").arg(MaxDomain);
    for (const QByteArray &label : ace.split('.')) {
        if (label.isEmpty())
            return SmtpAddress::tr(
                "The domain after @ has an empty label (a leading, trailing or double dot).");
        if (label.size() > MaxLabel)
            return SmtpAddress::tr("A label of the domain after @ is longer than %1 octets.")
                .arg(MaxLabel);
        if (label.front() == '-' || label.back() == '-')
            return SmtpAddress::tr("A label of the domain after @ starts or ends with a hyphen.");
        for (char c : label) {
            const bool ldh = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9') || c == '-';
            if (!ldh)
                return SmtpAddress::tr(
                    "The domain after @ contains a character not allowed in a host name.");
        }
    }
    return {};
}

} // namespace

SmtpAddress SmtpAddress::parse(const QString &address, bool allowNull)
{
    SmtpAddress result;
    result.m_parsed = true;
    auto fail = [&result](const QString &why) {
        result.m_local.clear();
        result.m_domain.clear();
        result.m_error = why;
        return result;
    };

    if (address.isEmpty()) {
        if (allowNull)
            return result; // the null reverse path, MAIL FROM:<> (RFC 5321 §4.5.5)
        return fail(SmtpAddress::tr("The address is empty."));
    }
    for (QChar c : address) {
        if (c == u'\r' || c == u'\n' || c == u'\0')
            return fail(SmtpAddress::tr("The address contains a line break or a NUL character."));
    }
    if (QString::fromUtf8(address.toUtf8()) != address)
        return fail(SmtpAddress::tr("The address is not valid Unicode."));

    // Split at the "@" that ends the local part: after the closing quote of a quoted string,
    // else the first one (atext has no "@").
    qsizetype at = -1;
    if (address.startsWith(u'"')) {
        qsizetype i = 1;
        for (; i < address.size(); ++i) {
            const char16_t c = address.at(i).unicode();
            if (c == u'"')
                break;
            if (c == u'\\') {
                // quoted-pairSMTP = %d92 %d32-126
                ++i;
                if (i >= address.size() || address.at(i).unicode() < 32
                    || address.at(i).unicode() > 126)
                    return fail(SmtpAddress::tr(
                        "The quoted part before @ ends in a lone backslash or escapes a character "
                        "that cannot be escaped."));
            } else if (!isQtext(c)) {
                return fail(SmtpAddress::tr(
                    "The quoted part before @ contains a character not allowed there."));
            }
        }
        if (i >= address.size())
            return fail(SmtpAddress::tr("The quoted part before @ is missing its closing quote."));
        if (i == 1)
            return fail(SmtpAddress::tr("The part before @ is empty."));
        at = i + 1;
        if (at >= address.size() || address.at(at) != u'@')
            return fail(
                SmtpAddress::tr("The quoted part before @ must be followed directly by @."));
    } else {
        at = address.indexOf(u'@');
        if (at < 0)
            return fail(SmtpAddress::tr("The address has no @."));
        if (at == 0)
            return fail(SmtpAddress::tr("The part before @ is empty."));
        const QString why = checkDotString(QStringView(address).first(at));
        if (!why.isEmpty())
            return fail(why);
    }

    const QStringView local = QStringView(address).first(at);
    const QStringView domain = QStringView(address).sliced(at + 1);
    if (octets(local) > MaxLocalPart)
        return fail(
            SmtpAddress::tr("The part before @ is longer than %1 octets.").arg(MaxLocalPart));
    if (domain.isEmpty())
        return fail(SmtpAddress::tr("The domain after @ is empty."));
    const QString why = domain.startsWith(u'[') ? checkAddressLiteral(domain) : checkDomain(domain);
    if (!why.isEmpty())
        return fail(why);
    const qsizetype aceDomain
        = isAsciiString(domain) ? domain.size() : QUrl::toAce(domain.toString()).size();
    if (octets(local) + 1 + std::max(octets(domain), aceDomain) + 2 > MaxPath)
        return fail(SmtpAddress::tr("The address is longer than %1 octets.").arg(MaxPath - 2));

    result.m_local = local.toString();
    result.m_domain = domain.toString();
    return result;
}

QString SmtpAddress::toString() const
{
    if (!isValid() || isNull())
        return {};
    return m_local + u'@' + m_domain;
}

bool SmtpAddress::isAscii() const
{
    return isAsciiString(m_local) && isAsciiString(m_domain);
}

bool SmtpAddress::hasNonAsciiLocalPart() const
{
    return !isAsciiString(m_local);
}

QByteArray SmtpAddress::toWire(bool serverHasSmtpUtf8) const
{
    if (!isValid() || isNull())
        return {};
    // RFC 6531 §3.2: with SMTPUTF8 the address travels as UTF-8, U-labels and all.
    if (serverHasSmtpUtf8)
        return toString().toUtf8();
    if (hasNonAsciiLocalPart())
        return {};
    const QByteArray domain = isAsciiString(m_domain) ? m_domain.toLatin1() : QUrl::toAce(m_domain);
    if (domain.isEmpty())
        return {};
    return m_local.toLatin1() + '@' + domain;
}
