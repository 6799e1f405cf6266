// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// Socket-free tests of SmtpCapabilities (RFC 5321 §4.1.1.1, RFC 1870, RFC 4954).
#include "smtp/smtpcapabilities.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

SmtpReply reply(const QByteArray &bytes)
{
    const std::optional<SmtpReply> parsed = SmtpReplyParser::parseOne(bytes);
    if (!parsed)
        qFatal("test reply does not parse: %s", bytes.constData());
    return *parsed;
}

const QByteArray Postfix = "250-mail.example.org\r\n"
                           "250-PIPELINING\r\n"
                           "250-SIZE 10240000\r\n"
                           "250-VRFY\r\n"
                           "250-ETRN\r\n"
                           "250-STARTTLS\r\n"
                           "250-AUTH PLAIN LOGIN\r\n"
                           "250-AUTH=PLAIN LOGIN\r\n"
                           "250-ENHANCEDSTATUSCODES\r\n"
                           "250-8BITMIME\r\n"
                           "250-DSN\r\n"
                           "250-SMTPUTF8\r\n"
                           "250 CHUNKING\r\n";

const QByteArray Exchange = "250-mx.contoso.com Hello [203.0.113.5]\r\n"
                            "250-SIZE 37748736\r\n"
                            "250-PIPELINING\r\n"
                            "250-DSN\r\n"
                            "250-ENHANCEDSTATUSCODES\r\n"
                            "250-STARTTLS\r\n"
                            "250-AUTH GSSAPI NTLM\r\n"
                            "250-X-EXPS GSSAPI NTLM\r\n"
                            "250-8BITMIME\r\n"
                            "250-BINARYMIME\r\n"
                            "250-CHUNKING\r\n"
                            "250 XRDST\r\n";

const QByteArray Aiosmtpd = "250-host.example.net\r\n"
                            "250-SIZE 33554432\r\n"
                            "250-8BITMIME\r\n"
                            "250-SMTPUTF8\r\n"
                            "250-AUTH LOGIN PLAIN\r\n"
                            "250 HELP\r\n";

const QByteArray Gmail = "250-smtp.gmail.com at your service, [198.51.100.7]\r\n"
                         "250-SIZE 35882577\r\n"
                         "250-8BITMIME\r\n"
                         "250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH\r\n"
                         "250-ENHANCEDSTATUSCODES\r\n"
                         "250-PIPELINING\r\n"
                         "250-CHUNKING\r\n"
                         "250 SMTPUTF8\r\n";

} // namespace

class TestCapabilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void caseInsensitive();
    void parameters();
    void sizeLimit_data();
    void sizeLimit();
    void limits_data();
    void limits();
    void oldAuthForm();
    void notAnEhloReply_data();
    void notAnEhloReply();
    void displayString();
    void equality();
};

void TestCapabilities::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("domain");
    QTest::addColumn<QByteArrayList>("keywords");
    QTest::addColumn<QByteArrayList>("auth");
    QTest::addColumn<qint64>("size"); // -1: no limit
    QTest::addColumn<bool>("startTls");
    QTest::addColumn<bool>("utf8");

    QTest::newRow("postfix") << Postfix << "mail.example.org"_ba
                             << QByteArrayList { "8BITMIME", "AUTH", "CHUNKING", "DSN",
                                    "ENHANCEDSTATUSCODES", "ETRN", "PIPELINING", "SIZE", "SMTPUTF8",
                                    "STARTTLS", "VRFY" }
                             << QByteArrayList { "PLAIN", "LOGIN" } << qint64(10240000) << true
                             << true;
    QTest::newRow("exchange") << Exchange << "mx.contoso.com"_ba
                              << QByteArrayList { "8BITMIME", "AUTH", "BINARYMIME", "CHUNKING",
                                     "DSN", "ENHANCEDSTATUSCODES", "PIPELINING", "SIZE", "STARTTLS",
                                     "X-EXPS", "XRDST" }
                              << QByteArrayList { "GSSAPI", "NTLM" } << qint64(37748736) << true
                              << false;
    QTest::newRow("aiosmtpd") << Aiosmtpd << "host.example.net"_ba
                              << QByteArrayList { "8BITMIME", "AUTH", "HELP", "SIZE", "SMTPUTF8" }
                              << QByteArrayList { "LOGIN", "PLAIN" } << qint64(33554432) << false
                              << true;
    QTest::newRow("gmail") << Gmail << "smtp.gmail.com"_ba
                           << QByteArrayList { "8BITMIME", "AUTH", "CHUNKING",
                                  "ENHANCEDSTATUSCODES", "PIPELINING", "SIZE", "SMTPUTF8" }
                           << QByteArrayList { "LOGIN", "PLAIN", "XOAUTH2", "PLAIN-CLIENTTOKEN",
                                  "OAUTHBEARER", "XOAUTH" }
                           << qint64(35882577) << false << true;
    QTest::newRow("domain only") << "250 mail.example.org\r\n"_ba
                                 << "mail.example.org"_ba << QByteArrayList {} << QByteArrayList {}
                                 << qint64(-1) << false << false;
    QTest::newRow("lower case") << "250-mx greets you\r\n250-starttls\r\n250-auth plain login\r\n"
                                   "250 Size 1000\r\n"_ba
                                << "mx"_ba << QByteArrayList { "AUTH", "SIZE", "STARTTLS" }
                                << QByteArrayList { "PLAIN", "LOGIN" } << qint64(1000) << true
                                << false;
    QTest::newRow("tabs and extra spaces")
        << "250-mx\r\n250-  AUTH\tPLAIN   LOGIN  \r\n250 SIZE\t500\r\n"_ba
        << "mx"_ba << QByteArrayList { "AUTH", "SIZE" } << QByteArrayList { "PLAIN", "LOGIN" }
        << qint64(500) << false << false;
    QTest::newRow("junk lines skipped") << "250-mx\r\n"
                                           "250-\r\n"
                                           "250-   \r\n"
                                           "250-=FOO\r\n"
                                           "250--DASH\r\n"
                                           "250-PIPE_LINING\r\n"
                                           "250-NONASCII caf\xc3\xa9\r\n"
                                           "250-AUTH PLAIN\x01\r\n"
                                           "250-B\xc3\xa4"
                                           "D\r\n"
                                           "250-GOOD-ONE x=1\r\n"
                                           "250 STARTTLS\r\n"_ba
                                        << "mx"_ba << QByteArrayList { "GOOD-ONE", "STARTTLS" }
                                        << QByteArrayList {} << qint64(-1) << true << false;
    QTest::newRow("bad mechanisms dropped")
        << "250-mx\r\n250-AUTH PLAIN THIS-NAME-IS-FAR-TOO-LONG-FOR-SASL X.Y LOGIN PLAIN\r\n"
           "250 OK\r\n"_ba
        << "mx"_ba << QByteArrayList { "AUTH", "OK" } << QByteArrayList { "PLAIN", "LOGIN" }
        << qint64(-1) << false << false;
    QTest::newRow("control character in domain")
        << "250-mx\x1b[2J greets\r\n250 STARTTLS\r\n"_ba << QByteArray()
        << QByteArrayList { "STARTTLS" } << QByteArrayList {} << qint64(-1) << true << false;
    QTest::newRow("UTF-8 domain") << "250-m\xc3\xa4il.example\r\n250 SMTPUTF8\r\n"_ba
                                  << "m\xc3\xa4il.example"_ba << QByteArrayList { "SMTPUTF8" }
                                  << QByteArrayList {} << qint64(-1) << false << true;
}

void TestCapabilities::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, domain);
    QFETCH(QByteArrayList, keywords);
    QFETCH(QByteArrayList, auth);
    QFETCH(qint64, size);
    QFETCH(bool, startTls);
    QFETCH(bool, utf8);

    const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(reply(input));
    QCOMPARE(caps.serverDomain(), domain);
    QCOMPARE(caps.keywords(), keywords);
    QCOMPARE(caps.isEmpty(), keywords.isEmpty());
    QCOMPARE(caps.authMechanisms(), auth);
    QCOMPARE(caps.sizeLimit().value_or(-1), size);
    QCOMPARE(caps.startTls(), startTls);
    QCOMPARE(caps.smtpUtf8(), utf8);
    for (const QByteArray &keyword : keywords)
        QVERIFY(caps.has(keyword));
}

void TestCapabilities::caseInsensitive()
{
    const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(reply(Postfix));
    QVERIFY(caps.has("pipelining"));
    QVERIFY(caps.has("Pipelining"));
    QVERIFY(caps.pipelining());
    QVERIFY(caps.eightBitMime());
    QVERIFY(caps.dsn());
    QVERIFY(caps.enhancedStatusCodes());
    QVERIFY(caps.chunking());
    QVERIFY(!caps.has("PIPELININGX"));
    QVERIFY(!caps.has(""));
}

void TestCapabilities::parameters()
{
    const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(reply(Exchange));
    QCOMPARE(caps.parameters("x-exps"), (QByteArrayList { "GSSAPI", "NTLM" }));
    QCOMPARE(caps.parameters("SIZE"), QByteArrayList { "37748736" });
    QVERIFY(caps.parameters("PIPELINING").isEmpty());
    QVERIFY(caps.parameters("NOSUCH").isEmpty());

    // Parameters other than AUTH's keep their case.
    const SmtpCapabilities mixed
        = SmtpCapabilities::fromEhloReply(reply("250-mx\r\n250 X-THING Some=Value\r\n"_ba));
    QCOMPARE(mixed.parameters("X-THING"), QByteArrayList { "Some=Value" });
}

void TestCapabilities::sizeLimit_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("size"); // -1: nullopt
    QTest::newRow("value") << "SIZE 52428800"_ba << qint64(52428800);
    QTest::newRow("zero means no limit") << "SIZE 0"_ba << qint64(-1);
    QTest::newRow("no parameter") << "SIZE"_ba << qint64(-1);
    QTest::newRow("not a number") << "SIZE abc"_ba << qint64(-1);
    QTest::newRow("negative") << "SIZE -5"_ba << qint64(-1);
    QTest::newRow("plus sign") << "SIZE +5"_ba << qint64(-1);
    QTest::newRow("overflow") << "SIZE 99999999999999999999"_ba << qint64(-1);
    QTest::newRow("too many digits") << "SIZE 000000000000000000001"_ba << qint64(-1);
    QTest::newRow("leading zeros") << "SIZE 0001000"_ba << qint64(1000);
    QTest::newRow("largest") << "SIZE 9223372036854775807"_ba << qint64(9223372036854775807LL);
}

void TestCapabilities::sizeLimit()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, size);
    const SmtpCapabilities caps
        = SmtpCapabilities::fromEhloReply(reply("250-mx\r\n250 " + line + "\r\n"));
    QVERIFY(caps.has("SIZE"));
    QCOMPARE(caps.sizeLimit().value_or(-1), size);
}

void TestCapabilities::limits_data()
{
    // RFC 9422 §4; -1: not advertised or unusable.
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("mailMax");
    QTest::addColumn<int>("rcptMax");
    QTest::addColumn<int>("rcptDomainMax");
    QTest::newRow("none") << "PIPELINING"_ba << -1 << -1 << -1;
    QTest::newRow("empty LIMITS") << "LIMITS"_ba << -1 << -1 << -1;
    QTest::newRow("all three") << "LIMITS MAILMAX=1000 RCPTMAX=100 RCPTDOMAINMAX=2"_ba << 1000
                               << 100 << 2;
    QTest::newRow("names are case-insensitive") << "limits rcptmax=5 MailMax=3"_ba << 3 << 5 << -1;
    QTest::newRow("unknown names ignored") << "LIMITS X-FOO=1 RCPTMAX=7 BAR"_ba << -1 << 7 << -1;
    QTest::newRow("first of a repeated name") << "LIMITS RCPTMAX=4 RCPTMAX=9"_ba << -1 << 4 << -1;
    QTest::newRow("not a number") << "LIMITS RCPTMAX=ten MAILMAX=-1"_ba << -1 << -1 << -1;
    QTest::newRow("zero is no usable limit") << "LIMITS RCPTMAX=0"_ba << -1 << -1 << -1;
    QTest::newRow("seven digits") << "LIMITS RCPTMAX=9999999"_ba << -1 << 9999999 << -1;
    QTest::newRow("eight digits") << "LIMITS RCPTMAX=10000000"_ba << -1 << -1 << -1;
    QTest::newRow("no value") << "LIMITS RCPTMAX= MAILMAX"_ba << -1 << -1 << -1;
}

void TestCapabilities::limits()
{
    QFETCH(QByteArray, line);
    QFETCH(int, mailMax);
    QFETCH(int, rcptMax);
    QFETCH(int, rcptDomainMax);
    const SmtpLimits limits
        = SmtpCapabilities::fromEhloReply(reply("250-mx\r\n250 " + line + "\r\n")).limits();
    QCOMPARE(limits.mailMax.value_or(-1), mailMax);
    QCOMPARE(limits.rcptMax.value_or(-1), rcptMax);
    QCOMPARE(limits.rcptDomainMax.value_or(-1), rcptDomainMax);
}

void TestCapabilities::oldAuthForm()
{
    // Only the old form: it still counts as AUTH.
    const SmtpCapabilities old
        = SmtpCapabilities::fromEhloReply(reply("250-mx\r\n250 AUTH=LOGIN PLAIN\r\n"_ba));
    QVERIFY(old.has("AUTH"));
    QCOMPARE(old.authMechanisms(), (QByteArrayList { "LOGIN", "PLAIN" }));
    QVERIFY(!old.has("AUTH=LOGIN"));

    // Both forms, different lists: the union, in order of first mention.
    const SmtpCapabilities both = SmtpCapabilities::fromEhloReply(
        reply("250-mx\r\n250-AUTH=login\r\n250 AUTH CRAM-MD5 LOGIN\r\n"_ba));
    QCOMPARE(both.authMechanisms(), (QByteArrayList { "LOGIN", "CRAM-MD5" }));

    // "AUTH=" alone advertises AUTH with no mechanism.
    const SmtpCapabilities empty
        = SmtpCapabilities::fromEhloReply(reply("250-mx\r\n250 AUTH=\r\n"_ba));
    QVERIFY(empty.has("AUTH"));
    QVERIFY(empty.authMechanisms().isEmpty());
}

void TestCapabilities::notAnEhloReply_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("502") << "502 5.5.1 EHLO not implemented\r\n"_ba;
    QTest::newRow("554 multiline") << "554-no\r\n554 STARTTLS\r\n"_ba;
    QTest::newRow("421") << "421 4.3.2 shutting down\r\n"_ba;
    QTest::newRow("354") << "354-PIPELINING\r\n354 STARTTLS\r\n"_ba;
}

void TestCapabilities::notAnEhloReply()
{
    QFETCH(QByteArray, input);
    const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(reply(input));
    QVERIFY(caps.isEmpty());
    QVERIFY(caps.serverDomain().isEmpty());
    QVERIFY(!caps.startTls());
    QVERIFY(caps == SmtpCapabilities());
    QVERIFY(SmtpCapabilities::fromEhloReply(SmtpReply()).isEmpty());
}

void TestCapabilities::displayString()
{
    const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(reply(Aiosmtpd));
    QCOMPARE(
        caps.toDisplayString(), u"8BITMIME, AUTH LOGIN PLAIN, HELP, SIZE 33554432, SMTPUTF8"_s);
    QVERIFY(SmtpCapabilities().toDisplayString().isEmpty());
}

void TestCapabilities::equality()
{
    const SmtpCapabilities a = SmtpCapabilities::fromEhloReply(reply(Postfix));
    const SmtpCapabilities b = SmtpCapabilities::fromEhloReply(reply(Postfix));
    const SmtpCapabilities c = SmtpCapabilities::fromEhloReply(reply(Exchange));
    QVERIFY(a == b);
    QVERIFY(!(a == c));
}

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
