// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "certificatenames.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace {

QString withoutTrailingDot(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

// The host as an IP address, if it is one: "192.0.2.1", "2001:db8::1", "[2001:db8::1]". The
// scope of a link-local address names our interface, not the peer, so it is dropped.
std::optional<QHostAddress> ipAddressOf(const QString &host)
{
    QString text = withoutTrailingDot(host.trimmed());
    if (text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    QHostAddress address;
    if (text.isEmpty() || !address.setAddress(text))
        return std::nullopt;
    address.setScopeId(QString());
    return address;
}

// A DNS name as compared: A-labels, lower case, no trailing dot; empty if it is not a valid
// host name (empty labels, characters QUrl refuses in a host, a "*").
QString comparableDnsName(const QString &name)
{
    const QString plain = withoutTrailingDot(name);
    if (plain.isEmpty() || plain.startsWith(u'.') || plain.contains(QStringLiteral(".."))
        || plain.contains(u'*'))
        return {};
    const QString ace = QString::fromLatin1(QUrl::toAce(plain)).toLower();
    if (ace.isEmpty() || ace.endsWith(u'.'))
        return {};
    return ace;
}

// RFC 6125 §6.4.3 with RFC 7817 §3's narrowing; `host` is already comparable and not an IP.
bool dnsIdMatches(const QString &presented, const QString &host)
{
    if (!presented.startsWith(QStringLiteral("*.")))
        return !presented.contains(u'*') && comparableDnsName(presented) == host;
    // "*." + a parent of at least two labels: "*.example.org", never "*.org".
    const QString parent = comparableDnsName(presented.mid(2));
    if (parent.isEmpty() || !parent.contains(u'.'))
        return false;
    // The wildcard stands for exactly one non-empty label in front of that parent.
    const qsizetype dot = host.indexOf(u'.');
    return dot > 0 && host.mid(dot + 1) == parent;
}

bool anyDnsIdMatches(const QStringList &presented, const QString &host)
{
    return std::any_of(presented.cbegin(), presented.cend(),
        [&host](const QString &name) { return dnsIdMatches(name, host); });
}

} // namespace

PresentedIdentifiers PresentedIdentifiers::fromCertificate(const QSslCertificate &certificate)
{
    PresentedIdentifiers names;
    if (certificate.isNull())
        return names;
    const auto alternatives = certificate.subjectAlternativeNames();
    // QMultiMap::values() lists the most recently inserted first; Qt inserts in the
    // certificate's order, so reversing gives the order the certificate has.
    names.dnsNames = alternatives.values(QSsl::DnsEntry);
    std::reverse(names.dnsNames.begin(), names.dnsNames.end());
    names.ipAddresses = alternatives.values(QSsl::IpAddressEntry);
    std::reverse(names.ipAddresses.begin(), names.ipAddresses.end());
    names.commonNames = certificate.subjectInfo(QSslCertificate::CommonName);
    return names;
}

QString PresentedIdentifiers::describe() const
{
    QStringList parts;
    if (hasSubjectAltNames()) {
        for (const QString &name : dnsNames)
            parts << QStringLiteral("DNS:") + name;
        for (const QString &address : ipAddresses)
            parts << QStringLiteral("IP:") + address;
    } else {
        for (const QString &name : commonNames)
            parts << QStringLiteral("CN=") + name;
    }
    return parts.join(QStringLiteral(", "));
}

bool certificateMatchesHost(const PresentedIdentifiers &presented, const QString &host)
{
    if (const std::optional<QHostAddress> address = ipAddressOf(host)) {
        return std::any_of(presented.ipAddresses.cbegin(), presented.ipAddresses.cend(),
            [&address](const QString &text) {
                QHostAddress candidate;
                return candidate.setAddress(text)
                    && candidate.isEqual(*address, QHostAddress::StrictConversion);
            });
    }
    const QString reference = comparableDnsName(host.trimmed());
    if (reference.isEmpty())
        return false;
    if (presented.hasSubjectAltNames())
        return anyDnsIdMatches(presented.dnsNames, reference);
    return anyDnsIdMatches(presented.commonNames, reference);
}
