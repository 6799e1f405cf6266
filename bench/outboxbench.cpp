// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// outboxbench: enqueues N durable messages into a fresh profile, then flushes them to a sink
// with C connections per account, and prints both rates. A benchmark, not a test: run it
// through bench/run-outbox-bench.sh, which runs smtp-source on the same sink in the same run.
#include "outbox/outbox.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

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
    });
    parser.process(app);
    const QStringList hostPort = parser.value(QStringLiteral("server")).split(QLatin1Char(':'));
    const int count = parser.value(QStringLiteral("messages")).isEmpty()
        ? 1000
        : parser.value(QStringLiteral("messages")).toInt();
    const int connections = qMax(1, parser.value(QStringLiteral("connections")).toInt());
    const int perConnection = parser.value(QStringLiteral("per-connection")).isEmpty()
        ? 1000
        : parser.value(QStringLiteral("per-connection")).toInt();
    if (hostPort.size() != 2 || count <= 0) {
        QTextStream(stderr)
            << "usage: outboxbench --server HOST:PORT [--messages N] [--connections C]\n";
        return 64;
    }
    QTemporaryDir dir;
    const Profile profile = Profile::resolve(dir.path());
    Account account;
    account.name = QStringLiteral("bench");
    account.address = QStringLiteral("a@example.org");
    account.smtp.host = hostPort[0];
    account.smtp.port = quint16(hostPort[1].toUInt());
    account.smtp.security = ConnectionSecurity::None;
    account.smtp.heloName = QStringLiteral("bench.test");

    // The outbox as both programs have it: the account in the profile's account store.
    QString error;
    Outbox outbox(profile);
    if (!AccountStore(profile.accountsFile()).save(account, &error) || !outbox.open(&error)) {
        QTextStream(stderr) << error << "\n";
        return 75;
    }
    QByteArray message = "From: a@example.org\r\nTo: b@example.org\r\nSubject: bench\r\n\r\n";
    while (message.size() < 1024)
        message += QByteArray(qMin(76, 1026 - int(message.size())), 'x') + "\r\n";
    SmtpEnvelope envelope;
    envelope.sender = QStringLiteral("a@example.org");
    envelope.recipients = { QStringLiteral("b@example.org") };

    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        QBuffer buffer(&message);
        buffer.open(QIODevice::ReadOnly);
        if (!outbox.enqueue(account.name, envelope, &buffer, {}, &error)) {
            QTextStream(stderr) << error << "\n";
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
