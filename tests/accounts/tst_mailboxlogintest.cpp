// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// MailboxLoginTest against a real Dovecot (tests/support/dovecot.h) and against a tiny scripted
// server in this file for what Dovecot will not do (omit STARTTLS, inject plaintext).

#include "accounts/mailboxlogintest.h"
#include "dovecot.h"
#include "transcriptcheck.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

namespace {

using Protocol = MailboxServerSettings::Protocol;
using Error = MailboxLoginTest::Error;

struct Outcome
{
    bool finished = false;
    bool ok = false;
    Error error = Error::NoError;
    QString errorString;
    QStringList steps;
    QList<TranscriptEntry> transcript;
    QByteArray method;
    int finishedCount = 0;

    [[nodiscard]] QString transcriptText() const { return formatTranscript(transcript); }
};

Outcome runLoginTest(const MailboxServerSettings &settings, const SaslCredentials &credentials,
    const std::function<void(MailboxLoginTest &)> &afterStart = {})
{
    Outcome outcome;
    MailboxLoginTest test(settings, credentials);
    QObject::connect(
        &test, &MailboxLoginTest::step, [&](const QString &text) { outcome.steps << text; });
    QObject::connect(&test, &MailboxLoginTest::transcriptEntry,
        [&](const TranscriptEntry &entry) { outcome.transcript << entry; });
    QObject::connect(&test, &MailboxLoginTest::finished, [&](bool ok, const QString &error) {
        outcome.finished = true;
        ++outcome.finishedCount;
        outcome.ok = ok;
        outcome.errorString = error;
    });
    test.start();
    if (afterStart)
        afterStart(test);
    (void)QTest::qWaitFor([&] { return outcome.finished; }, settings.timeoutMs * 4 + 5000);
    QTest::qWait(20); // nothing may follow finished()
    outcome.error = test.error();
    outcome.method = test.loginMethod();
    if (qEnvironmentVariableIsSet("OUTBOUND_TEST_TRANSCRIPTS")) {
        for (const TranscriptEntry &entry : std::as_const(outcome.transcript))
            qInfo().noquote() << entry.toDisplayLine();
    }
    return outcome;
}

// A one-connection server that answers each line the client sends with whatever `reply`
// returns (raw bytes, CRLFs included); an empty reply sends nothing.
class ScriptedServer : public QObject
{
public:
    ScriptedServer(QByteArray greeting, std::function<QByteArray(const QByteArray &)> reply)
        : m_greeting(std::move(greeting))
        , m_reply(std::move(reply))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_client = m_server.nextPendingConnection();
            connect(m_client, &QTcpSocket::readyRead, this, &ScriptedServer::readLines);
            m_client->write(m_greeting);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    // Every line the client sent, without CRLF.
    [[nodiscard]] QByteArrayList received() const { return m_received; }
    [[nodiscard]] QByteArray receivedText() const { return m_received.join('\n'); }

private:
    void readLines()
    {
        while (m_client && m_client->canReadLine()) {
            QByteArray line = m_client->readLine();
            line.chop(line.endsWith("\r\n") ? 2 : 1);
            m_received << line;
            const QByteArray answer = m_reply(line);
            if (!answer.isEmpty())
                m_client->write(answer);
        }
    }

    QTcpServer m_server;
    QPointer<QTcpSocket> m_client;
    QByteArray m_greeting;
    std::function<QByteArray(const QByteArray &)> m_reply;
    QByteArrayList m_received;
};

MailboxServerSettings scriptedSettings(Protocol protocol, ConnectionSecurity security, quint16 port)
{
    MailboxServerSettings settings;
    settings.protocol = protocol;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = security;
    settings.user = QStringLiteral("tester");
    settings.timeoutMs = 5000;
    return settings;
}

SaslCredentials scriptedCredentials()
{
    SaslCredentials credentials;
    credentials.user = QStringLiteral("tester");
    credentials.secret = QStringLiteral("sup3r-s3cret");
    return credentials;
}

// The command's tag ("a1" of "a1 STARTTLS").
QByteArray tagOf(const QByteArray &line)
{
    return line.left(line.indexOf(' '));
}

} // namespace

class tst_MailboxLoginTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void dovecotLogin_data();
    void dovecotLogin();
    void dovecotMechanisms_data();
    void dovecotMechanisms();
    void mechanismNotOffered();
    void wrongPassword_data();
    void wrongPassword();
    void untrustedCertificate_data();
    void untrustedCertificate();
    void pinnedCertificate();
    void wrongPin();
    void refusedConnection();

    void imapStartTlsNotOffered_data();
    void imapStartTlsNotOffered();
    void pop3StlsNotOffered();
    void imapInjectionAfterStartTls();
    void pop3InjectionAfterStls();
    void imapStartTlsRefused();
    void imapLoginFallback();
    void imapLoginSynchronisingLiteral();
    void imapLoginDisabled();
    void pop3UserPassFallback();
    void pop3WrongPasswordScripted();
    void greetingTimeout();
    void abortEndsOnce();
    void serverClosesEarly();
    void invalidConfiguration();

private:
    MailboxServerSettings dovecotSettings(Protocol protocol, ConnectionSecurity security) const;
    static void verifyNoSecret(const Outcome &outcome, const QString &secret);

    std::unique_ptr<DovecotServer> m_dovecot;
};

void tst_MailboxLoginTest::initTestCase()
{
    if (!DovecotServer::isAvailable())
        return; // the Dovecot tests skip one by one; the scripted ones still run
    m_dovecot = std::make_unique<DovecotServer>();
    QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->errorString()));
}

MailboxServerSettings tst_MailboxLoginTest::dovecotSettings(
    Protocol protocol, ConnectionSecurity security) const
{
    MailboxServerSettings settings;
    settings.protocol = protocol;
    settings.host = m_dovecot->host();
    settings.security = security;
    const bool implicitTls = security == ConnectionSecurity::ImplicitTls;
    if (protocol == Protocol::Imap)
        settings.port = implicitTls ? m_dovecot->imapsPort() : m_dovecot->imapPort();
    else
        settings.port = implicitTls ? m_dovecot->pop3sPort() : m_dovecot->pop3Port();
    settings.user = DovecotServer::user();
    settings.trust.caFile = m_dovecot->caFile();
    settings.timeoutMs = 10000;
    return settings;
}

void tst_MailboxLoginTest::verifyNoSecret(const Outcome &outcome, const QString &secret)
{
    // Neither the secret nor any encoding of it a mechanism might send.
    const QString user = DovecotServer::user();
    const QStringList forbidden = {
        secret,
        QString::fromLatin1(secret.toUtf8().toBase64()),
        QString::fromLatin1(QByteArray('\0' + user.toUtf8() + '\0' + secret.toUtf8()).toBase64()),
        QString::fromLatin1(secret.toUtf8().toHex()),
    };
    for (const TranscriptEntry &entry : outcome.transcript) {
        for (const QString &bad : forbidden)
            QVERIFY2(!entry.text.contains(bad), qPrintable(entry.text));
    }
}

void tst_MailboxLoginTest::dovecotLogin_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<ConnectionSecurity>("security");
    QTest::newRow("imap starttls") << Protocol::Imap << ConnectionSecurity::StartTls;
    QTest::newRow("imap implicit tls") << Protocol::Imap << ConnectionSecurity::ImplicitTls;
    QTest::newRow("imap plaintext") << Protocol::Imap << ConnectionSecurity::None;
    QTest::newRow("pop3 stls") << Protocol::Pop3 << ConnectionSecurity::StartTls;
    QTest::newRow("pop3 implicit tls") << Protocol::Pop3 << ConnectionSecurity::ImplicitTls;
    QTest::newRow("pop3 plaintext") << Protocol::Pop3 << ConnectionSecurity::None;
}

void tst_MailboxLoginTest::dovecotLogin()
{
    if (!m_dovecot)
        QSKIP("Dovecot is not installed");
    QFETCH(Protocol, protocol);
    QFETCH(ConnectionSecurity, security);

    SaslCredentials credentials;
    credentials.secret = DovecotServer::password();
    const Outcome outcome = runLoginTest(dovecotSettings(protocol, security), credentials);
    QVERIFY2(outcome.ok,
        qPrintable(outcome.errorString + QLatin1Char('\n') + outcome.transcriptText()
            + m_dovecot->log().right(2000)));
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.error, Error::NoError);
    QVERIFY(!outcome.method.isEmpty());

    const QString steps = outcome.steps.join(QLatin1Char('\n'));
    QVERIFY2(steps.contains(QStringLiteral("Connected to")), qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("Capabilities: ")), qPrintable(steps));
    QVERIFY2(steps.contains(QStringLiteral("Logged in as tester")), qPrintable(steps));
    const bool tls = security != ConnectionSecurity::None;
    QCOMPARE(steps.contains(QStringLiteral("TLS established: TLSv1.")), tls);
    if (tls)
        QVERIFY2(steps.contains(QStringLiteral("CN=localhost")), qPrintable(steps));

    // What went over the wire, in order; and STARTTLS before any credential.
    const QString wire = outcome.transcriptText();
    if (security == ConnectionSecurity::StartTls) {
        const QString startTls
            = protocol == Protocol::Imap ? QStringLiteral(" STARTTLS") : QStringLiteral("C: STLS");
        const QString login = protocol == Protocol::Imap ? QStringLiteral("AUTHENTICATE")
                                                         : QStringLiteral("C: AUTH");
        QVERIFY2(wire.indexOf(startTls) >= 0, qPrintable(wire));
        QVERIFY2(wire.indexOf(startTls) < wire.indexOf(login), qPrintable(wire));
    }
    QVERIFY2(wire.contains(protocol == Protocol::Imap ? QStringLiteral(" LOGOUT")
                                                      : QStringLiteral("C: QUIT")),
        qPrintable(wire));
    verifyNoSecret(outcome, DovecotServer::password());
}

void tst_MailboxLoginTest::dovecotMechanisms_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<QByteArray>("mechanism");
    for (const QByteArray mechanism :
        { "PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256" }) {
        QTest::addRow("imap %s", mechanism.constData()) << Protocol::Imap << mechanism;
        QTest::addRow("pop3 %s", mechanism.constData()) << Protocol::Pop3 << mechanism;
    }
}

void tst_MailboxLoginTest::dovecotMechanisms()
{
    if (!m_dovecot)
        QSKIP("Dovecot is not installed");
    QFETCH(Protocol, protocol);
    QFETCH(QByteArray, mechanism);
    MailboxServerSettings settings = dovecotSettings(protocol, ConnectionSecurity::StartTls);
    settings.authMechanism = mechanism;
    SaslCredentials credentials;
    credentials.secret = DovecotServer::password();
    const Outcome outcome = runLoginTest(settings, credentials);
    QVERIFY2(
        outcome.ok, qPrintable(outcome.errorString + QLatin1Char('\n') + outcome.transcriptText()));
    QCOMPARE(outcome.method, mechanism);
    verifyNoSecret(outcome, DovecotServer::password());
    // Nor the server's challenges (SCRAM's server-first and server-final allow an offline
    // attack on the password): that one came is kept, and the outcome. PLAIN goes out with
    // SASL-IR (IMAP) or as the initial response (POP3), so it is never challenged.
    const QString leak = saslChallengeIn(outcome.transcriptText());
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    QCOMPARE(outcome.transcriptText().contains(QStringLiteral("\nS: + <redacted>\n")),
        mechanism != "PLAIN");

    // And the same mechanism with a wrong password fails cleanly, keeping no challenge.
    credentials.secret = QStringLiteral("wrong");
    const Outcome wrong = runLoginTest(settings, credentials);
    QVERIFY(!wrong.ok);
    QCOMPARE(wrong.error, Error::AuthenticationFailed);
    const QString wrongLeak = saslChallengeIn(wrong.transcriptText() + wrong.errorString);
    QVERIFY2(wrongLeak.isEmpty(), qPrintable(wrongLeak));
}

void tst_MailboxLoginTest::mechanismNotOffered()
{
    if (!m_dovecot)
        QSKIP("Dovecot is not installed");
    MailboxServerSettings settings = dovecotSettings(Protocol::Imap, ConnectionSecurity::StartTls);
    settings.authMechanism = "GSSAPI";
    SaslCredentials credentials;
    credentials.secret = DovecotServer::password();
    const Outcome outcome = runLoginTest(settings, credentials);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, Error::AuthMechanismUnavailable);
    QVERIFY2(
        outcome.errorString.contains(QStringLiteral("GSSAPI")), qPrintable(outcome.errorString));
    QVERIFY(!outcome.transcriptText().contains(QStringLiteral("AUTHENTICATE")));
}

void tst_MailboxLoginTest::wrongPassword_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::newRow("imap") << Protocol::Imap;
    QTest::newRow("pop3") << Protocol::Pop3;
}

void tst_MailboxLoginTest::wrongPassword()
{
    if (!m_dovecot)
        QSKIP("Dovecot is not installed");
    QFETCH(Protocol, protocol);
    SaslCredentials credentials;
    credentials.secret = QStringLiteral("not the password");
    const Outcome outcome
        = runLoginTest(dovecotSettings(protocol, ConnectionSecurity::StartTls), credentials);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, Error::AuthenticationFailed);
    QVERIFY2(outcome.errorString.contains(QStringLiteral("rejected the login for tester")),
        qPrintable(outcome.errorString));
    // The server's own words are included.
    QVERIFY2(
        outcome.errorString.contains(QStringLiteral("Authentication failed"), Qt::CaseInsensitive),
        qPrintable(outcome.errorString));
    verifyNoSecret(outcome, credentials.secret);
}

void tst_MailboxLoginTest::untrustedCertificate_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<ConnectionSecurity>("security");
    QTest::newRow("imap starttls") << Protocol::Imap << ConnectionSecurity::StartTls;
    QTest::newRow("imap implicit tls") << Protocol::Imap << ConnectionSecurity::ImplicitTls;
    QTest::newRow("pop3 stls") << Protocol::Pop3 << ConnectionSecurity::StartTls;
    QTest::newRow("pop3 implicit tls") << Protocol::Pop3 << ConnectionSecurity::ImplicitTls;
}

void tst_MailboxLoginTest::untrustedCertificate()
{
    if (!m_dovecot)
        QSKIP("Dovecot is not installed");
    QFETCH(Protocol, protocol);
    QFETCH(ConnectionSecurity, security);
    MailboxServerSettings settings = dovecotSettings(protocol, security);
    settings.trust.caFile.clear();
    SaslCredentials credentials;
    credentials.secret = DovecotServer::password();
    const Outcome outcome = runLoginTest(settings, credentials);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, Error::CertificateUntrusted);
    QVERIFY2(outcome.errorString.contains(QStringLiteral("not trusted")),
        qPrintable(outcome.errorString));
    QVERIFY2(outcome.errorString.contains(QStringLiteral("CN=Outbound Dovecot Test CA")),
        qPrintable(outcome.errorString));
    const QString wire = outcome.transcriptText();
    QVERIFY2(!wire.contains(QStringLiteral("C: a2 AUTHENTICATE"))
            && !wire.contains(QStringLiteral("C: AUTH"))
            && !wire.contains(QStringLiteral("C: USER")),
        qPrintable(wire));
    QVERIFY(!outcome.steps.join(QLatin1Char('\n')).contains(QStringLiteral("Logged in")));
}

void tst_MailboxLoginTest::pinnedCertificate()
{
    if (!m_dovecot)
        QSKIP("Dovecot is not installed");
    // No CA file: the pin alone makes the certificate acceptable.
    MailboxServerSettings settings
        = dovecotSettings(Protocol::Imap, ConnectionSecurity::ImplicitTls);
    settings.trust.caFile.clear();
    settings.trust.pinnedSha256 = m_dovecot->certificateSha256();
    QCOMPARE(settings.trust.pinnedSha256.size(), 32);
    SaslCredentials credentials;
    credentials.secret = DovecotServer::password();
    const Outcome outcome = runLoginTest(settings, credentials);
    QVERIFY2(outcome.ok, qPrintable(outcome.errorString));
}

void tst_MailboxLoginTest::wrongPin()
{
    if (!m_dovecot)
        QSKIP("Dovecot is not installed");
    // A chain that verifies, but not the pinned certificate.
    MailboxServerSettings settings = dovecotSettings(Protocol::Pop3, ConnectionSecurity::StartTls);
    settings.trust.pinnedSha256 = QByteArray(32, '\x42');
    SaslCredentials credentials;
    credentials.secret = DovecotServer::password();
    const Outcome outcome = runLoginTest(settings, credentials);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, Error::CertificatePinMismatch);
    QVERIFY(!outcome.transcriptText().contains(QStringLiteral("C: AUTH")));
}

void tst_MailboxLoginTest::refusedConnection()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const Outcome outcome = runLoginTest(
        scriptedSettings(Protocol::Imap, ConnectionSecurity::None, port), scriptedCredentials());
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, Error::ConnectionRefused);
}

void tst_MailboxLoginTest::imapStartTlsNotOffered_data()
{
    QTest::addColumn<bool>("capabilitiesInGreeting");
    QTest::newRow("capabilities in the greeting") << true;
    QTest::newRow("CAPABILITY command") << false;
}

void tst_MailboxLoginTest::imapStartTlsNotOffered()
{
    QFETCH(bool, capabilitiesInGreeting);
    ScriptedServer server(capabilitiesInGreeting
            ? QByteArray("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\r\n")
            : QByteArray("* OK hi\r\n"),
        [](const QByteArray &line) -> QByteArray {
            if (line.endsWith(" CAPABILITY"))
                return "* CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=LOGIN\r\n" + tagOf(line)
                    + " OK done\r\n";
            return tagOf(line) + " OK whatever\r\n";
        });
    QVERIFY(server.listen());
    const Outcome outcome = runLoginTest(
        scriptedSettings(Protocol::Imap, ConnectionSecurity::StartTls, server.port()),
        scriptedCredentials());
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, Error::StartTlsNotOffered);
    QVERIFY(outcome.errorString.contains(QStringLiteral("STARTTLS")));
    // Nothing but (at most) CAPABILITY reached the server.
    for (const QByteArray &line : server.received())
        QVERIFY2(line.endsWith(" CAPABILITY"), line.constData());
    QCOMPARE(server.received().size(), capabilitiesInGreeting ? 0 : 1);
}

void tst_MailboxLoginTest::pop3StlsNotOffered()
{
    ScriptedServer server("+OK POP3 ready\r\n", [](const QByteArray &line) -> QByteArray {
        if (line == "CAPA")
            return "+OK\r\nUSER\r\nSASL PLAIN LOGIN\r\n.\r\n";
        return "+OK\r\n";
    });
    QVERIFY(server.listen());
    const Outcome outcome = runLoginTest(
        scriptedSettings(Protocol::Pop3, ConnectionSecurity::StartTls, server.port()),
        scriptedCredentials());
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, Error::StartTlsNotOffered);
    QCOMPARE(server.received(), QByteArrayList { "CAPA" });
}

void tst_MailboxLoginTest::imapInjectionAfterStartTls()
{
    // The classic STARTTLS injection (CVE-2011-0411): bytes after the tagged OK, before TLS.
    ScriptedServer server("* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] hi\r\n",
        [](const QByteArray &line) -> QByteArray {
            if (line.endsWith(" STARTTLS"))
                return tagOf(line) + " OK Begin TLS negotiation now\r\n"
                    + "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n";
            return tagOf(line) + " OK\r\n";
        });
    QVERIFY(server.listen());
    const Outcome outcome = runLoginTest(
        scriptedSettings(Protocol::Imap, ConnectionSecurity::StartTls, server.port()),
        scriptedCredentials());
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, Error::UnexpectedDataAfterStartTls);
    QCOMPARE(server.received(), QByteArrayList { "a1 STARTTLS" });
}

void tst_MailboxLoginTest::pop3InjectionAfterStls()
{
    ScriptedServer server("+OK ready\r\n", [](const QByteArray &line) -> QByteArray {
        if (line == "CAPA")
            return "+OK\r\nSTLS\r\nUSER\r\n.\r\n";
        if (line == "STLS")
            return "+OK Begin TLS\r\n+OK injected\r\n";
        return "+OK\r\n";
    });
    QVERIFY(server.listen());
    const Outcome outcome = runLoginTest(
        scriptedSettings(Protocol::Pop3, ConnectionSecurity::StartTls, server.port()),
        scriptedCredentials());
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, Error::UnexpectedDataAfterStartTls);
    QCOMPARE(server.received(), QByteArrayList({ "CAPA", "STLS" }));
}

void tst_MailboxLoginTest::imapStartTlsRefused()
{
    ScriptedServer server(
        "* OK [CAPABILITY IMAP4rev1 STARTTLS] hi\r\n", [](const QByteArray &line) -> QByteArray {
            return tagOf(line) + " NO [UNAVAILABLE] TLS is broken today\r\n";
        });
    QVERIFY(server.listen());
    const Outcome outcome = runLoginTest(
        scriptedSettings(Protocol::Imap, ConnectionSecurity::StartTls, server.port()),
        scriptedCredentials());
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, Error::StartTlsRefused);
    QVERIFY(outcome.errorString.contains(QStringLiteral("TLS is broken today")));
    QCOMPARE(server.received(), QByteArrayList { "a1 STARTTLS" });
}

void tst_MailboxLoginTest::imapLoginFallback()
{
    // No AUTH= capability: LOGIN, with the password as a quoted string.
    ScriptedServer server(
        "* OK [CAPABILITY IMAP4rev1] hi\r\n", [](const QByteArray &line) -> QByteArray {
            if (line.contains(" LOGIN "))
                return tagOf(line) + " OK [CAPABILITY IMAP4rev1 IDLE] Logged in\r\n";
            if (line.endsWith(" LOGOUT"))
                return "* BYE bye\r\n" + tagOf(line) + " OK done\r\n";
            return tagOf(line) + " BAD what\r\n";
        });
    QVERIFY(server.listen());
    SaslCredentials credentials = scriptedCredentials();
    credentials.secret = QStringLiteral("p\"a\\ss word");
    const Outcome outcome = runLoginTest(
        scriptedSettings(Protocol::Imap, ConnectionSecurity::None, server.port()), credentials);
    QVERIFY2(outcome.ok, qPrintable(outcome.errorString));
    QCOMPARE(outcome.method, QByteArray("LOGIN"));
    QCOMPARE(server.received(),
        QByteArrayList({ "a1 LOGIN \"tester\" \"p\\\"a\\\\ss word\"", "a2 LOGOUT" }));
    QVERIFY2(outcome.transcriptText().contains(QStringLiteral("C: a1 LOGIN \"tester\" <redacted>")),
        qPrintable(outcome.transcriptText()));
    verifyNoSecret(outcome, credentials.secret);
    QVERIFY(!outcome.transcriptText().contains(QStringLiteral("a\\ss")));
}

void tst_MailboxLoginTest::imapLoginSynchronisingLiteral()
{
    // A non-ASCII password cannot be quoted; without LITERAL+ it goes as a synchronising
    // literal, sent only after the server's "+".
    ScriptedServer server(
        "* OK [CAPABILITY IMAP4rev1] hi\r\n", [](const QByteArray &line) -> QByteArray {
            if (line.endsWith('}'))
                return "+ go ahead\r\n";
            if (line.startsWith("p\xc3\xa4ss"))
                return "a1 OK Logged in\r\n";
            if (line.endsWith(" LOGOUT"))
                return tagOf(line) + " OK done\r\n";
            return "* BAD unexpected\r\n";
        });
    QVERIFY(server.listen());
    SaslCredentials credentials = scriptedCredentials();
    credentials.secret = QStringLiteral("p\u00e4ssw\u00f6rd");
    const Outcome outcome = runLoginTest(
        scriptedSettings(Protocol::Imap, ConnectionSecurity::None, server.port()), credentials);
    QVERIFY2(
        outcome.ok, qPrintable(outcome.errorString + QLatin1Char('\n') + outcome.transcriptText()));
    const QByteArray secret = credentials.secret.toUtf8();
    QCOMPARE(server.received(),
        QByteArrayList({ "a1 LOGIN \"tester\" {" + QByteArray::number(secret.size()) + '}', secret,
            "a2 LOGOUT" }));
    verifyNoSecret(outcome, credentials.secret);
}

void tst_MailboxLoginTest::imapLoginDisabled()
{
    ScriptedServer server("* OK [CAPABILITY IMAP4rev1 LOGINDISABLED AUTH=GSSAPI] hi\r\n",
        [](const QByteArray &line) -> QByteArray { return tagOf(line) + " OK\r\n"; });
    QVERIFY(server.listen());
    const Outcome outcome
        = runLoginTest(scriptedSettings(Protocol::Imap, ConnectionSecurity::None, server.port()),
            scriptedCredentials());
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, Error::AuthMechanismUnavailable);
    QVERIFY(outcome.errorString.contains(QStringLiteral("LOGIN")));
    QVERIFY(server.received().isEmpty());
}

void tst_MailboxLoginTest::pop3UserPassFallback()
{
    ScriptedServer server("+OK ready\r\n", [](const QByteArray &line) -> QByteArray {
        if (line == "CAPA")
            return "+OK\r\nTOP\r\nUSER\r\n.\r\n";
        return "+OK\r\n";
    });
    QVERIFY(server.listen());
    const SaslCredentials credentials = scriptedCredentials();
    const Outcome outcome = runLoginTest(
        scriptedSettings(Protocol::Pop3, ConnectionSecurity::None, server.port()), credentials);
    QVERIFY2(outcome.ok, qPrintable(outcome.errorString));
    QCOMPARE(outcome.method, QByteArray("USER"));
    QCOMPARE(
        server.received(), QByteArrayList({ "CAPA", "USER tester", "PASS sup3r-s3cret", "QUIT" }));
    QVERIFY(outcome.transcriptText().contains(QStringLiteral("C: PASS <redacted>")));
    verifyNoSecret(outcome, credentials.secret);
}

void tst_MailboxLoginTest::pop3WrongPasswordScripted()
{
    // A server without CAPA (RFC 1939 only): USER/PASS is assumed.
    ScriptedServer server("+OK ready\r\n", [](const QByteArray &line) -> QByteArray {
        if (line == "CAPA")
            return "-ERR unknown command\r\n";
        if (line.startsWith("PASS "))
            return "-ERR [AUTH] Invalid login\r\n";
        return "+OK\r\n";
    });
    QVERIFY(server.listen());
    const Outcome outcome
        = runLoginTest(scriptedSettings(Protocol::Pop3, ConnectionSecurity::None, server.port()),
            scriptedCredentials());
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, Error::AuthenticationFailed);
    QVERIFY2(outcome.errorString.contains(QStringLiteral("[AUTH] Invalid login")),
        qPrintable(outcome.errorString));
}

void tst_MailboxLoginTest::greetingTimeout()
{
    ScriptedServer server(QByteArray(), [](const QByteArray &) { return QByteArray(); });
    QVERIFY(server.listen());
    MailboxServerSettings settings
        = scriptedSettings(Protocol::Imap, ConnectionSecurity::None, server.port());
    settings.timeoutMs = 300;
    const Outcome outcome = runLoginTest(settings, scriptedCredentials());
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error, Error::Timeout);
    QVERIFY2(
        outcome.errorString.contains(QStringLiteral("greeting")), qPrintable(outcome.errorString));
}

void tst_MailboxLoginTest::abortEndsOnce()
{
    ScriptedServer server(QByteArray(), [](const QByteArray &) { return QByteArray(); });
    QVERIFY(server.listen());
    const Outcome outcome
        = runLoginTest(scriptedSettings(Protocol::Pop3, ConnectionSecurity::None, server.port()),
            scriptedCredentials(), [](MailboxLoginTest &test) {
                QTest::qWait(50);
                test.abort();
                test.abort();
            });
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.error, Error::Aborted);
}

void tst_MailboxLoginTest::serverClosesEarly()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket *client = server.nextPendingConnection();
        client->write("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\r\n");
        client->disconnectFromHost();
    });
    const Outcome outcome = runLoginTest(
        scriptedSettings(Protocol::Imap, ConnectionSecurity::None, server.serverPort()),
        scriptedCredentials());
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, Error::ConnectionClosed);
}

void tst_MailboxLoginTest::invalidConfiguration()
{
    MailboxServerSettings settings
        = scriptedSettings(Protocol::Imap, ConnectionSecurity::StartTls, 1);
    settings.trust.caFile = QStringLiteral("/nonexistent/ca.pem");
    bool finishedInsideStart = false;
    bool inStart = false;
    MailboxLoginTest test(settings, scriptedCredentials());
    bool finished = false;
    connect(&test, &MailboxLoginTest::finished, this, [&](bool ok, const QString &) {
        finishedInsideStart = inStart;
        finished = true;
        QVERIFY(!ok);
    });
    inStart = true;
    test.start();
    inStart = false;
    QTRY_VERIFY(finished);
    QVERIFY(!finishedInsideStart);
    QCOMPARE(test.error(), Error::InvalidConfiguration);
    QVERIFY(test.errorString().contains(QStringLiteral("ca.pem")));
}

QTEST_GUILESS_MAIN(tst_MailboxLoginTest)
#include "tst_mailboxlogintest.moc"
