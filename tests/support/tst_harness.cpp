// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// Proves the loopback fixtures work, using raw QSslSocket conversations: the aiosmtpd server
// (plaintext, STARTTLS, implicit TLS, AUTH PLAIN and SCRAM-SHA-256), the scripted server
// (match, deviation, injected bytes, TLS), smtp-sink, and the test CA.

#include "serverprocess.h"
#include "smtpsink.h"
#include "testca.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

namespace {

constexpr int IoTimeoutMs = 5000;

struct Reply
{
    int code = 0;
    QList<QByteArray> lines; // text after "NNN-" / "NNN "
};

// A blocking line-oriented SMTP client: the servers run in other processes, so blocking waits
// are safe here.
class LineClient
{
public:
    LineClient()
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates({ TestCa::instance().caCertificate() });
        m_socket.setSslConfiguration(config);
        m_socket.setPeerVerifyName(QStringLiteral("localhost"));
    }

    bool connectPlain(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return m_socket.waitForConnected(IoTimeoutMs);
    }

    bool connectImplicitTls(quint16 port)
    {
        m_socket.connectToHostEncrypted(
            QStringLiteral("127.0.0.1"), port, QStringLiteral("localhost"));
        return m_socket.waitForEncrypted(IoTimeoutMs);
    }

    bool startTls()
    {
        m_socket.startClientEncryption();
        return m_socket.waitForEncrypted(IoTimeoutMs);
    }

    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    void writeLine(const QByteArray &line) { write(line + "\r\n"); }

    // One line without its CRLF; empty with timedOut() set when nothing came.
    QByteArray readLine()
    {
        while (!m_socket.canReadLine()) {
            if (!m_socket.waitForReadyRead(IoTimeoutMs)) {
                m_timedOut = true;
                return {};
            }
        }
        QByteArray line = m_socket.readLine();
        if (line.endsWith("\r\n"))
            line.chop(2);
        return line;
    }

    Reply readReply()
    {
        Reply reply;
        for (;;) {
            const QByteArray line = readLine();
            if (line.size() < 3)
                return reply;
            reply.code = line.left(3).toInt();
            reply.lines.append(line.mid(4));
            if (line.size() == 3 || line.at(3) == ' ')
                return reply;
        }
    }

    Reply command(const QByteArray &line)
    {
        writeLine(line);
        return readReply();
    }

    // Reads until the server closes; what arrived meanwhile.
    QByteArray readUntilClosed()
    {
        QByteArray all;
        while (m_socket.state() == QAbstractSocket::ConnectedState
            && m_socket.waitForReadyRead(IoTimeoutMs)) {
            all += m_socket.readAll();
        }
        return all + m_socket.readAll();
    }

    void close()
    {
        m_socket.disconnectFromHost();
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            m_socket.waitForDisconnected(1000);
    }

    QSslSocket &socket() { return m_socket; }

private:
    QSslSocket m_socket;
    bool m_timedOut = false;
};

// Runs MAIL, RCPT and DATA; returns the final reply.
Reply sendMessage(
    LineClient &client, const QByteArray &from, const QByteArray &to, const QByteArray &stuffedData)
{
    Reply reply = client.command("MAIL FROM:<" + from + ">");
    if (reply.code != 250)
        return reply;
    reply = client.command("RCPT TO:<" + to + ">");
    if (reply.code != 250)
        return reply;
    reply = client.command("DATA");
    if (reply.code != 354)
        return reply;
    client.write(stuffedData + ".\r\n");
    return client.readReply();
}

bool advertises(const Reply &ehlo, const QByteArray &keyword)
{
    for (const QByteArray &line : ehlo.lines) {
        if (line == keyword || line.startsWith(QByteArray(keyword + ' ')))
            return true;
    }
    return false;
}

QByteArray joined(const Reply &reply)
{
    return QByteArray::number(reply.code) + ' ' + reply.lines.join(" | ");
}

// The client side of SCRAM (RFC 5802 section 3), with no channel binding.
struct ScramClient
{
    QByteArray user;
    QByteArray password;
    QByteArray clientNonce = "rOprNGfwEbeRWgbNEkqO";
    QByteArray clientFirstBare;
    QByteArray authMessage;
    QByteArray saltedPassword;

    QByteArray clientFirst()
    {
        clientFirstBare = "n=" + user + ",r=" + clientNonce;
        return "n,," + clientFirstBare;
    }

    // From the server-first-message "r=…,s=…,i=…" to the client-final-message; empty if the
    // server-first-message is malformed.
    QByteArray clientFinal(const QByteArray &serverFirst)
    {
        QByteArray nonce;
        QByteArray salt;
        int iterations = 0;
        for (const QByteArray &part : serverFirst.split(',')) {
            if (part.startsWith("r="))
                nonce = part.mid(2);
            else if (part.startsWith("s="))
                salt = QByteArray::fromBase64(part.mid(2));
            else if (part.startsWith("i="))
                iterations = part.mid(2).toInt();
        }
        if (!nonce.startsWith(clientNonce) || salt.isEmpty() || iterations <= 0)
            return {};
        saltedPassword = QPasswordDigestor::deriveKeyPbkdf2(
            QCryptographicHash::Sha256, password, salt, iterations, 32);
        const QByteArray clientKey = QMessageAuthenticationCode::hash(
            "Client Key", saltedPassword, QCryptographicHash::Sha256);
        const QByteArray storedKey
            = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
        const QByteArray withoutProof = "c=" + QByteArray("n,,").toBase64() + ",r=" + nonce;
        authMessage = clientFirstBare + ',' + serverFirst + ',' + withoutProof;
        const QByteArray signature
            = QMessageAuthenticationCode::hash(authMessage, storedKey, QCryptographicHash::Sha256);
        QByteArray proof = clientKey;
        for (int i = 0; i < proof.size(); ++i)
            proof[i] = char(proof.at(i) ^ signature.at(i));
        return withoutProof + ",p=" + proof.toBase64();
    }

    QByteArray expectedServerFinal() const
    {
        const QByteArray serverKey = QMessageAuthenticationCode::hash(
            "Server Key", saltedPassword, QCryptographicHash::Sha256);
        return "v="
            + QMessageAuthenticationCode::hash(authMessage, serverKey, QCryptographicHash::Sha256)
                  .toBase64();
    }
};

const QByteArray Body = "From: a@example.org\r\n"
                        "To: b@example.org\r\n"
                        "Subject: harness\r\n"
                        "\r\n"
                        "..a line that starts with a dot\r\n"
                        "last line\r\n";
const QByteArray Unstuffed = "From: a@example.org\r\n"
                             "To: b@example.org\r\n"
                             "Subject: harness\r\n"
                             "\r\n"
                             ".a line that starts with a dot\r\n"
                             "last line\r\n";

} // namespace

class TestHarness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void testCa();
    void serverProcessReportsEarlyExit();

    void aiosmtpdPlaintext();
    void aiosmtpdStartTlsAuthPlain();
    void aiosmtpdImplicitTls();
    void aiosmtpdScramSha256_data();
    void aiosmtpdScramSha256();
    void aiosmtpdRecipientPolicies();

    void scriptedMatched();
    void scriptedDeviation();
    void scriptedInjectedBytes();
    void scriptedStartTls();
    void scriptedImplicitTls();
    void scriptedRecordsRejectedCertificate();

    void smtpSinkReceives();
};

void TestHarness::initTestCase()
{
    QVERIFY2(TestCa::instance().isValid(), qPrintable(TestCa::instance().errorString()));
    QVERIFY(QSslSocket::supportsSsl());
}

void TestHarness::testCa()
{
    const TestCa &ca = TestCa::instance();
    for (const QString &path :
        { ca.caKeyPath(), ca.serverKeyPath(), ca.wrongHostKeyPath(), ca.selfSignedKeyPath() }) {
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
    }
    QCOMPARE(ca.selfSignedSha256().size(), 32);
    QCOMPARE(ca.selfSignedSha256(), ca.selfSignedCertificate().digest(QCryptographicHash::Sha256));
    QVERIFY(ca.selfSignedCertificate().isSelfSigned());

    // The chains themselves are proven by the TLS conversations below; here the names.
    const auto load = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QSslCertificate(&file, QSsl::Pem)
                                              : QSslCertificate();
    };
    const QSslCertificate server = load(ca.serverCertPath());
    QCOMPARE(server.issuerInfo(QSslCertificate::CommonName),
        ca.caCertificate().subjectInfo(QSslCertificate::CommonName));
    const auto names = server.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    const QSslCertificate wrongHost = load(ca.wrongHostCertPath());
    QCOMPARE(wrongHost.subjectAlternativeNames().values(QSsl::DnsEntry),
        QStringList { QStringLiteral("wrong.example") });
}

void TestHarness::serverProcessReportsEarlyExit()
{
    ServerProcess process;
    QVERIFY(!process.start(QStringLiteral(OUTBOUND_SYSTEM_PYTHON),
        { QStringLiteral("-c"),
            QStringLiteral("import sys; sys.stderr.write('boom'); sys.exit(3)") },
        5000));
    QVERIFY2(
        process.errorString().contains(QLatin1String("boom")), qPrintable(process.errorString()));
    QCOMPARE(process.port(), quint16(0));
}

void TestHarness::aiosmtpdPlaintext()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    LineClient client;
    QVERIFY(client.connectPlain(server.port()));
    QCOMPARE(client.readReply().code, 220);
    const Reply ehlo = client.command("EHLO client.example");
    QCOMPARE(ehlo.code, 250);
    QVERIFY(!advertises(ehlo, "STARTTLS"));
    QVERIFY(!advertises(ehlo, "AUTH"));
    const Reply done = sendMessage(client, "a@example.org", "b@example.org", Body);
    QCOMPARE(joined(done), QByteArray("250 2.0.0 OK queued as 0001"));
    QCOMPARE(client.command("QUIT").code, 221);

    const QList<ReceivedMessage> messages = server.waitForMessages(1, 3000);
    QCOMPARE(messages.size(), 1);
    const ReceivedMessage &m = messages.first();
    QCOMPARE(m.id, QStringLiteral("0001"));
    QCOMPARE(m.content, Unstuffed);
    QCOMPARE(m.mailFrom, QStringLiteral("a@example.org"));
    QCOMPARE(m.rcptTos, QStringList { QStringLiteral("b@example.org") });
    QVERIFY(m.mailOptions.isEmpty());
    QVERIFY(m.authUser.isEmpty());
    QVERIFY(!m.tls);
    QVERIFY(!m.smtpUtf8);
}

void TestHarness::aiosmtpdStartTlsAuthPlain()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::StartTls;
    options.users = { { QStringLiteral("joe"), QStringLiteral("s3cret") } };
    options.smtpUtf8 = true;
    options.sizeLimit = 100000;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    LineClient client;
    QVERIFY(client.connectPlain(server.port()));
    QCOMPARE(client.readReply().code, 220);
    Reply ehlo = client.command("EHLO client.example");
    QVERIFY(advertises(ehlo, "STARTTLS"));
    QVERIFY2(!advertises(ehlo, "AUTH"), "AUTH must wait for TLS");
    QCOMPARE(client.command("STARTTLS").code, 220);
    QVERIFY2(client.startTls(), qPrintable(client.socket().errorString()));
    ehlo = client.command("EHLO client.example");
    QVERIFY(!advertises(ehlo, "STARTTLS"));
    QVERIFY(advertises(ehlo, "AUTH"));
    QVERIFY(advertises(ehlo, "SMTPUTF8"));
    QVERIFY(ehlo.lines.contains("SIZE 100000"));
    const QByteArray plain = QByteArray("\0joe\0s3cret", 11).toBase64();
    QCOMPARE(joined(client.command("AUTH PLAIN " + plain)),
        QByteArray("235 2.7.0 Authentication successful"));

    QCOMPARE(client.command("MAIL FROM:<a@example.org> SMTPUTF8 SIZE=120").code, 250);
    QCOMPARE(client.command("RCPT TO:<b@example.org>").code, 250);
    QCOMPARE(client.command("DATA").code, 354);
    client.write(Body + ".\r\n");
    QCOMPARE(client.readReply().code, 250);

    const QList<ReceivedMessage> messages = server.waitForMessages(1, 3000);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().authUser, QStringLiteral("joe"));
    QVERIFY(messages.first().tls);
    QVERIFY(messages.first().smtpUtf8);
    QCOMPARE(messages.first().mailOptions,
        (QStringList { QStringLiteral("SMTPUTF8"), QStringLiteral("SIZE=120") }));
}

void TestHarness::aiosmtpdImplicitTls()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::Implicit;
    options.users = { { QStringLiteral("joe"), QStringLiteral("pw") } };
    options.mechanisms = { QStringLiteral("PLAIN") };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    LineClient client;
    QVERIFY2(client.connectImplicitTls(server.port()), qPrintable(client.socket().errorString()));
    QCOMPARE(client.readReply().code, 220);
    const Reply ehlo = client.command("EHLO client.example");
    QVERIFY(!advertises(ehlo, "STARTTLS"));
    QVERIFY(ehlo.lines.contains("AUTH PLAIN"));
    QCOMPARE(sendMessage(client, "a@example.org", "b@example.org", Body).code, 250);
    const QList<ReceivedMessage> messages = server.waitForMessages(1, 3000);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().tls);
}

void TestHarness::aiosmtpdScramSha256_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("right password") << QByteArray("pencil") << true;
    QTest::newRow("wrong password") << QByteArray("pen") << false;
}

void TestHarness::aiosmtpdScramSha256()
{
    QFETCH(QByteArray, password);
    QFETCH(bool, accepted);
    SmtpTestServer::Options options;
    options.users = { { QStringLiteral("user"), QStringLiteral("pencil") } };
    options.authRequireTls = false;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    LineClient client;
    QVERIFY(client.connectPlain(server.port()));
    QCOMPARE(client.readReply().code, 220);
    const Reply ehlo = client.command("EHLO client.example");
    QVERIFY(ehlo.lines.contains("AUTH CRAM-MD5 LOGIN PLAIN SCRAM-SHA-1 SCRAM-SHA-256"));

    ScramClient scram;
    scram.user = "user";
    scram.password = password;
    Reply reply = client.command("AUTH SCRAM-SHA-256 " + scram.clientFirst().toBase64());
    QCOMPARE(reply.code, 334);
    const QByteArray clientFinal = scram.clientFinal(QByteArray::fromBase64(reply.lines.first()));
    QVERIFY(!clientFinal.isEmpty());
    reply = client.command(clientFinal.toBase64());
    if (!accepted) {
        QCOMPARE(reply.code, 535);
        return;
    }
    QCOMPARE(reply.code, 334);
    QCOMPARE(QByteArray::fromBase64(reply.lines.first()), scram.expectedServerFinal());
    QCOMPARE(client.command("").code, 235);
}

void TestHarness::aiosmtpdRecipientPolicies()
{
    SmtpTestServer::Options options;
    options.rejectRcpt = { QStringLiteral("nobody@*") };
    options.tempfailRcpt = { QStringLiteral("*@later.example") };
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    LineClient client;
    QVERIFY(client.connectPlain(server.port()));
    QCOMPARE(client.readReply().code, 220);
    QCOMPARE(client.command("EHLO client.example").code, 250);
    QCOMPARE(client.command("MAIL FROM:<>").code, 250);
    QVERIFY(client.command("RCPT TO:<nobody@example.org>").lines.first().startsWith("5.1.1"));
    QCOMPARE(client.command("RCPT TO:<x@later.example>").code, 450);
    QCOMPARE(client.command("RCPT TO:<b@example.org>").code, 250);
    QCOMPARE(client.command("DATA").code, 354);
    client.write(Body + ".\r\n");
    QCOMPARE(client.readReply().code, 250);
    const QList<ReceivedMessage> messages = server.waitForMessages(1, 3000);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().mailFrom, QString());
    QCOMPARE(messages.first().rcptTos, QStringList { QStringLiteral("b@example.org") });
}

void TestHarness::scriptedMatched()
{
    ScriptedServer server(QStringLiteral("S: 220 scripted ESMTP\n"
                                         "C: EHLO *\n"
                                         "S: 250-scripted\n"
                                         "S: 250 CHUNKING\n"
                                         "C: AUTH PLAIN <redacted>\n"
                                         "S: 235 2.7.0 ok\n"
                                         "C: MAIL FROM:<?@example.org>\n"
                                         "S: 250 ok\n"
                                         "C: RCPT TO:<*>\n"
                                         "S: 250 ok\n"
                                         "C: DATA\n"
                                         "S: 354 go\n"
                                         "X: read-data\n"
                                         "S: 250 queued\n"
                                         "X: read-bdat\n"
                                         "S: 250 chunk\n"
                                         "C: QUIT\n"
                                         "S: 221 bye\n"
                                         "X: expect-close 2\n"));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    LineClient client;
    QVERIFY(client.connectPlain(server.port()));
    QCOMPARE(client.readReply().code, 220);
    QCOMPARE(client.command("EHLO client.example").lines,
        (QList<QByteArray> { "scripted", "CHUNKING" }));
    QCOMPARE(client.command("AUTH PLAIN AGpvZQBzM2NyZXQ=").code, 235);
    QCOMPARE(client.command("MAIL FROM:<a@example.org>").code, 250);
    QCOMPARE(client.command("RCPT TO:<b@example.org>").code, 250);
    QCOMPARE(client.command("DATA").code, 354);
    client.write(Body + ".\r\n");
    QCOMPARE(client.readReply().code, 250);
    client.write("BDAT 5 LAST\r\nhello");
    QCOMPARE(client.readReply().code, 250);
    QCOMPARE(client.command("QUIT").code, 221);
    client.close();

    const ScriptedServer::Record record = server.finish();
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    const ScriptedConnection &c = record.first();
    QCOMPARE(c.received.first(), QStringLiteral("EHLO client.example"));
    QCOMPARE(c.received.size(), 7);
    QCOMPARE(c.received.at(5), QStringLiteral("BDAT 5 LAST"));
    QCOMPARE(c.data, (QList<QByteArray> { Body + ".\r\n", "hello" }));
    QVERIFY(!c.tls);
    QVERIFY(c.bytesAfterClose.isEmpty());
}

void TestHarness::scriptedDeviation()
{
    ScriptedServer server(QStringLiteral("S: 220 scripted\n"
                                         "C: EHLO *\n"
                                         "S: 250 scripted\n"
                                         "C: MAIL FROM:<a@example.org>\n"
                                         "S: 250 ok\n"));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    LineClient client;
    QVERIFY(client.connectPlain(server.port()));
    QCOMPARE(client.readReply().code, 220);
    QCOMPARE(client.command("EHLO client.example").code, 250);
    const Reply reply = client.command("MAIL FROM:<z@example.org>");
    QCOMPARE(joined(reply), QByteArray("500 5.5.2 scenario expected MAIL FROM:<a@example.org>"));
    client.readUntilClosed();

    const ScriptedServer::Record record = server.finish();
    QVERIFY(record.isValid());
    QVERIFY(!record.passed());
    QCOMPARE(record.connections.size(), 1);
    QVERIFY(!record.first().completed);
    QCOMPARE(record.first().deviations.size(), 1);
    QVERIFY2(record.first().deviations.first().contains(QLatin1String("MAIL FROM:<z@example.org>")),
        qPrintable(record.describe()));
}

void TestHarness::scriptedInjectedBytes()
{
    // Two replies in one segment, a reply split mid-line with a pause, and a bare LF.
    ScriptedServer server(QStringLiteral("X: send 220 one\\r\\n250 unasked\\r\\n\n"
                                         "C: NOOP\n"
                                         "X: send 25\n"
                                         "X: sleep 0.2\n"
                                         "X: send 0 split\\r\\n\\x00\\xff\\n\n"
                                         "X: close\n"));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    LineClient client;
    QVERIFY(client.connectPlain(server.port()));
    QCOMPARE(client.readLine(), QByteArray("220 one"));
    QCOMPARE(client.readLine(), QByteArray("250 unasked"));
    client.writeLine("NOOP");
    QCOMPARE(client.readUntilClosed(), QByteArray("250 split\r\n\x00\xff\n", 14));

    const ScriptedServer::Record record = server.finish();
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    QCOMPARE(record.first().received, QStringList { QStringLiteral("NOOP") });
}

void TestHarness::scriptedStartTls()
{
    ScriptedServer server(QStringLiteral("S: 220 scripted\n"
                                         "C: EHLO *\n"
                                         "S: 250-scripted\n"
                                         "S: 250 STARTTLS\n"
                                         "C: STARTTLS\n"
                                         "S: 220 2.0.0 go ahead\n"
                                         "# TLS established\n"
                                         "C: EHLO *\n"
                                         "S: 250 scripted\n"
                                         "C: QUIT\n"
                                         "S: 221 bye\n"));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    LineClient client;
    QVERIFY(client.connectPlain(server.port()));
    QCOMPARE(client.readReply().code, 220);
    QCOMPARE(client.command("EHLO client.example").code, 250);
    QCOMPARE(client.command("STARTTLS").code, 220);
    QVERIFY2(client.startTls(), qPrintable(client.socket().errorString()));
    QCOMPARE(client.command("EHLO client.example").code, 250);
    QCOMPARE(client.command("QUIT").code, 221);
    client.close();

    const ScriptedServer::Record record = server.finish();
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    QVERIFY(record.first().tls);
    QCOMPARE(record.first().received.size(), 4);
}

void TestHarness::scriptedImplicitTls()
{
    // Two connections: the scenario runs from the top for each.
    ScriptedServer server(QStringLiteral("S: 220 scripted\n"
                                         "C: QUIT\n"
                                         "S: 221 bye\n"),
        2);
    QVERIFY2(server.start(true), qPrintable(server.errorString()));
    for (int i = 0; i < 2; ++i) {
        LineClient client;
        QVERIFY2(
            client.connectImplicitTls(server.port()), qPrintable(client.socket().errorString()));
        QCOMPARE(client.readReply().code, 220);
        QCOMPARE(client.command("QUIT").code, 221);
        client.close();
    }
    const ScriptedServer::Record record = server.finish();
    QVERIFY2(record.passed(), qPrintable(record.describe()));
    QCOMPARE(record.connections.size(), 2);
    QVERIFY(record.connections.at(1).tls);
}

void TestHarness::scriptedRecordsRejectedCertificate()
{
    ScriptedServer server(QStringLiteral("S: 220 scripted\n"
                                         "C: QUIT\n"
                                         "S: 221 bye\n"));
    server.setCertificate(
        TestCa::instance().wrongHostCertPath(), TestCa::instance().wrongHostKeyPath());
    QVERIFY2(server.start(true), qPrintable(server.errorString()));
    LineClient client;
    QVERIFY(!client.connectImplicitTls(server.port()));
    const QList<QSslError> errors = client.socket().sslHandshakeErrors();
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().error(), QSslError::HostNameMismatch);
    client.socket().abort();

    const ScriptedServer::Record record = server.finish();
    QVERIFY(!record.passed());
    QVERIFY(!record.first().tls);
    QVERIFY2(!record.first().tlsError.isEmpty(), qPrintable(record.describe()));
}

void TestHarness::smtpSinkReceives()
{
    if (SmtpSink::smtpSinkPath().isEmpty())
        QSKIP("smtp-sink (postfix) is not installed");
    QVERIFY(!SmtpSink::smtpSourcePath().isEmpty());
    SmtpSink sink;
    QVERIFY2(sink.start(), qPrintable(sink.errorString()));
    LineClient client;
    QVERIFY(client.connectPlain(sink.port()));
    QCOMPARE(client.readReply().code, 220);
    QVERIFY(advertises(client.command("EHLO client.example"), "PIPELINING"));
    QCOMPARE(client.command("MAIL FROM:<a@example.org> BODY=8BITMIME").code, 250);
    QCOMPARE(client.command("RCPT TO:<b@example.org>").code, 250);
    QCOMPARE(client.command("RCPT TO:<c@example.org>").code, 250);
    QCOMPARE(client.command("DATA").code, 354);
    client.write(Body + ".\r\n");
    QCOMPARE(client.readReply().code, 250);
    QCOMPARE(client.command("QUIT").code, 221);
    client.close();

    const QList<SinkMessage> messages = sink.waitForMessages(1, 3000);
    QCOMPARE(messages.size(), 1);
    const SinkMessage &m = messages.first();
    QCOMPARE(m.heloArgs, QStringLiteral("client.example"));
    QCOMPARE(m.mailArgs, QStringLiteral("<a@example.org> BODY=8BITMIME"));
    QCOMPARE(m.rcptArgs,
        (QStringList { QStringLiteral("<b@example.org>"), QStringLiteral("<c@example.org>") }));
    QCOMPARE(m.content, Unstuffed);
}

QTEST_GUILESS_MAIN(TestHarness)
#include "tst_harness.moc"
