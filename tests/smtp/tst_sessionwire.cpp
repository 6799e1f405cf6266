// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// The session's wire, without a socket: scripted server replies go in through a
// MemoryTransport, and each test compares the exact bytes the client wrote.

#include "memorytransport.h"
#include "transcriptcheck.h"

#include "smtp/smtpsession.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QByteArray Greeting = "220 mail.example.org ESMTP\r\n";
const QByteArray Ehlo = "EHLO client.example.org\r\n";
const QByteArray Secret = "c0rrect-h0rse";

SmtpServerSettings plainSettings()
{
    SmtpServerSettings settings;
    settings.host = QStringLiteral("mail.example.org");
    settings.port = 25;
    settings.security = ConnectionSecurity::None;
    settings.heloName = QStringLiteral("client.example.org");
    return settings;
}

SaslCredentials credentials()
{
    SaslCredentials credentials;
    credentials.user = QStringLiteral("alice");
    credentials.secret = QString::fromLatin1(Secret);
    return credentials;
}

SmtpEnvelope envelope(const QStringList &recipients)
{
    SmtpEnvelope envelope;
    envelope.sender = QStringLiteral("a@example.org");
    envelope.recipients = recipients;
    return envelope;
}

// One session over a MemoryTransport, the test playing the server in lockstep: say(), then
// compare what the client wrote in answer (client()).
class Wire
{
public:
    explicit Wire(const SmtpServerSettings &settings = plainSettings(),
        const SaslCredentials &credentials = {})
    {
        auto memory = std::make_unique<MemoryTransport>();
        transport = memory.get();
        session = std::make_unique<SmtpSession>(settings, std::move(memory));
        if (!credentials.user.isEmpty())
            session->setCredentials(credentials);
        QObject::connect(session.get(), &SmtpSession::transcriptEntry,
            [this](const TranscriptEntry &entry) { transcript << entry; });
    }

    SmtpSendReply *send(const SmtpEnvelope &envelope, const QByteArray &message)
    {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(message);
        buffer->open(QIODevice::ReadOnly);
        replies.emplace_back(session->send(envelope, std::move(buffer), message.size()));
        return replies.back().get();
    }

    // Opens (if no send() did) and waits for the connection the transport reports later.
    [[nodiscard]] bool connect()
    {
        if (session->state() == SmtpSession::State::Disconnected)
            session->open();
        return QTest::qWaitFor(
            [this] { return session->state() == SmtpSession::State::Greeting; }, 5000);
    }

    void say(const QByteArray &bytes) { transport->serverSays(bytes); }
    [[nodiscard]] QByteArray client() { return transport->takeWritten(); }

    [[nodiscard]] QStringList clientLines() const
    {
        QStringList lines;
        for (const TranscriptEntry &entry : transcript) {
            if (entry.direction == TranscriptEntry::Direction::Client)
                lines << entry.text;
        }
        return lines;
    }

    MemoryTransport *transport = nullptr; // owned by the session
    std::unique_ptr<SmtpSession> session;
    std::vector<std::unique_ptr<SmtpSendReply>> replies;
    QList<TranscriptEntry> transcript;
};

} // namespace

class TestSessionWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataWithDotStuffing();
    void pipelinedGroups();
    void bdatChunks();
    void authPlainRedacted();
    void authLoginRedacted();
    void tooManyRecipientsSplit();
    void startTlsOverMemory();
    void transcriptIsTheWire_data();
    void transcriptIsTheWire();
};

void TestSessionWire::dataWithDotStuffing()
{
    Wire wire;
    // A bare LF, lines that start with dots, and no line end at the end.
    const QByteArray message = "Subject: dots\r\n\r\n.leading\r\n..two\nbare LF\r\n.\r\nlast";
    SmtpSendReply *reply = wire.send(envelope({ QStringLiteral("b@example.org") }), message);
    QVERIFY(wire.connect());
    QCOMPARE(wire.transport->host(), QStringLiteral("mail.example.org"));
    QCOMPARE(wire.transport->port(), quint16(25));
    QCOMPARE(wire.client(), QByteArray());

    wire.say(Greeting);
    QCOMPARE(wire.client(), Ehlo);
    wire.say("250-mail.example.org\r\n250 SIZE 100000\r\n");
    QCOMPARE(wire.client(),
        "MAIL FROM:<a@example.org> SIZE=" + QByteArray::number(message.size()) + "\r\n");
    wire.say("250 2.1.0 ok\r\n");
    QCOMPARE(wire.client(), QByteArray("RCPT TO:<b@example.org>\r\n"));
    wire.say("250 2.1.5 ok\r\n");
    QCOMPARE(wire.client(), QByteArray("DATA\r\n"));
    wire.say("354 go ahead\r\n");
    QCOMPARE(wire.client(),
        QByteArray("Subject: dots\r\n\r\n..leading\r\n...two\r\nbare LF\r\n..\r\nlast\r\n.\r\n"));
    QVERIFY(!reply->isFinished());
    wire.say("250 2.0.0 queued\r\n");
    QVERIFY(reply->isFinished());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().toString()));

    QSignalSpy closed(wire.session.get(), &SmtpSession::closed);
    wire.session->quit();
    QCOMPARE(wire.client(), QByteArray("QUIT\r\n"));
    wire.say("221 2.0.0 bye\r\n");
    QCOMPARE(closed.size(), 1);
    QCOMPARE(wire.session->state(), SmtpSession::State::Closed);
    QVERIFY(wire.transport->isClosed());
    QCOMPARE(wire.client(), QByteArray());
}

void TestSessionWire::pipelinedGroups()
{
    Wire wire;
    const QByteArray message = "Subject: hi\r\n\r\nHello\r\n";
    SmtpSendReply *reply = wire.send(
        envelope({ QStringLiteral("b@example.org"), QStringLiteral("c@example.org") }), message);
    QVERIFY(wire.connect());
    wire.say(Greeting);
    QCOMPARE(wire.client(), Ehlo);

    const qsizetype writesBefore = wire.transport->writes().size();
    wire.say("250-mail.example.org\r\n250 PIPELINING\r\n");
    // RFC 2920 §3.1: MAIL, every RCPT and DATA in one group, written at once.
    const QByteArray group = "MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\n"
                             "RCPT TO:<c@example.org>\r\nDATA\r\n";
    QCOMPARE(wire.client(), group);
    QCOMPARE(wire.transport->writes().size(), writesBefore + 1);
    QCOMPARE(wire.transport->writes().last(), group);

    // Replies arrive together; nothing goes out until the 354.
    wire.say("250 ok\r\n250 ok\r\n");
    QCOMPARE(wire.client(), QByteArray());
    wire.say("550 5.1.1 no such user\r\n354 go\r\n");
    QCOMPARE(wire.client(), "Subject: hi\r\n\r\nHello\r\n.\r\n");
    wire.say("250 queued\r\n");
    QVERIFY(reply->isFinished());
    QVERIFY(!reply->error().isError());
    QCOMPARE(reply->recipientResults().size(), 2);
    QVERIFY(reply->recipientResults().at(0).isAccepted());
    QCOMPARE(reply->recipientResults().at(1).reply.code, 550);

    wire.session->quit();
    QCOMPARE(wire.client(), QByteArray("QUIT\r\n"));
}

void TestSessionWire::bdatChunks()
{
    Wire wire;
    // 1,000 lines of 100 bytes: a first chunk of 64 KiB, then the rest with LAST. A leading
    // dot is not stuffed in BDAT (RFC 3030 §2).
    QByteArray message = ".dot\r\n";
    while (message.size() < 100'000)
        message += QByteArray(98, 'x') + "\r\n";
    SmtpSendReply *reply = wire.send(envelope({ QStringLiteral("b@example.org") }), message);
    QVERIFY(wire.connect());
    wire.say(Greeting);
    QCOMPARE(wire.client(), Ehlo);
    wire.say("250-mail.example.org\r\n250-PIPELINING\r\n250 CHUNKING\r\n");
    // With CHUNKING no DATA joins the group: no chunk goes out before a recipient is taken.
    QCOMPARE(wire.client(), QByteArray("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\n"));

    const qsizetype writesBefore = wire.transport->writes().size();
    wire.say("250 ok\r\n250 ok\r\n");
    const qsizetype first = 64 * 1024;
    QCOMPARE(wire.client(), "BDAT " + QByteArray::number(first) + "\r\n" + message.left(first));
    // The BDAT line and its chunk are two writes, in that order.
    QCOMPARE(wire.transport->writes().size(), writesBefore + 2);
    QCOMPARE(wire.transport->writes().at(writesBefore + 1), message.left(first));

    wire.say("250 2.0.0 chunk taken\r\n");
    const QByteArray rest = message.mid(first);
    QCOMPARE(wire.client(), "BDAT " + QByteArray::number(rest.size()) + " LAST\r\n" + rest);
    QVERIFY(!reply->isFinished());
    wire.say("250 2.0.0 queued\r\n");
    QVERIFY(reply->isFinished());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().toString()));

    wire.session->quit();
    QCOMPARE(wire.client(), QByteArray("QUIT\r\n"));
}

void TestSessionWire::authPlainRedacted()
{
    SmtpServerSettings settings = plainSettings();
    settings.authMechanism = "PLAIN";
    Wire wire(settings, credentials());
    QSignalSpy ready(wire.session.get(), &SmtpSession::ready);
    QVERIFY(wire.connect());
    wire.say(Greeting);
    QCOMPARE(wire.client(), Ehlo);
    wire.say("250-mail.example.org\r\n250 AUTH LOGIN PLAIN\r\n");
    // RFC 4616: authzid NUL authcid NUL password, with the command (RFC 4954 §4).
    const QByteArray initial = QByteArray("\0alice\0", 7) + Secret;
    QCOMPARE(wire.client(), "AUTH PLAIN " + initial.toBase64() + "\r\n");
    wire.say("235 2.7.0 accepted\r\n");
    QCOMPARE(ready.size(), 1);
    QCOMPARE(wire.session->authMechanism(), QByteArray("PLAIN"));

    QVERIFY(wire.clientLines().contains(QStringLiteral("AUTH PLAIN <redacted>")));
    const QString text = formatTranscript(wire.transcript);
    QVERIFY(!text.contains(QString::fromLatin1(Secret)));
    QVERIFY(!text.contains(QString::fromLatin1(initial.toBase64())));
    QCOMPARE(saslChallengeIn(text), QString());

    wire.session->quit();
    QCOMPARE(wire.client(), QByteArray("QUIT\r\n"));
}

void TestSessionWire::authLoginRedacted()
{
    SmtpServerSettings settings = plainSettings();
    settings.authMechanism = "LOGIN";
    Wire wire(settings, credentials());
    QSignalSpy ready(wire.session.get(), &SmtpSession::ready);
    QVERIFY(wire.connect());
    wire.say(Greeting);
    QCOMPARE(wire.client(), Ehlo);
    wire.say("250-mail.example.org\r\n250 AUTH PLAIN LOGIN\r\n");
    QCOMPARE(wire.client(), QByteArray("AUTH LOGIN\r\n"));
    wire.say("334 VXNlcm5hbWU6\r\n"); // "Username:"
    QCOMPARE(wire.client(), QByteArray("alice").toBase64() + "\r\n");
    wire.say("334 UGFzc3dvcmQ6\r\n"); // "Password:"
    QCOMPARE(wire.client(), Secret.toBase64() + "\r\n");
    wire.say("235 2.7.0 accepted\r\n");
    QCOMPARE(ready.size(), 1);

    // Both answers and both challenges are redacted at the source.
    const QStringList client = wire.clientLines();
    QCOMPARE(client,
        QStringList({ QStringLiteral("EHLO client.example.org"), QStringLiteral("AUTH LOGIN"),
            QStringLiteral("<redacted>"), QStringLiteral("<redacted>") }));
    const QString text = formatTranscript(wire.transcript);
    QVERIFY(text.contains(QStringLiteral("S: 334 <redacted>")));
    QVERIFY(!text.contains(QStringLiteral("VXNlcm5hbWU6")));
    QVERIFY(!text.contains(QString::fromLatin1(Secret)));
    QVERIFY(!text.contains(QString::fromLatin1(Secret.toBase64())));
    QCOMPARE(saslChallengeIn(text), QString());

    wire.session->quit();
    QCOMPARE(wire.client(), QByteArray("QUIT\r\n"));
}

void TestSessionWire::tooManyRecipientsSplit()
{
    Wire wire;
    const QByteArray message = "Subject: many\r\n\r\nHi\r\n";
    SmtpSendReply *reply
        = wire.send(envelope({ QStringLiteral("b@example.org"), QStringLiteral("c@example.org"),
                        QStringLiteral("d@example.org") }),
            message);
    QVERIFY(wire.connect());
    wire.say(Greeting);
    QCOMPARE(wire.client(), Ehlo);
    wire.say("250-mail.example.org\r\n250 PIPELINING\r\n");
    QCOMPARE(wire.client(),
        QByteArray("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\n"
                   "RCPT TO:<c@example.org>\r\nRCPT TO:<d@example.org>\r\nDATA\r\n"));
    wire.say("250 ok\r\n250 ok\r\n452 4.5.3 too many recipients\r\n"
             "452 4.5.3 too many recipients\r\n354 go\r\n");
    QCOMPARE(wire.client(), "Subject: many\r\n\r\nHi\r\n.\r\n");
    // RFC 5321 §4.5.3.1.10: the end of data completes the first transaction; the recipients
    // the server had no room for go in a second one at once, with the same message.
    wire.say("250 2.0.0 queued\r\n");
    QVERIFY(!reply->isFinished());
    QCOMPARE(wire.client(),
        QByteArray("MAIL FROM:<a@example.org>\r\nRCPT TO:<c@example.org>\r\n"
                   "RCPT TO:<d@example.org>\r\nDATA\r\n"));
    wire.say("250 ok\r\n250 ok\r\n250 ok\r\n354 go\r\n");
    QCOMPARE(wire.client(), "Subject: many\r\n\r\nHi\r\n.\r\n");
    wire.say("250 2.0.0 queued as 2\r\n");
    QVERIFY(reply->isFinished());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().toString()));
    const QList<SmtpRecipientResult> results = reply->recipientResults();
    QCOMPARE(results.size(), 3);
    for (const SmtpRecipientResult &result : results)
        QVERIFY2(result.isAccepted(), qPrintable(result.address));

    wire.session->quit();
    QCOMPARE(wire.client(), QByteArray("QUIT\r\n"));
    wire.say("221 bye\r\n");
    QCOMPARE(wire.session->state(), SmtpSession::State::Closed);
}

void TestSessionWire::startTlsOverMemory()
{
    SmtpServerSettings settings = plainSettings();
    settings.security = ConnectionSecurity::StartTls;
    Wire wire(settings);
    QSignalSpy ready(wire.session.get(), &SmtpSession::ready);
    QVERIFY(wire.connect());
    QCOMPARE(wire.transport->security(), ConnectionSecurity::StartTls);
    wire.say(Greeting);
    QCOMPARE(wire.client(), Ehlo);
    wire.say("250-mail.example.org\r\n250 STARTTLS\r\n");
    QCOMPARE(wire.client(), QByteArray("STARTTLS\r\n"));
    wire.say("220 2.0.0 go ahead\r\n");
    QVERIFY(wire.transport->startedTls());
    QCOMPARE(wire.client(), QByteArray());
    // RFC 3207 §4.2: EHLO again once encrypted.
    QVERIFY(QTest::qWaitFor([&] { return wire.session->isEncrypted(); }, 5000));
    QCOMPARE(wire.client(), Ehlo);
    wire.say("250 mail.example.org\r\n");
    QCOMPARE(ready.size(), 1);
    QCOMPARE(wire.session->tlsDescription(), QStringLiteral("TLSv1.3, in memory"));
}

void TestSessionWire::transcriptIsTheWire_data()
{
    QTest::addColumn<bool>("chunking");
    QTest::newRow("DATA") << false;
    QTest::newRow("BDAT") << true;
}

void TestSessionWire::transcriptIsTheWire()
{
    // With the body in the transcript, the client's entries are exactly the lines written,
    // in order, but for the AUTH line: commands, message data and BDAT chunks all pass the one
    // function that writes and makes the entries.
    QFETCH(bool, chunking);
    SmtpServerSettings settings = plainSettings();
    settings.transcriptIncludesBody = true;
    settings.authMechanism = "PLAIN";
    Wire wire(settings, credentials());
    const QByteArray message = "Subject: all\r\n\r\n.dot\r\nline\r\n";
    SmtpSendReply *data = wire.send(envelope({ QStringLiteral("b@example.org") }), message);
    QVERIFY(wire.connect());
    wire.say(Greeting);
    wire.say(chunking
            ? "250-mail.example.org\r\n250-PIPELINING\r\n250-CHUNKING\r\n250 AUTH PLAIN\r\n"
            : "250-mail.example.org\r\n250-PIPELINING\r\n250 AUTH PLAIN\r\n");
    wire.say("235 ok\r\n");
    wire.say(chunking ? "250 ok\r\n250 ok\r\n" : "250 ok\r\n250 ok\r\n354 go\r\n");
    wire.say("250 queued\r\n");
    QVERIFY(data->isFinished());
    QVERIFY2(!data->error().isError(), qPrintable(data->error().toString()));
    // The console's own commands take the same way out.
    QString refusal;
    QVERIFY2(wire.session->sendUserCommand(QStringLiteral("NOOP"), &refusal), qPrintable(refusal));
    wire.say("250 ok\r\n");
    wire.session->quit();
    wire.say("221 bye\r\n");
    QCOMPARE(wire.session->state(), SmtpSession::State::Closed);

    QStringList written
        = QString::fromLatin1(wire.transport->written()).split(QStringLiteral("\r\n"));
    QCOMPARE(written.takeLast(), QString()); // everything written ends with CRLF
    const QStringList shown = wire.clientLines();
    QCOMPARE(shown.size(), written.size());
    int redacted = 0;
    for (qsizetype i = 0; i < written.size(); ++i) {
        if (shown[i] == QLatin1String("AUTH PLAIN <redacted>")) {
            QVERIFY(written[i].startsWith(QLatin1String("AUTH PLAIN ")));
            ++redacted;
            continue;
        }
        QCOMPARE(shown[i], written[i]);
    }
    QCOMPARE(redacted, 1);
    QVERIFY(written.contains(chunking ? QStringLiteral(".dot") : QStringLiteral("..dot")));
    QCOMPARE(written.contains(QStringLiteral("BDAT 28 LAST")), chunking);
    QVERIFY(written.contains(QStringLiteral("NOOP")));
    QCOMPARE(written.last(), QStringLiteral("QUIT"));
    QCOMPARE(saslChallengeIn(formatTranscript(wire.transcript)), QString());
}

QTEST_GUILESS_MAIN(TestSessionWire)
#include "tst_sessionwire.moc"
