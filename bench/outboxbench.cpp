// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// outboxbench: the outbox's own figures. A benchmark, not a test: run it through
// bench/run-outbox-bench.sh, which runs the yardsticks on the same sink in the same run.
//
//   outboxbench --server HOST:PORT [--messages N] [--connections C] [--per-connection M]
//               [--enqueue-batch B]
//       enqueues N durable messages (one at a time, or B per batch) into a fresh profile, then
//       flushes them to a sink with C connections per account, and prints both rates.
//   outboxbench --batch [--messages N] [--batch-size B]
//       enqueues N durable messages into a fresh profile, B per batch (one sync and one
//       transaction each, as `outboundctl enqueue` of B files), and prints the rate.
//   outboxbench --fill DIR [--messages N] [--server HOST:PORT]
//       makes DIR (new) a profile after a year of use: N messages of 1-3 KiB enqueued in batches,
//       then nearly all of them through an attempt each as the scheduler records it (most sent,
//       some deferred, failed, uncertain or held), every attempt with its transcript.
#include "accounts/account.h"
#include "outbox/outbox.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

Account benchAccount(const QString &server)
{
    const QStringList hostPort = server.split(QLatin1Char(':'));
    Account account;
    account.name = QStringLiteral("bench");
    account.address = QStringLiteral("a@example.org");
    account.smtp.host = hostPort.value(0, QStringLiteral("127.0.0.1"));
    account.smtp.port = quint16(hostPort.value(1, QStringLiteral("9")).toUInt());
    account.smtp.security = ConnectionSecurity::None;
    account.smtp.heloName = QStringLiteral("bench.test");
    return account;
}

// A message of about `size` bytes, its lines 78 octets.
QByteArray message(int i, int size)
{
    QByteArray m = "From: a@example.org\r\nTo: user" + QByteArray::number(i % 500)
        + "@example.org\r\nSubject: report " + QByteArray::number(i) + "\r\nMessage-ID: <"
        + QByteArray::number(i) + "@bench.test>\r\n\r\n";
    while (m.size() < size)
        m += QByteArray(qMin(76, size + 2 - int(m.size())), 'x') + "\r\n";
    return m;
}

SmtpEnvelope envelopeOf(int i)
{
    SmtpEnvelope envelope;
    envelope.sender = QStringLiteral("a@example.org");
    envelope.recipients = { QStringLiteral("user%1@example.org").arg(i % 500) };
    return envelope;
}

// Enqueues `count` messages, `batchSize` per batch; false with the reason on stderr.
bool enqueueBatches(Outbox &outbox, int first, int count, int batchSize, int size)
{
    for (int done = 0; done < count;) {
        const std::unique_ptr<OutboxStore::Batch> batch = outbox.newBatch();
        for (const int end = qMin(count, done + batchSize); done < end; ++done) {
            QByteArray bytes = message(first + done, size);
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            if (!batch->add(QStringLiteral("bench"), envelopeOf(first + done), &buffer,
                    { QStringLiteral("report %1").arg(first + done), {}, false })) {
                err() << batch->errorString() << "\n";
                return false;
            }
        }
        QString error;
        if (!outbox.commit(batch.get(), &error)) {
            err() << error << "\n";
            return false;
        }
    }
    return true;
}

bool openOutbox(Outbox &outbox, const Account &account)
{
    QString error;
    if (!AccountStore(outbox.profile().accountsFile()).save(account, &error)
        || !outbox.open(&error)) {
        err() << error << "\n";
        return false;
    }
    return true;
}

// What the scheduler records after an attempt, with a transcript of the usual length.
OutboxAttempt attempt(const QDateTime &at, AttemptResult result, const QString &reply)
{
    OutboxAttempt a;
    a.startedAt = at;
    a.endedAt = at.addMSecs(850);
    a.server = QStringLiteral("smtp.example.org:587");
    a.result = result;
    a.transcript
        = QStringLiteral(
              "S: 220 smtp.example.org ESMTP ready\nC: EHLO bench.test\nS: 250-smtp.example.org\n"
              "S: 250-PIPELINING\nS: 250-SIZE 52428800\nS: 250-8BITMIME\nS: 250-AUTH PLAIN LOGIN\n"
              "S: 250 SMTPUTF8\nC: AUTH PLAIN <redacted>\nS: 235 2.7.0 Authentication successful\n"
              "C: MAIL FROM:<a@example.org> BODY=8BITMIME\nS: 250 2.1.0 Ok\n"
              "C: RCPT TO:<user@example.org>\nS: 250 2.1.5 Ok\nC: DATA\nS: 354 End data with "
              "<CR><LF>.<CR><LF>\n# 1480 bytes sent\nS: ")
        + reply + QStringLiteral("\nC: QUIT\nS: 221 2.0.0 Bye\n");
    return a;
}

int fill(const QString &dir, int count, const Account &account)
{
    Outbox outbox(Profile::resolve(dir));
    if (!openOutbox(outbox, account))
        return 75;
    OutboxStore &store = *outbox.store();
    QElapsedTimer clock;
    clock.start();
    // Sizes vary a little, as mail does: 1, 2 or 3 KiB.
    for (int at = 0; at < count; at += 1000) {
        if (!enqueueBatches(outbox, at, qMin(1000, count - at), 1000, 1024 * (1 + at / 1000 % 3)))
            return 75;
    }
    const double enqueued = clock.nsecsElapsed() / 1e9;
    clock.restart();
    // One in a hundred held by the user before it went; every other one tried once.
    int held = 0, sent = 0, deferred = 0, failed = 0, uncertain = 0;
    // DIR is new, so the ids are 1 to count.
    for (qint64 id = 7; id <= count; id += 100) {
        if (!store.hold(id)) {
            err() << store.errorString() << "\n";
            return 75;
        }
        ++held;
    }
    const QDateTime now = store.now();
    while (const std::optional<OutboxMessage> m = store.claimNextDue()) {
        OutboxStore::AttemptOutcome outcome;
        SmtpReply reply;
        reply.code = 250;
        reply.enhancedCode = "2.1.5";
        reply.lines << "2.1.5 Ok";
        AttemptResult result = AttemptResult::Sent;
        QString last = QStringLiteral("250 2.0.0 Ok: queued as 4Xk2Lq0Zz%1").arg(m->id);
        switch (m->id % 100) {
        case 11: // deferred, tried again tomorrow
            result = AttemptResult::Deferred;
            outcome.state = MessageState::Deferred;
            outcome.nextAttemptAt = now.addDays(1);
            outcome.reason = QStringLiteral("451 4.7.1 greylisted, try again later");
            reply.code = 451;
            reply.enhancedCode = "4.7.1";
            last = outcome.reason;
            ++deferred;
            break;
        case 23: // refused for good
            result = AttemptResult::Failed;
            outcome.state = MessageState::Failed;
            outcome.reason = QStringLiteral("550 5.1.1 no such user");
            reply.code = 550;
            reply.enhancedCode = "5.1.1";
            last = outcome.reason;
            ++failed;
            break;
        case 37: // the connection died after the final dot
            result = AttemptResult::Uncertain;
            outcome.state = MessageState::Uncertain;
            outcome.reason = QStringLiteral("the connection closed after the whole message");
            last = QStringLiteral("(connection closed)");
            ++uncertain;
            break;
        default:
            outcome.state = MessageState::Sent;
            outcome.queueId = QStringLiteral("4Xk2Lq0Zz%1").arg(m->id);
            ++sent;
            break;
        }
        outcome.recipientResults
            = { SmtpRecipientResult { m->envelope.recipients.first(), reply } };
        if (!store.finishAttempt(m->id, attempt(now, result, last), outcome)) {
            err() << store.errorString() << "\n";
            return 75;
        }
    }
    QTextStream(stdout) << QStringLiteral(
        "filled %1 with %2 messages in %3 s (enqueued in batches: %4 s; attempts recorded: %5 s):"
        " %6 sent, %7 deferred, %8 failed, %9 uncertain, %10 held\n")
                               .arg(dir)
                               .arg(count)
                               .arg(enqueued + clock.nsecsElapsed() / 1e9, 0, 'f', 1)
                               .arg(enqueued, 0, 'f', 1)
                               .arg(clock.nsecsElapsed() / 1e9, 0, 'f', 1)
                               .arg(sent)
                               .arg(deferred)
                               .arg(failed)
                               .arg(uncertain)
                               .arg(held);
    return 0;
}

int batchEnqueue(int count, int batchSize)
{
    QTemporaryDir dir;
    Outbox outbox(Profile::resolve(dir.path()));
    if (!openOutbox(outbox, benchAccount({})))
        return 75;
    QElapsedTimer clock;
    clock.start();
    if (!enqueueBatches(outbox, 0, count, batchSize, 1024))
        return 75;
    const double seconds = clock.nsecsElapsed() / 1e9;
    QTextStream(stdout) << QStringLiteral(
        "batch enqueue: %1 durable 1 KiB messages, %2 per batch, in %3 s: %4 messages/s\n")
                               .arg(count)
                               .arg(batchSize)
                               .arg(seconds, 0, 'f', 3)
                               .arg(count / seconds, 0, 'f', 0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("server"), QStringLiteral("HOST:PORT of the sink."),
            QStringLiteral("HOST:PORT") },
        { QStringLiteral("messages"), QStringLiteral("How many messages (default 1000)."),
            QStringLiteral("N") },
        { QStringLiteral("connections"), QStringLiteral("Connections (default 1)."),
            QStringLiteral("C") },
        { QStringLiteral("per-connection"),
            QStringLiteral("Messages per connection (default 1000)."), QStringLiteral("M") },
        { QStringLiteral("batch"), QStringLiteral("Measure batch enqueue only.") },
        { QStringLiteral("batch-size"), QStringLiteral("Messages per batch (default 1000)."),
            QStringLiteral("B") },
        { QStringLiteral("fill"), QStringLiteral("Fill the profile DIR (see the source)."),
            QStringLiteral("DIR") },
        { QStringLiteral("enqueue-batch"),
            QStringLiteral("Before a flush, enqueue B messages per batch (default 1: one at a "
                           "time)."),
            QStringLiteral("B") },
    });
    parser.process(app);
    auto number = [&parser](const char *option, int fallback) {
        const QString value = parser.value(QString::fromLatin1(option));
        return value.isEmpty() ? fallback : value.toInt();
    };
    const int count = number("messages", 1000);
    if (count <= 0) {
        err() << "outboxbench: --messages must be positive\n";
        return 64;
    }
    if (parser.isSet(QStringLiteral("fill")))
        return fill(parser.value(QStringLiteral("fill")), count,
            benchAccount(parser.value(QStringLiteral("server"))));
    if (parser.isSet(QStringLiteral("batch")))
        return batchEnqueue(count, qMax(1, number("batch-size", 1000)));

    const QString server = parser.value(QStringLiteral("server"));
    const int connections = qMax(1, number("connections", 1));
    const int perConnection = number("per-connection", 1000);
    if (server.split(QLatin1Char(':')).size() != 2) {
        err() << "usage: outboxbench --server HOST:PORT [--messages N] [--connections C]\n";
        return 64;
    }
    QTemporaryDir dir;
    Outbox outbox(Profile::resolve(dir.path()));
    const Account account = benchAccount(server);
    if (!openOutbox(outbox, account))
        return 75;
    QByteArray bytes = "From: a@example.org\r\nTo: b@example.org\r\nSubject: bench\r\n\r\n";
    while (bytes.size() < 1024)
        bytes += QByteArray(qMin(76, 1026 - int(bytes.size())), 'x') + "\r\n";
    SmtpEnvelope envelope;
    envelope.sender = QStringLiteral("a@example.org");
    envelope.recipients = { QStringLiteral("b@example.org") };

    const int enqueueBatch = qMax(1, number("enqueue-batch", 1));
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count && enqueueBatch > 1;) {
        const std::unique_ptr<OutboxStore::Batch> batch = outbox.newBatch();
        for (const int end = qMin(count, i + enqueueBatch); i < end; ++i) {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            if (!batch->add(account.name, envelope, &buffer, {})) {
                err() << batch->errorString() << "\n";
                return 75;
            }
        }
        QString error;
        if (!outbox.commit(batch.get(), &error)) {
            err() << error << "\n";
            return 75;
        }
    }
    for (int i = 0; i < count && enqueueBatch == 1; ++i) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QString error;
        if (!outbox.enqueue(account.name, envelope, &buffer, {}, &error)) {
            err() << error << "\n";
            return 75;
        }
    }
    const double enqueueSeconds = clock.nsecsElapsed() / 1e9;

    outbox.scheduler()->setConnectionsPerAccount(connections);
    outbox.scheduler()->setMessagesPerConnection(perConnection);
    QObject::connect(&outbox, &Outbox::idle, &app, &QCoreApplication::quit);
    clock.restart();
    outbox.flush();
    app.exec();
    const double flushSeconds = clock.nsecsElapsed() / 1e9;
    int sent = 0;
    for (const OutboxMessage &m : outbox.store()->messages())
        sent += m.state == MessageState::Sent ? 1 : 0;
    QTextStream(stdout) << QStringLiteral(
        "outbox: enqueued %1 durable messages in %2 s (%3/s); flushed with %4 connection(s) "
        "in %5 s: %6 messages/s; %7 sent\n")
                               .arg(count)
                               .arg(enqueueSeconds, 0, 'f', 3)
                               .arg(count / enqueueSeconds, 0, 'f', 0)
                               .arg(connections)
                               .arg(flushSeconds, 0, 'f', 3)
                               .arg(count / flushSeconds, 0, 'f', 0)
                               .arg(sent);
    return sent == count ? 0 : 1;
}
