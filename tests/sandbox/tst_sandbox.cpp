// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// SandboxServer: driven by our own SmtpSession (what the app does) and by raw sockets for
// pipelining and edge cases. Every test asserts what was stored and what the client saw.
#include "../smtp/sessionrun.h"
#include "sandbox/sandboxserver.h"
#include "smtp/smtpreply.h"

#include <QDir>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <memory>
#include <thread>
#include <unistd.h>

namespace {

// A client that speaks raw bytes and reads replies with our own reply parser, without
// blocking the event loop the server runs in.
class RawClient
{
public:
    bool connectTo(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { pump(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
        return QTest::qWaitFor(
            [this] { return socket.state() == QAbstractSocket::ConnectedState; }, 3000);
    }
    void send(const QByteArray &bytes) { socket.write(bytes); }
    // Waits for `count` more replies and returns them.
    QList<SmtpReply> replies(int count, int timeoutMs = 3000)
    {
        (void)QTest::qWaitFor([&] { return received.size() >= count; }, timeoutMs);
        const QList<SmtpReply> out = received.mid(0, count);
        received.remove(0, qMin<qsizetype>(count, received.size()));
        return out;
    }
    SmtpReply reply(int timeoutMs = 3000)
    {
        const QList<SmtpReply> one = replies(1, timeoutMs);
        return one.isEmpty() ? SmtpReply() : one.first();
    }
    static QList<int> codes(const QList<SmtpReply> &replies)
    {
        QList<int> out;
        for (const SmtpReply &r : replies)
            out << r.code;
        return out;
    }
    bool waitForClosed(int timeoutMs = 3000)
    {
        return QTest::qWaitFor(
            [this] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }

    QTcpSocket socket;
    QList<SmtpReply> received;

private:
    void pump()
    {
        parser.feed(socket.readAll());
        for (;;) {
            const SmtpReplyParser::Status status = parser.step();
            if (status == SmtpReplyParser::Status::ReplyComplete)
                received << parser.takeReply();
            else if (status != SmtpReplyParser::Status::LineConsumed)
                break;
        }
    }
    SmtpReplyParser parser;
};

// A client for a thread of its own: blocking reads need no event loop, so it goes on talking
// while the thread that owns the server is busy. Make and use it on that one thread.
class BlockingClient
{
public:
    bool connectTo(quint16 port, int timeoutMs = 5000)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(timeoutMs);
    }
    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        (void)socket.waitForBytesWritten(5000);
    }
    // The next reply, or an invalid one (code 0) if none came within `timeoutMs` or the
    // connection closed first.
    SmtpReply reply(int timeoutMs = 5000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            switch (parser.step()) {
            case SmtpReplyParser::Status::ReplyComplete:
                return parser.takeReply();
            case SmtpReplyParser::Status::LineConsumed:
                continue;
            case SmtpReplyParser::Status::NeedMoreData:
                break;
            case SmtpReplyParser::Status::Malformed:
            case SmtpReplyParser::Status::LineTooLong:
            case SmtpReplyParser::Status::TooManyLines:
                return {};
            }
            if (socket.bytesAvailable() == 0
                && !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                return {};
            parser.feed(socket.readAll());
        }
    }

    QTcpSocket socket;

private:
    SmtpReplyParser parser;
};

SmtpServerSettings sandboxAccount(quint16 port)
{
    SmtpServerSettings settings = loopbackSettings(port, ConnectionSecurity::None);
    settings.host = QStringLiteral("127.0.0.1");
    return settings;
}

// Runs `python3 -c script args…` as the unprivileged user nobody (uid 65534), the "other
// local user" of these tests. Started, not waited for: the server under test runs in this
// thread's event loop. Empty with `why` set when that cannot be done here.
std::unique_ptr<QProcess> startAsNobody(
    const QString &script, const QStringList &args, QString *why)
{
    if (::geteuid() != 0) {
        *why = QStringLiteral("needs root to act as a second local user (setpriv to uid 65534)");
        return nullptr;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
        *why = QStringLiteral("setpriv (util-linux) is not installed");
        return nullptr;
    }
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral("setpriv"),
        QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups"), QStringLiteral("/usr/bin/python3"),
            QStringLiteral("-c"), script }
            + args);
    if (!process->waitForStarted(5000)) {
        *why = QStringLiteral("cannot start setpriv: ") + process->errorString();
        return nullptr;
    }
    return process;
}

const QString From = QStringLiteral("ada@example.org");
const QString To = QStringLiteral("bob@example.org");

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void listensOnLoopbackOnly();
    void sessionCapturesExactBytes_data();
    void sessionCapturesExactBytes();
    void severalMessagesPerConnection();
    void concurrentConnections();
    void pipelinedCommandsInOneWrite();
    void floodOfPipelinedCommands();
    void largeMessage();
    void rawDotStuffingAndBareLf();
    void commandSequencing();
    void recipientTransientFailure();
    void recipientPermanentFailure();
    void recipientEveryNthFails();
    void endOfDataFailure_data();
    void endOfDataFailure();
    void dropAfterDataIsUncertain();
    void slowReplies();
    void oversizedDataRefused();
    void bdatRaw();
    void overlongLineRefused();
    void idleTimeout();
    void authOnlyWhenEnabled();
    void connectionEventsRedactAuth();
    void clearEmptiesFolder();
    void quotaOnMessageCount();
    void quotaOnTotalSize();
    void refusesProgramsOfOtherUsers();
    void repliesWhileTheOwnerIsBusy();
    void listenOnATakenPortFails();
    void stoppingMidSessionIsClean();

private:
    std::unique_ptr<SandboxServer> startServer(SandboxSettings settings = {});
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSandbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<SandboxServer> TestSandbox::startServer(SandboxSettings settings)
{
    settings.folder = m_dir->filePath(QStringLiteral("sandbox"));
    auto server = std::make_unique<SandboxServer>(settings);
    if (!server->listen(0))
        qWarning() << server->errorString();
    return server;
}

void TestSandbox::listensOnLoopbackOnly()
{
    auto server = startServer();
    QVERIFY(server->isListening());
    QVERIFY(server->port() != 0);
    QCOMPARE(server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(server->serverAddress().isLoopback());
    QVERIFY(QDir(server->settings().folder).exists());

    // The same port on any of this machine's other addresses refuses the connection.
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket socket;
        socket.connectToHost(address, server->port());
        QVERIFY(QTest::qWaitFor(
            [&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 3000));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }
}

void TestSandbox::sessionCapturesExactBytes_data()
{
    QTest::addColumn<bool>("chunking");
    QTest::newRow("DATA") << false;
    QTest::newRow("BDAT") << true;
}

void TestSandbox::sessionCapturesExactBytes()
{
    QFETCH(bool, chunking);
    SandboxSettings settings;
    settings.chunking = chunking;
    auto server = startServer(settings);
    QSignalSpy captured(server.get(), &SandboxServer::messageCaptured);

    // Lines that DATA must stuff and the server must unstuff, an 8-bit line, a blank line.
    const QByteArray message
        = simpleMessage("Dots", ".\r\n..\r\n.hidden\r\n. space\r\n\r\nÜber\r\nend.\r\n.");
    SessionRun run(sandboxAccount(server->port()));
    SmtpEnvelope envelope = envelopeFor(From, { To, QStringLiteral("carol@example.org") });
    envelope.bodyType = SmtpCommand::BodyType::EightBitMime;
    SmtpSendReply *reply = run.send(envelope, message);
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString() + run.transcriptText()));
    QCOMPARE(run.session.capabilities().chunking(), chunking);
    QVERIFY(run.session.capabilities().pipelining());

    const QList<CapturedMessage> messages = server->messages();
    QCOMPARE(messages.size(), 1);
    const CapturedMessage &m = messages.first();
    // The session ends the message with CRLF; everything else must be exactly as given.
    QCOMPARE(m.content(), message + "\r\n");
    QCOMPARE(m.size, message.size() + 2);
    QCOMPARE(m.mailFrom, From);
    QCOMPARE(m.rcptTos, (QStringList { To, QStringLiteral("carol@example.org") }));
    QVERIFY(m.mailParameters.contains(QStringLiteral("BODY=8BITMIME")));
    QCOMPARE(m.heloName, QStringLiteral("client.test"));
    QCOMPARE(m.transfer, chunking ? QStringLiteral("BDAT") : QStringLiteral("DATA"));
    QVERIFY(m.received.isValid());
    QVERIFY(qAbs(m.received.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(reply->queueId(), m.id);
    QVERIFY(
        QFile::exists(QDir(server->settings().folder).filePath(m.id + QStringLiteral(".json"))));
    QCOMPARE(captured.size(), 1);
    QCOMPARE(captured[0][0].value<CapturedMessage>().id, m.id);
}

void TestSandbox::severalMessagesPerConnection()
{
    auto server = startServer();
    SessionRun run(sandboxAccount(server->port()));
    QList<SmtpSendReply *> replies;
    for (int i = 0; i < 3; ++i) {
        replies << run.send(envelopeFor(From, { QStringLiteral("r%1@example.org").arg(i) }),
            simpleMessage("Message " + QByteArray::number(i)));
    }
    QVERIFY(run.run());
    for (SmtpSendReply *reply : replies)
        QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString()));
    const QList<CapturedMessage> messages = server->messages();
    QCOMPARE(messages.size(), 3);
    // Newest first.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(messages[i].rcptTos, QStringList { QStringLiteral("r%1@example.org").arg(2 - i) });
        QVERIFY(messages[i].content().contains(
            QByteArray("Subject: Message " + QByteArray::number(2 - i))));
    }
    QCOMPARE(run.clientLines().filter(QStringLiteral("EHLO")).size(), 1);
}

void TestSandbox::concurrentConnections()
{
    auto server = startServer();
    std::vector<std::unique_ptr<SessionRun>> runs;
    for (int i = 0; i < 6; ++i) {
        runs.push_back(std::make_unique<SessionRun>(sandboxAccount(server->port())));
        (void)runs.back()->send(envelopeFor(From, { To }), simpleMessage("Parallel"));
    }
    // Start them all before waiting on any.
    for (auto &run : runs) {
        for (const auto &reply : run->replies) {
            QObject::connect(
                reply.get(), &SmtpSendReply::finished, &run->session, &SmtpSession::quit);
        }
    }
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (auto &run : runs) {
                if (run->session.state() != SmtpSession::State::Closed)
                    return false;
            }
            return true;
        },
        10000));
    for (auto &run : runs)
        QVERIFY2(!run->replies[0]->error().isError(), qPrintable(run->replies[0]->errorString()));
    QCOMPARE(server->messages().size(), 6);
    QTRY_COMPARE(server->connectionCount(), 0);
}

void TestSandbox::pipelinedCommandsInOneWrite()
{
    auto server = startServer();
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    QCOMPARE(client.reply().code, 220);
    // RFC 2920: everything up to DATA in one write, then the message and a second
    // transaction and QUIT in another; the replies come in order.
    client.send("EHLO raw.test\r\nMAIL FROM:<a@example.org> SIZE=100\r\n"
                "RCPT TO:<b@example.org>\r\nRCPT TO:<c@example.org> NOTIFY=NEVER\r\nDATA\r\n");
    const QList<SmtpReply> first = client.replies(5);
    QCOMPARE(RawClient::codes(first), (QList<int> { 250, 250, 250, 250, 354 }));
    QVERIFY(first[0].lines.contains("PIPELINING"));
    QVERIFY(first[0].lines.contains("SIZE 67108864"));
    QVERIFY(first[0].lines.contains("ENHANCEDSTATUSCODES"));
    QVERIFY(first[0].lines.contains("8BITMIME"));
    QVERIFY(first[0].lines.contains("SMTPUTF8"));
    QCOMPARE(first[1].enhancedCode, QByteArray("2.1.0"));
    client.send("Subject: one\r\n\r\nfirst\r\n.\r\n"
                "RSET\r\nMAIL FROM:<>\r\nRCPT TO:<d@example.org>\r\nDATA\r\n");
    QCOMPARE(RawClient::codes(client.replies(5)), (QList<int> { 250, 250, 250, 250, 354 }));
    client.send("Subject: two\r\n\r\nsecond\r\n.\r\nNOOP\r\nQUIT\r\n");
    QCOMPARE(RawClient::codes(client.replies(3)), (QList<int> { 250, 250, 221 }));
    QVERIFY(client.waitForClosed());

    const QList<CapturedMessage> messages = server->messages();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[1].content(), QByteArray("Subject: one\r\n\r\nfirst\r\n"));
    QCOMPARE(messages[1].rcptTos,
        (QStringList { QStringLiteral("b@example.org"), QStringLiteral("c@example.org") }));
    QCOMPARE(messages[1].mailParameters, QStringList { QStringLiteral("SIZE=100") });
    QCOMPARE(messages[0].content(), QByteArray("Subject: two\r\n\r\nsecond\r\n"));
    QCOMPARE(messages[0].mailFrom, QString()); // the null reverse path
}

// More input than the server buffers and more replies than it queues: it reads on as the
// client reads, and answers every command.
void TestSandbox::floodOfPipelinedCommands()
{
    auto server = startServer();
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    QCOMPARE(client.reply().code, 220);
    const int count = 30000;
    QByteArray flood;
    for (int i = 0; i < count; ++i)
        flood += "NOOP\r\n";
    client.send(flood + "QUIT\r\n");
    const QList<SmtpReply> replies = client.replies(count + 1, 10000);
    QCOMPARE(replies.size(), count + 1);
    QCOMPARE(replies.first().code, 250);
    QCOMPARE(replies.last().code, 221);
    QVERIFY(client.waitForClosed());
}

void TestSandbox::largeMessage()
{
    auto server = startServer();
    QByteArray body;
    for (int i = 0; body.size() < 6 * 1024 * 1024; ++i)
        body += (i % 7 == 0 ? "." : "") + QByteArray::number(i) + QByteArray(i % 90, 'x') + "\r\n";
    const QByteArray message = simpleMessage("Large", body);
    SessionRun run(sandboxAccount(server->port()));
    SmtpSendReply *reply = run.send(envelopeFor(From, { To }), message);
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString()));
    const QList<CapturedMessage> messages = server->messages();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0].size, message.size());
    QVERIFY(messages[0].content() == message);
}

void TestSandbox::rawDotStuffingAndBareLf()
{
    auto server = startServer();
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send("EHLO raw.test\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\n"
                "DATA\r\n");
    QCOMPARE(RawClient::codes(client.replies(5)), (QList<int> { 220, 250, 250, 250, 354 }));
    // "..x" loses a dot; a bare LF never starts a line, so "\n.\r\n" and "\n.\n" are data
    // (no smuggled end of data); the terminator is split across writes.
    client.send("..x\r\n...\r\nbare\n.\r\nlf\n.\nend\r");
    QTest::qWait(50);
    client.send("\n.");
    QTest::qWait(50);
    client.send("\r\n");
    const SmtpReply end = client.reply();
    QCOMPARE(end.code, 250);
    const QList<CapturedMessage> messages = server->messages();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0].content(), QByteArray(".x\r\n..\r\nbare\n.\r\nlf\n.\nend\r\n"));
}

void TestSandbox::commandSequencing()
{
    auto server = startServer();
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    QCOMPARE(client.reply().code, 220);
    client.send("MAIL FROM:<a@example.org>\r\n" // before EHLO
                "EHLO raw.test\r\n"
                "RCPT TO:<b@example.org>\r\n" // before MAIL
                "DATA\r\n" // before MAIL
                "MAIL FROM:<a@example.org>\r\n"
                "MAIL FROM:<a@example.org>\r\n" // nested
                "DATA\r\n" // no recipients
                "RCPT TO:<>\r\n" // bad path
                "RCPT TO:<Postmaster>\r\n"
                "MAIL FROM:<a@example.org> FOO=BAR\r\n" // still nested
                "RSET\r\n"
                "MAIL FROM:<a@example.org> FOO=BAR\r\n" // unknown parameter
                "MAIL FROM:<a@example.org> SIZE=99999999999\r\n" // over SIZE
                "MAIL FROM:<ü@example.org>\r\n" // UTF-8 without SMTPUTF8
                "MAIL FROM:<ü@example.org> SMTPUTF8\r\n"
                "VRFY bob\r\nEXPN list\r\nHELP\r\nSTARTTLS\r\nAUTH PLAIN AGFkYQBwdw==\r\n"
                "FROB\r\nNOOP\r\n");
    const QList<SmtpReply> replies = client.replies(22);
    QCOMPARE(RawClient::codes(replies),
        (QList<int> { 503, 250, 503, 503, 250, 503, 554, 553, 250, 503, 250, 555, 552, 553, 250,
            252, 502, 214, 502, 502, 500, 250 }));
    QCOMPARE(replies[12].enhancedCode, QByteArray("5.3.4"));
    QCOMPARE(replies[13].enhancedCode, QByteArray("5.6.7"));
}

void TestSandbox::recipientTransientFailure()
{
    auto server = startServer();
    SandboxFailures failures;
    failures.recipient = SandboxFailures::Recipient::TransientFailure;
    server->setFailures(failures);
    SessionRun run(sandboxAccount(server->port()));
    SmtpSendReply *reply = run.send(envelopeFor(From, { To }), simpleMessage());
    QVERIFY(run.run());
    QCOMPARE(reply->error().category(), SmtpError::Category::Transient);
    QCOMPARE(reply->recipientResults()[0].reply.code, 450);
    QCOMPARE(reply->recipientResults()[0].reply.enhancedCode, QByteArray("4.2.1"));
    QVERIFY(server->messages().isEmpty());

    // Switched off at run time: the retry goes through.
    server->setFailures({});
    SessionRun retry(sandboxAccount(server->port()));
    SmtpSendReply *second = retry.send(envelopeFor(From, { To }), simpleMessage());
    QVERIFY(retry.run());
    QVERIFY2(!second->error().isError(), qPrintable(second->errorString()));
    QCOMPARE(server->messages().size(), 1);
}

void TestSandbox::recipientPermanentFailure()
{
    auto server = startServer();
    SandboxFailures failures;
    failures.recipient = SandboxFailures::Recipient::PermanentFailure;
    server->setFailures(failures);
    SessionRun run(sandboxAccount(server->port()));
    SmtpSendReply *reply = run.send(envelopeFor(From, { To }), simpleMessage());
    QVERIFY(run.run());
    QCOMPARE(reply->error().category(), SmtpError::Category::Permanent);
    QCOMPARE(reply->recipientResults()[0].reply.code, 550);
    QVERIFY(server->messages().isEmpty());
}

void TestSandbox::recipientEveryNthFails()
{
    auto server = startServer();
    SandboxFailures failures;
    failures.recipient = SandboxFailures::Recipient::TransientFailure;
    failures.recipientEveryNth = 2;
    server->setFailures(failures);
    SessionRun run(sandboxAccount(server->port()));
    const QStringList to = { QStringLiteral("r1@example.org"), QStringLiteral("r2@example.org"),
        QStringLiteral("r3@example.org"), QStringLiteral("r4@example.org") };
    SmtpSendReply *reply = run.send(envelopeFor(From, to), simpleMessage());
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString()));
    QCOMPARE(reply->recipientResults()[1].reply.code, 450);
    QCOMPARE(reply->recipientResults()[3].reply.code, 450);
    QCOMPARE(reply->acceptedRecipients(), (QStringList { to[0], to[2] }));
    const QList<CapturedMessage> messages = server->messages();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0].rcptTos, (QStringList { to[0], to[2] }));
}

void TestSandbox::endOfDataFailure_data()
{
    QTest::addColumn<SandboxFailures::EndOfData>("failure");
    QTest::addColumn<bool>("chunking");
    QTest::addColumn<int>("code");
    QTest::addColumn<SmtpError::Category>("category");
    QTest::newRow("451 after DATA") << SandboxFailures::EndOfData::TransientFailure << false << 451
                                    << SmtpError::Category::Transient;
    QTest::newRow("554 after DATA") << SandboxFailures::EndOfData::PermanentFailure << false << 554
                                    << SmtpError::Category::Permanent;
    QTest::newRow("451 after BDAT LAST") << SandboxFailures::EndOfData::TransientFailure << true
                                         << 451 << SmtpError::Category::Transient;
}

void TestSandbox::endOfDataFailure()
{
    QFETCH(SandboxFailures::EndOfData, failure);
    QFETCH(bool, chunking);
    QFETCH(int, code);
    QFETCH(SmtpError::Category, category);
    SandboxSettings settings;
    settings.chunking = chunking;
    auto server = startServer(settings);
    SandboxFailures failures;
    failures.endOfData = failure;
    server->setFailures(failures);
    SessionRun run(sandboxAccount(server->port()));
    SmtpSendReply *reply = run.send(envelopeFor(From, { To }), simpleMessage());
    QVERIFY(run.run());
    QCOMPARE(reply->finalReply().code, code);
    QCOMPARE(reply->error().category(), category);
    QVERIFY(!reply->isUncertain());
    QVERIFY(server->messages().isEmpty());
    QVERIFY(QDir(server->settings().folder).entryList(QDir::Files).isEmpty());
}

void TestSandbox::dropAfterDataIsUncertain()
{
    auto server = startServer();
    SandboxFailures failures;
    failures.endOfData = SandboxFailures::EndOfData::DropConnection;
    server->setFailures(failures);
    SessionRun run(sandboxAccount(server->port()));
    SmtpSendReply *reply = run.send(envelopeFor(From, { To }), simpleMessage());
    QVERIFY(run.run());
    QVERIFY2(reply->isUncertain(), qPrintable(reply->errorString() + run.transcriptText()));
    QCOMPARE(reply->finalReply().code, 0);
    // The server did keep it: a blind retry would deliver it twice.
    QCOMPARE(server->messages().size(), 1);
    QCOMPARE(server->messages()[0].content(), simpleMessage());
}

void TestSandbox::slowReplies()
{
    auto server = startServer();
    SandboxFailures failures;
    failures.replyDelayMs = 150;
    server->setFailures(failures);
    SessionRun run(sandboxAccount(server->port()));
    SmtpSendReply *reply = run.send(envelopeFor(From, { To }), simpleMessage());
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString()));
    // Greeting, EHLO, MAIL, RCPT, DATA, end of data, QUIT: seven replies, each held back,
    // pipelined or not.
    QVERIFY2(run.elapsedMs >= 7 * 150 - 50, qPrintable(QString::number(run.elapsedMs)));

    // Pipelined commands are answered one delay apart, in order.
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    QCOMPARE(client.reply().code, 220);
    QElapsedTimer clock;
    clock.start();
    client.send("NOOP\r\nNOOP\r\nNOOP\r\n");
    QCOMPARE(client.replies(1).size(), 1);
    const qint64 firstAt = clock.elapsed();
    QCOMPARE(client.replies(2).size(), 2);
    QVERIFY2(firstAt >= 120, qPrintable(QString::number(firstAt)));
    QVERIFY2(clock.elapsed() >= 3 * 150 - 50, qPrintable(QString::number(clock.elapsed())));
}

void TestSandbox::oversizedDataRefused()
{
    SandboxSettings settings;
    settings.maxMessageSize = 1000;
    auto server = startServer(settings);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send("EHLO raw.test\r\n");
    const QList<SmtpReply> hello = client.replies(2);
    QVERIFY(hello[1].lines.contains("SIZE 1000"));
    client.send("MAIL FROM:<a@example.org> SIZE=1001\r\n");
    QCOMPARE(client.reply().code, 552);
    // Undeclared but too big: read to the end, refused, nothing kept.
    client.send("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n");
    QCOMPARE(RawClient::codes(client.replies(3)), (QList<int> { 250, 250, 354 }));
    client.send(QByteArray(3000, 'x') + "\r\n.\r\n");
    const SmtpReply refused = client.reply();
    QCOMPARE(refused.code, 552);
    QCOMPARE(refused.enhancedCode, QByteArray("5.3.4"));
    QVERIFY(server->messages().isEmpty());
    QVERIFY(QDir(server->settings().folder).entryList(QDir::Files).isEmpty());
    // The connection is still good for a message within the limit.
    client.send("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n");
    QCOMPARE(RawClient::codes(client.replies(3)), (QList<int> { 250, 250, 354 }));
    client.send(QByteArray(998, 'y') + "\r\n.\r\n"); // exactly 1000 octets
    QCOMPARE(client.reply().code, 250);
    QCOMPARE(server->messages().size(), 1);
    QCOMPARE(server->messages()[0].size, 1000);
}

void TestSandbox::bdatRaw()
{
    SandboxSettings settings;
    settings.chunking = true;
    settings.maxMessageSize = 100;
    auto server = startServer(settings);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send("EHLO raw.test\r\n");
    QVERIFY(client.replies(2)[1].lines.contains("CHUNKING"));
    // Chunks are raw (no stuffing); the reply comes after each chunk; BDAT 0 LAST ends.
    client.send("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\n"
                "BDAT 7\r\n.\r\nab\r\nBDAT 3\r\n..\nBDAT 0 LAST\r\n");
    QCOMPARE(RawClient::codes(client.replies(5)), (QList<int> { 250, 250, 250, 250, 250 }));
    QCOMPARE(server->messages().size(), 1);
    QCOMPARE(server->messages()[0].content(), QByteArray(".\r\nab\r\n..\n"));
    QCOMPARE(server->messages()[0].transfer, QStringLiteral("BDAT"));
    // DATA cannot follow BDAT; BDAT without a transaction still has its chunk read; too big.
    client.send("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nBDAT 2\r\nhiDATA\r\n"
                "RSET\r\nBDAT 4 LAST\r\nNOOPNOOP\r\n"
                "MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nBDAT 101 LAST\r\n"
        + QByteArray(101, 'z') + "NOOP\r\n");
    QCOMPARE(RawClient::codes(client.replies(10)),
        (QList<int> { 250, 250, 250, 503, 250, 503, 250, 250, 250, 552 }));
    QCOMPARE(client.reply().code, 250);
    QCOMPARE(server->messages().size(), 1);
}

void TestSandbox::overlongLineRefused()
{
    auto server = startServer();
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    QCOMPARE(client.reply().code, 220);
    client.send("NOOP " + QByteArray(200000, 'a') + "\r\nNOOP\r\n");
    const QList<SmtpReply> replies = client.replies(2);
    QCOMPARE(RawClient::codes(replies), (QList<int> { 500, 250 }));
    QCOMPARE(replies[0].enhancedCode, QByteArray("5.5.2"));
    // Within the limit is fine.
    client.send("NOOP " + QByteArray(4000, 'a') + "\r\n");
    QCOMPARE(client.reply().code, 250);
}

void TestSandbox::idleTimeout()
{
    SandboxSettings settings;
    settings.idleTimeoutMs = 300;
    auto server = startServer(settings);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    QCOMPARE(client.reply().code, 220);
    const SmtpReply bye = client.reply(3000);
    QCOMPARE(bye.code, 421);
    QCOMPARE(bye.enhancedCode, QByteArray("4.4.2"));
    QVERIFY(client.waitForClosed());
    QTRY_COMPARE(server->connectionCount(), 0);
}

void TestSandbox::authOnlyWhenEnabled()
{
    {
        auto server = startServer();
        RawClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send("EHLO raw.test\r\nAUTH PLAIN AGFkYQBwdw==\r\n");
        const QList<SmtpReply> replies = client.replies(3);
        QVERIFY(!replies[1].lines.join(' ').contains("AUTH"));
        QCOMPARE(replies[2].code, 502);
    }
    SandboxSettings settings;
    settings.acceptAuth = true;
    auto server = startServer(settings);
    for (const QByteArray &mechanism : { QByteArray("PLAIN"), QByteArray("LOGIN") }) {
        SmtpServerSettings account = sandboxAccount(server->port());
        account.user = QStringLiteral("ada");
        account.authMechanism = mechanism;
        SaslCredentials credentials;
        credentials.user = QStringLiteral("ada");
        credentials.secret = QStringLiteral("anything");
        SessionRun run(account, credentials);
        SmtpSendReply *reply = run.send(envelopeFor(From, { To }), simpleMessage());
        QVERIFY(run.run());
        QVERIFY2(
            !reply->error().isError(), qPrintable(reply->errorString() + run.transcriptText()));
        QCOMPARE(run.session.authMechanism(), mechanism);
        QCOMPARE(server->messages().first().authUser, QStringLiteral("ada"));
    }
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send("AUTH PLAIN\r\nEHLO raw.test\r\nAUTH CRAM-MD5\r\nAUTH PLAIN\r\n*\r\n"
                "AUTH LOGIN\r\n!!!\r\nAUTH PLAIN =\r\n");
    QCOMPARE(RawClient::codes(client.replies(9)),
        (QList<int> { 220, 503, 250, 504, 334, 501, 334, 501, 501 }));
}

void TestSandbox::connectionEventsRedactAuth()
{
    SandboxSettings settings;
    settings.acceptAuth = true;
    auto server = startServer(settings);
    QList<SandboxEvent> events;
    connect(
        server.get(), &SandboxServer::connectionEvent, [&](const SandboxEvent &e) { events << e; });
    const QByteArray plainSecret = QByteArray("\0ada\0s3cret", 11).toBase64();
    const QByteArray loginSecret = QByteArray("s3cret").toBase64();
    {
        RawClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send("EHLO raw.test\r\nAUTH PLAIN " + plainSecret + "\r\nQUIT\r\n");
        QCOMPARE(RawClient::codes(client.replies(4)), (QList<int> { 220, 250, 235, 221 }));
        QVERIFY(client.waitForClosed());
    }
    {
        RawClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send("EHLO raw.test\r\nAUTH LOGIN\r\n" + QByteArray("ada").toBase64() + "\r\n"
            + loginSecret + "\r\nQUIT\r\n");
        QCOMPARE(
            RawClient::codes(client.replies(6)), (QList<int> { 220, 250, 334, 334, 235, 221 }));
        QVERIFY(client.waitForClosed());
    }
    QTRY_COMPARE(server->connectionCount(), 0);
    QCOMPARE(events.first().kind, SandboxEvent::Kind::Opened);
    QVERIFY(events.first().text.startsWith(QStringLiteral("127.0.0.1:")));
    QCOMPARE(events.last().kind, SandboxEvent::Kind::Closed);
    QStringList commands;
    for (const SandboxEvent &e : std::as_const(events)) {
        QVERIFY(!e.text.contains(QString::fromLatin1(plainSecret)));
        QVERIFY(!e.text.contains(QString::fromLatin1(loginSecret)));
        if (e.kind == SandboxEvent::Kind::Command && e.connection == events.first().connection)
            commands << e.text;
    }
    QCOMPARE(commands.first(), QStringLiteral("EHLO raw.test"));
    QCOMPARE(commands[1], QStringLiteral("AUTH PLAIN <redacted>"));
    QCOMPARE(commands[2], QStringLiteral("QUIT"));
}

void TestSandbox::clearEmptiesFolder()
{
    auto server = startServer();
    for (int i = 0; i < 2; ++i) {
        SessionRun run(sandboxAccount(server->port()));
        (void)run.send(envelopeFor(From, { To }), simpleMessage());
        QVERIFY(run.run());
    }
    QCOMPARE(server->messages().size(), 2);
    const QDir folder(server->settings().folder);
    QFile other(folder.filePath(QStringLiteral("notes.txt")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    QCOMPARE(folder.entryList(QDir::Files).size(), 5);
    QString error;
    QVERIFY2(server->clear(&error), qPrintable(error));
    QVERIFY(server->messages().isEmpty());
    QCOMPARE(folder.entryList(QDir::Files), QStringList { QStringLiteral("notes.txt") });
}

void TestSandbox::quotaOnMessageCount()
{
    SandboxSettings settings;
    settings.maxStoredMessages = 2;
    auto server = startServer(settings);
    for (int i = 0; i < 2; ++i) {
        SessionRun run(sandboxAccount(server->port()));
        SmtpSendReply *reply = run.send(envelopeFor(From, { To }), simpleMessage());
        QVERIFY(run.run());
        QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString()));
    }
    // Full: MAIL is refused with 452 4.3.1 (RFC 5321 §4.5.3.1.10, RFC 3463), nothing stored.
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send("EHLO raw.test\r\nMAIL FROM:<ada@example.org>\r\n");
    const QList<SmtpReply> replies = client.replies(3);
    QCOMPARE(RawClient::codes(replies), (QList<int> { 220, 250, 452 }));
    QCOMPARE(replies[2].enhancedCode, QByteArray("4.3.1"));
    QVERIFY2(replies[2].lines.join(' ').contains("sandbox is full"), replies[2].lines.join(' '));
    QCOMPARE(server->messages().size(), 2);

    // Clearing makes room again.
    QVERIFY(server->clear());
    client.send("MAIL FROM:<ada@example.org>\r\n");
    QCOMPARE(client.reply().code, 250);
}

void TestSandbox::quotaOnTotalSize()
{
    SandboxSettings settings;
    settings.maxStoredBytes = 4000;
    auto server = startServer(settings);
    // Under the message size limit, over what the folder may hold: refused at the end of
    // data, and the partly written file is gone.
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send("EHLO raw.test\r\nMAIL FROM:<ada@example.org>\r\nRCPT TO:<bob@example.org>\r\n"
                "DATA\r\n");
    QCOMPARE(RawClient::codes(client.replies(5)), (QList<int> { 220, 250, 250, 250, 354 }));
    client.send("Subject: big\r\n\r\n" + QByteArray(5000, 'x') + "\r\n.\r\n");
    const SmtpReply full = client.reply();
    QCOMPARE(full.code, 452);
    QCOMPARE(full.enhancedCode, QByteArray("4.3.1"));
    QVERIFY(server->messages().isEmpty());
    QTRY_COMPARE(QDir(server->settings().folder).entryList(QDir::Files | QDir::Hidden).size(), 0);
    // A message that fits still goes in.
    client.send("MAIL FROM:<ada@example.org>\r\nRCPT TO:<bob@example.org>\r\nDATA\r\n");
    QCOMPARE(RawClient::codes(client.replies(3)), (QList<int> { 250, 250, 354 }));
    client.send("Subject: small\r\n\r\nhi\r\n.\r\n");
    QCOMPARE(client.reply().code, 250);
    QCOMPARE(server->messages().size(), 1);
}

void TestSandbox::refusesProgramsOfOtherUsers()
{
    auto server = startServer();
    QList<SandboxEvent> events;
    connect(
        server.get(), &SandboxServer::connectionEvent, [&](const SandboxEvent &e) { events << e; });
    // Another local user's program tries to leave a message in this user's sandbox.
    // It sends a whole message and QUIT, and prints what it was told.
    const QString script
        = QStringLiteral("import socket,sys\n"
                         "s=socket.create_connection(('127.0.0.1',int(sys.argv[1])),timeout=5)\n"
                         "s.sendall(b'EHLO intruder\\r\\nMAIL FROM:<eve@example.org>\\r\\n'\n"
                         "          b'RCPT TO:<ada@example.org>\\r\\nDATA\\r\\n'\n"
                         "          b'Subject: from eve\\r\\n\\r\\nhi\\r\\n.\\r\\nQUIT\\r\\n')\n"
                         "data=b''\n"
                         "try:\n"
                         "    while True:\n"
                         "        chunk=s.recv(4096)\n"
                         "        if not chunk: break\n"
                         "        data+=chunk\n"
                         "except socket.timeout:\n"
                         "    pass\n"
                         "sys.stdout.write(data.decode())\n");
    QString why;
    const std::unique_ptr<QProcess> intruder
        = startAsNobody(script, { QString::number(server->port()) }, &why);
    if (!intruder)
        QSKIP(qPrintable(why));
    QVERIFY(QTest::qWaitFor([&] { return intruder->state() == QProcess::NotRunning; }, 15000));
    const QString output = QString::fromUtf8(intruder->readAllStandardOutput());
    QVERIFY2(intruder->exitCode() == 0,
        qPrintable(output + QString::fromUtf8(intruder->readAllStandardError())));
    const QStringList lines = output.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // 554 instead of 220, then 503 to everything (the message lines are commands too) but
    // QUIT.
    QVERIFY2(!lines.isEmpty() && lines[0].startsWith(QStringLiteral("554 ")), qPrintable(output));
    QVERIFY2(lines.last().startsWith(QStringLiteral("221 ")), qPrintable(output));
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        QVERIFY2(lines[i].startsWith(QStringLiteral("503 ")), qPrintable(output));
    QVERIFY(server->messages().isEmpty());
    bool noted = false;
    for (const SandboxEvent &e : std::as_const(events))
        noted = noted || e.text.contains(QStringLiteral("uid 65534"));
    QVERIFY(noted);

    // This user's programs are still welcome.
    SessionRun run(sandboxAccount(server->port()));
    SmtpSendReply *reply = run.send(envelopeFor(From, { To }), simpleMessage());
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString()));
}

// The sandbox runs on a thread of its own: while the thread that owns it is busy (in the app,
// the GUI thread painting through a burst of sends), a client on another thread still gets
// every reply at once. The owner hears of the message when it runs again.
void TestSandbox::repliesWhileTheOwnerIsBusy()
{
    auto server = startServer();
    QVERIFY(server->isListening());
    QSignalSpy captured(server.get(), &SandboxServer::messageCaptured);
    const quint16 port = server->port();
    const int busyMs = 3000;

    // Written by the client's thread, read here once it is done.
    std::atomic<bool> ownerBusy { true };
    std::atomic<bool> clientDone { false };
    QList<int> codes;
    QList<qint64> replyMs;
    bool doneWhileOwnerBusy = false;
    std::thread clientThread([&] {
        BlockingClient client;
        QElapsedTimer clock;
        clock.start();
        auto answer = [&] {
            codes << client.reply(2 * busyMs).code;
            replyMs << clock.restart();
        };
        if (client.connectTo(port)) {
            answer(); // the greeting
            const QList<QByteArray> commands = { "EHLO busy.test\r\n",
                "MAIL FROM:<ada@example.org>\r\n", "RCPT TO:<bob@example.org>\r\n", "DATA\r\n",
                "Subject: while the owner was busy\r\n\r\nhi\r\n.\r\n", "QUIT\r\n" };
            for (const QByteArray &command : commands) {
                client.send(command);
                answer();
            }
        }
        doneWhileOwnerBusy = ownerBusy.load();
        clientDone = true;
    });

    // The owner's thread handles no events for busyMs, or until the client is done.
    QElapsedTimer busy;
    busy.start();
    while (!clientDone.load() && busy.elapsed() < busyMs)
        QThread::msleep(5);
    ownerBusy = false;
    // Without a thread of its own the sandbox answers only now: let it, so the client ends.
    QVERIFY(QTest::qWaitFor([&] { return clientDone.load(); }, 6 * busyMs));
    clientThread.join();

    QCOMPARE(codes, (QList<int> { 220, 250, 250, 250, 354, 250, 221 }));
    QStringList timings;
    for (const qint64 ms : std::as_const(replyMs))
        timings << QString::number(ms);
    qInfo("replies to a client on another thread came after (ms): %s",
        qPrintable(timings.join(QLatin1Char(' '))));
    QVERIFY2(doneWhileOwnerBusy,
        qPrintable(QStringLiteral("replies came after (ms): ") + timings.join(QLatin1Char(' '))));
    // Queued to the owner's thread: it arrives now that the owner runs again.
    QTRY_COMPARE(captured.size(), 1);
    const CapturedMessage message = captured[0][0].value<CapturedMessage>();
    QCOMPARE(message.rcptTos, QStringList { QStringLiteral("bob@example.org") });
    const QList<CapturedMessage> messages = server->messages();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0].id, message.id);
    QCOMPARE(messages[0].content(), QByteArray("Subject: while the owner was busy\r\n\r\nhi\r\n"));
    QTRY_COMPARE(server->connectionCount(), 0);
}

// The port is bound on the sandbox's thread; its failure still comes back from listen(), and
// the thread is stopped again.
void TestSandbox::listenOnATakenPortFails()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost));
    SandboxSettings settings;
    settings.folder = m_dir->filePath(QStringLiteral("sandbox"));
    SandboxServer server(settings);
    QVERIFY(!server.listen(other.serverPort()));
    QVERIFY(!server.isListening());
    QCOMPARE(server.port(), quint16(0));
    QVERIFY2(server.errorString().startsWith(QStringLiteral("Could not listen on 127.0.0.1:")),
        qPrintable(server.errorString()));
    QVERIFY2(server.listen(0), qPrintable(server.errorString()));
    QVERIFY(server.errorString().isEmpty());
    SessionRun run(sandboxAccount(server.port()));
    SmtpSendReply *reply = run.send(envelopeFor(From, { To }), simpleMessage());
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString()));
    QCOMPARE(server.messages().size(), 1);
}

// Stopping the sandbox while clients are in the middle of a session: close() and the
// destructor return promptly, every client is disconnected, nothing half-received is kept,
// and the sandbox can listen again.
void TestSandbox::stoppingMidSessionIsClean()
{
    QList<SandboxEvent> events; // outlives the server, which may report while it stops
    auto server = startServer();
    const QDir folder(server->settings().folder);
    connect(
        server.get(), &SandboxServer::connectionEvent, [&](const SandboxEvent &e) { events << e; });

    // close() while a message is half sent: its partial file is gone with the connection.
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send("EHLO raw.test\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\n"
                "DATA\r\n");
    QCOMPARE(RawClient::codes(client.replies(5)), (QList<int> { 220, 250, 250, 250, 354 }));
    client.send("Subject: never finished\r\n\r\n" + QByteArray(100000, 'x'));
    QVERIFY(client.socket.waitForBytesWritten(3000));
    QTRY_COMPARE(server->connectionCount(), 1);
    QElapsedTimer clock;
    clock.start();
    server->close();
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!server->isListening());
    QCOMPARE(server->port(), quint16(0));
    QVERIFY(client.waitForClosed());
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden), QStringList());
    QTRY_COMPARE(server->connectionCount(), 0);
    QTRY_VERIFY(!events.isEmpty() && events.last().kind == SandboxEvent::Kind::Closed);
    QCOMPARE(events.last().text, QStringLiteral("the sandbox stopped"));
    QVERIFY(server->messages().isEmpty());

    // It listens again, on a new thread, and takes mail as before.
    QVERIFY2(server->listen(0), qPrintable(server->errorString()));
    {
        SessionRun run(sandboxAccount(server->port()));
        SmtpSendReply *reply = run.send(envelopeFor(From, { To }), simpleMessage());
        QVERIFY(run.run());
        QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString()));
    }
    QCOMPARE(server->messages().size(), 1);

    // Destroyed while a client on another thread waits for a reply the sandbox holds back:
    // the destructor does not wait for the delay, and the client is disconnected.
    SandboxFailures slow;
    slow.replyDelayMs = 60000;
    server->setFailures(slow);
    const quint16 port = server->port();
    std::atomic<bool> clientDone { false };
    bool connected = false;
    int code = -1;
    bool disconnected = false;
    std::thread clientThread([&] {
        BlockingClient waiting;
        connected = waiting.connectTo(port);
        code = waiting.reply(20000).code;
        disconnected = waiting.socket.state() == QAbstractSocket::UnconnectedState;
        clientDone = true;
    });
    QTRY_COMPARE(server->connectionCount(), 1);
    clock.restart();
    server.reset();
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(QTest::qWaitFor([&] { return clientDone.load(); }, 10000));
    clientThread.join();
    QVERIFY(connected);
    QCOMPARE(code, 0); // no greeting: the connection closed first
    QVERIFY(disconnected);
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden).size(), 2); // the one message
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
