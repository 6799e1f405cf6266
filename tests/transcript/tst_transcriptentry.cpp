// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// Tests of TranscriptEntry: the C:/S: format, escaping and truncation.
#include "transcript/transcriptentry.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using Direction = TranscriptEntry::Direction;

class TestTranscriptEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefixes();
    void fromWire_data();
    void fromWire();
    void truncation();
    void truncationKeepsUtf8Whole();
    void scenarioLine();
    void displayLine();
    void event();
    void formatTranscript();
    void makeControlsVisible_data();
    void makeControlsVisible();
};

void TestTranscriptEntry::prefixes()
{
    QCOMPARE(TranscriptEntry::prefix(Direction::Client), u"C: "_s);
    QCOMPARE(TranscriptEntry::prefix(Direction::Server), u"S: "_s);
    QCOMPARE(TranscriptEntry::prefix(Direction::Event), u"# "_s);
}

void TestTranscriptEntry::fromWire_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << "EHLO client.example.org"_ba << u"EHLO client.example.org"_s;
    QTest::newRow("CRLF stripped") << "QUIT\r\n"_ba << u"QUIT"_s;
    QTest::newRow("LF stripped") << "QUIT\n"_ba << u"QUIT"_s;
    QTest::newRow("one line end only") << "QUIT\r\n\r\n"_ba << u"QUIT\\r\\n"_s;
    QTest::newRow("inner CR") << "a\rb"_ba << u"a\\rb"_s;
    QTest::newRow("escape sequence") << "250 \x1b[31mred"_ba << u"250 \\x1b[31mred"_s;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << u"a\\x00b"_s;
    QTest::newRow("UTF-8") << "250 Grüße"_ba << u"250 Grüße"_s;
    QTest::newRow("invalid UTF-8") << "250 \xff\xfe"_ba << u"250 \uFFFD\uFFFD"_s;
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestTranscriptEntry::fromWire()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, text);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const TranscriptEntry entry = TranscriptEntry::fromWire(7, Direction::Server, line);
    QCOMPARE(entry.text, text);
    QCOMPARE(entry.sessionId, quint64(7));
    QCOMPARE(entry.direction, Direction::Server);
    QCOMPARE(entry.omittedBytes, 0);
    QVERIFY(entry.time.isValid());
    QCOMPARE(entry.time.timeSpec(), Qt::UTC);
    QVERIFY(entry.time >= before);
}

void TestTranscriptEntry::truncation()
{
    const QByteArray line = QByteArray(5000, 'x') + "\r\n";
    const TranscriptEntry entry = TranscriptEntry::fromWire(1, Direction::Server, line);
    QCOMPARE(entry.text.size(), TranscriptEntry::MaxTextLength);
    QCOMPARE(entry.omittedBytes, 5000 - TranscriptEntry::MaxTextLength);
    QVERIFY(entry.toScenarioLine().endsWith(u" [3000 bytes omitted]"));

    const QByteArray exact(TranscriptEntry::MaxTextLength, 'y');
    QCOMPARE(TranscriptEntry::fromWire(1, Direction::Client, exact).omittedBytes, 0);
}

void TestTranscriptEntry::truncationKeepsUtf8Whole()
{
    // "é" is two bytes and straddles the limit: it goes entirely to the omitted part.
    const QByteArray line = QByteArray(TranscriptEntry::MaxTextLength - 1, 'a') + "\xc3\xa9" + "zz";
    const TranscriptEntry entry = TranscriptEntry::fromWire(1, Direction::Server, line);
    QCOMPARE(entry.text, QString(TranscriptEntry::MaxTextLength - 1, u'a'));
    QCOMPARE(entry.omittedBytes, 4);
    QVERIFY(!entry.text.contains(QChar(0xfffd)));
}

void TestTranscriptEntry::scenarioLine()
{
    TranscriptEntry entry;
    entry.direction = Direction::Client;
    entry.text = u"MAIL FROM:<a@b>"_s;
    QCOMPARE(entry.toScenarioLine(), u"C: MAIL FROM:<a@b>"_s);
    entry.direction = Direction::Event;
    entry.text = u"TLS established"_s;
    QCOMPARE(entry.toScenarioLine(), u"# TLS established"_s);
}

void TestTranscriptEntry::displayLine()
{
    TranscriptEntry entry = TranscriptEntry::fromWire(3, Direction::Client, "EHLO host\r\n");
    const QString line = entry.toDisplayLine();
    static const QRegularExpression pattern(
        u"^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[3\\] C: EHLO host$"_s);
    QVERIFY2(pattern.match(line).hasMatch(), qPrintable(line));
    QVERIFY(line.startsWith(entry.time.toLocalTime().toString(u"hh:mm:ss.zzz"_s)));

    entry.time = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 1, 234), Qt::UTC);
    QCOMPARE(entry.toDisplayLine(),
        entry.time.toLocalTime().toString(u"hh:mm:ss.zzz"_s) + u" [3] C: EHLO host"_s);
}

void TestTranscriptEntry::event()
{
    const TranscriptEntry entry = TranscriptEntry::event(9, u"connection lost\nretrying"_s);
    QCOMPARE(entry.direction, Direction::Event);
    QCOMPARE(entry.sessionId, quint64(9));
    QCOMPARE(entry.text, u"connection lost\\nretrying"_s);
    QVERIFY(entry.time.isValid());
}

void TestTranscriptEntry::formatTranscript()
{
    QList<TranscriptEntry> entries;
    entries << TranscriptEntry::fromWire(1, Direction::Server, "220 mx ESMTP\r\n")
            << TranscriptEntry::fromWire(1, Direction::Client, "EHLO host\r\n")
            << TranscriptEntry::event(1, u"note"_s);
    QCOMPARE(::formatTranscript(entries), u"S: 220 mx ESMTP\nC: EHLO host\n# note\n"_s);
    QCOMPARE(::formatTranscript({}), QString());
}

void TestTranscriptEntry::makeControlsVisible_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("clean") << u"plain text ü 用户"_s << u"plain text ü 用户"_s;
    QTest::newRow("CR LF TAB") << u"a\r\n\tb"_s << u"a\\r\\n\\tb"_s;
    QTest::newRow("C0") << u"\x01\x1f"_s << u"\\x01\\x1f"_s;
    QTest::newRow("DEL and C1") << u"\x7f\u0085\u009f"_s << u"\\x7f\\x85\\x9f"_s;
    QTest::newRow("NBSP kept") << u"a\u00a0b"_s << u"a\u00a0b"_s;
    QTest::newRow("line separators") << u"a\u2028b\u2029c"_s << u"a\\u2028b\\u2029c"_s;
    QTest::newRow("bidi") << u"\u202e\u2066\u200f"_s << u"\\u202e\\u2066\\u200f"_s;
    QTest::newRow("emoji with ZWJ kept") << u"👩\u200d💻"_s << u"👩\u200d💻"_s;
}

void TestTranscriptEntry::makeControlsVisible()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(::makeControlsVisible(input), output);
}

QTEST_GUILESS_MAIN(TestTranscriptEntry)
#include "tst_transcriptentry.moc"
