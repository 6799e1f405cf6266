// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// certificateMatchesHost(): RFC 6125 §6.4 and RFC 7817 §3 as a table, socket-free.

#include "net/certificatenames.h"

#include <QSslCertificate>
#include <QTest>

class tst_CertificateNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesHost_data();
    void matchesHost();
    void describe_data();
    void describe();
    void nullCertificate();
};

void tst_CertificateNames::matchesHost_data()
{
    QTest::addColumn<QStringList>("dns"); // subjectAltName dNSName
    QTest::addColumn<QStringList>("ip"); // subjectAltName iPAddress
    QTest::addColumn<QStringList>("cn"); // subject CN
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");

    const QString mail = QStringLiteral("mail.example.org");
    const QStringList none;
    const auto l = [](const char *text) { return QStringList { QString::fromUtf8(text) }; };

    // Plain DNS-IDs.
    QTest::newRow("dns: exact") << l("mail.example.org") << none << none << mail << true;
    QTest::newRow("dns: one of several")
        << QStringList { QStringLiteral("a.example.org"), mail } << none << none << mail << true;
    QTest::newRow("dns: other name") << l("smtp.example.org") << none << none << mail << false;
    QTest::newRow("dns: parent") << l("example.org") << none << none << mail << false;
    QTest::newRow("dns: child") << l("a.mail.example.org") << none << none << mail << false;
    QTest::newRow("dns: case") << l("Mail.EXAMPLE.org") << none << none
                               << QStringLiteral("MAIL.example.ORG") << true;
    QTest::newRow("dns: host trailing dot")
        << l("mail.example.org") << none << none << QStringLiteral("mail.example.org.") << true;
    QTest::newRow("dns: presented trailing dot")
        << l("mail.example.org.") << none << none << mail << true;
    QTest::newRow("dns: single label")
        << l("localhost") << none << none << QStringLiteral("localhost") << true;
    QTest::newRow("dns: no names at all") << none << none << none << mail << false;
    QTest::newRow("dns: empty host") << l("mail.example.org") << none << none << QString() << false;
    QTest::newRow("dns: empty label in host")
        << l("mail.example.org") << none << none << QStringLiteral("mail..example.org") << false;
    QTest::newRow("dns: host with a star")
        << l("*.example.org") << none << none << QStringLiteral("*.example.org") << false;

    // RFC 6125 §6.4.4: the CN only when there is no DNS or IP subjectAltName.
    QTest::newRow("cn: no san") << none << none << l("mail.example.org") << mail << true;
    QTest::newRow("cn: no san, case and dot")
        << none << none << l("MAIL.example.org") << QStringLiteral("mail.Example.org.") << true;
    QTest::newRow("cn: no san, other") << none << none << l("smtp.example.org") << mail << false;
    QTest::newRow("cn right, dns san wrong")
        << l("smtp.example.org") << none << l("mail.example.org") << mail << false;
    QTest::newRow("cn right, only an ip san")
        << none << l("192.0.2.1") << l("mail.example.org") << mail << false;
    QTest::newRow("cn right, dns san wrong, localhost")
        << l("other.example") << none << l("localhost") << QStringLiteral("localhost") << false;

    // IP hosts: only an iPAddress subjectAltName.
    const QString ip = QStringLiteral("192.0.2.1");
    QTest::newRow("ip: ip san") << none << l("192.0.2.1") << none << ip << true;
    QTest::newRow("ip: ip san among dns")
        << l("mail.example.org") << QStringList { QStringLiteral("192.0.2.9"), ip } << none << ip
        << true;
    QTest::newRow("ip: other ip san") << none << l("192.0.2.2") << none << ip << false;
    QTest::newRow("ip: only a dns san with its text")
        << l("192.0.2.1") << none << none << ip << false;
    QTest::newRow("ip: only a dns san") << l("mail.example.org") << none << none << ip << false;
    QTest::newRow("ip: cn right, no san") << none << none << l("192.0.2.1") << ip << false;
    QTest::newRow("ip: cn right, dns san wrong")
        << l("other.example.org") << none << l("192.0.2.1") << ip << false;
    QTest::newRow("ip: cn right, ip san wrong")
        << none << l("192.0.2.2") << l("192.0.2.1") << ip << false;
    QTest::newRow("ip: trailing dot is still an ip")
        << l("192.0.2.1") << none << none << QStringLiteral("192.0.2.1.") << false;
    QTest::newRow("ipv6: same address, other spelling")
        << none << l("2001:db8::1") << none << QStringLiteral("2001:DB8:0:0::1") << true;
    QTest::newRow("ipv6: bracketed host")
        << none << l("2001:db8::1") << none << QStringLiteral("[2001:db8::1]") << true;
    QTest::newRow("ipv6: other address")
        << none << l("2001:db8::2") << none << QStringLiteral("2001:db8::1") << false;
    QTest::newRow("ipv6: v4-mapped is not the v4 address")
        << none << l("::ffff:192.0.2.1") << none << ip << false;
    QTest::newRow("ipv6: dns san with its text")
        << l("2001:db8::1") << none << none << QStringLiteral("2001:db8::1") << false;

    // Wildcards: the whole left-most label of a name of at least three labels.
    QTest::newRow("wildcard: one label") << l("*.example.org") << none << none << mail << true;
    QTest::newRow("wildcard: case and dots")
        << l("*.EXAMPLE.org.") << none << none << QStringLiteral("Mail.example.ORG.") << true;
    QTest::newRow("wildcard: not the bare parent")
        << l("*.example.org") << none << none << QStringLiteral("example.org") << false;
    QTest::newRow("wildcard: not two labels")
        << l("*.example.org") << none << none << QStringLiteral("a.mail.example.org") << false;
    QTest::newRow("wildcard: not an empty label")
        << l("*.example.org") << none << none << QStringLiteral(".example.org") << false;
    QTest::newRow("wildcard: two-label name")
        << l("*.org") << none << none << QStringLiteral("example.org") << false;
    QTest::newRow("wildcard: bare star")
        << l("*") << none << none << QStringLiteral("localhost") << false;
    QTest::newRow("wildcard: two-label localhost")
        << l("*.localhost") << none << none << QStringLiteral("mail.localhost") << false;
    QTest::newRow("wildcard: partial f*o")
        << l("f*o.example.org") << none << none << QStringLiteral("foo.example.org") << false;
    QTest::newRow("wildcard: partial f*")
        << l("f*.example.org") << none << none << QStringLiteral("foo.example.org") << false;
    QTest::newRow("wildcard: partial *o")
        << l("*o.example.org") << none << none << QStringLiteral("foo.example.org") << false;
    QTest::newRow("wildcard: not left-most")
        << l("mail.*.org") << none << none << QStringLiteral("mail.example.org") << false;
    QTest::newRow("wildcard: two stars")
        << l("*.*.example.org") << none << none << QStringLiteral("a.b.example.org") << false;
    QTest::newRow("wildcard: never an ip host")
        << l("*.0.2.1") << none << none << QStringLiteral("192.0.2.1") << false;
    QTest::newRow("wildcard: never an ip, cn")
        << none << none << l("*.0.2.1") << QStringLiteral("192.0.2.1") << false;
    QTest::newRow("wildcard: cn, no san") << none << none << l("*.example.org") << mail << true;
    QTest::newRow("wildcard: cn, no san, bare parent")
        << none << none << l("*.example.org") << QStringLiteral("example.org") << false;
    QTest::newRow("wildcard: cn right, san wrong")
        << l("smtp.example.net") << none << l("*.example.org") << mail << false;

    // Internationalised names, compared as A-labels (RFC 6125 §6.4.2).
    QTest::newRow("idn: u-label host, a-label san")
        << l("xn--bcher-kva.example") << none << none << QStringLiteral("bücher.example") << true;
    QTest::newRow("idn: upper case u-label and dot")
        << l("xn--bcher-kva.example") << none << none << QStringLiteral("BÜCHER.example.") << true;
    QTest::newRow("idn: a-label host") << l("xn--bcher-kva.example") << none << none
                                       << QStringLiteral("xn--bcher-kva.example") << true;
    QTest::newRow("idn: other name")
        << l("xn--bcher-kva.example") << none << none << QStringLiteral("bucher.example") << false;
    QTest::newRow("idn: wildcard over an a-label parent")
        << l("*.xn--bcher-kva.example") << none << none << QStringLiteral("mail.bücher.example")
        << true;
    QTest::newRow("idn: wildcard stands for a whole a-label")
        << l("*.example.org") << none << none << QStringLiteral("bücher.example.org") << true;
}

void tst_CertificateNames::matchesHost()
{
    QFETCH(QStringList, dns);
    QFETCH(QStringList, ip);
    QFETCH(QStringList, cn);
    QFETCH(QString, host);
    QFETCH(bool, matches);
    PresentedIdentifiers names;
    names.dnsNames = dns;
    names.ipAddresses = ip;
    names.commonNames = cn;
    QCOMPARE(certificateMatchesHost(names, host), matches);
}

void tst_CertificateNames::describe_data()
{
    QTest::addColumn<QStringList>("dns");
    QTest::addColumn<QStringList>("ip");
    QTest::addColumn<QStringList>("cn");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sans, cn not shown")
        << QStringList { QStringLiteral("a.example"), QStringLiteral("*.b.example") }
        << QStringList { QStringLiteral("192.0.2.1") }
        << QStringList { QStringLiteral("c.example") }
        << QStringLiteral("DNS:a.example, DNS:*.b.example, IP:192.0.2.1");
    QTest::newRow("cn only") << QStringList() << QStringList()
                             << QStringList { QStringLiteral("c.example") }
                             << QStringLiteral("CN=c.example");
    QTest::newRow("nothing") << QStringList() << QStringList() << QStringList() << QString();
}

void tst_CertificateNames::describe()
{
    QFETCH(QStringList, dns);
    QFETCH(QStringList, ip);
    QFETCH(QStringList, cn);
    QFETCH(QString, expected);
    PresentedIdentifiers names;
    names.dnsNames = dns;
    names.ipAddresses = ip;
    names.commonNames = cn;
    QCOMPARE(names.describe(), expected);
}

void tst_CertificateNames::nullCertificate()
{
    const PresentedIdentifiers names = PresentedIdentifiers::fromCertificate(QSslCertificate());
    QVERIFY(names.dnsNames.isEmpty() && names.ipAddresses.isEmpty() && names.commonNames.isEmpty());
    QVERIFY(!certificateMatchesHost(names, QStringLiteral("localhost")));
}

QTEST_GUILESS_MAIN(tst_CertificateNames)
#include "tst_certificatenames.moc"
