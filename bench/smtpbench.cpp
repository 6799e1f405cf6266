// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// smtpbench: sends N small messages over C connections with SmtpSession and prints the rate.
// A benchmark, not a test: run it through bench/run-smtp-bench.sh, which runs Postfix's
// smtp-source against the same sink in the same run so the figures can be compared.
#include "smtp/smtpsession.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <memory>
#include <vector>

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
        { QStringLiteral("connections"), QStringLiteral("How many connections (default 1)."),
            QStringLiteral("C") },
        { QStringLiteral("size"), QStringLiteral("Message size in bytes (default 1024)."),
            QStringLiteral("BYTES") },
    });
    parser.process(app);
    const QStringList hostPort = parser.value(QStringLiteral("server")).split(QLatin1Char(':'));
    const int messages = parser.value(QStringLiteral("messages")).isEmpty()
        ? 1000
        : parser.value(QStringLiteral("messages")).toInt();
    const int connections = qMax(1, parser.value(QStringLiteral("connections")).toInt());
    const int size = parser.value(QStringLiteral("size")).isEmpty()
        ? 1024
        : parser.value(QStringLiteral("size")).toInt();
    if (hostPort.size() != 2 || messages <= 0) {
        QTextStream(stderr) << "usage: smtpbench --server HOST:PORT [--messages N] [--connections "
                               "C] [--size BYTES]\n";
        return 64;
    }

    SmtpServerSettings settings;
    settings.host = hostPort[0];
    settings.port = quint16(hostPort[1].toUInt());
    settings.security = ConnectionSecurity::None;
    settings.heloName = QStringLiteral("bench.test");

    QByteArray message = "From: a@example.org\r\nTo: b@example.org\r\nSubject: bench\r\n\r\n";
    while (message.size() < size)
        message += QByteArray(qMin(76, size - int(message.size()) + 2), 'x') + "\r\n";
    SmtpEnvelope envelope;
    envelope.sender = QStringLiteral("a@example.org");
    envelope.recipients = { QStringLiteral("b@example.org") };

    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<SmtpSession>> sessions;
    std::vector<std::unique_ptr<SmtpSendReply>> replies;
    int finished = 0;
    int failed = 0;
    for (int c = 0; c < connections; ++c)
        sessions.push_back(std::make_unique<SmtpSession>(settings));
    for (int i = 0; i < messages; ++i) {
        auto body = std::make_unique<QBuffer>();
        body->setData(message);
        body->open(QIODevice::ReadOnly);
        SmtpSession *session = sessions[size_t(i % connections)].get();
        replies.emplace_back(session->send(envelope, std::move(body), message.size()));
        QObject::connect(replies.back().get(), &SmtpSendReply::finished, &app,
            [&, reply = replies.back().get()] {
                failed += reply->error().isError() ? 1 : 0;
                if (++finished == messages) {
                    for (auto &s : sessions)
                        s->quit();
                    app.quit();
                }
            });
    }
    app.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    QTextStream(stdout) << QStringLiteral("outbound: %1 messages of %2 bytes over %3 connection(s) "
                                          "in %4 s: %5 messages/s, %6 failed\n")
                               .arg(messages)
                               .arg(message.size())
                               .arg(connections)
                               .arg(seconds, 0, 'f', 3)
                               .arg(messages / seconds, 0, 'f', 0)
                               .arg(failed);
    return failed ? 1 : 0;
}
