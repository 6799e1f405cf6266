// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QString>
#include <QStringList>

class QSslCertificate;

// The names a server certificate presents (RFC 6125 §1.8 "presented identifiers"), as text.
struct PresentedIdentifiers
{
    QStringList dnsNames; // subjectAltName dNSName entries (DNS-IDs)
    QStringList ipAddresses; // subjectAltName iPAddress entries, as QHostAddress text
    QStringList commonNames; // the subject's CN attributes (CN-IDs)

    [[nodiscard]] static PresentedIdentifiers fromCertificate(const QSslCertificate &certificate);

    // RFC 6125 §6.4.4: with any DNS or IP subjectAltName the CN is never looked at.
    [[nodiscard]] bool hasSubjectAltNames() const
    {
        return !dnsNames.isEmpty() || !ipAddresses.isEmpty();
    }
    // The names that count, for messages: "DNS:a.example, IP:192.0.2.1", or "CN=a.example"
    // when the certificate has no DNS or IP subjectAltName; empty when it names nothing.
    [[nodiscard]] QString describe() const;
};

// Whether `host`, the server name the user configured (the reference identifier), is one of
// the identifiers the certificate presents. A pure function: the one name check of Outbound's
// TLS, applied by TlsPolicy::checkPeer() after Qt's chain verification. It is stricter than
// QSslSocket's own check (which also looks at the CN when subjectAltNames name other hosts,
// matches an IP host against DNS names and CNs, and takes partial wildcards such as "f*"):
//
// - RFC 6125 §6.4.4: if the certificate has any DNS or IP subjectAltName the CN is never
//   compared; otherwise the CN is compared as a DNS name.
// - A host that is an IP address (IPv4, or IPv6 with or without brackets) matches only an
//   iPAddress subjectAltName of the same address (RFC 5280 §4.2.1.6), never a DNS name or CN.
// - RFC 6125 §6.4.3 as narrowed by RFC 7817 §3: "*" matches exactly one whole, non-empty
//   left-most label, only in a name of at least three labels ("*.example.org"); never an IP
//   address, never the bare parent ("example.org"), never two labels; a "*" anywhere else
//   ("f*o.example.org", "f*.example.org", "a.*.example.org") matches nothing.
// - RFC 6125 §6.4.2: names are compared as A-labels (an IDN host is converted with
//   QUrl::toAce()), case-insensitively, with one trailing dot ignored on either side.
//   A name that is not a valid host name matches nothing.
[[nodiscard]] bool certificateMatchesHost(
    const PresentedIdentifiers &presented, const QString &host);
