// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// The certificate name check (RFC 6125 §6.4, RFC 7817) end to end: certificates made at test
// time with chosen CN and subjectAltName sets, served over STARTTLS and implicit TLS by the
// aiosmtpd server (SmtpSession: what send, the outbox, probe and the console use) and by the
// scripted server speaking IMAP and POP3 (MailboxLoginTest). A refused certificate is the
// same error as any untrusted one, names what the certificate carries, and nothing is sent
// over that TLS session.
//
// Host names with three labels do not resolve on a test machine, so the sessions reach the
// loopback servers through an HTTP CONNECT proxy in this process (the application proxy):
// Qt then verifies the certificate against the host name the session was given, exactly as
// with a real server, while every byte still goes to 127.0.0.1.

#include "../smtp/sessionrun.h"
#include "accounts/mailboxlogintest.h"
#include "net/tlspolicy.h"
#include "serverprocess.h"
#include "testca.h"

#include <QFile>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

using Protocol = MailboxServerSettings::Protocol;

// An HTTP CONNECT proxy (RFC 9110 §9.3.6) that tunnels every request, whatever host it
// names, to 127.0.0.1:target(); records the hosts asked for.
class ConnectProxy : public QObject
{
public:
    ConnectProxy()
    {
        m_server.setProxy(QNetworkProxy::NoProxy);
        connect(&m_server, &QTcpServer::newConnection, this, &ConnectProxy::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    void setTarget(quint16 port) { m_target = port; }
    [[nodiscard]] QStringList requestedHosts() const { return m_hosts; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->setProxy(QNetworkProxy::NoProxy);
            auto header = std::make_shared<QByteArray>();
            auto tunnelled = std::make_shared<bool>(false);
            connect(client, &QTcpSocket::readyRead, client, [=, this] {
                if (*tunnelled) {
                    upstream->write(client->readAll());
                    return;
                }
                header->append(client->readAll());
                if (!header->contains("\r\n\r\n")
                    || upstream->state() != QTcpSocket::UnconnectedState)
                    return;
                // "CONNECT host:port HTTP/1.1"
                const QList<QByteArray> words = header->left(header->indexOf("\r\n")).split(' ');
                if (words.size() < 2 || words[0] != "CONNECT") {
                    client->abort();
                    return;
                }
                m_hosts << QString::fromLatin1(words[1].left(words[1].lastIndexOf(':')));
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
            });
            connect(upstream, &QTcpSocket::connected, client, [=] {
                *tunnelled = true;
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            });
            connect(upstream, &QTcpSocket::readyRead, client,
                [=] { client->write(upstream->readAll()); });
            connect(
                upstream, &QTcpSocket::disconnected, client, [=] { client->disconnectFromHost(); });
            connect(upstream, &QTcpSocket::errorOccurred, client, [=] {
                if (!*tunnelled)
                    client->abort();
            });
            connect(client, &QTcpSocket::disconnected, client, [=] {
                upstream->disconnectFromHost();
                client->deleteLater();
            });
        }
    }

    QTcpServer m_server;
    quint16 m_target = 0;
    QStringList m_hosts;
};

// The certificates of the table below: name, subject CN (empty: none), subjectAltName.
struct Leaf
{
    const char *name;
    const char *commonName;
    const char *subjectAltName;
};

constexpr Leaf Leaves[] = {
    { "cn-right-dns-san-wrong", "localhost", "DNS:other.example" },
    { "cn-right-ip-san-wrong", "127.0.0.1", "DNS:other.example,IP:127.0.0.2" },
    { "dns-san-only-for-ip", "Outbound Tests server", "DNS:127.0.0.1,DNS:localhost" },
    { "ip-san", "Outbound Tests server", "IP:127.0.0.1" },
    { "cn-only", "localhost", "" },
    { "wildcard", "Outbound Tests wildcard", "DNS:*.example.test" },
    { "wildcard-cn-dns-san-wrong", "*.example.test", "DNS:other.example" },
    { "wildcard-partial-prefix", "Outbound Tests server", "DNS:f*.example.test" },
    { "wildcard-partial-label", "Outbound Tests server", "DNS:f*o.example.test" },
    { "wildcard-two-labels", "Outbound Tests server", "DNS:*.test" },
    { "wildcard-for-ip", "Outbound Tests server", "DNS:*.0.0.1" },
};

struct Transport
{
    enum Kind { Smtp, Imap, Pop3 } kind = Smtp;
    ConnectionSecurity security = ConnectionSecurity::StartTls;
};

struct MailboxOutcome
{
    bool finished = false;
    MailboxLoginTest::Error error = MailboxLoginTest::Error::NoError;
    QString errorString;
    QString transcript;
};

// What the scripted IMAP/POP3 server plays: the plaintext part up to the handshake, and
// after it either nothing (the client must close without a word) or the client's first
// command, after which it hangs up.
QString mailboxScenario(Protocol protocol, ConnectionSecurity security, bool accepted)
{
    const bool imap = protocol == Protocol::Imap;
    QString scenario;
    if (security == ConnectionSecurity::StartTls) {
        scenario = imap ? QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
                                         "C: a1 STARTTLS\n"
                                         "S: a1 OK begin TLS now\n")
                        : QStringLiteral("S: +OK ready\n"
                                         "C: CAPA\n"
                                         "S: +OK\n"
                                         "S: STLS\n"
                                         "S: USER\n"
                                         "S: .\n"
                                         "C: STLS\n"
                                         "S: +OK begin TLS now\n");
        scenario += QStringLiteral("X: starttls\n");
        if (!accepted)
            return scenario + QStringLiteral("X: expect-close 5\n");
        return scenario
            + (imap ? QStringLiteral("C: a2 CAPABILITY\nX: close\n")
                    : QStringLiteral("C: CAPA\nX: close\n"));
    }
    if (!accepted)
        return QStringLiteral("X: expect-close 5\n");
    return imap ? QStringLiteral("S: * OK ready\nC: a1 CAPABILITY\nX: close\n")
                : QStringLiteral("S: +OK ready\nC: CAPA\nX: close\n");
}

} // namespace

Q_DECLARE_METATYPE(Transport)

class tst_TlsNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void nameCheck_data();
    void nameCheck();
    void pinStandsInForTheName_data();
    void pinStandsInForTheName();

private:
    void runSmtp(const Transport &transport, const QString &leaf, const QString &host,
        bool accepted, const QString &shown, const QByteArray &pin = {});
    void runMailbox(const Transport &transport, const QString &leaf, const QString &host,
        bool accepted, const QString &shown, const QByteArray &pin = {});

    std::unique_ptr<ConnectProxy> m_proxy;
};

// Every transport; SMTP, which send, the outbox, probe and the console share, walks every
// rule, IMAP and POP3 (the same TlsPolicy::checkPeer()) the main ones, to keep the run short.
static void addTransportColumn()
{
    QTest::addColumn<Transport>("transport");
}

static const QList<QPair<QByteArray, Transport>> &transports()
{
    static const QList<QPair<QByteArray, Transport>> list {
        { "smtp starttls", { Transport::Smtp, ConnectionSecurity::StartTls } },
        { "smtp implicit tls", { Transport::Smtp, ConnectionSecurity::ImplicitTls } },
        { "imap starttls", { Transport::Imap, ConnectionSecurity::StartTls } },
        { "imap implicit tls", { Transport::Imap, ConnectionSecurity::ImplicitTls } },
        { "pop3 stls", { Transport::Pop3, ConnectionSecurity::StartTls } },
        { "pop3 implicit tls", { Transport::Pop3, ConnectionSecurity::ImplicitTls } },
    };
    return list;
}

void tst_TlsNames::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend");
    const TestCa &ca = TestCa::instance();
    QVERIFY2(ca.isValid(), qPrintable(ca.errorString()));
    for (const Leaf &leaf : Leaves) {
        QString error;
        QVERIFY2(ca.issueLeaf(QString::fromLatin1(leaf.name), QString::fromLatin1(leaf.commonName),
                     QString::fromLatin1(leaf.subjectAltName), &error),
            qPrintable(error));
    }
    m_proxy = std::make_unique<ConnectProxy>();
    QVERIFY(m_proxy->listen());
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxy->port()));
}

void tst_TlsNames::cleanupTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void tst_TlsNames::nameCheck_data()
{
    addTransportColumn();
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("shown"); // part of the error text: the names carried

    struct Case
    {
        const char *name;
        QString leaf;
        QString host;
        bool accepted;
        QString shown;
        bool everywhere; // also over IMAP and POP3
    };
    const Case cases[] = {
        // RFC 6125 §6.4.4: with subjectAltNames the CN is never looked at. (QSslSocket accepts
        // the first three on the CN alone.)
        { "cn right, dns san wrong, dns host", QStringLiteral("cn-right-dns-san-wrong"),
            QStringLiteral("localhost"), false, QStringLiteral("DNS:other.example"), true },
        { "cn right, san wrong, ip host", QStringLiteral("cn-right-ip-san-wrong"),
            QStringLiteral("127.0.0.1"), false, QStringLiteral("DNS:other.example, IP:127.0.0.2"),
            true },
        { "wildcard cn right, dns san wrong", QStringLiteral("wildcard-cn-dns-san-wrong"),
            QStringLiteral("mail.example.test"), false, QStringLiteral("DNS:other.example"),
            false },
        // An IP host matches only an IP subjectAltName. (QSslSocket takes the DNS name.)
        { "ip host, only a dns san", QStringLiteral("dns-san-only-for-ip"),
            QStringLiteral("127.0.0.1"), false, QStringLiteral("DNS:127.0.0.1, DNS:localhost"),
            true },
        { "ip host, ip san", QStringLiteral("ip-san"), QStringLiteral("127.0.0.1"), true, QString(),
            true },
        { "no san, cn right", QStringLiteral("cn-only"), QStringLiteral("localhost"), true,
            QString(), false },
        // Wildcards: the whole left-most label of a name of at least three labels.
        { "wildcard, one label", QStringLiteral("wildcard"), QStringLiteral("mail.example.test"),
            true, QString(), true },
        { "wildcard, bare parent", QStringLiteral("wildcard"), QStringLiteral("example.test"),
            false, QStringLiteral("DNS:*.example.test"), false },
        { "wildcard, two labels deep", QStringLiteral("wildcard"),
            QStringLiteral("a.mail.example.test"), false, QStringLiteral("DNS:*.example.test"),
            false },
        // (QSslSocket accepts a star that ends the first label.)
        { "wildcard, partial label f*", QStringLiteral("wildcard-partial-prefix"),
            QStringLiteral("foo.example.test"), false, QStringLiteral("DNS:f*.example.test"),
            true },
        { "wildcard, partial label f*o", QStringLiteral("wildcard-partial-label"),
            QStringLiteral("foo.example.test"), false, QStringLiteral("DNS:f*o.example.test"),
            false },
        { "wildcard over two labels", QStringLiteral("wildcard-two-labels"),
            QStringLiteral("example.test"), false, QStringLiteral("DNS:*.test"), false },
        { "wildcard, ip host", QStringLiteral("wildcard-for-ip"), QStringLiteral("127.0.0.1"),
            false, QStringLiteral("DNS:*.0.0.1"), false },
    };
    for (const auto &[label, transport] : transports()) {
        for (const Case &c : cases) {
            if (transport.kind != Transport::Smtp && !c.everywhere)
                continue;
            QTest::addRow("%s: %s", label.constData(), c.name)
                << transport << c.leaf << c.host << c.accepted << c.shown;
        }
    }
}

void tst_TlsNames::nameCheck()
{
    QFETCH(Transport, transport);
    QFETCH(QString, leaf);
    QFETCH(QString, host);
    QFETCH(bool, accepted);
    QFETCH(QString, shown);
    if (transport.kind == Transport::Smtp)
        runSmtp(transport, leaf, host, accepted, shown);
    else
        runMailbox(transport, leaf, host, accepted, shown);
}

// The user who pinned a certificate trusts that very certificate, whatever it names (as
// TlsPolicy::acceptableErrors() already treats Qt's own name check): the pin is checked
// instead of the name.
void tst_TlsNames::pinStandsInForTheName_data()
{
    addTransportColumn();
    for (const auto &[label, transport] : transports())
        QTest::newRow(label.constData()) << transport;
}

void tst_TlsNames::pinStandsInForTheName()
{
    QFETCH(Transport, transport);
    const QString leaf = QStringLiteral("cn-right-dns-san-wrong");
    QFile pem(TestCa::instance().leafCertPath(leaf));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QByteArray pin = TlsPolicy::sha256(QSslCertificate(&pem, QSsl::Pem));
    QCOMPARE(pin.size(), 32);
    if (transport.kind == Transport::Smtp)
        runSmtp(transport, leaf, QStringLiteral("localhost"), true, QString(), pin);
    else
        runMailbox(transport, leaf, QStringLiteral("localhost"), true, QString(), pin);
}

void tst_TlsNames::runSmtp(const Transport &transport, const QString &leaf, const QString &host,
    bool accepted, const QString &shown, const QByteArray &pin)
{
    const TestCa &ca = TestCa::instance();
    SmtpTestServer::Options options;
    options.tls = transport.security == ConnectionSecurity::StartTls
        ? SmtpTestServer::Options::Tls::StartTls
        : SmtpTestServer::Options::Tls::Implicit;
    options.certPath = ca.leafCertPath(leaf);
    options.keyPath = ca.leafKeyPath(leaf);
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    m_proxy->setTarget(server.port());

    SmtpServerSettings settings = loopbackSettings(server.port(), transport.security);
    settings.host = host;
    settings.trust.caFile = ca.caCertPath();
    settings.trust.pinnedSha256 = pin;
    SessionRun run(settings);
    SmtpSendReply *reply = run.send(
        envelopeFor(QStringLiteral("a@example.org"), { QStringLiteral("b@example.org") }),
        simpleMessage());
    QVERIFY(run.run());
    const QString context = reply->errorString() + QLatin1Char('\n') + run.transcriptText();
    if (accepted) {
        QVERIFY2(!reply->error().isError(), qPrintable(context));
        QCOMPARE(server.waitForMessages(1).size(), 1);
        return;
    }
    QCOMPARE(reply->error().code(), SmtpError::CertificateUntrusted);
    QVERIFY2(reply->errorString().contains(shown), qPrintable(context));
    QVERIFY2(reply->errorString().contains(host), qPrintable(context));
    // Nothing over the refused TLS session: no EHLO, AUTH, MAIL, not even QUIT.
    const QStringList expected = transport.security == ConnectionSecurity::StartTls
        ? QStringList { QStringLiteral("EHLO client.test"), QStringLiteral("STARTTLS") }
        : QStringList {};
    QCOMPARE(run.clientLines(), expected);
    QVERIFY(server.waitForMessages(1, 300).isEmpty());
}

void tst_TlsNames::runMailbox(const Transport &transport, const QString &leaf, const QString &host,
    bool accepted, const QString &shown, const QByteArray &pin)
{
    const TestCa &ca = TestCa::instance();
    const Protocol protocol = transport.kind == Transport::Imap ? Protocol::Imap : Protocol::Pop3;
    ScriptedServer server(mailboxScenario(protocol, transport.security, accepted));
    server.setCertificate(ca.leafCertPath(leaf), ca.leafKeyPath(leaf));
    QVERIFY2(server.start(transport.security == ConnectionSecurity::ImplicitTls),
        qPrintable(server.errorString()));
    m_proxy->setTarget(server.port());

    MailboxServerSettings settings;
    settings.protocol = protocol;
    settings.host = host;
    settings.port = server.port();
    settings.security = transport.security;
    settings.user = QStringLiteral("tester");
    settings.timeoutMs = 5000;
    settings.trust.caFile = ca.caCertPath();
    settings.trust.pinnedSha256 = pin;
    SaslCredentials credentials;
    credentials.user = settings.user;
    credentials.secret = QStringLiteral("not-used");

    MailboxOutcome outcome;
    QList<TranscriptEntry> transcript;
    MailboxLoginTest test(settings, credentials);
    QObject::connect(&test, &MailboxLoginTest::transcriptEntry,
        [&](const TranscriptEntry &entry) { transcript << entry; });
    QObject::connect(&test, &MailboxLoginTest::finished, [&](bool, const QString &error) {
        outcome.finished = true;
        outcome.errorString = error;
    });
    test.start();
    QVERIFY(QTest::qWaitFor([&] { return outcome.finished; }, 20000));
    outcome.error = test.error();
    outcome.transcript = formatTranscript(transcript);
    const ScriptedServer::Record record = server.finish();
    const QString context = outcome.errorString + QLatin1Char('\n') + outcome.transcript
        + QLatin1Char('\n') + record.describe();
    QVERIFY2(record.isValid(), qPrintable(context));

    if (accepted) {
        // The session went on over TLS: the first command after the handshake arrived.
        QVERIFY2(
            outcome.error != MailboxLoginTest::Error::CertificateUntrusted, qPrintable(context));
        QVERIFY2(record.passed(), qPrintable(context));
        return;
    }
    QCOMPARE(outcome.error, MailboxLoginTest::Error::CertificateUntrusted);
    QVERIFY2(outcome.errorString.contains(shown), qPrintable(context));
    QVERIFY2(outcome.errorString.contains(host), qPrintable(context));
    // Nothing was sent over TLS. (The client aborts before its TLS Finished leaves, so the
    // server sees the handshake end early; that is not checked either way.)
    const QStringList plaintext = transport.security == ConnectionSecurity::ImplicitTls
        ? QStringList {}
        : protocol == Protocol::Imap
        ? QStringList { QStringLiteral("a1 STARTTLS") }
        : QStringList { QStringLiteral("CAPA"), QStringLiteral("STLS") };
    QCOMPARE(record.first().received, plaintext);
    QVERIFY2(record.first().bytesAfterClose.isEmpty(), qPrintable(context));
}

QTEST_GUILESS_MAIN(tst_TlsNames)
#include "tst_tlsnames.moc"
