// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// Tests of SmtpDataEncoder: line-end normalisation and dot-stuffing (RFC 5321 §2.3.8,
// §4.1.1.4, §4.5.2) across arbitrary chunk boundaries; and of SmtpDataCheck, which it uses as
// the last guard against a NUL or a line over 998 octets (RFC 5321 §4.5.3.1.6).
#include "smtp/dataencoder.h"
#include "smtp/smtpdatacheck.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Mode = SmtpDataEncoder::Mode;

Q_DECLARE_METATYPE(SmtpDataEncoder::Mode)
Q_DECLARE_METATYPE(SmtpDataProblem::Kind)

namespace {

QByteArray encodeChunks(
    Mode mode, const QList<QByteArrayView> &chunks, SmtpDataEncoder *encoderOut = nullptr)
{
    SmtpDataEncoder encoder(mode);
    QByteArray out;
    for (QByteArrayView chunk : chunks)
        out += encoder.encode(chunk);
    out += encoder.finish();
    if (encoderOut)
        *encoderOut = encoder;
    return out;
}

QByteArray encodeWhole(Mode mode, QByteArrayView input, SmtpDataEncoder *encoder = nullptr)
{
    return encodeChunks(mode, { input }, encoder);
}

QByteArray encodeBytewise(Mode mode, QByteArrayView input)
{
    QList<QByteArrayView> chunks;
    for (qsizetype i = 0; i < input.size(); ++i)
        chunks << input.sliced(i, 1);
    return encodeChunks(mode, chunks);
}

// The reference: every CRLF, bare CR and bare LF becomes CRLF, and a non-empty message
// ends in CRLF.
QByteArray normalised(QByteArrayView input)
{
    QByteArray out;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const char c = input.at(i);
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < input.size() && input.at(i + 1) == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

// Every CR is followed by LF and every LF preceded by CR.
bool hasOnlyCrlf(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n'))
            return false;
        if (bytes.at(i) == '\n' && (i == 0 || bytes.at(i - 1) != '\r'))
            return false;
    }
    return true;
}

// What the server does (RFC 5321 §4.5.2): stop at the "." line, drop one leading dot from
// each other line. Returns a null QByteArray when there is no terminator or bytes follow it.
QByteArray unstuff(const QByteArray &wire)
{
    QByteArray out("");
    qsizetype pos = 0;
    while (pos < wire.size()) {
        const qsizetype end = wire.indexOf("\r\n", pos);
        if (end < 0)
            return {};
        QByteArray line = wire.mid(pos, end - pos);
        pos = end + 2;
        if (line == ".")
            return pos == wire.size() ? out : QByteArray();
        if (line.startsWith('.'))
            line.remove(0, 1);
        out += line + "\r\n";
    }
    return {};
}

} // namespace

class TestDataEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data();
    void encode();
    void heldCarriageReturn();
    void statistics();
    void eightBit();
    void reset();
    void randomChunking_data();
    void randomChunking();
    void largeMessage();
    void dataCheck_data();
    void dataCheck();
    void dataCheckSurvivesAnySplit();
    void encoderFlagsWhatSmtpCannotCarry();
};

void TestDataEncoder::encode_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    const Mode dot = Mode::DotStuffed;
    QTest::newRow("empty") << dot << QByteArray() << ".\r\n"_ba;
    QTest::newRow("one dot") << dot << "."_ba
                             << "..\r\n.\r\n"_ba;
    QTest::newRow("two dots") << dot << ".."_ba
                              << "...\r\n.\r\n"_ba;
    QTest::newRow("dot line") << dot << ".\r\n"_ba
                              << "..\r\n.\r\n"_ba;
    QTest::newRow("terminator inside") << dot << "a\r\n.\r\nb"_ba
                                       << "a\r\n..\r\nb\r\n.\r\n"_ba;
    QTest::newRow("terminator sequence") << dot << "\r\n.\r\n"_ba
                                         << "\r\n..\r\n.\r\n"_ba;
    QTest::newRow("line starting with dot") << dot << "a\n.b\n"_ba
                                            << "a\r\n..b\r\n.\r\n"_ba;
    QTest::newRow("dot later in line") << dot << "a. b.\r\n"_ba
                                       << "a. b.\r\n.\r\n"_ba;
    QTest::newRow("dot after bare CR") << dot << "\r.\r"_ba
                                       << "\r\n..\r\n.\r\n"_ba;
    QTest::newRow("dot after bare LF") << dot << "x\n..y"_ba
                                       << "x\r\n...y\r\n.\r\n"_ba;
    QTest::newRow("bare LF") << dot << "a\nb\n"_ba
                             << "a\r\nb\r\n.\r\n"_ba;
    QTest::newRow("bare CR") << dot << "a\rb"_ba
                             << "a\r\nb\r\n.\r\n"_ba;
    QTest::newRow("CRCRLF") << dot << "a\r\r\nb"_ba
                            << "a\r\n\r\nb\r\n.\r\n"_ba;
    QTest::newRow("LFCR") << dot << "a\n\rb"_ba
                          << "a\r\n\r\nb\r\n.\r\n"_ba;
    QTest::newRow("CRLFLF") << dot << "a\r\n\nb"_ba
                            << "a\r\n\r\nb\r\n.\r\n"_ba;
    QTest::newRow("no final newline") << dot << "no newline"_ba
                                      << "no newline\r\n.\r\n"_ba;
    QTest::newRow("final CRLF") << dot << "line\r\n"_ba
                                << "line\r\n.\r\n"_ba;
    QTest::newRow("final LF") << dot << "line\n"_ba
                              << "line\r\n.\r\n"_ba;
    QTest::newRow("final CR") << dot << "line\r"_ba
                              << "line\r\n.\r\n"_ba;
    QTest::newRow("only CRLF") << dot << "\r\n"_ba
                               << "\r\n.\r\n"_ba;
    QTest::newRow("only LF") << dot << "\n"_ba
                             << "\r\n.\r\n"_ba;
    QTest::newRow("only CR") << dot << "\r"_ba
                             << "\r\n.\r\n"_ba;
    QTest::newRow("blank lines") << dot << "\n\n\r\r"_ba
                                 << "\r\n\r\n\r\n\r\n.\r\n"_ba;
    QTest::newRow("NUL passes") << dot << QByteArray("a\0b", 3) << QByteArray("a\0b\r\n.\r\n", 8);
    QTest::newRow("headers and body")
        << dot << "Subject: hi\nFrom: a@b\n\n.hidden\n..\nend"_ba
        << "Subject: hi\r\nFrom: a@b\r\n\r\n..hidden\r\n...\r\nend\r\n.\r\n"_ba;

    const Mode raw = Mode::Raw;
    QTest::newRow("raw empty") << raw << QByteArray() << QByteArray();
    QTest::newRow("raw dot") << raw << "."_ba
                             << ".\r\n"_ba;
    QTest::newRow("raw dot line") << raw << ".\r\n"_ba
                                  << ".\r\n"_ba;
    QTest::newRow("raw bare LF and CR") << raw << "a\nb\rc"_ba
                                        << "a\r\nb\r\nc\r\n"_ba;
    QTest::newRow("raw CRCRLF") << raw << "a\r\r\n"_ba
                                << "a\r\n\r\n"_ba;
    QTest::newRow("raw final CR") << raw << "a\r"_ba
                                  << "a\r\n"_ba;
}

void TestDataEncoder::encode()
{
    QFETCH(Mode, mode);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);

    SmtpDataEncoder encoder(mode);
    QCOMPARE(encodeWhole(mode, input, &encoder), expected);
    QCOMPARE(encoder.bytesWritten(), expected.size());
    QCOMPARE(encoder.linesWritten(), expected.count("\r\n"));
    QCOMPARE(encodeBytewise(mode, input), expected);
    for (qsizetype i = 0; i <= input.size(); ++i) {
        const QByteArrayView view(input);
        QCOMPARE(encodeChunks(mode, { view.first(i), QByteArrayView(), view.sliced(i) }), expected);
    }
}

void TestDataEncoder::heldCarriageReturn()
{
    // A chunk ending in CR gives that CR back only once the next byte shows what it was.
    SmtpDataEncoder encoder;
    QCOMPARE(encoder.encode("abc\r"), "abc"_ba);
    QCOMPARE(encoder.encode("\n.x"), "\r\n..x"_ba);
    QCOMPARE(encoder.encode("\r"), QByteArray());
    QCOMPARE(encoder.encode("\r"), "\r\n"_ba);
    QCOMPARE(encoder.encode("."), "\r\n.."_ba);
    QCOMPARE(encoder.finish(), "\r\n.\r\n"_ba);
}

void TestDataEncoder::statistics()
{
    SmtpDataEncoder encoder;
    QByteArray out = encoder.encode("one\ntwo\r\n.three");
    out += encoder.finish();
    QCOMPARE(out, "one\r\ntwo\r\n..three\r\n.\r\n"_ba);
    QCOMPARE(encoder.linesWritten(), 4); // three message lines and the terminator
    QCOMPARE(encoder.bytesWritten(), out.size());
}

void TestDataEncoder::eightBit()
{
    SmtpDataEncoder encoder;
    (void)encoder.encode("plain ascii\r\n");
    QVERIFY(!encoder.sawEightBit());
    (void)encoder.encode("Gr\xc3\xbc\xc3\x9f"
                         "e\n");
    QVERIFY(encoder.sawEightBit());
    (void)encoder.finish();
    QVERIFY(encoder.sawEightBit());
}

void TestDataEncoder::reset()
{
    SmtpDataEncoder encoder;
    (void)encoder.encode("\xff partial\r");
    encoder.reset();
    QVERIFY(!encoder.sawEightBit());
    QCOMPARE(encoder.linesWritten(), 0);
    QCOMPARE(encoder.bytesWritten(), 0);
    // No CR is left over, and the next message starts at a line start.
    QCOMPARE(encoder.encode(".a"), "..a"_ba);
    QCOMPARE(encoder.finish(), "\r\n.\r\n"_ba);
}

void TestDataEncoder::randomChunking_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::newRow("dot-stuffed") << Mode::DotStuffed;
    QTest::newRow("raw") << Mode::Raw;
}

// Property test: for random messages split at random places the output equals the one-chunk
// output, holds no bare CR or LF, and un-stuffing it gives back the normalised input.
void TestDataEncoder::randomChunking()
{
    QFETCH(Mode, mode);

    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    const QByteArray alphabet = "ab .\r\n\r\n..\xc3\xa9\0"_ba;
    for (int round = 0; round < 3000; ++round) {
        QByteArray input;
        const int length = random.bounded(0, round < 100 ? 8 : 300);
        for (int i = 0; i < length; ++i)
            input += alphabet.at(random.bounded(alphabet.size()));

        QList<QByteArrayView> chunks;
        for (qsizetype pos = 0; pos < input.size();) {
            const qsizetype size = std::min<qsizetype>(input.size() - pos, random.bounded(0, 12));
            chunks << QByteArrayView(input).sliced(pos, size);
            pos += size;
        }

        const QByteArray whole = encodeWhole(mode, input);
        const QByteArray chunked = encodeChunks(mode, chunks);
        const QByteArray context = "seed " + QByteArray::number(seed) + " round "
            + QByteArray::number(round) + " input " + input.toPercentEncoding();
        QVERIFY2(chunked == whole, context.constData());
        QVERIFY2(hasOnlyCrlf(whole), context.constData());
        if (mode == Mode::DotStuffed) {
            QVERIFY2(whole.endsWith(".\r\n"), context.constData());
            QVERIFY2(unstuff(whole) == normalised(input), context.constData());
            // No line but the last is a lone dot.
            QVERIFY2(
                !whole.chopped(3).startsWith(".\r\n") && !whole.chopped(3).contains("\r\n.\r\n"),
                context.constData());
        } else {
            QVERIFY2(whole == normalised(input), context.constData());
        }
    }
}

void TestDataEncoder::largeMessage()
{
    // 8 MiB of LF-ended lines, in 64 KiB chunks: output grows by exactly one CR per line.
    const QByteArray line = QByteArray(63, 'x') + '\n';
    QByteArray chunk;
    for (int i = 0; i < 1024; ++i)
        chunk += line;
    SmtpDataEncoder encoder(Mode::DotStuffed);
    qint64 total = 0;
    for (int i = 0; i < 128; ++i)
        total += encoder.encode(chunk).size();
    total += encoder.finish().size();
    QCOMPARE(total, qint64(128) * 1024 * 65 + 3);
    QCOMPARE(encoder.bytesWritten(), total);
    QCOMPARE(encoder.linesWritten(), qint64(128) * 1024 + 1);
}

void TestDataEncoder::dataCheck_data()
{
    using Kind = SmtpDataProblem::Kind;
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("offset");

    const QByteArray max(998, 'x');
    QTest::newRow("empty") << QByteArray() << Kind::None << 0LL << -1LL;
    QTest::newRow("998 octets, CRLF") << max + "\r\n" << Kind::None << 0LL << -1LL;
    QTest::newRow("998 octets, no line end") << max << Kind::None << 0LL << -1LL;
    QTest::newRow("998 octets, bare LF, 998 octets")
        << max + "\n" + max << Kind::None << 0LL << -1LL;
    QTest::newRow("998 octets, bare CR, 998 octets")
        << max + "\r" + max << Kind::None << 0LL << -1LL;
    QTest::newRow("999 octets") << max + "x" << Kind::LineTooLong << 1LL << 0LL;
    QTest::newRow("999 octets on line 3, CRLF") << "a\r\nb\r\n" + max + "x\r\n"
                                                << Kind::LineTooLong << 3LL << 6LL;
    QTest::newRow("999 octets on line 3, bare ends")
        << "a\rb\n" + max + "x" << Kind::LineTooLong << 3LL << 4LL;
    QTest::newRow("CRLF CR is two line ends")
        << "\r\n\r" + max + "x" << Kind::LineTooLong << 3LL << 3LL;
    QTest::newRow("LF CR is two line ends")
        << "\n\r" + max + "x" << Kind::LineTooLong << 3LL << 2LL;
    QTest::newRow("a leading dot counts once") << "." + QByteArray(997, 'x') + "\r\n"
                                               << Kind::None << 0LL << -1LL;
    QTest::newRow("NUL first") << QByteArray("\0", 1) << Kind::NulByte << 1LL << 0LL;
    QTest::newRow("NUL on line 2")
        << QByteArray("Subject: x\r\nab\0c", 16) << Kind::NulByte << 2LL << 14LL;
    QTest::newRow("NUL before a long line")
        << QByteArray("\0", 1) + max + "x" << Kind::NulByte << 1LL << 0LL;
    QTest::newRow("8-bit and controls pass")
        << "\xc3\xa9\x01\x7f\t\x0c"_ba << Kind::None << 0LL << -1LL;
}

void TestDataEncoder::dataCheck()
{
    QFETCH(QByteArray, input);
    QFETCH(SmtpDataProblem::Kind, kind);
    QFETCH(qint64, line);
    QFETCH(qint64, offset);

    const SmtpDataProblem problem = SmtpDataCheck::check(input);
    QCOMPARE(problem.kind, kind);
    QCOMPARE(problem.isProblem(), kind != SmtpDataProblem::Kind::None);
    if (!problem.isProblem()) {
        QVERIFY(problem.toString().isEmpty());
        return;
    }
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.offset, offset);
    // The sentence names the line and the offset.
    QVERIFY2(problem.toString().contains(QString::number(line)), qPrintable(problem.toString()));
    QVERIFY2(problem.toString().contains(QString::number(offset)), qPrintable(problem.toString()));

    // One byte at a time finds the same; after the problem nothing more is taken.
    SmtpDataCheck bytewise;
    bool ok = true;
    for (qsizetype i = 0; i < input.size() && ok; ++i)
        ok = bytewise.add(QByteArrayView(input).sliced(i, 1));
    QVERIFY(!ok);
    QCOMPARE(bytewise.problem().kind, kind);
    QCOMPARE(bytewise.problem().line, line);
    QCOMPARE(bytewise.problem().offset, offset);
    QVERIFY(!bytewise.add("more"));
}

// Property test: whatever the chunks, the check finds what one pass over the whole finds.
void TestDataEncoder::dataCheckSurvivesAnySplit()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    for (int round = 0; round < 300; ++round) {
        QByteArray input;
        while (input.size() < 3000) {
            const int pick = random.bounded(10);
            input += pick == 0 ? QByteArray("\r")
                : pick == 1    ? QByteArray("\n")
                : pick == 2    ? QByteArray("\r\n")
                               : QByteArray(random.bounded(0, 600), 'x');
        }
        if (random.bounded(3) == 0)
            input.insert(random.bounded(input.size()), '\0');
        const SmtpDataProblem whole = SmtpDataCheck::check(input);
        SmtpDataCheck chunked;
        for (qsizetype pos = 0; pos < input.size();) {
            const qsizetype size = std::min<qsizetype>(input.size() - pos, random.bounded(0, 700));
            (void)chunked.add(QByteArrayView(input).sliced(pos, size));
            pos += size;
        }
        const QByteArray context
            = "seed " + QByteArray::number(seed) + " round " + QByteArray::number(round);
        QVERIFY2(chunked.problem().kind == whole.kind, context.constData());
        QVERIFY2(chunked.problem().line == whole.line, context.constData());
        QVERIFY2(chunked.problem().offset == whole.offset, context.constData());
        // The reference: the longest line of the normalised input, and where a NUL is.
        qsizetype longest = 0;
        for (const QByteArray &line : normalised(input).split('\n'))
            longest = std::max(longest, line.size() - (line.endsWith('\r') ? 1 : 0));
        QVERIFY2(whole.isProblem() == (longest > 998 || input.contains('\0')), context.constData());
    }
}

void TestDataEncoder::encoderFlagsWhatSmtpCannotCarry()
{
    for (const Mode mode : { Mode::DotStuffed, Mode::Raw }) {
        SmtpDataEncoder encoder(mode);
        (void)encoder.encode("Subject: fine\r\n\r\n");
        QVERIFY(!encoder.problem().isProblem());
        (void)encoder.encode(QByteArray(500, 'a'));
        (void)encoder.encode(QByteArray(498, 'a'));
        QVERIFY(!encoder.problem().isProblem()); // 998 octets: still fine
        (void)encoder.encode("a\r\n");
        QCOMPARE(encoder.problem().kind, SmtpDataProblem::Kind::LineTooLong);
        QCOMPARE(encoder.problem().line, qint64(3));
        encoder.reset();
        QVERIFY(!encoder.problem().isProblem());
        (void)encoder.encode(QByteArray("x\0", 2));
        QCOMPARE(encoder.problem().kind, SmtpDataProblem::Kind::NulByte);
        QCOMPARE(encoder.problem().offset, qint64(1));
    }
}

QTEST_GUILESS_MAIN(TestDataEncoder)
#include "tst_dataencoder.moc"
