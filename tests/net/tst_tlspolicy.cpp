// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// TlsPolicy against real loopback handshakes: a QTcpServer hands each connection to a
// server-side QSslSocket with certificates made by the openssl CLI at test time.

#include "net/tlspolicy.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

// Serves TLS on 127.0.0.1 with one certificate. `maxProtocol` (an OpenSSL SSL_CONF value such
// as "TLSv1.1") limits what the server offers.
class TlsTestServer : public QTcpServer
{
public:
    TlsTestServer(QSslCertificate certificate, QSslKey key, QByteArray maxProtocol = {})
        : m_certificate(std::move(certificate))
        , m_key(std::move(key))
        , m_maxProtocol(std::move(maxProtocol))
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        QSslConfiguration config = socket->sslConfiguration();
        config.setLocalCertificate(m_certificate);
        config.setPrivateKey(m_key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (!m_maxProtocol.isEmpty()) {
            // An old-protocol server: OpenSSL 3 needs security level 0 for TLS 1.0/1.1.
            QT_WARNING_PUSH
            QT_WARNING_DISABLE_DEPRECATED
            config.setProtocol(QSsl::TlsV1_0OrLater);
            QT_WARNING_POP
            config.setBackendConfigurationOption("MaxProtocol", m_maxProtocol);
            config.setBackendConfigurationOption("CipherString", QByteArray("DEFAULT:@SECLEVEL=0"));
        }
        socket->setSslConfiguration(config);
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_maxProtocol;
};

struct ClientResult
{
    bool encrypted = false;
    QList<QSslError> errors; // what Qt reported in sslErrors
    QList<QSslError> ignored; // what the policy let through
    QString checkPeer;
    TlsPolicy::PeerProblem problem = TlsPolicy::PeerProblem::None;
    QString description;
    QString protocol;
};

} // namespace

class tst_TlsPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void securityNames();
    void pinParsing();
    void caFileErrors();
    void describeCertificate();
    void noErrorsAcceptedWithoutPin();

    void verifiedWithCaFile();
    void untrustedWithoutCaFile();
    void wrongHostNameFails();
    void commonNameIgnoredWithSubjectAltNames();
    void selfSignedAcceptedOnlyWithItsPin();
    void wrongPinFailsWithValidChain();
    void rightPinWithValidChain();
    void tls11Refused();

private:
    bool openssl(const QStringList &arguments);
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QSslCertificate certificate(const QString &name) const;
    [[nodiscard]] QSslKey key(const QString &name) const;
    ClientResult connectClient(const TlsPolicy &policy, quint16 port, const QString &peerName,
        std::optional<QSsl::SslProtocol> clientProtocol = std::nullopt);
    std::unique_ptr<TlsTestServer> startServer(
        const QString &certName, const QString &keyName, const QByteArray &maxProtocol = {});

    QTemporaryDir m_dir;
};

bool tst_TlsPolicy::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning().noquote() << "openssl" << arguments.join(u' ')
                             << "failed:" << process.readAllStandardError();
        return false;
    }
    return true;
}

QSslCertificate tst_TlsPolicy::certificate(const QString &name) const
{
    const auto list = QSslCertificate::fromPath(
        path(name), QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    return list.isEmpty() ? QSslCertificate() : list.first();
}

QSslKey tst_TlsPolicy::key(const QString &name) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslKey(file.readAll(), QSsl::Ec, QSsl::Pem);
}

void tst_TlsPolicy::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend");
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("The openssl command is not installed");
    QVERIFY(m_dir.isValid());

    const QStringList ecKey = { QStringLiteral("-newkey"), QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("30") };
    // A CA, and a server certificate it issues for localhost and 127.0.0.1.
    QVERIFY(openssl(QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ecKey
        + QStringList { QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
            QStringLiteral("ca.pem"), QStringLiteral("-subj"),
            QStringLiteral("/CN=Outbound Test CA"), QStringLiteral("-addext"),
            QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
            QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") }));
    QVERIFY(openssl(QStringList { QStringLiteral("req") } + ecKey
        + QStringList { QStringLiteral("-keyout"), QStringLiteral("server.key"),
            QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
            QStringLiteral("/CN=localhost") }));
    {
        QFile ext(path(QStringLiteral("server.ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                  "basicConstraints=CA:FALSE\n"
                  "extendedKeyUsage=serverAuth\n");
    }
    QVERIFY(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
        QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
        QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
        QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"),
        QStringLiteral("server.ext"), QStringLiteral("-out"), QStringLiteral("server.pem") }));
    // CN=localhost, but its subjectAltName names another host: QSslSocket accepts it for
    // localhost on the CN, RFC 6125 §6.4.4 does not.
    QVERIFY(openssl(QStringList { QStringLiteral("req") } + ecKey
        + QStringList { QStringLiteral("-keyout"), QStringLiteral("cnonly.key"),
            QStringLiteral("-out"), QStringLiteral("cnonly.csr"), QStringLiteral("-subj"),
            QStringLiteral("/CN=localhost") }));
    {
        QFile ext(path(QStringLiteral("cnonly.ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=DNS:other.example\n"
                  "basicConstraints=CA:FALSE\n"
                  "extendedKeyUsage=serverAuth\n");
    }
    QVERIFY(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
        QStringLiteral("cnonly.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
        QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
        QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"),
        QStringLiteral("cnonly.ext"), QStringLiteral("-out"), QStringLiteral("cnonly.pem") }));
    // A self-signed certificate for localhost.
    QVERIFY(openssl(QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ecKey
        + QStringList { QStringLiteral("-keyout"), QStringLiteral("self.key"),
            QStringLiteral("-out"), QStringLiteral("self.pem"), QStringLiteral("-subj"),
            QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=DNS:localhost") }));
    QFile notPem(path(QStringLiteral("notpem.txt")));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("hello\n");
    notPem.close();

    QVERIFY(!certificate(QStringLiteral("server.pem")).isNull());
    QVERIFY(!certificate(QStringLiteral("self.pem")).isNull());
    QVERIFY(!key(QStringLiteral("server.key")).isNull());
}

std::unique_ptr<TlsTestServer> tst_TlsPolicy::startServer(
    const QString &certName, const QString &keyName, const QByteArray &maxProtocol)
{
    auto server = std::make_unique<TlsTestServer>(certificate(certName), key(keyName), maxProtocol);
    if (!server->listen(QHostAddress::LocalHost, 0))
        return nullptr;
    return server;
}

ClientResult tst_TlsPolicy::connectClient(const TlsPolicy &policy, quint16 port,
    const QString &peerName, std::optional<QSsl::SslProtocol> clientProtocol)
{
    ClientResult result;
    QSslSocket socket;
    policy.prepare(&socket);
    if (clientProtocol) {
        // Control client for the old-protocol test: offers what the server offers.
        QSslConfiguration config = socket.sslConfiguration();
        config.setProtocol(*clientProtocol);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        config.setBackendConfigurationOption("CipherString", QByteArray("DEFAULT:@SECLEVEL=0"));
        socket.setSslConfiguration(config);
    }
    QEventLoop loop;
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    connect(&socket, &QSslSocket::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        result.errors = errors;
        result.ignored = policy.acceptableErrors(errors, socket.peerCertificate());
        socket.ignoreSslErrors(result.ignored);
    });
    connect(&socket, &QSslSocket::encrypted, &loop, [&] {
        result.encrypted = true;
        loop.quit();
    });
    connect(&socket, &QSslSocket::errorOccurred, &loop, &QEventLoop::quit);
    connect(&socket, &QSslSocket::disconnected, &loop, &QEventLoop::quit);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, peerName);
    loop.exec();
    if (result.encrypted) {
        result.checkPeer = policy.checkPeer(&socket, &result.problem);
        result.description = TlsPolicy::describeSession(&socket);
        result.protocol = result.description.section(QStringLiteral(", "), 0, 0);
    }
    socket.abort();
    return result;
}

static bool hasError(const QList<QSslError> &errors, QSslError::SslError code)
{
    return std::any_of(
        errors.cbegin(), errors.cend(), [code](const QSslError &e) { return e.error() == code; });
}

void tst_TlsPolicy::securityNames()
{
    for (const auto security : { ConnectionSecurity::ImplicitTls, ConnectionSecurity::StartTls,
             ConnectionSecurity::None }) {
        ConnectionSecurity parsed = ConnectionSecurity::None;
        QVERIFY(parseSecurity(securityName(security), &parsed));
        QCOMPARE(parsed, security);
    }
    QCOMPARE(securityName(ConnectionSecurity::ImplicitTls), QStringLiteral("tls"));
    QCOMPARE(securityName(ConnectionSecurity::StartTls), QStringLiteral("starttls"));
    QCOMPARE(securityName(ConnectionSecurity::None), QStringLiteral("none"));
    ConnectionSecurity parsed = ConnectionSecurity::None;
    QVERIFY(parseSecurity(QStringLiteral(" STARTTLS "), &parsed));
    QCOMPARE(parsed, ConnectionSecurity::StartTls);
    QVERIFY(!parseSecurity(QStringLiteral("ssl"), &parsed));
    QVERIFY(!parseSecurity(QString(), &parsed));
    QCOMPARE(parsed, ConnectionSecurity::StartTls);
}

void tst_TlsPolicy::pinParsing()
{
    TlsTrust trust;
    const QString plain = QStringLiteral("00112233445566778899aabbccddeeff"
                                         "00112233445566778899AABBCCDDEEFF");
    QVERIFY(trust.setPinFromHex(plain));
    QCOMPARE(trust.pinnedSha256.size(), 32);
    QCOMPARE(trust.pinAsHex(),
        QStringLiteral("00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff:"
                       "00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff"));
    TlsTrust colons;
    QVERIFY(colons.setPinFromHex(trust.pinAsHex().toUpper()));
    QCOMPARE(colons.pinnedSha256, trust.pinnedSha256);

    const QByteArray before = trust.pinnedSha256;
    QVERIFY(!trust.setPinFromHex(QStringLiteral("abcd")));
    QVERIFY(!trust.setPinFromHex(plain.left(62) + QStringLiteral("zz")));
    QVERIFY(!trust.setPinFromHex(plain + QStringLiteral("00")));
    QCOMPARE(trust.pinnedSha256, before);

    QVERIFY(trust.setPinFromHex(QString()));
    QVERIFY(trust.pinnedSha256.isEmpty());
    QVERIFY(trust.pinAsHex().isEmpty());
}

void tst_TlsPolicy::caFileErrors()
{
    QVERIFY(TlsPolicy().isUsable());
    QVERIFY(TlsPolicy(TlsTrust { path(QStringLiteral("ca.pem")), {} }).isUsable());

    const TlsPolicy missing(TlsTrust { path(QStringLiteral("missing.pem")), {} });
    QVERIFY(!missing.isUsable());
    QVERIFY(missing.errorString().contains(QStringLiteral("missing.pem")));

    const TlsPolicy notPem(TlsTrust { path(QStringLiteral("notpem.txt")), {} });
    QVERIFY(!notPem.isUsable());
    QVERIFY(!notPem.errorString().isEmpty());
}

void tst_TlsPolicy::describeCertificate()
{
    const QSslCertificate server = certificate(QStringLiteral("server.pem"));
    const QString text = TlsPolicy::describeCertificate(server);
    QVERIFY2(text.contains(QStringLiteral("CN=localhost")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("CN=Outbound Test CA")), qPrintable(text));
    QVERIFY2(text.contains(TlsPolicy::hex(TlsPolicy::sha256(server))), qPrintable(text));
    QVERIFY2(text.contains(server.expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd"))),
        qPrintable(text));
    QCOMPARE(TlsPolicy::sha256(server).size(), 32);
    QCOMPARE(TlsPolicy::hex(QByteArray::fromHex("abcd01")), QStringLiteral("ab:cd:01"));
}

void tst_TlsPolicy::noErrorsAcceptedWithoutPin()
{
    const QSslCertificate self = certificate(QStringLiteral("self.pem"));
    const QSslCertificate server = certificate(QStringLiteral("server.pem"));
    const QList<QSslError> errors { QSslError(QSslError::SelfSignedCertificate, self) };

    QVERIFY(TlsPolicy().acceptableErrors(errors, self).isEmpty());

    TlsTrust pinned;
    pinned.pinnedSha256 = TlsPolicy::sha256(self);
    const TlsPolicy policy(pinned);
    QCOMPARE(policy.acceptableErrors(errors, self), errors);
    // Another peer, even with the same error list, is not the pinned one.
    QVERIFY(policy.acceptableErrors(errors, server).isEmpty());
    // Revocation is never overridden by a pin, and one bad error spoils the list.
    const QList<QSslError> revoked { QSslError(QSslError::SelfSignedCertificate, self),
        QSslError(QSslError::CertificateRevoked, self) };
    QVERIFY(policy.acceptableErrors(revoked, self).isEmpty());
    // An error about an unrelated certificate that is not a chain error.
    const QList<QSslError> other { QSslError(QSslError::CertificateExpired, server) };
    QVERIFY(policy.acceptableErrors(other, self).isEmpty());
}

void tst_TlsPolicy::verifiedWithCaFile()
{
    auto server = startServer(QStringLiteral("server.pem"), QStringLiteral("server.key"));
    QVERIFY(server);
    const TlsPolicy policy(TlsTrust { path(QStringLiteral("ca.pem")), {} });
    const ClientResult result
        = connectClient(policy, server->serverPort(), QStringLiteral("localhost"));
    QVERIFY(result.encrypted);
    QVERIFY(result.errors.isEmpty());
    QVERIFY2(result.checkPeer.isEmpty(), qPrintable(result.checkPeer));
    QVERIFY2(
        result.description.startsWith(QStringLiteral("TLSv1.")), qPrintable(result.description));
    QVERIFY2(
        result.description.contains(QStringLiteral("CN=localhost issued by CN=Outbound Test CA")),
        qPrintable(result.description));

    // The address the certificate names is verified as well.
    const ClientResult byAddress
        = connectClient(policy, server->serverPort(), QStringLiteral("127.0.0.1"));
    QVERIFY(byAddress.encrypted);
}

void tst_TlsPolicy::untrustedWithoutCaFile()
{
    auto server = startServer(QStringLiteral("server.pem"), QStringLiteral("server.key"));
    QVERIFY(server);
    const ClientResult result
        = connectClient(TlsPolicy(), server->serverPort(), QStringLiteral("localhost"));
    QVERIFY(!result.encrypted);
    QVERIFY(!result.errors.isEmpty());
    QVERIFY(result.ignored.isEmpty());
    QVERIFY(hasError(result.errors, QSslError::UnableToGetLocalIssuerCertificate)
        || hasError(result.errors, QSslError::CertificateUntrusted));
}

void tst_TlsPolicy::wrongHostNameFails()
{
    auto server = startServer(QStringLiteral("server.pem"), QStringLiteral("server.key"));
    QVERIFY(server);
    const TlsPolicy policy(TlsTrust { path(QStringLiteral("ca.pem")), {} });
    const ClientResult result
        = connectClient(policy, server->serverPort(), QStringLiteral("mail.example.org"));
    QVERIFY(!result.encrypted);
    QVERIFY(hasError(result.errors, QSslError::HostNameMismatch));
    QVERIFY(result.ignored.isEmpty());
    // What a session shows for Qt's mismatch names what the certificate carries.
    for (const QSslError &error : result.errors) {
        if (error.error() != QSslError::HostNameMismatch)
            continue;
        QSslSocket socket;
        socket.setPeerVerifyName(QStringLiteral("mail.example.org"));
        const QString text = TlsPolicy::describeError(error, &socket);
        QVERIFY2(
            text.contains(QStringLiteral("mail.example.org: it names DNS:localhost, IP:127.0.0.1")),
            qPrintable(text));
    }
}

void tst_TlsPolicy::commonNameIgnoredWithSubjectAltNames()
{
    auto server = startServer(QStringLiteral("cnonly.pem"), QStringLiteral("cnonly.key"));
    QVERIFY(server);
    const TlsPolicy policy(TlsTrust { path(QStringLiteral("ca.pem")), {} });
    const ClientResult result
        = connectClient(policy, server->serverPort(), QStringLiteral("localhost"));
    // Qt's handshake lets it through on the CN; checkPeer() refuses it, naming what it carries.
    QVERIFY(result.encrypted);
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.problem, TlsPolicy::PeerProblem::NameMismatch);
    QVERIFY2(result.checkPeer.contains(QStringLiteral("localhost: it names DNS:other.example")),
        qPrintable(result.checkPeer));
    QVERIFY2(result.checkPeer.contains(QStringLiteral("CN=localhost is not used")),
        qPrintable(result.checkPeer));

    // A pin stands in for the name, in checkPeer() as in acceptableErrors().
    TlsTrust pinned { path(QStringLiteral("ca.pem")), {} };
    pinned.pinnedSha256 = TlsPolicy::sha256(certificate(QStringLiteral("cnonly.pem")));
    const ClientResult withPin
        = connectClient(TlsPolicy(pinned), server->serverPort(), QStringLiteral("localhost"));
    QVERIFY(withPin.encrypted);
    QVERIFY2(withPin.checkPeer.isEmpty(), qPrintable(withPin.checkPeer));
    QCOMPARE(withPin.problem, TlsPolicy::PeerProblem::None);
}

void tst_TlsPolicy::selfSignedAcceptedOnlyWithItsPin()
{
    auto server = startServer(QStringLiteral("self.pem"), QStringLiteral("self.key"));
    QVERIFY(server);

    const ClientResult unpinned
        = connectClient(TlsPolicy(), server->serverPort(), QStringLiteral("localhost"));
    QVERIFY(!unpinned.encrypted);
    QVERIFY(hasError(unpinned.errors, QSslError::SelfSignedCertificate));

    TlsTrust wrong;
    wrong.pinnedSha256 = TlsPolicy::sha256(certificate(QStringLiteral("server.pem")));
    const ClientResult wrongPin
        = connectClient(TlsPolicy(wrong), server->serverPort(), QStringLiteral("localhost"));
    QVERIFY(!wrongPin.encrypted);
    QVERIFY(wrongPin.ignored.isEmpty());

    TlsTrust right;
    right.pinnedSha256 = TlsPolicy::sha256(certificate(QStringLiteral("self.pem")));
    const TlsPolicy policy(right);
    const ClientResult pinned
        = connectClient(policy, server->serverPort(), QStringLiteral("localhost"));
    QVERIFY(pinned.encrypted);
    QVERIFY(hasError(pinned.errors, QSslError::SelfSignedCertificate));
    QCOMPARE(pinned.ignored, pinned.errors);
    QVERIFY2(pinned.checkPeer.isEmpty(), qPrintable(pinned.checkPeer));

    // The pin also stands in for the name: the user trusts this very certificate.
    const ClientResult otherName
        = connectClient(policy, server->serverPort(), QStringLiteral("mail.example.org"));
    QVERIFY(otherName.encrypted);
    QVERIFY(hasError(otherName.errors, QSslError::HostNameMismatch));
}

void tst_TlsPolicy::wrongPinFailsWithValidChain()
{
    auto server = startServer(QStringLiteral("server.pem"), QStringLiteral("server.key"));
    QVERIFY(server);
    TlsTrust trust { path(QStringLiteral("ca.pem")), {} };
    trust.pinnedSha256 = TlsPolicy::sha256(certificate(QStringLiteral("self.pem")));
    const ClientResult result
        = connectClient(TlsPolicy(trust), server->serverPort(), QStringLiteral("localhost"));
    QVERIFY(result.encrypted); // the chain verified...
    QVERIFY(result.errors.isEmpty());
    QVERIFY(!result.checkPeer.isEmpty()); // ...but the session must refuse it
    QVERIFY2(result.checkPeer.contains(trust.pinAsHex()), qPrintable(result.checkPeer));
}

void tst_TlsPolicy::rightPinWithValidChain()
{
    auto server = startServer(QStringLiteral("server.pem"), QStringLiteral("server.key"));
    QVERIFY(server);
    TlsTrust trust { path(QStringLiteral("ca.pem")), {} };
    trust.pinnedSha256 = TlsPolicy::sha256(certificate(QStringLiteral("server.pem")));
    const ClientResult result
        = connectClient(TlsPolicy(trust), server->serverPort(), QStringLiteral("localhost"));
    QVERIFY(result.encrypted);
    QVERIFY2(result.checkPeer.isEmpty(), qPrintable(result.checkPeer));
}

void tst_TlsPolicy::tls11Refused()
{
    auto server = startServer(
        QStringLiteral("server.pem"), QStringLiteral("server.key"), QByteArray("TLSv1.1"));
    QVERIFY(server);
    const TlsPolicy policy(TlsTrust { path(QStringLiteral("ca.pem")), {} });

    // First prove the server really speaks TLS 1.1 here; OpenSSL builds may refuse to.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    const ClientResult control
        = connectClient(policy, server->serverPort(), QStringLiteral("localhost"), QSsl::TlsV1_1);
    QT_WARNING_POP
    if (!control.encrypted)
        QSKIP("This OpenSSL will not negotiate TLS 1.1, so no TLS 1.1-only server can be made");
    QCOMPARE(control.protocol, QStringLiteral("TLSv1.1"));
    // checkPeer refuses such a session even if one were negotiated.
    QVERIFY2(control.checkPeer.contains(QStringLiteral("TLSv1.1")), qPrintable(control.checkPeer));

    const ClientResult result
        = connectClient(policy, server->serverPort(), QStringLiteral("localhost"));
    QVERIFY(!result.encrypted);
}

QTEST_GUILESS_MAIN(tst_TlsPolicy)
#include "tst_tlspolicy.moc"
