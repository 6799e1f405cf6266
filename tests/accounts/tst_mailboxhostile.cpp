// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// MailboxLoginTest against the scripted hostile server (tests/support/scripted_server.py):
// mailbox servers that never stop talking, and SASL challenges that must never be kept.
#include "accounts/mailboxlogintest.h"
#include "serverprocess.h"
#include "transcriptcheck.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

using Protocol = MailboxServerSettings::Protocol;
using Error = MailboxLoginTest::Error;

const QString Secret = QStringLiteral("sup3r-s3cret");

// What a flood may send at most: far more than any cap lets in, little enough that a client
// without caps (today's main) fails the memory check without troubling the machine.
constexpr qint64 FloodLimit = 128 * 1024 * 1024;
// Resident memory the login test may add while being flooded: the caps (2 MiB, 1000 lines),
// the socket's buffer and the transcript entries this test keeps.
constexpr qint64 MemoryBudget = 48 * 1024 * 1024;

// Resident memory of this process in bytes (Linux), 0 where unknown.
qint64 residentBytes()
{
    FILE *statm = std::fopen("/proc/self/statm", "r");
    if (!statm)
        return 0;
    long size = 0;
    long resident = 0;
    const int fields = std::fscanf(statm, "%ld %ld", &size, &resident);
    std::fclose(statm);
    return fields == 2 ? qint64(resident) * sysconf(_SC_PAGESIZE) : 0;
}

struct Run
{
    bool finished = false;
    Error error = Error::NoError;
    QString errorString;
    QString transcript; // the entries kept, in the saved C:/S: form
    int entries = 0; // all entries, kept or not
    qint64 elapsedMs = 0;
    qint64 peakGrowth = 0; // highest resident memory above the start's
    ScriptedRecord record;
};

Run runAgainst(const QString &scenario, Protocol protocol)
{
    Run run;
    ScriptedServer server(scenario);
    if (!server.start()) {
        run.record.error = server.errorString();
        return run;
    }
    MailboxServerSettings settings;
    settings.protocol = protocol;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server.port();
    settings.security = ConnectionSecurity::None;
    settings.user = QStringLiteral("tester");
    settings.timeoutMs = 10000; // a caught flood ends long before: no timeout is mistaken
    SaslCredentials credentials;
    credentials.user = settings.user;
    credentials.secret = Secret;

    QList<TranscriptEntry> kept;
    const qint64 baseline = residentBytes();
    qint64 peak = baseline;
    {
        MailboxLoginTest test(settings, credentials);
        QObject::connect(
            &test, &MailboxLoginTest::transcriptEntry, [&](const TranscriptEntry &entry) {
                if (++run.entries <= 3000)
                    kept << entry;
            });
        QObject::connect(&test, &MailboxLoginTest::finished, [&](bool, const QString &error) {
            run.finished = true;
            run.errorString = error;
        });
        QTimer sampler;
        sampler.setInterval(5);
        QObject::connect(&sampler, &QTimer::timeout, [&] { peak = qMax(peak, residentBytes()); });
        sampler.start();
        QElapsedTimer clock;
        clock.start();
        test.start();
        (void)QTest::qWaitFor([&] { return run.finished; }, settings.timeoutMs * 2);
        run.elapsedMs = clock.elapsed();
        peak = qMax(peak, residentBytes());
        run.error = test.error();
    }
    run.peakGrowth = peak - baseline;
    run.transcript = formatTranscript(kept);
    run.record = server.finish(10000);
    return run;
}

QString describe(const Run &run)
{
    return QStringLiteral("error %1 \"%2\" after %3 ms, %4 MiB more memory, %5 entries\n%6\n%7")
        .arg(int(run.error))
        .arg(run.errorString)
        .arg(run.elapsedMs)
        .arg(run.peakGrowth / (1024 * 1024))
        .arg(run.entries)
        .arg(run.transcript.right(1500), run.record.describe());
}

} // namespace

class tst_MailboxHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endlessResponses_data();
    void endlessResponses();
    void saslChallengesRedacted_data();
    void saslChallengesRedacted();
};

void tst_MailboxHostile::endlessResponses_data()
{
    const QString limit = QString::number(FloodLimit);
    const QString literal = QString(65536, u'x');
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<QString>("scenario");
    // RFC 9051 §4.3: a line ending in {n} goes on after n bytes, and may end in {n} again.
    QTest::newRow("imap chained literals")
        << Protocol::Imap
        << QStringLiteral("S: * OK hostile IMAP ready\nC: a1 CAPABILITY\n"
                          "X: send * 1 FETCH (BODY[] {65536}\\r\\n\n"
                          "X: flood %1 %2 BODY[] {65536}\\r\\n\n")
               .arg(limit, literal);
    QTest::newRow("imap endless untagged lines")
        << Protocol::Imap
        << QStringLiteral("S: * OK hostile IMAP ready\nC: a1 CAPABILITY\n"
                          "X: flood %1 * OK still thinking\\r\\n\n")
               .arg(limit);
    QTest::newRow("imap one endless line")
        << Protocol::Imap
        << QStringLiteral("S: * OK hostile IMAP ready\nC: a1 CAPABILITY\n"
                          "X: send * CAPABILITY IMAP4rev1\n"
                          "X: flood %1  IMAP4rev1\n")
               .arg(limit);
    QTest::newRow("pop3 endless CAPA")
        << Protocol::Pop3
        << QStringLiteral("S: +OK hostile POP3 ready\nC: CAPA\nS: +OK capabilities follow\n"
                          "X: flood %1 X-PADDING %2\\r\\n\n")
               .arg(limit, QString(200, u'x'));
    QTest::newRow("pop3 one endless line")
        << Protocol::Pop3 << QStringLiteral("X: send +OK \nX: flood %1 xxxxxxxx\n").arg(limit);
}

void tst_MailboxHostile::endlessResponses()
{
    QFETCH(Protocol, protocol);
    QFETCH(QString, scenario);
    if (residentBytes() == 0)
        QSKIP("/proc/self/statm is not readable here, so memory cannot be measured");
    const Run run = runAgainst(scenario, protocol);
    QVERIFY2(run.record.isValid(), qPrintable(run.record.error));
    QVERIFY2(run.finished, qPrintable(describe(run)));
    qInfo("%lld ms, %lld KiB more memory at most, %d transcript entries", run.elapsedMs,
        run.peakGrowth / 1024, run.entries);
    // A clear error, quickly, with memory and the transcript bounded; and the client is the
    // one that gave up (the flood ended with its close, not with the limit).
    QCOMPARE(run.error, Error::ResponseTooLong);
    QVERIFY2(run.elapsedMs < 3000, qPrintable(describe(run)));
    QVERIFY2(run.peakGrowth < MemoryBudget, qPrintable(describe(run)));
    QVERIFY2(run.entries < 1100, qPrintable(describe(run)));
    QVERIFY2(run.record.passed(), qPrintable(describe(run)));
}

void tst_MailboxHostile::saslChallengesRedacted_data()
{
    // A server that is not the user's (its nonce does not continue ours) or that sends its
    // challenge without the "+": either way the challenge is not kept, in the transcript or
    // in the error. The client's own first message is redacted as before.
    const QString serverFirst
        = QString::fromLatin1(QByteArray("r=not-your-nonce,s=c2FsdHNhbHQ=,i=4096").toBase64());
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("challenge");
    QTest::newRow("imap SCRAM impostor")
        << Protocol::Imap
        << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=SCRAM-SHA-256] hostile\n"
                          "C: a1 AUTHENTICATE SCRAM-SHA-256 <redacted>\nS: + %1\nC: *\n"
                          "S: a1 BAD cancelled\nX: expect-close 5\n")
               .arg(serverFirst)
        << Error::AuthenticationFailed << serverFirst;
    QTest::newRow("imap challenge without +")
        << Protocol::Imap
        << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=SCRAM-SHA-256] hostile\n"
                          "C: a1 AUTHENTICATE SCRAM-SHA-256 <redacted>\nS: %1\n"
                          "X: expect-close 5\n")
               .arg(serverFirst)
        << Error::MalformedResponse << serverFirst;
    QTest::newRow("pop3 SCRAM impostor")
        << Protocol::Pop3
        << QStringLiteral("S: +OK hostile POP3 ready\nC: CAPA\nS: +OK\nS: SASL SCRAM-SHA-256\n"
                          "S: .\nC: AUTH SCRAM-SHA-256 <redacted>\nS: + %1\nC: *\n"
                          "S: -ERR cancelled\nX: expect-close 5\n")
               .arg(serverFirst)
        << Error::AuthenticationFailed << serverFirst;
    QTest::newRow("pop3 challenge without +")
        << Protocol::Pop3
        << QStringLiteral("S: +OK hostile POP3 ready\nC: CAPA\nS: +OK\nS: SASL SCRAM-SHA-256\n"
                          "S: .\nC: AUTH SCRAM-SHA-256 <redacted>\nS: %1\nX: expect-close 5\n")
               .arg(serverFirst)
        << Error::MalformedResponse << serverFirst;
}

void tst_MailboxHostile::saslChallengesRedacted()
{
    QFETCH(Protocol, protocol);
    QFETCH(QString, scenario);
    QFETCH(Error, error);
    QFETCH(QString, challenge);
    const Run run = runAgainst(scenario, protocol);
    QVERIFY2(run.record.isValid(), qPrintable(run.record.error));
    QVERIFY2(run.finished, qPrintable(describe(run)));
    QCOMPARE(run.error, error);
    QVERIFY2(run.record.passed(), qPrintable(describe(run)));
    const QString everything = run.transcript + QLatin1Char('\n') + run.errorString;
    QVERIFY2(!everything.contains(challenge), qPrintable(everything));
    const QString leak = saslChallengeIn(everything);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    QVERIFY2(run.transcript.contains(QStringLiteral("\nS: + <redacted>\n"))
            || run.transcript.contains(QStringLiteral("\nS: <redacted>\n")),
        qPrintable(run.transcript));
    QVERIFY(!everything.contains(Secret));
}

QTEST_GUILESS_MAIN(tst_MailboxHostile)
#include "tst_mailboxhostile.moc"
