// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// Socket-free tests of SmtpReplyParser and SmtpReply (RFC 5321 §4.2, RFC 2034, RFC 3463).
#include "smtp/smtpreply.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Status = SmtpReplyParser::Status;

namespace {

// One observable step of the parser, flattened so that runs can be compared as lists:
// "consumed <line>", "reply <code> [<enhanced>] <line>|<line>…", or the error status.
QByteArray describe(Status status, const SmtpReplyParser &parser, const SmtpReply &reply)
{
    switch (status) {
    case Status::NeedMoreData:
        return "need-more-data";
    case Status::LineConsumed:
        return "consumed " + parser.lastLine();
    case Status::ReplyComplete:
        return "reply " + QByteArray::number(reply.code) + " [" + reply.enhancedCode + "] "
            + reply.lines.join('|');
    case Status::Malformed:
        return "malformed";
    case Status::LineTooLong:
        return "line-too-long";
    case Status::TooManyLines:
        return "too-many-lines";
    }
    return "?";
}

// Feeds `input` in the given chunks, stepping after each until the parser wants more data or
// fails; returns every step but NeedMoreData, then the final status.
QByteArrayList run(const QList<QByteArrayView> &chunks)
{
    SmtpReplyParser parser;
    QByteArrayList events;
    for (QByteArrayView chunk : chunks) {
        parser.feed(chunk);
        for (;;) {
            const Status status = parser.step();
            if (status == Status::NeedMoreData)
                break;
            const SmtpReply reply
                = status == Status::ReplyComplete ? parser.takeReply() : SmtpReply();
            events << describe(status, parser, reply);
            if (status != Status::LineConsumed && status != Status::ReplyComplete)
                return events;
        }
    }
    events << "need-more-data";
    return events;
}

QByteArrayList runWhole(QByteArrayView input)
{
    return run({ input });
}

QByteArrayList runBytewise(QByteArrayView input)
{
    QList<QByteArrayView> chunks;
    for (qsizetype i = 0; i < input.size(); ++i)
        chunks << input.sliced(i, 1);
    return run(chunks);
}

QByteArray repeated(QByteArrayView unit, int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += unit;
    return out;
}

} // namespace

class TestReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleReply_data();
    void singleReply();
    void malformed_data();
    void malformed();
    void sameResultForEveryChunking_data();
    void sameResultForEveryChunking();
    void pipelinedReplies();
    void inReplyAndLastLine();
    void bufferIsBounded();
    void lineLengthLimit();
    void lineCountLimit();
    void errorIsSticky();
    void bufferedBytesAfterReply();
    void reset();
    void parseOneIsStrict_data();
    void parseOneIsStrict();
    void summary_data();
    void summary();
    void replyClasses();
};

void TestReplyParser::singleReply_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("enhanced");
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<QString>("text");

    QTest::newRow("greeting") << "220 mail.example.org ESMTP Postfix\r\n"_ba << 220 << QByteArray()
                              << QByteArrayList { "mail.example.org ESMTP Postfix" }
                              << u"mail.example.org ESMTP Postfix"_s;
    QTest::newRow("code only") << "250\r\n"_ba << 250 << QByteArray() << QByteArrayList { "" }
                               << QString();
    QTest::newRow("code and space")
        << "250 \r\n"_ba << 250 << QByteArray() << QByteArrayList { "" } << QString();
    QTest::newRow("bare LF") << "250 OK\n"_ba << 250 << QByteArray() << QByteArrayList { "OK" }
                             << u"OK"_s;
    QTest::newRow("multiline") << "250-mail.example.org\r\n250-PIPELINING\r\n250 8BITMIME\r\n"_ba
                               << 250 << QByteArray()
                               << QByteArrayList { "mail.example.org", "PIPELINING", "8BITMIME" }
                               << u"mail.example.org\nPIPELINING\n8BITMIME"_s;
    QTest::newRow("multiline mixed line ends")
        << "250-a\n250-b\r\n250 c\n"_ba << 250 << QByteArray() << QByteArrayList { "a", "b", "c" }
        << u"a\nb\nc"_s;
    QTest::newRow("empty continuation") << "250-\r\n250 done\r\n"_ba << 250 << QByteArray()
                                        << QByteArrayList { "", "done" } << u"\ndone"_s;
    QTest::newRow("354") << "354 End data with <CR><LF>.<CR><LF>\r\n"_ba << 354 << QByteArray()
                         << QByteArrayList { "End data with <CR><LF>.<CR><LF>" }
                         << u"End data with <CR><LF>.<CR><LF>"_s;
    QTest::newRow("enhanced") << "550 5.1.1 No such user\r\n"_ba << 550 << "5.1.1"_ba
                              << QByteArrayList { "5.1.1 No such user" } << u"No such user"_s;
    QTest::newRow("enhanced only")
        << "250 2.0.0\r\n"_ba << 250 << "2.0.0"_ba << QByteArrayList { "2.0.0" } << QString();
    QTest::newRow("enhanced three digits") << "451 4.123.456 busy\r\n"_ba << 451 << "4.123.456"_ba
                                           << QByteArrayList { "4.123.456 busy" } << u"busy"_s;
    QTest::newRow("enhanced on every line")
        << "550-5.7.1 Relaying denied.\r\n550-5.7.1 See the docs\r\n550 5.7.1 for details\r\n"_ba
        << 550 << "5.7.1"_ba
        << QByteArrayList { "5.7.1 Relaying denied.", "5.7.1 See the docs", "5.7.1 for details" }
        << u"Relaying denied.\nSee the docs\nfor details"_s;
    QTest::newRow("enhanced on first line only")
        << "250-2.0.0 first\r\n250 second\r\n"_ba << 250 << "2.0.0"_ba
        << QByteArrayList { "2.0.0 first", "second" } << u"first\nsecond"_s;
    QTest::newRow("enhanced only on a later line")
        << "250-first\r\n250 2.0.0 second\r\n"_ba << 250 << QByteArray()
        << QByteArrayList { "first", "2.0.0 second" } << u"first\n2.0.0 second"_s;
    QTest::newRow("enhanced class mismatch") << "550 4.1.1 odd\r\n"_ba << 550 << QByteArray()
                                             << QByteArrayList { "4.1.1 odd" } << u"4.1.1 odd"_s;
    QTest::newRow("no enhanced class 3") << "354 3.0.0 go\r\n"_ba << 354 << QByteArray()
                                         << QByteArrayList { "3.0.0 go" } << u"3.0.0 go"_s;
    QTest::newRow("enhanced four digits") << "250 2.1234.0 x\r\n"_ba << 250 << QByteArray()
                                          << QByteArrayList { "2.1234.0 x" } << u"2.1234.0 x"_s;
    QTest::newRow("enhanced glued to text") << "250 2.1.0ok\r\n"_ba << 250 << QByteArray()
                                            << QByteArrayList { "2.1.0ok" } << u"2.1.0ok"_s;
    QTest::newRow("enhanced incomplete")
        << "250 2.1 ok\r\n"_ba << 250 << QByteArray() << QByteArrayList { "2.1 ok" } << u"2.1 ok"_s;
    QTest::newRow("enhanced prefix of a longer code")
        << "250-2.1.1 a\r\n250 2.1.10 b\r\n"_ba << 250 << "2.1.1"_ba
        << QByteArrayList { "2.1.1 a", "2.1.10 b" } << u"a\n2.1.10 b"_s;
    QTest::newRow("escape sequence made visible")
        << "550 bad\x1b[31mred\r\n"_ba << 550 << QByteArray() << QByteArrayList { "bad\x1b[31mred" }
        << u"bad\\x1b[31mred"_s;
    QTest::newRow("CR inside a line")
        << "250 a\rb\r\n"_ba << 250 << QByteArray() << QByteArrayList { "a\rb" } << u"a\\rb"_s;
    QTest::newRow("NUL and DEL") << QByteArray("250 a\0b\x7f\r\n", 10) << 250 << QByteArray()
                                 << QByteArrayList { QByteArray("a\0b\x7f", 4) }
                                 << u"a\\x00b\\x7f"_s;
    QTest::newRow("tab") << "250 a\tb\r\n"_ba << 250 << QByteArray() << QByteArrayList { "a\tb" }
                         << u"a\\tb"_s;
    QTest::newRow("UTF-8") << "250 Grüße\r\n"_ba << 250 << QByteArray()
                           << QByteArrayList { "Grüße" } << u"Grüße"_s;
    QTest::newRow("invalid UTF-8")
        << "250 a\xff\r\n"_ba << 250 << QByteArray() << QByteArrayList { "a\xff" } << u"a\uFFFD"_s;
    QTest::newRow("bidi override") << "250 a\xe2\x80\xae b\r\n"_ba << 250 << QByteArray()
                                   << QByteArrayList { "a\xe2\x80\xae b" } << u"a\\u202e b"_s;
}

void TestReplyParser::singleReply()
{
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    QFETCH(QByteArray, enhanced);
    QFETCH(QByteArrayList, lines);
    QFETCH(QString, text);

    const std::optional<SmtpReply> reply = SmtpReplyParser::parseOne(input);
    QVERIFY(reply);
    QCOMPARE(reply->code, code);
    QCOMPARE(reply->enhancedCode, enhanced);
    QCOMPARE(reply->lines, lines);
    QCOMPARE(reply->text(), text);
    QVERIFY(reply->isValid());

    // The same reply however the bytes arrive.
    QCOMPARE(runBytewise(input), runWhole(input));
}

void TestReplyParser::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("events");

    const QByteArray bad = "malformed";
    QTest::newRow("not a reply") << "hello\r\n"_ba << QByteArrayList { bad };
    QTest::newRow("empty line") << "\r\n"_ba << QByteArrayList { bad };
    QTest::newRow("bare LF only") << "\n"_ba << QByteArrayList { bad };
    QTest::newRow("two digits") << "25\r\n"_ba << QByteArrayList { bad };
    QTest::newRow("four digits") << "2500 OK\r\n"_ba << QByteArrayList { bad };
    QTest::newRow("first digit 1") << "150 OK\r\n"_ba << QByteArrayList { bad };
    QTest::newRow("first digit 6") << "650 OK\r\n"_ba << QByteArrayList { bad };
    QTest::newRow("first digit 0") << "050 OK\r\n"_ba << QByteArrayList { bad };
    QTest::newRow("second digit 6") << "260 OK\r\n"_ba << QByteArrayList { bad };
    QTest::newRow("letter in code") << "25a OK\r\n"_ba << QByteArrayList { bad };
    QTest::newRow("leading space") << " 250 OK\r\n"_ba << QByteArrayList { bad };
    QTest::newRow("tab separator") << "250\tOK\r\n"_ba << QByteArrayList { bad };
    QTest::newRow("other separator") << "250_OK\r\n"_ba << QByteArrayList { bad };
    QTest::newRow("mixed codes") << "250-a\r\n251 b\r\n"_ba
                                 << QByteArrayList { "consumed 250-a", bad };
    QTest::newRow("mixed classes")
        << "250-a\r\n550 b\r\n"_ba << QByteArrayList { "consumed 250-a", bad };
    QTest::newRow("garbage inside multiline")
        << "250-a\r\nfoo\r\n250 b\r\n"_ba << QByteArrayList { "consumed 250-a", bad };
    QTest::newRow("good reply then garbage")
        << "220 hi\r\nHTTP/1.1 400\r\n"_ba << QByteArrayList { "reply 220 [] hi", bad };
    QTest::newRow("long line") << "250 " + QByteArray(5000, 'x') + "\r\n"
                               << QByteArrayList { "line-too-long" };
    QTest::newRow("long line without end")
        << "250 " + QByteArray(5000, 'x') << QByteArrayList { "line-too-long" };
    QTest::newRow("long line after a reply") << "220 hi\r\n"
            + QByteArray(10000, '2') << QByteArrayList { "reply 220 [] hi", "line-too-long" };
    QTest::newRow("too many lines") << repeated("250-x\r\n", 256) + "250 x\r\n"
                                    << QByteArrayList {}; // checked in lineCountLimit
    QTest::newRow("incomplete") << "250 no line end"_ba << QByteArrayList {};
}

void TestReplyParser::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, events);

    const QByteArrayList whole = runWhole(input);
    if (!events.isEmpty())
        QCOMPARE(whole, events);
    QCOMPARE(runBytewise(input), whole);
    QVERIFY(!SmtpReplyParser::parseOne(input));
}

void TestReplyParser::sameResultForEveryChunking_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("greeting, EHLO, MAIL") << "220 mx ESMTP\r\n250-mx\r\n250-SIZE 1000\r\n250 "
                                             "PIPELINING\r\n250 2.1.0 Ok\r\n"_ba;
    QTest::newRow("pipelined with bare LF") << "250 2.1.0 Ok\n250 2.1.5 Ok\n354 go\n"_ba;
    QTest::newRow("CRCRLF") << "250 a\r\r\n250 b\r\n"_ba;
    QTest::newRow("ends mid-reply") << "250-a\r\n250-b\r\n250"_ba;
    QTest::newRow("error after replies") << "250 a\r\n250-b\r\n550 c\r\n"_ba;
    QTest::newRow("long line") << "250 a\r\n250-" + QByteArray(4200, 'y') + "\r\n250 z\r\n";
    QTest::newRow("line at the limit")
        << "250 " + QByteArray(SmtpReplyParser::MaxLineLength - 4, 'y') + "\r\n250 z\r\n";
    QTest::newRow("line one over the limit")
        << "250 " + QByteArray(SmtpReplyParser::MaxLineLength - 3, 'y') + "\r\n250 z\r\n";
}

void TestReplyParser::sameResultForEveryChunking()
{
    QFETCH(QByteArray, input);

    const QByteArrayList expected = runWhole(input);
    QCOMPARE(runBytewise(input), expected);
    // Every split into two chunks, and into three around each position.
    for (qsizetype i = 0; i <= input.size(); ++i) {
        const QByteArrayView view(input);
        QCOMPARE(run({ view.first(i), view.sliced(i) }), expected);
        const qsizetype j = std::min(input.size(), i + 3);
        QCOMPARE(run({ view.first(i), view.sliced(i, j - i), view.sliced(j) }), expected);
    }
}

void TestReplyParser::pipelinedReplies()
{
    const QByteArray input = "220 hi\r\n250-a\r\n250 b\r\n550 5.1.1 no\r\n"_ba;
    QCOMPARE(runWhole(input),
        (QByteArrayList { "reply 220 [] hi", "consumed 250-a", "reply 250 [] a|b",
            "reply 550 [5.1.1] 5.1.1 no", "need-more-data" }));
}

void TestReplyParser::inReplyAndLastLine()
{
    SmtpReplyParser parser;
    QVERIFY(!parser.inReply());
    parser.feed("250-first\r\n250-second\n250 last\r\n");
    QCOMPARE(parser.step(), Status::LineConsumed);
    QCOMPARE(parser.lastLine(), "250-first"_ba);
    QVERIFY(parser.inReply());
    QCOMPARE(parser.step(), Status::LineConsumed);
    QCOMPARE(parser.lastLine(), "250-second"_ba);
    QCOMPARE(parser.step(), Status::ReplyComplete);
    QCOMPARE(parser.lastLine(), "250 last"_ba);
    QVERIFY(!parser.inReply());
    const SmtpReply reply = parser.takeReply();
    QCOMPARE(reply.lines, (QByteArrayList { "first", "second", "last" }));
    QCOMPARE(parser.takeReply().code, 0); // taken once
    QCOMPARE(parser.step(), Status::NeedMoreData);
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestReplyParser::bufferIsBounded()
{
    // A server that never ends its line: the parser keeps at most one line's worth.
    SmtpReplyParser parser;
    const QByteArray chunk(1024, 'x');
    parser.feed("250-");
    for (int i = 0; i < 1024; ++i) {
        parser.feed(chunk);
        QVERIFY2(parser.bufferedBytes() <= SmtpReplyParser::MaxLineLength + 1,
            QByteArray::number(parser.bufferedBytes()).constData());
    }
    QCOMPARE(parser.step(), Status::LineTooLong);
    QVERIFY(!parser.errorString().isEmpty());
    QCOMPARE(parser.lastLine().size(), SmtpReplyParser::MaxLineLength);
    QVERIFY(parser.lastLine().startsWith("250-xxx"));
}

void TestReplyParser::lineLengthLimit()
{
    const qsizetype max = SmtpReplyParser::MaxLineLength;
    const QByteArray atLimit = "250 " + QByteArray(max - 4, 'a');
    QCOMPARE(atLimit.size(), max);
    QVERIFY(SmtpReplyParser::parseOne(QByteArray(atLimit + "\r\n")));
    QVERIFY(SmtpReplyParser::parseOne(QByteArray(atLimit + "\n")));
    QCOMPARE(runBytewise(QByteArray(atLimit + "\r\n")), runWhole(QByteArray(atLimit + "\r\n")));
    QVERIFY(!SmtpReplyParser::parseOne(QByteArray(atLimit + "a\r\n")));
    QCOMPARE(runWhole(QByteArray(atLimit + "a\r\n")), QByteArrayList { "line-too-long" });
    QCOMPARE(runBytewise(QByteArray(atLimit + "a\r\n")), QByteArrayList { "line-too-long" });
    QCOMPARE(runBytewise(QByteArray(atLimit + "a\n")), QByteArrayList { "line-too-long" });
}

void TestReplyParser::lineCountLimit()
{
    const int max = SmtpReplyParser::MaxLinesPerReply;
    const QByteArray atLimit = repeated("250-x\r\n", max - 1) + "250 x\r\n";
    const std::optional<SmtpReply> reply = SmtpReplyParser::parseOne(atLimit);
    QVERIFY(reply);
    QCOMPARE(reply->lines.size(), max);

    const QByteArray over = repeated("250-x\r\n", max) + "250 x\r\n";
    QByteArrayList expected = QByteArrayList();
    for (int i = 0; i < max; ++i)
        expected << "consumed 250-x";
    expected << "too-many-lines";
    QCOMPARE(runWhole(over), expected);

    // An endless multiline reply fails without the parser holding it all.
    SmtpReplyParser parser;
    Status status = Status::NeedMoreData;
    int steps = 0;
    while (status == Status::NeedMoreData || status == Status::LineConsumed) {
        if (status == Status::NeedMoreData)
            parser.feed("250-more\r\n");
        status = parser.step();
        QVERIFY(++steps < 10 * max);
    }
    QCOMPARE(status, Status::TooManyLines);
    QVERIFY(!parser.errorString().isEmpty());
}

void TestReplyParser::errorIsSticky()
{
    SmtpReplyParser parser;
    parser.feed("250-a\r\n251 b\r\n250 c\r\n");
    QCOMPARE(parser.step(), Status::LineConsumed);
    QCOMPARE(parser.step(), Status::Malformed);
    QVERIFY(parser.errorString().contains(u"251"));
    QCOMPARE(parser.lastLine(), "251 b"_ba);
    parser.feed("250 ok\r\n");
    QCOMPARE(parser.step(), Status::Malformed);
    QCOMPARE(parser.step(), Status::Malformed);
    parser.reset();
    QVERIFY(parser.errorString().isEmpty());
    parser.feed("250 ok\r\n");
    QCOMPARE(parser.step(), Status::ReplyComplete);
}

void TestReplyParser::bufferedBytesAfterReply()
{
    // After "220 Ready to start TLS" nothing may be waiting (CVE-2011-0411 style injection).
    SmtpReplyParser parser;
    parser.feed("220 2.0.0 Ready to start TLS\r\n");
    QCOMPARE(parser.step(), Status::ReplyComplete);
    QCOMPARE(parser.bufferedBytes(), 0);

    parser.feed("220 Ready\r\n250 injected\r\n");
    QCOMPARE(parser.step(), Status::ReplyComplete);
    QCOMPARE(parser.bufferedBytes(), qsizetype(strlen("250 injected\r\n")));
}

void TestReplyParser::reset()
{
    SmtpReplyParser parser;
    parser.feed("250-a\r\n250-b");
    QCOMPARE(parser.step(), Status::LineConsumed);
    QVERIFY(parser.inReply());
    parser.reset();
    QVERIFY(!parser.inReply());
    QCOMPARE(parser.bufferedBytes(), 0);
    QVERIFY(parser.lastLine().isEmpty());
    parser.feed("221 bye\r\n");
    QCOMPARE(parser.step(), Status::ReplyComplete);
    QCOMPARE(parser.takeReply().code, 221);
}

void TestReplyParser::parseOneIsStrict_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::newRow("one reply") << "250 ok\r\n"_ba << true;
    QTest::newRow("no line end") << "250 ok"_ba << false;
    QTest::newRow("two replies") << "250 ok\r\n250 ok\r\n"_ba << false;
    QTest::newRow("trailing bytes") << "250 ok\r\nx"_ba << false;
    QTest::newRow("unfinished multiline") << "250-ok\r\n"_ba << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestReplyParser::parseOneIsStrict()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    QCOMPARE(bool(SmtpReplyParser::parseOne(input)), ok);
}

void TestReplyParser::summary_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("summary");
    QTest::newRow("enhanced") << "550 5.1.1 No such user\r\n"_ba << u"550 5.1.1 No such user"_s;
    QTest::newRow("plain") << "421 closing\r\n"_ba << u"421 closing"_s;
    QTest::newRow("code only") << "250\r\n"_ba << u"250"_s;
    QTest::newRow("enhanced only") << "250 2.0.0\r\n"_ba << u"250 2.0.0"_s;
    QTest::newRow("multiline") << "550-5.7.1 Relaying\r\n550 5.7.1 denied\r\n"_ba
                               << u"550 5.7.1 Relaying denied"_s;
    QTest::newRow("controls") << "554 a\x07z\r\n"_ba << u"554 a\\x07z"_s;
}

void TestReplyParser::summary()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, summary);
    const std::optional<SmtpReply> reply = SmtpReplyParser::parseOne(input);
    QVERIFY(reply);
    QCOMPARE(reply->summary(), summary);
    QVERIFY(SmtpReply().summary().isEmpty());
}

void TestReplyParser::replyClasses()
{
    SmtpReply reply;
    QVERIFY(!reply.isValid());
    reply.code = 250;
    QVERIFY(reply.isValid() && reply.isPositiveCompletion());
    reply.code = 354;
    QVERIFY(reply.isPositiveIntermediate());
    reply.code = 451;
    QVERIFY(reply.isTransientFailure() && !reply.isPermanentFailure());
    reply.code = 554;
    QVERIFY(reply.isPermanentFailure() && reply.isValid());
}

QTEST_GUILESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
