// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// The retry policy as a table, without a socket: decideAttemptOutcome() for every reply class
// at every step of a session (greeting, STARTTLS, AUTH, MAIL, RCPT, DATA, end of data), the
// 452 split and MAILMAX, partly sent messages, backoff, the give-up age and the uncertain case.
// Errors are built as SmtpSession builds them for each step.
#include "outbox/attemptoutcome.h"

#include <QtTest>

namespace {

const QDateTime Now(QDate(2030, 1, 15), QTime(9, 0), Qt::UTC);
const QString A = QStringLiteral("a@example.org");
const QString B = QStringLiteral("b@example.org");
const QString C = QStringLiteral("c@example.org");

SmtpReply reply(int code, const QByteArray &enhanced = {}, const QByteArray &text = "words")
{
    SmtpReply r;
    r.code = code;
    r.enhancedCode = enhanced;
    r.lines << (enhanced.isEmpty() ? text : enhanced + ' ' + text);
    return r;
}

// "a@example.org=250 2.1.5" → the recipient's result; "a@example.org=" never tried.
QList<SmtpRecipientResult> results(const QStringList &specs)
{
    QList<SmtpRecipientResult> list;
    for (const QString &spec : specs) {
        const QString address = spec.section(u'=', 0, 0);
        const QString rest = spec.section(u'=', 1);
        SmtpRecipientResult result { address, {} };
        if (!rest.isEmpty())
            result.reply = reply(rest.section(u' ', 0, 0).toInt(),
                rest.section(u' ', 1, 1).toLatin1(), rest.section(u' ', 2).toUtf8());
        list << result;
    }
    return list;
}

OutboxMessage message(const QStringList &pending, qint64 ageSeconds, int attempts,
    const QStringList &refusedBefore = {})
{
    OutboxMessage m;
    m.id = 7;
    m.createdAt = Now.addSecs(-ageSeconds);
    m.attemptCount = attempts;
    for (const QString &address : pending)
        m.recipients << OutboxRecipient { address, RecipientState::Pending, {} };
    for (const QString &address : refusedBefore)
        m.recipients << OutboxRecipient { address, RecipientState::Failed,
            reply(550, "5.1.1", "no such user") };
    return m;
}

} // namespace

class TestAttemptOutcome : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void names();
    void decide_data();
    void decide();
};

void TestAttemptOutcome::names()
{
    const QList<std::pair<AttemptResult, QString>> names {
        { AttemptResult::Sent, QStringLiteral("sent") },
        { AttemptResult::Deferred, QStringLiteral("deferred") },
        { AttemptResult::Failed, QStringLiteral("failed") },
        { AttemptResult::Held, QStringLiteral("held") },
        { AttemptResult::Uncertain, QStringLiteral("uncertain") },
    };
    for (const auto &[result, name] : names) {
        // The names the queue database has always held for attempts.
        QCOMPARE(toString(result), name);
        AttemptResult parsed = AttemptResult::Sent;
        QVERIFY(parseAttemptResult(name, &parsed));
        QVERIFY(parsed == result);
        QCOMPARE(stateName(stateAfter(result)), name);
    }
    AttemptResult untouched = AttemptResult::Held;
    QVERIFY(!parseAttemptResult(QStringLiteral("partly-sent"), &untouched));
    QVERIFY(!parseAttemptResult(QString(), &untouched));
    QVERIFY(untouched == AttemptResult::Held);
}

void TestAttemptOutcome::decide_data()
{
    QTest::addColumn<QStringList>("pending"); // the message's pending recipients
    QTest::addColumn<QStringList>("refusedBefore"); // refused for good by an earlier attempt
    QTest::addColumn<QStringList>("recipientResults");
    QTest::addColumn<SmtpError>("error");
    QTest::addColumn<qint64>("age"); // seconds since the message was enqueued
    QTest::addColumn<int>("attempts"); // attempts before this one
    QTest::addColumn<AttemptResult>("result");
    QTest::addColumn<qint64>("nextIn"); // seconds from now; -1: no next attempt
    QTest::addColumn<QString>("reasonHas");

    const QStringList one { A };
    const QStringList none;
    const qint64 hour = 3600;
    auto at = [](const QString &step, int code, const QByteArray &enhanced = {}) {
        return SmtpError::fromReply(reply(code, enhanced), step);
    };

    // Delivered.
    QTest::newRow("250 for everyone")
        << QStringList { A, B } << none
        << QStringList { A + QStringLiteral("=250 2.1.5"), B + QStringLiteral("=250 2.1.5") }
        << SmtpError() << hour << 0 << AttemptResult::Sent << qint64(-1) << QString();

    // The greeting (RFC 5321 §4.3.1: 220, or 554; 421 closes).
    QTest::newRow("greeting 421") << one << none << QStringList { A + QStringLiteral("=") }
                                  << at(QStringLiteral("greeting"), 421, "4.3.2") << hour << 0
                                  << AttemptResult::Deferred << qint64(60) << QStringLiteral("421");
    QTest::newRow("greeting 450") << one << none << QStringList { A + QStringLiteral("=") }
                                  << at(QStringLiteral("greeting"), 450) << hour << 0
                                  << AttemptResult::Deferred << qint64(60) << QStringLiteral("450");
    QTest::newRow("greeting 554") << one << none << QStringList { A + QStringLiteral("=") }
                                  << at(QStringLiteral("greeting"), 554, "5.3.2") << hour << 0
                                  << AttemptResult::Failed << qint64(-1) << QStringLiteral("554");

    // STARTTLS (RFC 3207 §4): 454 is temporary; a 5yz never means "go on in plaintext".
    QTest::newRow("STARTTLS 454") << one << none << QStringList { A + QStringLiteral("=") }
                                  << SmtpError(SmtpError::TransientFailure,
                                         QStringLiteral("STARTTLS"), reply(454, "4.7.0"))
                                  << hour << 0 << AttemptResult::Deferred << qint64(60)
                                  << QStringLiteral("454");
    QTest::newRow("STARTTLS 501") << one << none << QStringList { A + QStringLiteral("=") }
                                  << SmtpError(SmtpError::StartTlsRefused,
                                         QStringLiteral("STARTTLS"), reply(501, "5.5.4"))
                                  << hour << 0 << AttemptResult::Held << qint64(-1)
                                  << QStringLiteral("501");

    // AUTH (RFC 4954 §6): 454 temporary, 535 bad credentials, 538 needs encryption.
    QTest::newRow("AUTH 454") << one << none << QStringList { A + QStringLiteral("=") }
                              << SmtpError(SmtpError::TransientFailure, QStringLiteral("AUTH"),
                                     reply(454, "4.7.0"))
                              << hour << 0 << AttemptResult::Deferred << qint64(60)
                              << QStringLiteral("454");
    QTest::newRow("AUTH 535") << one << none << QStringList { A + QStringLiteral("=") }
                              << SmtpError(SmtpError::AuthenticationFailed, QStringLiteral("AUTH"),
                                     reply(535, "5.7.8"))
                              << hour << 0 << AttemptResult::Held << qint64(-1)
                              << QStringLiteral("535");
    QTest::newRow("AUTH 538") << one << none << QStringList { A + QStringLiteral("=") }
                              << SmtpError(SmtpError::AuthRequiresEncryption,
                                     QStringLiteral("AUTH"), reply(538, "5.7.11"))
                              << hour << 0 << AttemptResult::Held << qint64(-1)
                              << QStringLiteral("538");

    // MAIL FROM.
    QTest::newRow("MAIL 451") << one << none << QStringList { A + QStringLiteral("=") }
                              << at(QStringLiteral("MAIL FROM"), 451, "4.3.0") << hour << 0
                              << AttemptResult::Deferred << qint64(60) << QStringLiteral("451");
    QTest::newRow("MAIL 550") << one << none << QStringList { A + QStringLiteral("=") }
                              << at(QStringLiteral("MAIL FROM"), 550, "5.7.1") << hour << 0
                              << AttemptResult::Failed << qint64(-1) << QStringLiteral("550");
    QTest::newRow("MAIL 552 size")
        << one << none << QStringList { A + QStringLiteral("=") }
        << at(QStringLiteral("MAIL FROM"), 552, "5.3.4") << hour << 0 << AttemptResult::Failed
        << qint64(-1) << QStringLiteral("5.3.4");

    // RCPT TO: every recipient refused, or some.
    QTest::newRow("RCPT 450 for all")
        << QStringList { A, B } << none
        << QStringList { A + QStringLiteral("=450 4.2.0"), B + QStringLiteral("=550 5.1.1") }
        << SmtpError(SmtpError::TransientFailure, QStringLiteral("every recipient was refused"),
               reply(450, "4.2.0"))
        << hour << 0 << AttemptResult::Deferred << qint64(60) << QStringLiteral("450");
    QTest::newRow("RCPT 550 for all")
        << QStringList { A, B } << none
        << QStringList { A + QStringLiteral("=550 5.1.1"), B + QStringLiteral("=553 5.1.3") }
        << SmtpError(SmtpError::AllRecipientsRejected,
               QStringLiteral("every recipient was refused"), reply(550, "5.1.1"))
        << hour << 0 << AttemptResult::Failed << qint64(-1) << QStringLiteral("550");
    QTest::newRow("RCPT 550 for some: partly sent")
        << QStringList { A, B } << none
        << QStringList { A + QStringLiteral("=250 2.1.5"), B + QStringLiteral("=550 5.1.1 nobody") }
        << SmtpError() << hour << 0 << AttemptResult::Sent << qint64(-1)
        << QStringLiteral("b@example.org (550 5.1.1 nobody)");
    QTest::newRow("RCPT 450 for some: the rest later")
        << QStringList { A, B } << none
        << QStringList { A + QStringLiteral("=250 2.1.5"), B + QStringLiteral("=450 4.2.0") }
        << SmtpError() << hour << 0 << AttemptResult::Deferred << qint64(60)
        << QStringLiteral("b@example.org");
    QTest::newRow("refused earlier, the rest now")
        << QStringList { A } << QStringList { C }
        << QStringList { A + QStringLiteral("=250 2.1.5") } << SmtpError() << hour << 1
        << AttemptResult::Sent << qint64(-1)
        << QStringLiteral("c@example.org (550 5.1.1 no such user)");

    // The 452 split (RFC 5321 §4.5.3.1.10) and MAILMAX (RFC 9422): the rest at once.
    QTest::newRow("452 after others: split")
        << QStringList { A, B, C } << none
        << QStringList { A + QStringLiteral("=250 2.1.5"), B + QStringLiteral("=250 2.1.5"),
               C + QStringLiteral("=452 4.5.3 too many") }
        << SmtpError() << hour << 0 << AttemptResult::Deferred << qint64(0)
        << QStringLiteral("fewer recipients");
    QTest::newRow("452 with nobody accepted: backoff")
        << QStringList { A } << none << QStringList { A + QStringLiteral("=452 4.5.3 too many") }
        << SmtpError(SmtpError::TransientFailure, QStringLiteral("every recipient was refused"),
               reply(452, "4.5.3"))
        << hour << 0 << AttemptResult::Deferred << qint64(60) << QStringLiteral("452");
    QTest::newRow("MAILMAX reached")
        << QStringList { A, B } << none
        << QStringList { A + QStringLiteral("=250 2.1.5"), B + QStringLiteral("=") }
        << SmtpError(SmtpError::TransactionLimitReached, QStringLiteral("MAILMAX")) << hour << 0
        << AttemptResult::Deferred << qint64(0) << QStringLiteral("MAILMAX");

    // DATA and the end of data (RFC 5321 §4.1.1.4).
    QTest::newRow("DATA 451") << one << none << QStringList { A + QStringLiteral("=451 4.3.0") }
                              << at(QStringLiteral("DATA"), 451, "4.3.0") << hour << 0
                              << AttemptResult::Deferred << qint64(60) << QStringLiteral("451");
    QTest::newRow("DATA 554") << one << none << QStringList { A + QStringLiteral("=554 5.5.1") }
                              << at(QStringLiteral("DATA"), 554, "5.5.1") << hour << 0
                              << AttemptResult::Failed << qint64(-1) << QStringLiteral("554");
    QTest::newRow("end of data 451")
        << one << none << QStringList { A + QStringLiteral("=451 4.3.0") }
        << at(QString(), 451, "4.3.0") << hour << 0 << AttemptResult::Deferred << qint64(60)
        << QStringLiteral("451");
    QTest::newRow("end of data 552")
        << one << none << QStringList { A + QStringLiteral("=552 5.3.4") }
        << at(QString(), 552, "5.3.4") << hour << 0 << AttemptResult::Failed << qint64(-1)
        << QStringLiteral("552");
    QTest::newRow("end of data 554")
        << one << none << QStringList { A + QStringLiteral("=554 5.7.1") }
        << at(QString(), 554, "5.7.1") << hour << 0 << AttemptResult::Failed << qint64(-1)
        << QStringLiteral("554");

    // The connection itself.
    QTest::newRow("refused connection") << one << none << QStringList { A + QStringLiteral("=") }
                                        << SmtpError(SmtpError::ConnectionRefused) << hour << 0
                                        << AttemptResult::Deferred << qint64(60) << QString();
    QTest::newRow("timeout, backoff grows")
        << one << none << QStringList { A + QStringLiteral("=") } << SmtpError(SmtpError::Timeout)
        << hour << 3 << AttemptResult::Deferred << qint64(480) << QString();
    QTest::newRow("backoff ceiling")
        << one << none << QStringList { A + QStringLiteral("=") } << SmtpError(SmtpError::Timeout)
        << hour << 20 << AttemptResult::Deferred << qint64(1800) << QString();
    QTest::newRow("untrusted certificate") << one << none << QStringList { A + QStringLiteral("=") }
                                           << SmtpError(SmtpError::CertificateUntrusted) << hour
                                           << 0 << AttemptResult::Held << qint64(-1) << QString();
    QTest::newRow("TLS handshake failed") << one << none << QStringList { A + QStringLiteral("=") }
                                          << SmtpError(SmtpError::TlsHandshakeFailed) << hour << 0
                                          << AttemptResult::Deferred << qint64(60) << QString();
    QTest::newRow("bad configuration") << one << none << QStringList { A + QStringLiteral("=") }
                                       << SmtpError(SmtpError::InvalidConfiguration) << hour << 0
                                       << AttemptResult::Held << qint64(-1) << QString();
    QTest::newRow("bad message data") << one << none << QStringList { A + QStringLiteral("=") }
                                      << SmtpError(SmtpError::InvalidMessageData) << hour << 0
                                      << AttemptResult::Failed << qint64(-1) << QString();

    // Lost after the final dot: the server may have it (RFC 5321 §4.1.1.4, §6.1).
    QTest::newRow("uncertain") << one << none << QStringList { A + QStringLiteral("=250 2.1.5") }
                               << SmtpError(SmtpError::ConnectionLostAfterData) << hour << 0
                               << AttemptResult::Uncertain << qint64(-1) << QString();
    QTest::newRow("uncertain, even when old")
        << one << none << QStringList { A + QStringLiteral("=250 2.1.5") }
        << SmtpError(SmtpError::ConnectionLostAfterData) << 10 * 24 * hour << 0
        << AttemptResult::Uncertain << qint64(-1) << QString();

    // The give-up age (RetryPolicy::giveUpAfter, four days by default).
    QTest::newRow("4yz just before the give-up age")
        << one << none << QStringList { A + QStringLiteral("=") }
        << at(QStringLiteral("MAIL FROM"), 451) << 4 * 24 * hour - 1 << 30
        << AttemptResult::Deferred << qint64(1800) << QStringLiteral("451");
    QTest::newRow("4yz at the give-up age")
        << one << none << QStringList { A + QStringLiteral("=") }
        << at(QStringLiteral("MAIL FROM"), 451) << 4 * 24 * hour << 30 << AttemptResult::Failed
        << qint64(-1) << QStringLiteral("gave up after 4 day(s)");
    QTest::newRow("recipient 450 at the give-up age")
        << QStringList { A, B } << none
        << QStringList { A + QStringLiteral("=250 2.1.5"), B + QStringLiteral("=450 4.2.0") }
        << SmtpError() << 5 * 24 * hour << 30 << AttemptResult::Failed << qint64(-1)
        << QStringLiteral("gave up");
}

void TestAttemptOutcome::decide()
{
    QFETCH(QStringList, pending);
    QFETCH(QStringList, refusedBefore);
    QFETCH(QStringList, recipientResults);
    QFETCH(SmtpError, error);
    QFETCH(qint64, age);
    QFETCH(int, attempts);
    QFETCH(AttemptResult, result);
    QFETCH(qint64, nextIn);
    QFETCH(QString, reasonHas);

    const RetryPolicy policy; // 60 s doubling to 30 min, give up after 4 days
    const AttemptOutcome outcome
        = decideAttemptOutcome(message(pending, age, attempts, refusedBefore),
            results(recipientResults), error, policy, Now);
    QCOMPARE(toString(outcome.result), toString(result));
    if (nextIn < 0)
        QVERIFY(!outcome.nextAttemptAt.isValid());
    else
        QCOMPARE(Now.secsTo(outcome.nextAttemptAt), nextIn);
    QVERIFY2(outcome.reason.contains(reasonHas), qPrintable(outcome.reason));
    if (result != AttemptResult::Sent)
        QVERIFY(!outcome.reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestAttemptOutcome)
#include "tst_attemptoutcome.moc"
