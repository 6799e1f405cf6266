// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// Tests of SmtpAddress (RFC 5321 §4.1.2, §4.5.3.1; RFC 6531; RFC 5890).
#include "smtp/smtpaddress.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void nullPath();
    void defaultConstructed();
};

void TestAddress::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("asciiWire"); // toWire(false); empty when impossible
    QTest::addColumn<QByteArray>("utf8Wire"); // toWire(true)
    QTest::addColumn<bool>("ascii");

    auto row = [](const char *name, const QString &input, const QByteArray &asciiWire, bool ascii) {
        QTest::newRow(name) << input << asciiWire << input.toUtf8() << ascii;
    };
    row("simple", u"user@example.org"_s, "user@example.org", true);
    row("case kept", u"User@Example.ORG"_s, "User@Example.ORG", true);
    row("dots and plus", u"first.last+tag@sub.example.co.uk"_s, "first.last+tag@sub.example.co.uk",
        true);
    row("all atext", u"!#$%&'*+-/=?^_`{|}~@example.org"_s, "!#$%&'*+-/=?^_`{|}~@example.org", true);
    row("single label domain", u"root@localhost"_s, "root@localhost", true);
    row("digits and hyphens", u"x@a-1.9b.example"_s, "x@a-1.9b.example", true);
    row("quoted with space", u"\"john doe\"@example.org"_s, "\"john doe\"@example.org", true);
    row("quoted with at", u"\"a@b\"@example.org"_s, "\"a@b\"@example.org", true);
    row("quoted pair", u"\"a\\\"b\\\\c\"@example.org"_s, "\"a\\\"b\\\\c\"@example.org", true);
    row("quoted dots", u"\"..\"@example.org"_s, "\"..\"@example.org", true);
    row("IPv4 literal", u"user@[192.0.2.1]"_s, "user@[192.0.2.1]", true);
    row("IPv4 literal bounds", u"user@[0.0.0.255]"_s, "user@[0.0.0.255]", true);
    row("IPv6 literal", u"user@[IPv6:2001:db8::1]"_s, "user@[IPv6:2001:db8::1]", true);
    row("IPv6 full", u"user@[IPv6:2001:db8:0:0:0:0:0:1]"_s, "user@[IPv6:2001:db8:0:0:0:0:0:1]",
        true);
    row("IPv6 v4 mapped", u"user@[IPv6:::ffff:192.0.2.1]"_s, "user@[IPv6:::ffff:192.0.2.1]", true);
    row("IDN domain", u"user@bücher.example"_s, "user@xn--bcher-kva.example", false);
    row("IDN domain upper case", u"user@BÜCHER.example"_s, "user@xn--bcher-kva.example", false);
    row("UTF-8 local part", u"jörg@example.org"_s, QByteArray(), false);
    row("all Chinese", u"用户@例子.广告"_s, QByteArray(), false);
    row("UTF-8 in quotes", u"\"jö rg\"@example.org"_s, QByteArray(), false);
    row("local part of 64", QString(64, u'a') + u"@example.org"_s,
        QByteArray(64, 'a') + "@example.org", true);
    const QString label63(63, u'b');
    row("label of 63", u"a@"_s + label63 + u".example"_s, "a@" + label63.toLatin1() + ".example",
        true);
    // 64 + 1 + 189 = 254 octets: the longest path (256 with the angle brackets).
    const QString domain189 = label63 + u'.' + label63 + u'.' + QString(61, u'c');
    QCOMPARE(domain189.size(), 189);
    row("longest path", QString(64, u'a') + u'@' + domain189,
        QByteArray(64, 'a') + '@' + domain189.toLatin1(), true);
}

void TestAddress::valid()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, asciiWire);
    QFETCH(QByteArray, utf8Wire);
    QFETCH(bool, ascii);

    const SmtpAddress address = SmtpAddress::parse(input);
    QVERIFY2(address.isValid(), qPrintable(address.errorString()));
    QVERIFY(address.errorString().isEmpty());
    QVERIFY(!address.isNull());
    QCOMPARE(address.toString(), input);
    QCOMPARE(address.isAscii(), ascii);
    QCOMPARE(address.toWire(false), asciiWire);
    QCOMPARE(address.toWire(true), utf8Wire);
    QCOMPARE(address.hasNonAsciiLocalPart(), asciiWire.isEmpty());
    QVERIFY(SmtpAddress::parse(input, true).isValid());
}

void TestAddress::invalid_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("no at") << u"user"_s;
    QTest::newRow("empty local part") << u"@example.org"_s;
    QTest::newRow("empty domain") << u"user@"_s;
    QTest::newRow("only at") << u"@"_s;
    QTest::newRow("two ats") << u"user@@example.org"_s;
    QTest::newRow("at in domain") << u"a@b@example.org"_s;
    QTest::newRow("leading dot") << u".user@example.org"_s;
    QTest::newRow("trailing dot") << u"user.@example.org"_s;
    QTest::newRow("double dot") << u"us..er@example.org"_s;
    QTest::newRow("space in local part") << u"us er@example.org"_s;
    QTest::newRow("leading space") << u" user@example.org"_s;
    QTest::newRow("trailing space") << u"user@example.org "_s;
    QTest::newRow("space in domain") << u"user@exa mple.org"_s;
    QTest::newRow("CRLF injection") << u"user@example.org>\r\nRCPT TO:<evil@example.org"_s;
    QTest::newRow("LF in local part") << u"user\n@example.org"_s;
    QTest::newRow("CR in domain") << u"user@exam\rple.org"_s;
    QTest::newRow("NUL") << QString::fromUtf8("user\0@example.org", 18);
    QTest::newRow("CRLF in quotes") << u"\"a\r\nb\"@example.org"_s;
    QTest::newRow("tab in quotes") << u"\"a\tb\"@example.org"_s;
    QTest::newRow("control character") << u"us\x01"
                                          u"er@example.org"_s;
    QTest::newRow("C1 control") << u"us\u0085er@example.org"_s;
    QTest::newRow("angle brackets") << u"<user@example.org>"_s;
    QTest::newRow("display name") << u"John <user@example.org>"_s;
    QTest::newRow("comment") << u"user(comment)@example.org"_s;
    QTest::newRow("comma") << u"a,b@example.org"_s;
    QTest::newRow("unterminated quote") << u"\"user@example.org"_s;
    QTest::newRow("quote then text") << u"\"a\"b@example.org"_s;
    QTest::newRow("empty quotes") << u"\"\"@example.org"_s;
    QTest::newRow("escaped closing quote") << u"\"ab\\\"@example.org"_s;
    QTest::newRow("quote in dot-string") << u"a\"b@example.org"_s;
    QTest::newRow("domain trailing dot") << u"user@example.org."_s;
    QTest::newRow("domain leading dot") << u"user@.example.org"_s;
    QTest::newRow("domain double dot") << u"user@example..org"_s;
    QTest::newRow("label leading hyphen") << u"user@-example.org"_s;
    QTest::newRow("label trailing hyphen") << u"user@example-.org"_s;
    QTest::newRow("underscore in domain") << u"user@exa_mple.org"_s;
    QTest::newRow("control in domain") << u"user@exa\x7fmple.org"_s;
    QTest::newRow("IPv4 octet too big") << u"user@[192.0.2.256]"_s;
    QTest::newRow("IPv4 three octets") << u"user@[192.0.2]"_s;
    QTest::newRow("IPv4 five octets") << u"user@[192.0.2.1.5]"_s;
    QTest::newRow("IPv4 too many digits") << u"user@[192.0.2.0001]"_s;
    QTest::newRow("IPv4 empty octet") << u"user@[192..2.1]"_s;
    QTest::newRow("IPv4 sign") << u"user@[+1.0.2.1]"_s;
    QTest::newRow("literal unterminated") << u"user@[192.0.2.1"_s;
    QTest::newRow("literal empty") << u"user@[]"_s;
    QTest::newRow("literal trailing text") << u"user@[192.0.2.1]x"_s;
    QTest::newRow("IPv6 malformed") << u"user@[IPv6:zz::1]"_s;
    QTest::newRow("IPv6 with zone") << u"user@[IPv6:fe80::1%eth0]"_s;
    QTest::newRow("IPv6 holding IPv4") << u"user@[IPv6:192.0.2.1]"_s;
    QTest::newRow("IPv6 without tag") << u"user@[2001:db8::1]"_s;
    QTest::newRow("IPv6 empty") << u"user@[IPv6:]"_s;
    QTest::newRow("general literal") << u"user@[x400:c=us]"_s;
    QTest::newRow("local part of 65") << QString(65, u'a') + u"@example.org"_s;
    QTest::newRow("UTF-8 local part of 66 octets") << QString(33, u'ö') + u"@example.org"_s;
    QTest::newRow("label of 64") << u"a@"_s + QString(64, u'b') + u".example"_s;
    const QString label63(63, u'b');
    QTest::newRow("domain of 256")
        << u"a@"_s + label63 + u'.' + label63 + u'.' + label63 + u'.' + QString(62, u'c') + u".d"_s;
    QTest::newRow("path of 255") << QString(64, u'a') + u'@' + label63 + u'.' + label63 + u'.'
            + QString(62, u'c');
    QTest::newRow("lone surrogate") << u"us"_s + QChar(0xd800) + u"er@example.org"_s;
    QTest::newRow("non-ASCII label without A-label form") << u"user@\u2028.example"_s;
}

void TestAddress::invalid()
{
    QFETCH(QString, input);

    const SmtpAddress address = SmtpAddress::parse(input);
    QVERIFY2(!address.isValid(), qPrintable(address.toString()));
    QVERIFY(!address.errorString().isEmpty());
    QVERIFY(address.toString().isEmpty());
    QVERIFY(address.toWire(false).isEmpty());
    QVERIFY(address.toWire(true).isEmpty());
    // An explanation a person can act on, on one line.
    QVERIFY(!address.errorString().contains(u'\n'));
    if (!input.isEmpty())
        QVERIFY(!SmtpAddress::parse(input, true).isValid());
}

void TestAddress::nullPath()
{
    const SmtpAddress null = SmtpAddress::parse(QString(), true);
    QVERIFY(null.isValid());
    QVERIFY(null.isNull());
    QVERIFY(null.errorString().isEmpty());
    QVERIFY(null.toString().isEmpty());
    QVERIFY(null.toWire(false).isEmpty()); // the builder turns it into MAIL FROM:<>
    QVERIFY(null.isAscii());

    const SmtpAddress refused = SmtpAddress::parse(QString());
    QVERIFY(!refused.isValid());
    QVERIFY(!refused.errorString().isEmpty());
}

void TestAddress::defaultConstructed()
{
    const SmtpAddress address;
    QVERIFY(!address.isValid());
    QVERIFY(address.isNull());
    QVERIFY(address.toWire(true).isEmpty());
}

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
