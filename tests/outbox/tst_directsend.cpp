// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// DirectSend (one message now, past the queue) and ServerProbe (what a server offers), the
// library jobs behind `outboundctl send` and `outboundctl probe`: against aiosmtpd and the
// scripted hostile server, and the paths that need no server at all.
#include "accounts/serverprobe.h"
#include "outbox/directsend.h"
#include "serverprocess.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QtTest>

namespace {

const QByteArray Message = "From: ada@example.org\r\nTo: bob@example.org\r\nSubject: now\r\n\r\n"
                           "Sent past the queue.\r\n";

SmtpServerSettings plainServer(quint16 port)
{
    SmtpServerSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = ConnectionSecurity::None;
    settings.heloName = QStringLiteral("client.test");
    return settings;
}

SmtpEnvelope envelopeTo(const QStringList &recipients)
{
    SmtpEnvelope envelope;
    envelope.sender = QStringLiteral("ada@example.org");
    envelope.recipients = recipients;
    return envelope;
}

DirectSend::BodyOpener messageBody()
{
    return [](QString *) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(Message);
        buffer->open(QIODevice::ReadOnly);
        return std::unique_ptr<QIODevice>(std::move(buffer));
    };
}

// Runs the job to its end; false if it did not finish in time.
template<class Job> bool runToEnd(Job &job, int timeoutMs = 15000)
{
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    return job.isFinished() || finished.wait(timeoutMs);
}

} // namespace

class TestDirectSend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendsAndSaysWhatBecameOfEachRecipient();
    void goesOnOverAnotherConnectionPastMailMax();
    void unreadableMessageConnectsToNothing();
    void cancelledBeforeItStarts();
    void cancelledWhileConnecting();
    void probeSeesCapabilities();
    void probeOfAServerThatIsNotThere();
    void probeCancelledBeforeItStarts();
};

void TestDirectSend::sendsAndSaysWhatBecameOfEachRecipient()
{
    SmtpTestServer::Options options;
    options.rejectRcpt = { QStringLiteral("nobody@*") };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DirectSend send(plainServer(server.port()), {},
        envelopeTo({ QStringLiteral("bob@example.org"), QStringLiteral("nobody@example.org") }),
        messageBody(), Message.size());
    QSignalSpy transcript(&send, &DirectSend::transcriptEntry);
    QVERIFY(runToEnd(send));
    QVERIFY2(!send.error().isError(), qPrintable(send.error().toString()));
    QCOMPARE(send.recipientResults().size(), 2);
    QVERIFY(send.recipientResults()[0].isAccepted());
    QVERIFY(send.recipientResults()[1].reply.isPermanentFailure());
    QVERIFY(send.anyAccepted());
    QVERIFY(!send.allAccepted());
    QVERIFY(!send.isUncertain());
    QCOMPARE(send.finalReply().code, 250);
    QVERIFY(send.bytesSent() >= Message.size());
    QVERIFY(transcript.size() > 5);
    QCOMPARE(server.waitForMessages(1).size(), 1);
}

void TestDirectSend::goesOnOverAnotherConnectionPastMailMax()
{
    // RFC 9422: one transaction of one recipient per connection: the second recipient goes
    // over a second connection, and both results are merged.
    ScriptedServer server(ScriptedServer::oneRecipientPerConnection(), 2);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DirectSend send(plainServer(server.port()), {},
        envelopeTo({ QStringLiteral("r1@example.org"), QStringLiteral("r2@example.org") }),
        messageBody(), Message.size());
    QVERIFY(runToEnd(send));
    QVERIFY2(send.allAccepted(), qPrintable(send.error().toString()));
    QCOMPARE(send.recipientResults().size(), 2);
    QCOMPARE(send.queueIds().size(), 2);
    const ScriptedRecord record = server.finish(10000);
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    QCOMPARE(record.connections.size(), 2);
    QVERIFY(record.connections[1].received.contains(QStringLiteral("RCPT TO:<r2@example.org>")));
}

void TestDirectSend::unreadableMessageConnectsToNothing()
{
    // Port 9 of loopback: nothing is meant to listen, and nothing may be tried.
    DirectSend send(
        plainServer(9), {}, envelopeTo({ QStringLiteral("bob@example.org") }),
        [](QString *error) {
            *error = QStringLiteral("gone");
            return std::unique_ptr<QIODevice>();
        },
        0);
    QSignalSpy transcript(&send, &DirectSend::transcriptEntry);
    QVERIFY(runToEnd(send));
    QCOMPARE(send.error().code(), SmtpError::MessageUnreadable);
    QVERIFY(send.error().toString().contains(QLatin1String("gone")));
    QVERIFY(transcript.isEmpty());
    QVERIFY(!send.anyAccepted());
}

void TestDirectSend::cancelledBeforeItStarts()
{
    DirectSend send(plainServer(9), {}, envelopeTo({ QStringLiteral("bob@example.org") }),
        messageBody(), Message.size());
    QSignalSpy finished(&send, &DirectSend::finished);
    send.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(send.error().code(), SmtpError::Aborted);
    send.start(); // too late: nothing happens
    QCOMPARE(finished.size(), 1);
}

void TestDirectSend::cancelledWhileConnecting()
{
    // A server that greets only after a long pause: the cancel lands while waiting for it.
    ScriptedServer server(QStringLiteral("X: sleep 5\nS: 220 slow.test ESMTP\n"));
    server.setReadTimeout(2);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DirectSend send(plainServer(server.port()), {},
        envelopeTo({ QStringLiteral("bob@example.org") }), messageBody(), Message.size());
    QSignalSpy finished(&send, &DirectSend::finished);
    send.start();
    QTimer::singleShot(300, &send, &DirectSend::cancel);
    QVERIFY(finished.wait(4000));
    QCOMPARE(send.error().category(), SmtpError::Category::Cancelled);
    QVERIFY(!send.anyAccepted());
    (void)server.finish(8000);
}

void TestDirectSend::probeSeesCapabilities()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SmtpServerSettings settings = plainServer(server.port());
    settings.user = QStringLiteral("ada"); // a probe logs in to nothing
    ServerProbe probe(settings);
    QSignalSpy transcript(&probe, &ServerProbe::transcriptEntry);
    QVERIFY(runToEnd(probe));
    QVERIFY2(!probe.error().isError(), qPrintable(probe.error().toString()));
    QVERIFY(probe.sawPlain());
    QVERIFY(!probe.sawEncrypted());
    QVERIFY(probe.finalCapabilities().eightBitMime());
    QVERIFY(probe.settings().user.isEmpty());
    bool quit = false;
    for (const QVariantList &args : std::as_const(transcript))
        quit = quit || args.first().value<TranscriptEntry>().text.startsWith(QLatin1String("QUIT"));
    QVERIFY(quit);
    QVERIFY(server.messages().isEmpty());
}

void TestDirectSend::probeOfAServerThatIsNotThere()
{
    ServerProbe probe(plainServer(9));
    QVERIFY(runToEnd(probe));
    QCOMPARE(probe.error().category(), SmtpError::Category::Network);
    QVERIFY(!probe.sawPlain());
}

void TestDirectSend::probeCancelledBeforeItStarts()
{
    ServerProbe probe(plainServer(9));
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(probe.error().code(), SmtpError::Aborted);
    probe.start(); // too late: nothing happens
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestDirectSend)
#include "tst_directsend.moc"
