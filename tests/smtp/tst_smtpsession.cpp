// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// SmtpSession against real servers on loopback: aiosmtpd (TLS, AUTH, SMTPUTF8, SIZE, DSN)
// and Postfix's smtp-sink (PIPELINING). Every test asserts what the server received.
#include "serverprocess.h"
#include "sessionrun.h"
#include "smtpsink.h"
#include "testca.h"
#include "transcriptcheck.h"

#include <QProcess>
#include <QTcpServer>
#include <QtTest>

namespace {

const QString User = QStringLiteral("ada");
const QString Password = QStringLiteral("s3cret-Pässword");

SaslCredentials credentials(const QString &password = Password)
{
    SaslCredentials c;
    c.user = User;
    c.secret = password;
    return c;
}

SmtpServerSettings trusted(quint16 port, ConnectionSecurity security)
{
    SmtpServerSettings settings = loopbackSettings(port, security);
    settings.trust.caFile = TestCa::instance().caCertPath();
    return settings;
}

// The secret must not appear in any form a transcript could leak it in.
void verifyNoSecrets(const SessionRun &run)
{
    const QString text = run.transcriptText();
    QVERIFY2(!text.contains(Password), qPrintable(text));
    const QByteArray plain
        = QByteArray("\0", 1) + User.toUtf8() + QByteArray("\0", 1) + Password.toUtf8();
    QVERIFY(!text.contains(QString::fromLatin1(plain.toBase64())));
    QVERIFY(!text.contains(QString::fromLatin1(Password.toUtf8().toBase64())));
}

} // namespace

class TestSmtpSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plaintextDeliversExactBytes();
    void startTlsWithAuth_data();
    void startTlsWithAuth();
    void implicitTls();
    void wrongPasswordIsAnAuthError();
    void untrustedCertificateSendsNothing();
    void pinnedSelfSignedCertificate();
    void wrongPinFails();
    void wrongHostNameFails();
    void partialRecipients();
    void allRecipientsRejected();
    void tooManyRecipientsGoInFurtherTransactions_data();
    void tooManyRecipientsGoInFurtherTransactions();
    void tooManyRecipientsBesideRefusals();
    void allRecipientsTemporarilyRejected();
    void sizeLimitRefusedBeforeSending();
    void smtpUtf8WhenOffered();
    void utf8RefusedWithoutSmtpUtf8();
    void idnDomainGoesOutAsALabels();
    void dsnParameters();
    void lineEndingsAndDotStuffing();
    void largeMessageStreams();
    void severalMessagesOneConnection();
    void pipeliningToSmtpSink();
    void invalidAddressRefusedLocally();
    void abortQueuedMessage();
    void connectionRefused();
    void finishedComesFromTheEventLoop();
    void deletingTheSessionFromFinishedIsSafe();
    void abortFromProgressDropsOnlyThatMessage();
    void truncatedBodyIsNeverCommitted();
    void invalidDataIsNeverCommitted_data();
    void invalidDataIsNeverCommitted();
    void sequentialBodyRefused();
    void invalidHeloNameIsAConfigurationError();
    void consoleCommands();
};

void TestSmtpSession::plaintextDeliversExactBytes()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    const QByteArray message = simpleMessage();
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }), message);
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString() + run.transcriptText()));
    QCOMPARE(reply->finalReply().code, 250);
    QVERIFY(!reply->queueId().isEmpty());
    const auto received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].content, message);
    QCOMPARE(received[0].mailFrom, QStringLiteral("a@example.org"));
    QCOMPARE(received[0].rcptTos, QStringList { QStringLiteral("b@example.org") });
    QCOMPARE(reply->queueId(), received[0].id);
    QVERIFY(!received[0].tls);
}

void TestSmtpSession::startTlsWithAuth_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::newRow("PLAIN") << QByteArray("PLAIN");
    QTest::newRow("LOGIN") << QByteArray("LOGIN");
    QTest::newRow("CRAM-MD5") << QByteArray("CRAM-MD5");
    QTest::newRow("SCRAM-SHA-1") << QByteArray("SCRAM-SHA-1");
    QTest::newRow("SCRAM-SHA-256") << QByteArray("SCRAM-SHA-256");
    QTest::newRow("strongest offered") << QByteArray();
}

void TestSmtpSession::startTlsWithAuth()
{
    QFETCH(QByteArray, mechanism);
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::StartTls;
    options.requireStartTls = true;
    options.users = { { User, Password } };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    SmtpServerSettings settings = trusted(server.port(), ConnectionSecurity::StartTls);
    settings.authMechanism = mechanism;
    SessionRun run(settings, credentials());
    const QByteArray message = simpleMessage("Über TLS");
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("ada@example.org"), { QStringLiteral("b@example.org") }),
        message);
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(),
        qPrintable(reply->errorString() + QLatin1Char('\n') + run.transcriptText()));
    QCOMPARE(
        run.session.authMechanism(), mechanism.isEmpty() ? QByteArray("SCRAM-SHA-256") : mechanism);

    const auto received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].content, message);
    QCOMPARE(received[0].authUser, User);
    QVERIFY(received[0].tls);
    verifyNoSecrets(run);
    // The transcript shows every step; AUTH itself is redacted.
    const QString text = run.transcriptText();
    QVERIFY(text.contains(QStringLiteral("C: STARTTLS")));
    QVERIFY(text.contains(QStringLiteral("# TLS established")));
    // The event carries the chain the server presented, for the certificate viewer.
    const auto established = std::find_if(run.transcript.cbegin(), run.transcript.cend(),
        [](const TranscriptEntry &e) { return !e.peerCertificates.isEmpty(); });
    QVERIFY(established != run.transcript.cend());
    QVERIFY(established->text.startsWith(QStringLiteral("TLS established")));
    QCOMPARE(established->peerCertificates.first().subjectInfo(QSslCertificate::CommonName),
        QStringList { QStringLiteral("localhost") });
    QVERIFY(text.contains(QStringLiteral("C: AUTH ")));
    QVERIFY(text.contains(QStringLiteral("S: 235")));
    // The server's challenges are as secret as the answers: a challenge came, nothing of it
    // is kept (PLAIN, with its initial response, gets none).
    const QString leak = saslChallengeIn(text);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    const bool challenged = run.session.authMechanism() != "PLAIN";
    QCOMPARE(text.contains(QStringLiteral("\nS: 334 <redacted>\n")), challenged);
    QVERIFY(text.contains(QStringLiteral("C: MAIL FROM:<ada@example.org>")));
    QVERIFY(text.contains(QStringLiteral("C: QUIT")));
    // EHLO is said twice: capabilities learnt before TLS are not trusted after it.
    QCOMPARE(run.clientLines().filter(QStringLiteral("EHLO ")).size(), 2);
}

void TestSmtpSession::implicitTls()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::Implicit;
    options.users = { { User, Password } };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(trusted(server.port(), ConnectionSecurity::ImplicitTls), credentials());
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("ada@example.org"), { QStringLiteral("b@example.org") }),
        simpleMessage());
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(),
        qPrintable(reply->errorString() + QLatin1Char('\n') + run.transcriptText()));
    QVERIFY(run.session.tlsDescription().contains(QStringLiteral("TLS")));
    const auto received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QVERIFY(received[0].tls);
    QCOMPARE(received[0].authUser, User);
    verifyNoSecrets(run);
}

void TestSmtpSession::wrongPasswordIsAnAuthError()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::StartTls;
    options.users = { { User, Password } };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(
        trusted(server.port(), ConnectionSecurity::StartTls), credentials(QStringLiteral("wrong")));
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("ada@example.org"), { QStringLiteral("b@example.org") }),
        simpleMessage());
    QVERIFY(run.run());
    QCOMPARE(reply->error().code(), SmtpError::AuthenticationFailed);
    QCOMPARE(reply->error().category(), SmtpError::Category::Authentication);
    QCOMPARE(reply->error().serverReply().code, 535);
    QVERIFY(!run.transcriptText().contains(QStringLiteral("wrong")));
    // SCRAM-SHA-256 got as far as the server-first message, which is not kept either.
    QVERIFY(run.transcriptText().contains(QStringLiteral("\nS: 334 <redacted>\n")));
    const QString leak = saslChallengeIn(run.transcriptText());
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    QVERIFY(server.waitForMessages(1, 300).isEmpty());
}

void TestSmtpSession::untrustedCertificateSendsNothing()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::StartTls;
    options.users = { { User, Password } };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // No CA file: the test CA is not trusted, so the handshake must fail.
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::StartTls), credentials());
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("ada@example.org"), { QStringLiteral("b@example.org") }),
        simpleMessage());
    QVERIFY(run.run());
    QCOMPARE(reply->error().code(), SmtpError::CertificateUntrusted);
    QVERIFY(reply->errorString().contains(QStringLiteral("SHA-256"))
        || reply->errorString().contains(QStringLiteral("sha")));
    QVERIFY(run.clientLines().filter(QStringLiteral("AUTH")).isEmpty());
    QVERIFY(run.clientLines().filter(QStringLiteral("MAIL")).isEmpty());
    QVERIFY(server.waitForMessages(1, 300).isEmpty());
}

void TestSmtpSession::pinnedSelfSignedCertificate()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::Implicit;
    options.certPath = TestCa::instance().selfSignedCertPath();
    options.keyPath = TestCa::instance().selfSignedKeyPath();
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SmtpServerSettings settings = loopbackSettings(server.port(), ConnectionSecurity::ImplicitTls);
    settings.trust.pinnedSha256 = TestCa::instance().selfSignedSha256();
    SessionRun run(settings);
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        simpleMessage());
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(),
        qPrintable(reply->errorString() + QLatin1Char('\n') + run.transcriptText()));
    QCOMPARE(server.waitForMessages(1).size(), 1);
}

void TestSmtpSession::wrongPinFails()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::Implicit;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // The chain verifies against the CA, but the account pinned another certificate.
    SmtpServerSettings settings = trusted(server.port(), ConnectionSecurity::ImplicitTls);
    settings.trust.pinnedSha256 = TestCa::instance().selfSignedSha256();
    SessionRun run(settings);
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        simpleMessage());
    QVERIFY(run.run());
    QCOMPARE(reply->error().code(), SmtpError::CertificatePinMismatch);
    QVERIFY(run.clientLines().isEmpty());
}

void TestSmtpSession::wrongHostNameFails()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::Implicit;
    options.certPath = TestCa::instance().wrongHostCertPath();
    options.keyPath = TestCa::instance().wrongHostKeyPath();
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(trusted(server.port(), ConnectionSecurity::ImplicitTls));
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        simpleMessage());
    QVERIFY(run.run());
    QCOMPARE(reply->error().code(), SmtpError::CertificateUntrusted);
    QVERIFY(run.clientLines().isEmpty());
}

void TestSmtpSession::partialRecipients()
{
    SmtpTestServer::Options options;
    options.rejectRcpt = { QStringLiteral("nobody@*") };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    SmtpSendReply *reply
        = run.send(envelopeFor(QStringLiteral("a@example.org"),
                       { QStringLiteral("b@example.org"), QStringLiteral("nobody@example.org"),
                           QStringLiteral("c@example.org") }),
            simpleMessage());
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString()));
    QCOMPARE(reply->recipientResults().size(), 3);
    QVERIFY(reply->recipientResults()[0].isAccepted());
    QCOMPARE(reply->recipientResults()[1].reply.code, 550);
    QCOMPARE(reply->recipientResults()[1].reply.enhancedCode, QByteArray("5.1.1"));
    QVERIFY(reply->recipientResults()[2].isAccepted());
    QCOMPARE(reply->acceptedRecipients(),
        (QStringList { QStringLiteral("b@example.org"), QStringLiteral("c@example.org") }));
    const auto received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].rcptTos,
        (QStringList { QStringLiteral("b@example.org"), QStringLiteral("c@example.org") }));
}

void TestSmtpSession::tooManyRecipientsGoInFurtherTransactions_data()
{
    QTest::addColumn<QString>("limits");
    QTest::addColumn<int>("refusals"); // 452 replies the client should have seen
    // RFC 5321 §4.5.3.1.10: the server says 452 4.5.3 past 2 (to r3, r4, r5, then to r5);
    // the rest go at once.
    QTest::newRow("452 4.5.3") << QString() << 4;
    // RFC 9422: with LIMITS RCPTMAX the client splits ahead and never hits the 452.
    QTest::newRow("LIMITS RCPTMAX") << QStringLiteral("RCPTMAX=2") << 0;
}

void TestSmtpSession::tooManyRecipientsGoInFurtherTransactions()
{
    QFETCH(QString, limits);
    QFETCH(int, refusals);
    SmtpTestServer::Options options;
    options.maxRecipients = 2;
    options.limits = limits;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    QStringList to;
    for (const char *name : { "r1", "r2", "r3", "r4", "r5" })
        to << QStringLiteral("%1@example.org").arg(QLatin1String(name));
    SmtpSendReply *reply
        = run.send(envelopeFor(QStringLiteral("a@example.org"), to), simpleMessage());
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString() + run.transcriptText()));
    QVERIFY(reply->allRecipientsAccepted());
    QCOMPARE(reply->acceptedRecipients(), to);
    QCOMPARE(reply->queueIds().size(), 3);
    const auto received = server.waitForMessages(3);
    QCOMPARE(received.size(), 3);
    QCOMPARE(received[0].rcptTos, to.mid(0, 2));
    QCOMPARE(received[1].rcptTos, to.mid(2, 2));
    QCOMPARE(received[2].rcptTos, to.mid(4));
    for (const ReceivedMessage &message : received)
        QCOMPARE(message.content, simpleMessage());
    // One connection; no RSET is needed after a completed transaction.
    const QStringList client = run.clientLines();
    QCOMPARE(client.filter(QStringLiteral("MAIL FROM")).size(), 3);
    QCOMPARE(client.filter(QStringLiteral("RSET")).size(), 0);
    QCOMPARE(run.transcriptText().count(QStringLiteral("S: 452 4.5.3")), refusals);
}

void TestSmtpSession::tooManyRecipientsBesideRefusals()
{
    // A refused recipient stays refused; the one the server had no room for goes next.
    SmtpTestServer::Options options;
    options.maxRecipients = 2;
    options.rejectRcpt = { QStringLiteral("nobody@*") };
    options.tempfailRcpt = { QStringLiteral("later@*") };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    const QStringList to { QStringLiteral("b@example.org"), QStringLiteral("nobody@example.org"),
        QStringLiteral("c@example.org"), QStringLiteral("later@example.org"),
        QStringLiteral("d@example.org") };
    SmtpSendReply *reply
        = run.send(envelopeFor(QStringLiteral("a@example.org"), to), simpleMessage());
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString()));
    QVERIFY(!reply->allRecipientsAccepted());
    const QList<SmtpRecipientResult> results = reply->recipientResults();
    QCOMPARE(results.size(), 5);
    QVERIFY(results[0].isAccepted());
    QCOMPARE(results[1].reply.code, 550);
    QVERIFY(results[2].isAccepted());
    QCOMPARE(results[3].reply.code, 450);
    QVERIFY(results[4].isAccepted());
    const auto received = server.waitForMessages(2);
    QCOMPARE(received.size(), 2);
    QCOMPARE(received[0].rcptTos, (QStringList { to[0], to[2] }));
    QCOMPARE(received[1].rcptTos, (QStringList { to[4] }));
}

void TestSmtpSession::allRecipientsRejected()
{
    SmtpTestServer::Options options;
    options.rejectRcpt = { QStringLiteral("*") };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    SmtpSendReply *first = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("x@example.org") }),
        simpleMessage());
    // The session stays usable after a failed transaction (RSET), for the next message.
    SmtpSendReply *second = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("y@example.org") }),
        simpleMessage());
    QVERIFY(run.run());
    QCOMPARE(first->error().code(), SmtpError::AllRecipientsRejected);
    QCOMPARE(first->error().category(), SmtpError::Category::Permanent);
    QCOMPARE(second->error().code(), SmtpError::AllRecipientsRejected);
    QVERIFY(run.clientLines().contains(QStringLiteral("RSET")));
    QVERIFY(run.clientLines().filter(QStringLiteral("DATA")).isEmpty());
    QVERIFY(server.waitForMessages(1, 300).isEmpty());
}

void TestSmtpSession::allRecipientsTemporarilyRejected()
{
    SmtpTestServer::Options options;
    options.tempfailRcpt = { QStringLiteral("*") };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("x@example.org") }),
        simpleMessage());
    QVERIFY(run.run());
    QCOMPARE(reply->error().category(), SmtpError::Category::Transient);
    QCOMPARE(reply->recipientResults()[0].reply.code, 450);
}

void TestSmtpSession::sizeLimitRefusedBeforeSending()
{
    SmtpTestServer::Options options;
    options.sizeLimit = 1000;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    SmtpSendReply *big = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        simpleMessage("big", QByteArray(2000, 'x') + "\r\n"));
    SmtpSendReply *small = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        simpleMessage());
    QVERIFY(run.run());
    QCOMPARE(big->error().code(), SmtpError::MessageTooLarge);
    QVERIFY(!small->error().isError());
    // Only the small one reached MAIL FROM, with its SIZE declared (RFC 1870).
    const QStringList mails = run.clientLines().filter(QStringLiteral("MAIL FROM"));
    QCOMPARE(mails.size(), 1);
    QVERIFY(mails[0].contains(QStringLiteral(" SIZE=%1").arg(simpleMessage().size())));
    QCOMPARE(server.waitForMessages(1).size(), 1);
}

void TestSmtpSession::smtpUtf8WhenOffered()
{
    SmtpTestServer::Options options;
    options.smtpUtf8 = true;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    SmtpEnvelope envelope = envelopeFor(
        QStringLiteral("ada@example.org"), { QStringLiteral("jürgen@bücher.example") });
    envelope.requiresSmtpUtf8 = true;
    envelope.bodyType = SmtpCommand::BodyType::EightBitMime;
    const QByteArray message = simpleMessage("Grüße", "Schöne Grüße\r\n");
    SmtpSendReply *reply = run.send(envelope, message);
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(),
        qPrintable(reply->errorString() + QLatin1Char('\n') + run.transcriptText()));
    const auto received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QVERIFY(received[0].smtpUtf8);
    QCOMPARE(received[0].rcptTos, QStringList { QStringLiteral("jürgen@bücher.example") });
    QCOMPARE(received[0].content, message);
}

void TestSmtpSession::utf8RefusedWithoutSmtpUtf8()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("ada@example.org"), { QStringLiteral("jürgen@example.org") }),
        simpleMessage());
    QVERIFY(run.run());
    QCOMPARE(reply->error().code(), SmtpError::Utf8NotSupported);
    QVERIFY(run.clientLines().filter(QStringLiteral("MAIL FROM")).isEmpty());
}

void TestSmtpSession::idnDomainGoesOutAsALabels()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("ada@example.org"), { QStringLiteral("info@bücher.example") }),
        simpleMessage());
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString()));
    const auto received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].rcptTos, QStringList { QStringLiteral("info@xn--bcher-kva.example") });
}

void TestSmtpSession::dsnParameters()
{
    SmtpTestServer::Options options;
    options.dsn = true;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    SmtpEnvelope envelope
        = envelopeFor(QStringLiteral("ada@example.org"), { QStringLiteral("b@example.org") });
    envelope.dsnReturn = SmtpCommand::DsnReturn::Headers;
    envelope.dsnEnvelopeId = "id+1=x";
    envelope.dsnNotify = SmtpCommand::DsnNotify::Success | SmtpCommand::DsnNotify::Failure;
    SmtpSendReply *reply = run.send(envelope, simpleMessage());
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(),
        qPrintable(reply->errorString() + QLatin1Char('\n') + run.transcriptText()));
    const auto received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    // aiosmtpd upper-cases parameters, so compare without case.
    const QString mailOptions = received[0].mailOptions.join(QLatin1Char(' '));
    const QString rcptOptions = received[0].rcptOptions.join(QLatin1Char(' '));
    QVERIFY2(mailOptions.contains(QStringLiteral("RET=HDRS"), Qt::CaseInsensitive),
        qPrintable(mailOptions));
    QVERIFY2(mailOptions.contains(QStringLiteral("ENVID=id+2B1+3Dx"), Qt::CaseInsensitive),
        qPrintable(mailOptions));
    QVERIFY2(rcptOptions.contains(QStringLiteral("NOTIFY=SUCCESS,FAILURE"), Qt::CaseInsensitive),
        qPrintable(rcptOptions));
    QVERIFY2(
        rcptOptions.contains(QStringLiteral("ORCPT=rfc822;b@example.org"), Qt::CaseInsensitive),
        qPrintable(rcptOptions));
}

void TestSmtpSession::lineEndingsAndDotStuffing()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    // Bare LF, bare CR, lines that start with dots, a lone dot, and no final line end.
    const QByteArray body = "line one\n.starts with a dot\r\n..two dots\r.\r\nbare CR\rend";
    const QByteArray normalised
        = "line one\r\n.starts with a dot\r\n..two dots\r\n.\r\nbare CR\r\nend\r\n";
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        "Subject: dots\n\n" + body);
    QVERIFY(run.run());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString()));
    const auto received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].content, "Subject: dots\r\n\r\n" + normalised);
}

void TestSmtpSession::largeMessageStreams()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    QByteArray message = simpleMessage("large", {});
    for (int i = 0; message.size() < 6 * 1024 * 1024; ++i)
        message += (i % 7 == 0 ? "." : "") + QByteArray::number(i) + QByteArray(70, 'y') + "\r\n";
    QList<qint64> progress;
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }), message);
    QObject::connect(
        reply, &SmtpSendReply::progress, [&progress](qint64 sent, qint64) { progress << sent; });
    QVERIFY(run.run(60000));
    QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString()));
    QVERIFY(progress.size() > 10);
    QCOMPARE(progress.last(), qint64(message.size()));
    const auto received = server.waitForMessages(1, 20000);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].content.size(), message.size());
    QVERIFY(received[0].content == message);
    // The body is summarised in the transcript, not copied into it.
    QVERIFY(run.transcriptText().size() < 10000);
}

void TestSmtpSession::severalMessagesOneConnection()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    for (int i = 0; i < 3; ++i)
        run.send(envelopeFor(
                     QStringLiteral("a@example.org"), { QStringLiteral("b%1@example.org").arg(i) }),
            simpleMessage("n" + QByteArray::number(i)));
    QVERIFY(run.run());
    for (const auto &reply : run.replies)
        QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString()));
    QCOMPARE(server.waitForMessages(3).size(), 3);
    QCOMPARE(run.clientLines().filter(QStringLiteral("EHLO")).size(), 1);
    QCOMPARE(run.clientLines().filter(QStringLiteral("MAIL FROM")).size(), 3);
}

void TestSmtpSession::pipeliningToSmtpSink()
{
    SmtpSink sink;
    QVERIFY2(sink.start(), qPrintable(sink.errorString()));
    SessionRun run(loopbackSettings(sink.port(), ConnectionSecurity::None));
    const int count = 20;
    for (int i = 0; i < count; ++i)
        run.send(envelopeFor(QStringLiteral("a@example.org"),
                     { QStringLiteral("b@example.org"), QStringLiteral("c@example.org") }),
            simpleMessage("n" + QByteArray::number(i)));
    QVERIFY(run.run());
    for (const auto &reply : run.replies)
        QVERIFY2(!reply->error().isError(), qPrintable(reply->errorString()));
    QVERIFY(run.session.capabilities().pipelining());
    const QList<SinkMessage> received = sink.waitForMessages(count);
    QCOMPARE(received.size(), count);
    QVERIFY(received.first().content.contains("Subject: n"));
    QVERIFY(received.first().rcptArgs.size() == 2);
}

void TestSmtpSession::invalidAddressRefusedLocally()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    SmtpSendReply *injected
        = run.send(envelopeFor(QStringLiteral("a@example.org"),
                       { QStringLiteral("b@example.org>\r\nRCPT TO:<evil@example.org") }),
            simpleMessage());
    SmtpSendReply *none
        = run.send(envelopeFor(QStringLiteral("a@example.org"), {}), simpleMessage());
    QVERIFY(run.run());
    QCOMPARE(injected->error().code(), SmtpError::InvalidAddress);
    QCOMPARE(injected->error().category(), SmtpError::Category::LocalInput);
    QCOMPARE(none->error().code(), SmtpError::NoRecipients);
    QVERIFY(run.clientLines().filter(QStringLiteral("evil")).isEmpty());
    QVERIFY(run.clientLines().filter(QStringLiteral("MAIL")).isEmpty());
}

void TestSmtpSession::abortQueuedMessage()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    SmtpSendReply *first = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        simpleMessage("1"));
    SmtpSendReply *second = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        simpleMessage("2"));
    second->abort(); // takes effect from the event loop, before its turn comes
    QVERIFY(!second->isFinished());
    QVERIFY(run.run());
    QVERIFY(!first->error().isError());
    QCOMPARE(second->error().code(), SmtpError::Aborted);
    const auto received = server.waitForMessages(1);
    QCOMPARE(received.size(), 1);
    QVERIFY(received[0].content.contains("Subject: 1"));
}

void TestSmtpSession::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    SmtpServerSettings settings = loopbackSettings(port, ConnectionSecurity::None);
    settings.host = QStringLiteral("127.0.0.1");
    SessionRun run(settings);
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        simpleMessage());
    QVERIFY(run.run());
    QCOMPARE(reply->error().code(), SmtpError::ConnectionRefused);
    QCOMPARE(reply->error().category(), SmtpError::Category::Network);
}

void TestSmtpSession::finishedComesFromTheEventLoop()
{
    // A message refused locally is finished when send() returns, but its signal comes later,
    // so a caller that connects after send() still hears it.
    SmtpSession session(loopbackSettings(1, ConnectionSecurity::None));
    session.abort(); // Closed before anything
    std::unique_ptr<SmtpSendReply> reply(session.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        std::make_unique<QBuffer>(), 0));
    QSignalSpy finished(reply.get(), &SmtpSendReply::finished);
    QVERIFY(reply->isFinished());
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(1000));
    QCOMPARE(finished.size(), 1);
}

void TestSmtpSession::deletingTheSessionFromFinishedIsSafe()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto *session = new SmtpSession(loopbackSettings(server.port(), ConnectionSecurity::None));
    auto body = std::make_unique<QBuffer>();
    body->setData(simpleMessage());
    body->open(QIODevice::ReadOnly);
    std::unique_ptr<SmtpSendReply> reply(session->send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        std::move(body), simpleMessage().size()));
    QPointer<SmtpSession> guard(session);
    QObject::connect(reply.get(), &SmtpSendReply::finished, [session] { delete session; });
    QVERIFY(QTest::qWaitFor([&] { return guard.isNull(); }, 10000));
    QVERIFY(!reply->error().isError());
    QCOMPARE(server.waitForMessages(1).size(), 1);
}

void TestSmtpSession::abortFromProgressDropsOnlyThatMessage()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    QByteArray big = simpleMessage("big", {});
    while (big.size() < 4 * 1024 * 1024)
        big += QByteArray(76, 'z') + "\r\n";
    SmtpSendReply *first = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }), big);
    SmtpSendReply *second = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("c@example.org") }),
        simpleMessage());
    QObject::connect(first, &SmtpSendReply::progress, first, &SmtpSendReply::abort);
    QVERIFY(run.run());
    QCOMPARE(first->error().code(), SmtpError::Aborted);
    // The other message was not cancelled: it only lost its connection, which is retryable.
    QCOMPARE(second->error().category(), SmtpError::Category::Network);
    QVERIFY(server.waitForMessages(1, 500).isEmpty());
}

void TestSmtpSession::truncatedBodyIsNeverCommitted()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SmtpSession session(loopbackSettings(server.port(), ConnectionSecurity::None));
    auto body = std::make_unique<QBuffer>();
    body->setData(simpleMessage());
    body->open(QIODevice::ReadOnly);
    body->seek(body->size() - 5); // only 5 of the declared bytes are left to read
    std::unique_ptr<SmtpSendReply> reply(session.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        std::move(body), simpleMessage().size()));
    QSignalSpy finished(reply.get(), &SmtpSendReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error().code(), SmtpError::MessageUnreadable);
    QVERIFY(!reply->isUncertain());
    QVERIFY(server.waitForMessages(1, 500).isEmpty());
}

void TestSmtpSession::invalidDataIsNeverCommitted_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("where");
    QByteArray big = simpleMessage("big", {});
    while (big.size() < 1024 * 1024) // several chunks go out before the bad one
        big += QByteArray(76, 'z') + "\r\n";
    QTest::newRow("NUL in the first chunk")
        << simpleMessage() + QByteArray("x\0y\r\n", 5) << QStringLiteral("NUL");
    QTest::newRow("NUL after a megabyte")
        << big + QByteArray("x\0y\r\n", 5) << QStringLiteral("offset %1").arg(big.size() + 1);
    QTest::newRow("long line after a megabyte") << big + QByteArray(999, 'l')
            + "\r\n" << QStringLiteral("line %1").arg(big.count('\n') + 1);
}

// The encoder's last guard: a NUL or an over-long line is never written, and without the
// final dot the server keeps nothing; the caller learns why, and it is not "uncertain".
void TestSmtpSession::invalidDataIsNeverCommitted()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, where);
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SessionRun run(loopbackSettings(server.port(), ConnectionSecurity::None));
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }), message);
    QVERIFY(run.run(20000));
    QCOMPARE(reply->error().code(), SmtpError::InvalidMessageData);
    QVERIFY2(reply->errorString().contains(where), qPrintable(reply->errorString()));
    QVERIFY(!reply->isUncertain());
    QVERIFY(server.waitForMessages(1, 500).isEmpty());
}

void TestSmtpSession::sequentialBodyRefused()
{
    SmtpSession session(loopbackSettings(1, ConnectionSecurity::None));
    auto process = std::make_unique<QProcess>();
    std::unique_ptr<SmtpSendReply> reply(session.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        std::move(process), 10));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().code(), SmtpError::MessageUnreadable);
    QCOMPARE(session.state(), SmtpSession::State::Disconnected); // nothing was opened for it
}

void TestSmtpSession::invalidHeloNameIsAConfigurationError()
{
    SmtpServerSettings settings = loopbackSettings(1, ConnectionSecurity::None);
    settings.heloName = QStringLiteral("my laptop");
    SessionRun run(settings);
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        simpleMessage());
    QVERIFY(run.run(2000));
    QCOMPARE(reply->error().code(), SmtpError::InvalidConfiguration);
    QVERIFY(run.elapsedMs < 1000);
}

void TestSmtpSession::consoleCommands()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SmtpSession session(loopbackSettings(server.port(), ConnectionSecurity::None));
    QSignalSpy ready(&session, &SmtpSession::ready);
    QSignalSpy replies(&session, &SmtpSession::userCommandReplied);
    session.open();
    QVERIFY(ready.wait(5000));
    QString error;
    QVERIFY2(session.sendUserCommand(QStringLiteral("NOOP"), &error), qPrintable(error));
    // One command at a time: a second one waits for the first reply.
    QVERIFY(!session.sendUserCommand(QStringLiteral("NOOP"), &error));
    QVERIFY(replies.wait(5000));
    QCOMPARE(replies.takeFirst().at(0).value<SmtpReply>().code, 250);
    QVERIFY(session.sendUserCommand(QStringLiteral("HELP"), &error));
    QVERIFY(replies.wait(5000));
    // What would take the session's state away, or inject a second line, is refused locally.
    for (const char *line :
        { "DATA", "BDAT 10 LAST", "STARTTLS", "AUTH PLAIN AGFkYQBw", "NOOP\r\nRSET" }) {
        QVERIFY2(!session.sendUserCommand(QString::fromLatin1(line), &error), line);
        QVERIFY(!error.isEmpty());
    }
    QSignalSpy closed(&session, &SmtpSession::closed);
    QVERIFY(session.sendUserCommand(QStringLiteral("quit"), &error));
    QVERIFY(closed.wait(5000));
    QVERIFY(!session.error().isError());
}

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"
