// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// Tests of the SMTP command builders (RFC 5321 §4.1.1, RFC 1870, RFC 3030, RFC 3461,
// RFC 4954, RFC 6152, RFC 6531).
#include "smtp/smtpcommands.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCommand;

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build_data();
    void build();
    void injection_data();
    void injection();
    void xtext_data();
    void xtext();
    void safeArgument_data();
    void safeArgument();
};

void TestCommands::build_data()
{
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("EHLO") << ehlo("client.example.org") << "EHLO client.example.org\r\n"_ba;
    QTest::newRow("EHLO literal") << ehlo("[192.0.2.1]") << "EHLO [192.0.2.1]\r\n"_ba;
    QTest::newRow("HELO") << helo("client.example.org") << "HELO client.example.org\r\n"_ba;
    QTest::newRow("STARTTLS") << startTls() << "STARTTLS\r\n"_ba;
    QTest::newRow("DATA") << data() << "DATA\r\n"_ba;
    QTest::newRow("RSET") << rset() << "RSET\r\n"_ba;
    QTest::newRow("NOOP") << noop() << "NOOP\r\n"_ba;
    QTest::newRow("QUIT") << quit() << "QUIT\r\n"_ba;

    const QByteArray initial = "AHVzZXIAcGFzcw==";
    const QByteArray empty;
    QTest::newRow("AUTH without initial response") << auth("LOGIN", nullptr) << "AUTH LOGIN\r\n"_ba;
    QTest::newRow("AUTH with initial response")
        << auth("PLAIN", &initial) << "AUTH PLAIN AHVzZXIAcGFzcw==\r\n"_ba;
    QTest::newRow("AUTH with empty initial response")
        << auth("EXTERNAL", &empty) << "AUTH EXTERNAL =\r\n"_ba;

    QTest::newRow("MAIL plain") << mailFrom("a@b.example", {}) << "MAIL FROM:<a@b.example>\r\n"_ba;
    QTest::newRow("MAIL null path") << mailFrom({}, {}) << "MAIL FROM:<>\r\n"_ba;
    MailParameters all;
    all.size = 123;
    all.body = BodyType::EightBitMime;
    all.smtpUtf8 = true;
    all.ret = DsnReturn::Full;
    all.envelopeId = "QQ314159+x=y";
    QTest::newRow("MAIL all parameters")
        << mailFrom("a@b", all)
        << "MAIL FROM:<a@b> SIZE=123 BODY=8BITMIME SMTPUTF8 RET=FULL "
           "ENVID=QQ314159+2Bx+3Dy\r\n"_ba;
    MailParameters sizeZero;
    sizeZero.size = 0;
    QTest::newRow("MAIL SIZE=0") << mailFrom("a@b", sizeZero) << "MAIL FROM:<a@b> SIZE=0\r\n"_ba;
    MailParameters headers;
    headers.ret = DsnReturn::Headers;
    QTest::newRow("MAIL RET=HDRS") << mailFrom("a@b", headers) << "MAIL FROM:<a@b> RET=HDRS\r\n"_ba;
    MailParameters bigSize;
    bigSize.size = 5'000'000'000;
    QTest::newRow("MAIL large SIZE")
        << mailFrom("a@b", bigSize) << "MAIL FROM:<a@b> SIZE=5000000000\r\n"_ba;
    MailParameters utf8;
    utf8.smtpUtf8 = true;
    QTest::newRow("MAIL UTF-8 path") << mailFrom("j\xc3\xb6rg@b\xc3\xbc"
                                                 "cher.example",
        utf8)
                                     << "MAIL FROM:<j\xc3\xb6rg@b\xc3\xbc"
                                        "cher.example> SMTPUTF8\r\n"_ba;
    QTest::newRow("MAIL quoted local part") << mailFrom("\"john doe\"@example.org", {})
                                            << "MAIL FROM:<\"john doe\"@example.org>\r\n"_ba;

    QTest::newRow("RCPT plain") << rcptTo("x@y.example", {}) << "RCPT TO:<x@y.example>\r\n"_ba;
    RcptParameters notify;
    notify.notify = DsnNotify::Success | DsnNotify::Failure;
    notify.originalRecipient = "x+tag@y.example";
    QTest::newRow("RCPT DSN") << rcptTo("x@y",
        notify) << "RCPT TO:<x@y> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;x+2Btag@y.example\r\n"_ba;
    RcptParameters allNotify;
    allNotify.notify = DsnNotify::Delay | DsnNotify::Failure | DsnNotify::Success;
    QTest::newRow("RCPT NOTIFY all")
        << rcptTo("x@y", allNotify) << "RCPT TO:<x@y> NOTIFY=SUCCESS,FAILURE,DELAY\r\n"_ba;
    RcptParameters never;
    never.notify = DsnNotify::Never;
    QTest::newRow("RCPT NOTIFY=NEVER")
        << rcptTo("x@y", never) << "RCPT TO:<x@y> NOTIFY=NEVER\r\n"_ba;
    RcptParameters orcptOnly;
    orcptOnly.originalRecipient = "a=b@c";
    QTest::newRow("RCPT ORCPT only")
        << rcptTo("x@y", orcptOnly) << "RCPT TO:<x@y> ORCPT=rfc822;a+3Db@c\r\n"_ba;

    QTest::newRow("BDAT") << bdat(1000, false) << "BDAT 1000\r\n"_ba;
    QTest::newRow("BDAT LAST") << bdat(42, true) << "BDAT 42 LAST\r\n"_ba;
    QTest::newRow("BDAT 0 LAST") << bdat(0, true) << "BDAT 0 LAST\r\n"_ba;
}

void TestCommands::build()
{
    QFETCH(QByteArray, actual);
    QFETCH(QByteArray, expected);
    QCOMPARE(actual, expected);
}

// Every attempt to smuggle a second command into a line yields no line at all.
void TestCommands::injection_data()
{
    QTest::addColumn<QByteArray>("actual");

    const QByteArray crlf = "a@b>\r\nRCPT TO:<evil@example.org";
    QTest::newRow("EHLO CRLF") << ehlo("host\r\nMAIL FROM:<x>");
    QTest::newRow("EHLO LF") << ehlo("host\nQUIT");
    QTest::newRow("EHLO CR") << ehlo("host\rQUIT");
    QTest::newRow("EHLO NUL") << ehlo(QByteArray("host\0x", 6));
    QTest::newRow("EHLO space") << ehlo("host extra");
    QTest::newRow("EHLO empty") << ehlo({});
    QTest::newRow("HELO CRLF") << helo("host\r\nQUIT");
    QTest::newRow("HELO empty") << helo({});
    QTest::newRow("AUTH mechanism CRLF") << auth("PLAIN\r\nQUIT", nullptr);
    QTest::newRow("AUTH mechanism empty") << auth({}, nullptr);
    QTest::newRow("AUTH mechanism space") << auth("PLAIN X", nullptr);
    const QByteArray badInitial = "AAAA\r\nQUIT";
    QTest::newRow("AUTH initial CRLF") << auth("PLAIN", &badInitial);
    const QByteArray nulInitial("AA\0A", 4);
    QTest::newRow("AUTH initial NUL") << auth("PLAIN", &nulInitial);
    const QByteArray spaceInitial = "AA AA";
    QTest::newRow("AUTH initial space") << auth("PLAIN", &spaceInitial);
    QTest::newRow("MAIL CRLF") << mailFrom(crlf, {});
    QTest::newRow("MAIL LF") << mailFrom("a@b\nDATA", {});
    QTest::newRow("MAIL NUL") << mailFrom(QByteArray("a@b\0", 4), {});
    QTest::newRow("RCPT CRLF") << rcptTo(crlf, {});
    QTest::newRow("RCPT CR") << rcptTo("a@b\rDATA", {});
    QTest::newRow("RCPT empty") << rcptTo({}, {});
    RcptParameters neverAndMore;
    neverAndMore.notify = DsnNotify::Never | DsnNotify::Success;
    QTest::newRow("RCPT NEVER with SUCCESS") << rcptTo("x@y", neverAndMore);
    RcptParameters nonAscii;
    nonAscii.originalRecipient = "j\xc3\xb6rg@example.org";
    QTest::newRow("RCPT ORCPT non-ASCII") << rcptTo("x@y", nonAscii);
    QTest::newRow("BDAT negative") << bdat(-1, true);
}

void TestCommands::injection()
{
    QFETCH(QByteArray, actual);
    QVERIFY2(actual.isEmpty(), actual.constData());
}

void TestCommands::xtext_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("plain") << "abc.DEF-123@x"_ba
                           << "abc.DEF-123@x"_ba;
    QTest::newRow("plus and equals") << "a+b=c"_ba
                                     << "a+2Bb+3Dc"_ba;
    QTest::newRow("space") << "a b"_ba
                           << "a+20b"_ba;
    QTest::newRow("CRLF is encoded, not passed") << "a\r\nb"_ba
                                                 << "a+0D+0Ab"_ba;
    QTest::newRow("NUL") << QByteArray("\0", 1) << "+00"_ba;
    QTest::newRow("DEL and 8-bit") << "\x7f\xc3\xa9"_ba
                                   << "+7F+C3+A9"_ba;
    QTest::newRow("bounds") << "!~"_ba
                            << "!~"_ba;
}

void TestCommands::xtext()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(SmtpCommand::xtext(raw), encoded);
    QVERIFY(isSafeArgument(SmtpCommand::xtext(raw)));
}

void TestCommands::safeArgument_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("safe");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("plain") << "user@example.org"_ba << true;
    QTest::newRow("space and tab") << "a b\tc"_ba << true;
    QTest::newRow("8-bit") << "\xc3\xa9"_ba << true;
    QTest::newRow("CR") << "a\rb"_ba << false;
    QTest::newRow("LF") << "a\nb"_ba << false;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
}

void TestCommands::safeArgument()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, safe);
    QCOMPARE(isSafeArgument(bytes), safe);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
