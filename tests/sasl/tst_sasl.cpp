// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// Socket-free tests of the SASL mechanisms: feed server challenges, compare the responses
// byte for byte with the RFCs' examples, and check that hostile servers are caught.

#include "sasl/saslmechanism.h"

#include <QRegularExpression>
#include <QTest>

namespace {

SaslCredentials password(const QString &user, const QString &secret, const QString &authzid = {})
{
    SaslCredentials credentials;
    credentials.user = user;
    credentials.secret = secret;
    credentials.authzid = authzid;
    credentials.kind = SaslCredentials::Kind::Password;
    return credentials;
}

SaslCredentials token(const QString &user, const QString &secret, const QString &authzid = {})
{
    SaslCredentials credentials = password(user, secret, authzid);
    credentials.kind = SaslCredentials::Kind::OAuthToken;
    return credentials;
}

// RFC 5802 §5: user "user", password "pencil".
const QByteArray kRfc5802Nonce = "fyko+d2lbbFgONRv9qkxdawL";
const QByteArray kRfc5802ServerFirst
    = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
const QByteArray kRfc5802ClientFinal = "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
                                       "p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=";
const QByteArray kRfc5802ServerFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";

// RFC 7677 §3: the same user and password.
const QByteArray kRfc7677Nonce = "rOprNGfwEbeRWgbNEkqO";
const QByteArray kRfc7677ServerFirst = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                       "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
const QByteArray kRfc7677ClientFinal
    = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
      "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
const QByteArray kRfc7677ServerFinal = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

// A SCRAM-SHA-1 mechanism that has sent its client-final message of the RFC 5802 example.
std::unique_ptr<SaslMechanism> scramAwaitingServerFinal()
{
    auto mechanism = Sasl::createScramForTest(
        "SCRAM-SHA-1", password(u"user"_qs, u"pencil"_qs), kRfc5802Nonce);
    if (!mechanism || !mechanism->initialResponse())
        return nullptr;
    const SaslMechanism::Step step = mechanism->respond(kRfc5802ServerFirst);
    if (!step.error.isEmpty() || step.response != kRfc5802ClientFinal)
        return nullptr;
    return mechanism;
}

} // namespace

class TestSasl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void supportedMechanisms();
    void exchangesSecrets();

    void plain_data();
    void plain();
    void plainWithoutInitialResponse();
    void plainRejectsNul();

    void loginAnswersByStepOrder();

    void cramMd5Rfc2195();
    void cramMd5RejectsEmptyAndSecondChallenge();

    void scramRfcExamples_data();
    void scramRfcExamples();
    void scramWithoutInitialResponse();
    void scramAuthzid();
    void scramUsernameEscaping_data();
    void scramUsernameEscaping();
    void scramRandomNonce();
    void scramPasswordPreparation_data();
    void scramPasswordPreparation();
    void scramHostileServerFirst_data();
    void scramHostileServerFirst();
    void scramAcceptsExtensionsAndHighIterations();
    void scramHostileServerFinal_data();
    void scramHostileServerFinal();
    void scramSuccessWithoutVerifier();
    void scramChallengeAfterVerification();
    void scramForTestRejectsBadArguments();

    void xoauth2();
    void xoauth2ErrorChallenge();
    void oauthBearer_data();
    void oauthBearer();
    void oauthBearerRfc7628Failure();
    void tokenMechanismsRejectControlCharacters_data();
    void tokenMechanismsRejectControlCharacters();

    void choose_data();
    void choose();
    void createFiltersByKind_data();
    void createFiltersByKind();
};

void TestSasl::supportedMechanisms()
{
    const QByteArrayList expected { "SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN",
        "OAUTHBEARER", "XOAUTH2" };
    QCOMPARE(Sasl::supportedMechanisms(), expected);
}

void TestSasl::exchangesSecrets()
{
    for (const QByteArray &name : Sasl::supportedMechanisms()) {
        const bool isToken = name == "OAUTHBEARER" || name == "XOAUTH2";
        const auto mechanism
            = Sasl::create(name, isToken ? token(u"u"_qs, u"t"_qs) : password(u"u"_qs, u"p"_qs));
        QVERIFY2(mechanism, name.constData());
        QCOMPARE(mechanism->name(), name);
        QVERIFY(mechanism->exchangesSecrets());
    }
}

void TestSasl::plain_data()
{
    QTest::addColumn<QString>("authzid");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("without authzid") << QString() << u"tim"_qs << u"tanstaaftanstaaf"_qs
                                     << QByteArray("\0tim\0tanstaaftanstaaf", 21);
    // RFC 4616 §4 example: authzid "Ursel", authcid "Kurt", password "xipj3plmq".
    QTest::newRow("with authzid") << u"Ursel"_qs << u"Kurt"_qs << u"xipj3plmq"_qs
                                  << QByteArray("Ursel\0Kurt\0xipj3plmq", 20);
    QTest::newRow("utf-8") << QString() << u"j\u00fcrgen"_qs << u"p\u00e4ss"_qs
                           << QByteArray("\0j\xc3\xbcrgen\0p\xc3\xa4ss", 14);
}

void TestSasl::plain()
{
    QFETCH(QString, authzid);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(QByteArray, expected);

    const auto mechanism = Sasl::create("PLAIN", password(user, secret, authzid));
    QVERIFY(mechanism);
    QVERIFY(!mechanism->isComplete());
    const auto initial = mechanism->initialResponse();
    QVERIFY(initial.has_value());
    QCOMPARE(*initial, expected);
    QVERIFY(mechanism->isComplete());
    // PLAIN has one message: anything more from the server is an error.
    QVERIFY(!mechanism->respond("more?").error.isEmpty());
}

void TestSasl::plainWithoutInitialResponse()
{
    const auto mechanism = Sasl::create("PLAIN", password(u"tim"_qs, u"pw"_qs));
    QVERIFY(mechanism);
    const SaslMechanism::Step step = mechanism->respond({});
    QVERIFY(step.error.isEmpty());
    QCOMPARE(step.response, QByteArray("\0tim\0pw", 7));
    QVERIFY(mechanism->isComplete());
    QVERIFY(!mechanism->respond({}).error.isEmpty());
}

void TestSasl::plainRejectsNul()
{
    // A NUL in the user name would let it smuggle in a different authorisation identity.
    const auto mechanism = Sasl::create("PLAIN", password(QString(u"tim\0admin"_qs), u"pw"_qs));
    QVERIFY(mechanism);
    QVERIFY(!mechanism->initialResponse().has_value());
    QVERIFY(!mechanism->respond({}).error.isEmpty());
    QVERIFY(!mechanism->isComplete());
}

void TestSasl::loginAnswersByStepOrder()
{
    const auto mechanism = Sasl::create("LOGIN", password(u"tim"_qs, u"secret"_qs));
    QVERIFY(mechanism);
    QVERIFY(!mechanism->initialResponse().has_value());
    // The prompts are deliberately swapped: the answers follow the step order, not the text.
    SaslMechanism::Step step = mechanism->respond("Password:");
    QVERIFY(step.error.isEmpty());
    QCOMPARE(step.response, QByteArray("tim"));
    QVERIFY(!mechanism->isComplete());
    step = mechanism->respond("Username:");
    QVERIFY(step.error.isEmpty());
    QCOMPARE(step.response, QByteArray("secret"));
    QVERIFY(mechanism->isComplete());
    QVERIFY(!mechanism->respond("Password:").error.isEmpty());
}

void TestSasl::cramMd5Rfc2195()
{
    // RFC 2195 §2.
    const auto mechanism = Sasl::create("CRAM-MD5", password(u"tim"_qs, u"tanstaaftanstaaf"_qs));
    QVERIFY(mechanism);
    QVERIFY(!mechanism->initialResponse().has_value());
    QVERIFY(!mechanism->isComplete());
    const SaslMechanism::Step step
        = mechanism->respond("<1896.697170952@postoffice.reston.mci.net>");
    QVERIFY(step.error.isEmpty());
    QCOMPARE(step.response, QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
    QVERIFY(mechanism->isComplete());
}

void TestSasl::cramMd5RejectsEmptyAndSecondChallenge()
{
    auto mechanism = Sasl::create("CRAM-MD5", password(u"tim"_qs, u"pw"_qs));
    QVERIFY(!mechanism->respond({}).error.isEmpty());
    QVERIFY(!mechanism->isComplete());

    mechanism = Sasl::create("CRAM-MD5", password(u"tim"_qs, u"pw"_qs));
    QVERIFY(mechanism->respond("<1.2@host>").error.isEmpty());
    QVERIFY(!mechanism->respond("<3.4@host>").error.isEmpty());
}

void TestSasl::scramRfcExamples_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QByteArray>("clientFinal");
    QTest::addColumn<QByteArray>("serverFinal");

    QTest::newRow("RFC 5802 SCRAM-SHA-1")
        << QByteArray("SCRAM-SHA-1") << kRfc5802Nonce << kRfc5802ServerFirst << kRfc5802ClientFinal
        << kRfc5802ServerFinal;
    QTest::newRow("RFC 7677 SCRAM-SHA-256")
        << QByteArray("SCRAM-SHA-256") << kRfc7677Nonce << kRfc7677ServerFirst
        << kRfc7677ClientFinal << kRfc7677ServerFinal;
}

void TestSasl::scramRfcExamples()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, serverFirst);
    QFETCH(QByteArray, clientFinal);
    QFETCH(QByteArray, serverFinal);

    const auto mechanism
        = Sasl::createScramForTest(name, password(u"user"_qs, u"pencil"_qs), nonce);
    QVERIFY(mechanism);
    QCOMPARE(mechanism->name(), name);

    const auto initial = mechanism->initialResponse();
    QVERIFY(initial.has_value());
    QCOMPARE(*initial, "n,,n=user,r=" + nonce);
    QVERIFY(!mechanism->isComplete());

    SaslMechanism::Step step = mechanism->respond(serverFirst);
    QCOMPARE(step.error, QString());
    QCOMPARE(step.response, clientFinal);
    QVERIFY(!mechanism->isComplete());

    step = mechanism->respond(serverFinal);
    QCOMPARE(step.error, QString());
    QCOMPARE(step.response, QByteArray());
    QVERIFY(mechanism->isComplete());
}

void TestSasl::scramWithoutInitialResponse()
{
    const auto mechanism = Sasl::createScramForTest(
        "SCRAM-SHA-1", password(u"user"_qs, u"pencil"_qs), kRfc5802Nonce);
    QVERIFY(mechanism);
    SaslMechanism::Step step = mechanism->respond({});
    QCOMPARE(step.error, QString());
    QCOMPARE(step.response, "n,,n=user,r=" + kRfc5802Nonce);
    step = mechanism->respond(kRfc5802ServerFirst);
    QCOMPARE(step.response, kRfc5802ClientFinal);
    QVERIFY(mechanism->respond(kRfc5802ServerFinal).error.isEmpty());
    QVERIFY(mechanism->isComplete());
}

void TestSasl::scramAuthzid()
{
    const auto mechanism = Sasl::createScramForTest(
        "SCRAM-SHA-1", password(u"user"_qs, u"pencil"_qs, u"ad,min"_qs), kRfc5802Nonce);
    QVERIFY(mechanism);
    QCOMPARE(*mechanism->initialResponse(), "n,a=ad=2Cmin,n=user,r=" + kRfc5802Nonce);
    const SaslMechanism::Step step = mechanism->respond(kRfc5802ServerFirst);
    QCOMPARE(step.error, QString());
    // c= carries the whole GS2 header, authzid included (RFC 5802 §7).
    const QByteArray expectedPrefix
        = "c=" + QByteArray("n,a=ad=2Cmin,").toBase64() + ",r=fyko+d2lbbFgONRv9qkxdawL";
    QVERIFY2(step.response.startsWith(expectedPrefix), step.response.constData());
    // The proof covers the GS2 header, so it differs from the example without authzid.
    QVERIFY(!step.response.endsWith("p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts="));
}

void TestSasl::scramUsernameEscaping_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("escaped");

    QTest::newRow("plain") << u"user"_qs << QByteArray("user");
    QTest::newRow("equals") << u"a=b"_qs << QByteArray("a=3Db");
    QTest::newRow("comma") << u"a,b"_qs << QByteArray("a=2Cb");
    QTest::newRow("both, repeated") << u"=,=,"_qs << QByteArray("=3D=2C=3D=2C");
    QTest::newRow("looks escaped") << u"=2C"_qs << QByteArray("=3D2C");
    QTest::newRow("utf-8") << u"j\u00fcrgen"_qs << QByteArray("j\xc3\xbcrgen");
}

void TestSasl::scramUsernameEscaping()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, escaped);

    const auto mechanism
        = Sasl::createScramForTest("SCRAM-SHA-256", password(user, u"pw"_qs), "nonce");
    QVERIFY(mechanism);
    QCOMPARE(*mechanism->initialResponse(), "n,,n=" + escaped + ",r=nonce");
}

void TestSasl::scramRandomNonce()
{
    static const QRegularExpression pattern(u"^n,,n=user,r=([A-Za-z0-9+/]{32})$"_qs);
    const auto first = Sasl::create("SCRAM-SHA-256", password(u"user"_qs, u"pw"_qs));
    const auto second = Sasl::create("SCRAM-SHA-256", password(u"user"_qs, u"pw"_qs));
    QVERIFY(first && second);
    const QByteArray a = *first->initialResponse();
    const QByteArray b = *second->initialResponse();
    const auto matchA = pattern.match(QString::fromLatin1(a));
    const auto matchB = pattern.match(QString::fromLatin1(b));
    QVERIFY2(matchA.hasMatch(), a.constData());
    QVERIFY2(matchB.hasMatch(), b.constData());
    // 24 bytes of entropy each.
    QCOMPARE(QByteArray::fromBase64(matchA.captured(1).toLatin1()).size(), 24);
    QVERIFY(matchA.captured(1) != matchB.captured(1));
}

void TestSasl::scramPasswordPreparation_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("equivalent");

    // RFC 4013 §3 examples.
    QTest::newRow("soft hyphen") << u"I\u00adX"_qs << u"IX"_qs;
    QTest::newRow("roman numeral nine") << u"\u2168"_qs << u"IX"_qs;
    QTest::newRow("feminine ordinal") << u"\u00aa"_qs << u"a"_qs;
    QTest::newRow("no-break space") << u"a\u00a0b"_qs << u"a b"_qs;
    QTest::newRow("ogham space") << u"a\u1680b"_qs << u"a b"_qs;
    QTest::newRow("zero-width space") << u"a\u200bb"_qs << u"ab"_qs;
}

void TestSasl::scramPasswordPreparation()
{
    QFETCH(QString, secret);
    QFETCH(QString, equivalent);

    const auto proofFor = [](const QString &passwordText) {
        auto mechanism = Sasl::createScramForTest(
            "SCRAM-SHA-1", password(u"user"_qs, passwordText), kRfc5802Nonce);
        (void)mechanism->initialResponse();
        return mechanism->respond(kRfc5802ServerFirst).response;
    };
    const QByteArray proof = proofFor(secret);
    QVERIFY(!proof.isEmpty());
    QCOMPARE(proof, proofFor(equivalent));
    QVERIFY(proof != proofFor(u"something else"_qs));
}

void TestSasl::scramHostileServerFirst_data()
{
    QTest::addColumn<QByteArray>("serverFirst");

    const QByteArray salt = ",s=QSXCR+Q6sek8bf92";
    const QByteArray nonce = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j";

    QTest::newRow("wrong nonce prefix")
        << QByteArray("r=XXXX+d2lbbFgONRv9qkxdawL3rfc" + salt + ",i=4096");
    QTest::newRow("nonce shorter than ours") << QByteArray("r=fyko+d2lbbFg" + salt + ",i=4096");
    QTest::newRow("nonce with control character")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL\x7f" + salt + ",i=4096");
    QTest::newRow("empty nonce") << QByteArray("r=" + salt + ",i=4096");
    QTest::newRow("iterations 4095") << nonce + salt + ",i=4095";
    QTest::newRow("iterations 1") << nonce + salt + ",i=1";
    QTest::newRow("iterations 0") << nonce + salt + ",i=0";
    QTest::newRow("iterations negative") << nonce + salt + ",i=-4096";
    QTest::newRow("iterations with sign") << nonce + salt + ",i=+4096";
    QTest::newRow("iterations leading zero") << nonce + salt + ",i=04096";
    QTest::newRow("iterations not a number") << nonce + salt + ",i=lots";
    QTest::newRow("iterations overflow") << nonce + salt + ",i=99999999999999999999";
    QTest::newRow("iterations too many") << nonce + salt + ",i=1000001";
    QTest::newRow("iterations empty") << nonce + salt + ",i=";
    QTest::newRow("missing salt") << nonce + ",i=4096";
    QTest::newRow("empty salt") << nonce + ",s=,i=4096";
    QTest::newRow("salt not base64") << nonce + ",s=*not base64*,i=4096";
    QTest::newRow("missing iterations") << nonce + salt;
    QTest::newRow("missing nonce") << QByteArray(salt.mid(1) + ",i=4096");
    QTest::newRow("wrong order") << QByteArray(salt.mid(1) + "," + nonce + ",i=4096");
    QTest::newRow("mandatory extension") << QByteArray("m=ext," + nonce + salt + ",i=4096");
    QTest::newRow("server error") << QByteArray("e=other-error");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no attributes") << QByteArray("garbage");
    QTest::newRow("empty attribute") << nonce + ",," + salt.mid(1) + ",i=4096";
    QTest::newRow("trailing comma") << nonce + salt + ",i=4096,";
    QTest::newRow("attribute name not a letter") << nonce + salt + ",i=4096,1=x";
    QTest::newRow("uppercase name for r") << QByteArray("R=" + nonce.mid(2) + salt + ",i=4096");
}

void TestSasl::scramHostileServerFirst()
{
    QFETCH(QByteArray, serverFirst);

    const auto mechanism = Sasl::createScramForTest(
        "SCRAM-SHA-1", password(u"user"_qs, u"pencil"_qs), kRfc5802Nonce);
    QVERIFY(mechanism);
    QVERIFY(mechanism->initialResponse().has_value());
    const SaslMechanism::Step step = mechanism->respond(serverFirst);
    QVERIFY(!step.error.isEmpty());
    QVERIFY(step.response.isEmpty());
    QVERIFY(!mechanism->isComplete());
    // Once failed, it stays failed: not even the genuine final message completes it.
    QVERIFY(!mechanism->respond(kRfc5802ServerFinal).error.isEmpty());
    QVERIFY(!mechanism->isComplete());
}

void TestSasl::scramAcceptsExtensionsAndHighIterations()
{
    // Unknown optional extensions after i= are ignored (RFC 5802 §7). The count is the
    // example's: the proof changes with it, so only the shape is checked here.
    auto mechanism = Sasl::createScramForTest(
        "SCRAM-SHA-1", password(u"user"_qs, u"pencil"_qs), kRfc5802Nonce);
    (void)mechanism->initialResponse();
    SaslMechanism::Step step = mechanism->respond(kRfc5802ServerFirst + ",x=future");
    QCOMPARE(step.error, QString());
    QVERIFY(step.response.startsWith("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfc"));

    // A nonce equal to ours (the server added nothing) is still a match.
    mechanism = Sasl::createScramForTest(
        "SCRAM-SHA-1", password(u"user"_qs, u"pencil"_qs), kRfc5802Nonce);
    (void)mechanism->initialResponse();
    step = mechanism->respond("r=" + kRfc5802Nonce + ",s=QSXCR+Q6sek8bf92,i=10000");
    QCOMPARE(step.error, QString());
}

void TestSasl::scramHostileServerFinal_data()
{
    QTest::addColumn<QByteArray>("serverFinal");
    QTest::addColumn<QString>("errorContains");

    // The example's signature with one bit flipped.
    QTest::newRow("wrong signature") << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKU=") << QString();
    // The RFC 7677 signature: valid, but for another exchange.
    QTest::newRow("other exchange's signature") << kRfc7677ServerFinal << QString();
    QTest::newRow("truncated signature") << QByteArray("v=rmF9pqV8S7suAoZWja4d") << QString();
    QTest::newRow("empty signature") << QByteArray("v=") << QString();
    QTest::newRow("signature not base64")
        << QByteArray("v=*rmF9pqV8S7suAoZWja4dJRkFsKQ=") << QString();
    QTest::newRow("server error") << QByteArray("e=invalid-proof") << u"invalid-proof"_qs;
    QTest::newRow("other attribute") << QByteArray("x=rmF9pqV8S7suAoZWja4dJRkFsKQ=") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("no attributes") << QByteArray("ok") << QString();
    QTest::newRow("signature after comma")
        << QByteArray(",v=rmF9pqV8S7suAoZWja4dJRkFsKQ=") << QString();
}

void TestSasl::scramHostileServerFinal()
{
    QFETCH(QByteArray, serverFinal);
    QFETCH(QString, errorContains);

    const auto mechanism = scramAwaitingServerFinal();
    QVERIFY(mechanism);
    const SaslMechanism::Step step = mechanism->respond(serverFinal);
    QVERIFY(!step.error.isEmpty());
    QVERIFY2(step.error.contains(errorContains), qPrintable(step.error));
    QVERIFY(!mechanism->isComplete());
    QVERIFY(!mechanism->respond(kRfc5802ServerFinal).error.isEmpty());
    QVERIFY(!mechanism->isComplete());
}

void TestSasl::scramSuccessWithoutVerifier()
{
    // The server reports success (235) right after the client-final message, never sending
    // v=: the session asks isComplete(), which must say no.
    const auto mechanism = scramAwaitingServerFinal();
    QVERIFY(mechanism);
    QVERIFY(!mechanism->isComplete());
}

void TestSasl::scramChallengeAfterVerification()
{
    const auto mechanism = scramAwaitingServerFinal();
    QVERIFY(mechanism);
    QVERIFY(mechanism->respond(kRfc5802ServerFinal).error.isEmpty());
    QVERIFY(mechanism->isComplete());
    QVERIFY(!mechanism->respond(kRfc5802ServerFinal).error.isEmpty());
    QVERIFY(!mechanism->isComplete());
}

void TestSasl::scramForTestRejectsBadArguments()
{
    const SaslCredentials credentials = password(u"user"_qs, u"pencil"_qs);
    QVERIFY(!Sasl::createScramForTest("PLAIN", credentials, "nonce"));
    QVERIFY(!Sasl::createScramForTest("SCRAM-SHA-1", credentials, "non,ce"));
    QVERIFY(!Sasl::createScramForTest("SCRAM-SHA-1", credentials, "non ce"));
    QVERIFY(!Sasl::createScramForTest("SCRAM-SHA-1", credentials, {}));
    QVERIFY(!Sasl::createScramForTest("SCRAM-SHA-1", token(u"user"_qs, u"t"_qs), "nonce"));
    QVERIFY(Sasl::createScramForTest("scram-sha-1", credentials, "nonce"));
}

void TestSasl::xoauth2()
{
    // The example of https://developers.google.com/gmail/imap/xoauth2-protocol.
    const auto mechanism = Sasl::create("XOAUTH2",
        token(u"someuser@example.com"_qs, u"ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"_qs));
    QVERIFY(mechanism);
    QVERIFY(!mechanism->isComplete());
    const auto initial = mechanism->initialResponse();
    QVERIFY(initial.has_value());
    QCOMPARE(*initial,
        QByteArray("user=someuser@example.com\x01"
                   "auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01"));
    QCOMPARE(initial->toBase64(),
        QByteArray("dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbV"
                   "RjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="));
    QVERIFY(mechanism->isComplete());
}

void TestSasl::xoauth2ErrorChallenge()
{
    const auto mechanism = Sasl::create("XOAUTH2", token(u"someuser@example.com"_qs, u"t"_qs));
    QVERIFY(mechanism->initialResponse().has_value());
    const QByteArray error
        = R"({"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"})";
    const SaslMechanism::Step step = mechanism->respond(error);
    QCOMPARE(step.error, QString());
    QCOMPARE(step.response, QByteArray());
    QVERIFY(!mechanism->isComplete());
    QVERIFY(!mechanism->respond(error).error.isEmpty());
}

void TestSasl::oauthBearer_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("authzid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("expected");

    const QString bearer = u"vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="_qs;
    // RFC 7628 §4.1.
    QTest::newRow("RFC 7628 example")
        << u"user@example.com"_qs << QString() << u"server.example.com"_qs << 143
        << QByteArray("n,a=user@example.com,\x01host=server.example.com\x01port=143\x01"
                      "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01");
    QTest::newRow("no host or port")
        << u"user@example.com"_qs << QString() << QString() << 0
        << QByteArray("n,a=user@example.com,\x01"
                      "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01");
    QTest::newRow("authzid, escaped")
        << u"user@example.com"_qs << u"sh=red,box"_qs << u"smtp.example.com"_qs << 587
        << QByteArray("n,a=sh=3Dred=2Cbox,\x01host=smtp.example.com\x01port=587\x01"
                      "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01");
    QTest::newRow("idn host") << u"u"_qs << QString() << u"b\u00fccher.example"_qs << 465
                              << QByteArray("n,a=u,\x01host=xn--bcher-kva.example\x01port=465\x01"
                                            "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg="
                                            "=\x01\x01");
}

void TestSasl::oauthBearer()
{
    QFETCH(QString, user);
    QFETCH(QString, authzid);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QByteArray, expected);

    const auto mechanism = Sasl::create("OAUTHBEARER",
        token(user, u"vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="_qs, authzid), host,
        quint16(port));
    QVERIFY(mechanism);
    const auto initial = mechanism->initialResponse();
    QVERIFY(initial.has_value());
    QCOMPARE(*initial, expected);
    QVERIFY(mechanism->isComplete());
    if (QByteArray(QTest::currentDataTag()) == "RFC 7628 example") {
        // The base64 as printed in RFC 7628 §4.1.
        QCOMPARE(initial->toBase64(),
            QByteArray("bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9"
                       "MTQzAWF1dGg9QmVhcmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhiSFJoZG1semRHRXVZ"
                       "Mjl0Q2c9PQEB"));
    }
}

void TestSasl::oauthBearerRfc7628Failure()
{
    // RFC 7628 §4.3: the token is refused; the client answers with a lone %x01.
    const auto mechanism = Sasl::create("OAUTHBEARER",
        token(u"user@example.com"_qs, u"vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="_qs),
        u"server.example.com"_qs, 143);
    QVERIFY(mechanism->initialResponse().has_value());
    const QByteArray challenge = QByteArray::fromBase64(
        "eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NvcGUiOiJleGFtcGxlX3Njb3BlIiwi"
        "b3BlbmlkLWNvbmZpZ3VyYXRpb24iOiJodHRwczovL2V4YW1wbGUuY29tLy53ZWxsLWtu"
        "b3duL29wZW5pZC1jb25maWd1cmF0aW9uIn0=");
    QVERIFY(challenge.startsWith("{\"status\":\"invalid_token\""));
    const SaslMechanism::Step step = mechanism->respond(challenge);
    QCOMPARE(step.error, QString());
    QCOMPARE(step.response, QByteArray("\x01"));
    QCOMPARE(step.response.toBase64(), QByteArray("AQ=="));
    QVERIFY(!mechanism->isComplete());
    QVERIFY(!mechanism->respond(challenge).error.isEmpty());
}

void TestSasl::tokenMechanismsRejectControlCharacters_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");

    // An ^A would end the field early and let the rest pose as another key.
    QTest::newRow("XOAUTH2 user") << QByteArray("XOAUTH2") << u"a\u0001auth=x"_qs << u"t"_qs;
    QTest::newRow("XOAUTH2 token") << QByteArray("XOAUTH2") << u"a"_qs << u"t\u0001\u0001"_qs;
    QTest::newRow("OAUTHBEARER user") << QByteArray("OAUTHBEARER") << u"a\u0001"_qs << u"t"_qs;
    QTest::newRow("OAUTHBEARER token") << QByteArray("OAUTHBEARER") << u"a"_qs << u"t\n"_qs;
}

void TestSasl::tokenMechanismsRejectControlCharacters()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, user);
    QFETCH(QString, secret);

    const auto mechanism = Sasl::create(name, token(user, secret));
    QVERIFY(mechanism);
    QVERIFY(!mechanism->initialResponse().has_value());
    QVERIFY(!mechanism->respond({}).error.isEmpty());
    QVERIFY(!mechanism->isComplete());
}

void TestSasl::choose_data()
{
    QTest::addColumn<QByteArrayList>("offered");
    QTest::addColumn<bool>("isToken");
    QTest::addColumn<QByteArray>("preferred");
    QTest::addColumn<QByteArray>("expected"); // empty: nullopt

    const QByteArrayList everything { "LOGIN", "PLAIN", "XOAUTH2", "CRAM-MD5", "OAUTHBEARER",
        "SCRAM-SHA-1", "SCRAM-SHA-256" };
    QTest::newRow("strongest password")
        << everything << false << QByteArray() << QByteArray("SCRAM-SHA-256");
    QTest::newRow("strongest token")
        << everything << true << QByteArray() << QByteArray("OAUTHBEARER");
    QTest::newRow("scram-sha-1 over cram") << QByteArrayList { "PLAIN", "CRAM-MD5", "SCRAM-SHA-1" }
                                           << false << QByteArray() << QByteArray("SCRAM-SHA-1");
    QTest::newRow("cram over plain") << QByteArrayList { "LOGIN", "PLAIN", "CRAM-MD5" } << false
                                     << QByteArray() << QByteArray("CRAM-MD5");
    QTest::newRow("plain over login")
        << QByteArrayList { "LOGIN", "PLAIN" } << false << QByteArray() << QByteArray("PLAIN");
    QTest::newRow("login only") << QByteArrayList { "LOGIN" } << false << QByteArray()
                                << QByteArray("LOGIN");
    QTest::newRow("xoauth2 only") << QByteArrayList { "PLAIN", "XOAUTH2" } << true << QByteArray()
                                  << QByteArray("XOAUTH2");
    QTest::newRow("token offered, password held")
        << QByteArrayList { "XOAUTH2", "OAUTHBEARER" } << false << QByteArray() << QByteArray();
    QTest::newRow("password offered, token held") << QByteArrayList { "PLAIN", "LOGIN",
        "SCRAM-SHA-256" } << true << QByteArray() << QByteArray();
    QTest::newRow("unknown only") << QByteArrayList { "GSSAPI", "NTLM", "SCRAM-SHA-256-PLUS" }
                                  << false << QByteArray() << QByteArray();
    QTest::newRow("nothing offered") << QByteArrayList {} << false << QByteArray() << QByteArray();
    QTest::newRow("lower-case offer") << QByteArrayList { "plain", "cram-md5" } << false
                                      << QByteArray() << QByteArray("CRAM-MD5");

    QTest::newRow("preferred weaker")
        << everything << false << QByteArray("PLAIN") << QByteArray("PLAIN");
    QTest::newRow("preferred lower-case")
        << everything << false << QByteArray("login") << QByteArray("LOGIN");
    QTest::newRow("preferred not offered")
        << QByteArrayList { "PLAIN", "LOGIN" } << false << QByteArray("CRAM-MD5") << QByteArray();
    QTest::newRow("preferred not implemented")
        << QByteArrayList { "GSSAPI", "PLAIN" } << false << QByteArray("GSSAPI") << QByteArray();
    QTest::newRow("preferred token, password held")
        << everything << false << QByteArray("XOAUTH2") << QByteArray();
    QTest::newRow("preferred password, token held")
        << everything << true << QByteArray("PLAIN") << QByteArray();
    QTest::newRow("preferred token")
        << everything << true << QByteArray("XOAUTH2") << QByteArray("XOAUTH2");
}

void TestSasl::choose()
{
    QFETCH(QByteArrayList, offered);
    QFETCH(bool, isToken);
    QFETCH(QByteArray, preferred);
    QFETCH(QByteArray, expected);

    const SaslCredentials credentials
        = isToken ? token(u"u"_qs, u"t"_qs) : password(u"u"_qs, u"p"_qs);
    const std::optional<QByteArray> chosen = Sasl::choose(offered, credentials, preferred);
    if (expected.isEmpty()) {
        QVERIFY2(!chosen.has_value(), chosen ? chosen->constData() : "");
    } else {
        QVERIFY(chosen.has_value());
        QCOMPARE(*chosen, expected);
        // Whatever choose() picks, create() makes.
        QVERIFY(Sasl::create(*chosen, credentials));
    }
}

void TestSasl::createFiltersByKind_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("isToken");
    QTest::addColumn<bool>("created");

    QTest::newRow("PLAIN, password") << QByteArray("PLAIN") << false << true;
    QTest::newRow("PLAIN, token") << QByteArray("PLAIN") << true << false;
    QTest::newRow("LOGIN, token") << QByteArray("LOGIN") << true << false;
    QTest::newRow("CRAM-MD5, token") << QByteArray("CRAM-MD5") << true << false;
    QTest::newRow("SCRAM-SHA-256, token") << QByteArray("SCRAM-SHA-256") << true << false;
    QTest::newRow("XOAUTH2, password") << QByteArray("XOAUTH2") << false << false;
    QTest::newRow("OAUTHBEARER, password") << QByteArray("OAUTHBEARER") << false << false;
    QTest::newRow("OAUTHBEARER, token") << QByteArray("OAUTHBEARER") << true << true;
    QTest::newRow("lower-case name") << QByteArray("scram-sha-1") << false << true;
    QTest::newRow("unknown") << QByteArray("GSSAPI") << false << false;
    QTest::newRow("-PLUS variant") << QByteArray("SCRAM-SHA-256-PLUS") << false << false;
    QTest::newRow("empty") << QByteArray() << false << false;
}

void TestSasl::createFiltersByKind()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, isToken);
    QFETCH(bool, created);

    const auto mechanism
        = Sasl::create(name, isToken ? token(u"u"_qs, u"t"_qs) : password(u"u"_qs, u"p"_qs));
    QCOMPARE(bool(mechanism), created);
    if (mechanism)
        QCOMPARE(mechanism->name(), name.toUpper());
}

QTEST_GUILESS_MAIN(TestSasl)
#include "tst_sasl.moc"
