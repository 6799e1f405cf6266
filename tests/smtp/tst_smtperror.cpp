// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// Tests of SmtpError: bands, categories, descriptions and the mapping of server replies.
#include "smtp/smtperror.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Category = SmtpError::Category;

Q_DECLARE_METATYPE(SmtpError::Code)
Q_DECLARE_METATYPE(SmtpError::Category)

namespace {

SmtpReply reply(const QByteArray &bytes)
{
    const std::optional<SmtpReply> parsed = SmtpReplyParser::parseOne(bytes);
    if (!parsed)
        qFatal("test reply does not parse: %s", bytes.constData());
    return *parsed;
}

struct CodeRow
{
    SmtpError::Code code;
    const char *name;
    Category category;
};

// Every code, with the name JSON output relies on: keep in step with the enum.
const CodeRow AllCodes[] = {
    { SmtpError::NoError, "NoError", Category::None },
    { SmtpError::HostNotFound, "HostNotFound", Category::Network },
    { SmtpError::ConnectionRefused, "ConnectionRefused", Category::Network },
    { SmtpError::ConnectionClosed, "ConnectionClosed", Category::Network },
    { SmtpError::NetworkError, "NetworkError", Category::Network },
    { SmtpError::Timeout, "Timeout", Category::Network },
    { SmtpError::ConnectionLostAfterData, "ConnectionLostAfterData", Category::Network },
    { SmtpError::StartTlsNotOffered, "StartTlsNotOffered", Category::Tls },
    { SmtpError::StartTlsRefused, "StartTlsRefused", Category::Tls },
    { SmtpError::TlsHandshakeFailed, "TlsHandshakeFailed", Category::Tls },
    { SmtpError::CertificateUntrusted, "CertificateUntrusted", Category::Tls },
    { SmtpError::CertificatePinMismatch, "CertificatePinMismatch", Category::Tls },
    { SmtpError::TlsUnsupported, "TlsUnsupported", Category::Tls },
    { SmtpError::ServerNotOwn, "ServerNotOwn", Category::Tls },
    { SmtpError::AuthMechanismUnavailable, "AuthMechanismUnavailable", Category::Authentication },
    { SmtpError::AuthenticationFailed, "AuthenticationFailed", Category::Authentication },
    { SmtpError::AuthServerUnverified, "AuthServerUnverified", Category::Authentication },
    { SmtpError::AuthRequiresEncryption, "AuthRequiresEncryption", Category::Authentication },
    { SmtpError::CredentialsUnavailable, "CredentialsUnavailable", Category::Authentication },
    { SmtpError::TransientFailure, "TransientFailure", Category::Transient },
    { SmtpError::ServiceUnavailable, "ServiceUnavailable", Category::Transient },
    { SmtpError::TransactionLimitReached, "TransactionLimitReached", Category::Transient },
    { SmtpError::PermanentFailure, "PermanentFailure", Category::Permanent },
    { SmtpError::AllRecipientsRejected, "AllRecipientsRejected", Category::Permanent },
    { SmtpError::MessageTooLarge, "MessageTooLarge", Category::Permanent },
    { SmtpError::ProtocolViolation, "ProtocolViolation", Category::Protocol },
    { SmtpError::MalformedReply, "MalformedReply", Category::Protocol },
    { SmtpError::ReplyTooLong, "ReplyTooLong", Category::Protocol },
    { SmtpError::UnexpectedDataAfterStartTls, "UnexpectedDataAfterStartTls", Category::Protocol },
    { SmtpError::InvalidAddress, "InvalidAddress", Category::LocalInput },
    { SmtpError::NoRecipients, "NoRecipients", Category::LocalInput },
    { SmtpError::MessageUnreadable, "MessageUnreadable", Category::LocalInput },
    { SmtpError::EightBitNotSupported, "EightBitNotSupported", Category::LocalInput },
    { SmtpError::Utf8NotSupported, "Utf8NotSupported", Category::LocalInput },
    { SmtpError::InvalidConfiguration, "InvalidConfiguration", Category::LocalInput },
    { SmtpError::InvalidMessageData, "InvalidMessageData", Category::LocalInput },
    { SmtpError::Aborted, "Aborted", Category::Cancelled },
};

} // namespace

class TestSmtpError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCode_data();
    void everyCode();
    void descriptionsAreDistinct();
    void categoryNames();
    void fromReply_data();
    void fromReply();
    void toStringForms();
    void defaultIsNoError();
};

void TestSmtpError::everyCode_data()
{
    QTest::addColumn<SmtpError::Code>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Category>("category");
    for (const CodeRow &row : AllCodes)
        QTest::newRow(row.name) << row.code << QString::fromLatin1(row.name) << row.category;
}

void TestSmtpError::everyCode()
{
    QFETCH(SmtpError::Code, code);
    QFETCH(QString, name);
    QFETCH(Category, category);

    QCOMPARE(SmtpError::codeName(code), name);
    const SmtpError error(code);
    QCOMPARE(error.category(), category);
    QCOMPARE(error.isError(), code != SmtpError::NoError);
    const QString description = SmtpError::describe(code);
    QVERIFY(!description.isEmpty());
    QVERIFY(!description.endsWith(u'.')); // sentences are joined with ": " in toString()
    QCOMPARE(error.toString(), description);
}

void TestSmtpError::descriptionsAreDistinct()
{
    QSet<QString> seen;
    for (const CodeRow &row : AllCodes)
        seen.insert(SmtpError::describe(row.code));
    QCOMPARE(seen.size(), qsizetype(std::size(AllCodes)));
}

void TestSmtpError::categoryNames()
{
    QCOMPARE(SmtpError::categoryName(Category::None), u"none"_s);
    QCOMPARE(SmtpError::categoryName(Category::Network), u"network"_s);
    QCOMPARE(SmtpError::categoryName(Category::Tls), u"tls"_s);
    QCOMPARE(SmtpError::categoryName(Category::Authentication), u"authentication"_s);
    QCOMPARE(SmtpError::categoryName(Category::Transient), u"transient"_s);
    QCOMPARE(SmtpError::categoryName(Category::Permanent), u"permanent"_s);
    QCOMPARE(SmtpError::categoryName(Category::Protocol), u"protocol"_s);
    QCOMPARE(SmtpError::categoryName(Category::LocalInput), u"local-input"_s);
    QCOMPARE(SmtpError::categoryName(Category::Cancelled), u"cancelled"_s);
}

void TestSmtpError::fromReply_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<SmtpError::Code>("code");
    QTest::addColumn<Category>("category");

    QTest::newRow("421") << "421 4.3.2 Service shutting down\r\n"_ba
                         << SmtpError::ServiceUnavailable << Category::Transient;
    QTest::newRow("450") << "450 4.2.1 Mailbox busy\r\n"_ba << SmtpError::TransientFailure
                         << Category::Transient;
    QTest::newRow("451") << "451 4.3.0 Try later\r\n"_ba << SmtpError::TransientFailure
                         << Category::Transient;
    QTest::newRow("452") << "452 4.5.3 Too many recipients\r\n"_ba << SmtpError::TransientFailure
                         << Category::Transient;
    QTest::newRow("454") << "454 4.7.0 TLS not available\r\n"_ba << SmtpError::TransientFailure
                         << Category::Transient;
    QTest::newRow("550") << "550 5.1.1 No such user\r\n"_ba << SmtpError::PermanentFailure
                         << Category::Permanent;
    QTest::newRow("552") << "552 5.3.4 Message size exceeds fixed limit\r\n"_ba
                         << SmtpError::MessageTooLarge << Category::Permanent;
    QTest::newRow("552 without enhanced code")
        << "552 Too much mail data\r\n"_ba << SmtpError::MessageTooLarge << Category::Permanent;
    QTest::newRow("554 5.3.4") << "554 5.3.4 Message too big for system\r\n"_ba
                               << SmtpError::MessageTooLarge << Category::Permanent;
    QTest::newRow("554") << "554 5.7.1 Rejected\r\n"_ba << SmtpError::PermanentFailure
                         << Category::Permanent;
    QTest::newRow("535") << "535 5.7.8 Authentication credentials invalid\r\n"_ba
                         << SmtpError::PermanentFailure << Category::Permanent;
    QTest::newRow("250 is no error")
        << "250 2.0.0 Ok\r\n"_ba << SmtpError::ProtocolViolation << Category::Protocol;
    QTest::newRow("354 is no error")
        << "354 go\r\n"_ba << SmtpError::ProtocolViolation << Category::Protocol;
}

void TestSmtpError::fromReply()
{
    QFETCH(QByteArray, input);
    QFETCH(SmtpError::Code, code);
    QFETCH(Category, category);

    const SmtpReply serverReply = reply(input);
    const SmtpError error = SmtpError::fromReply(serverReply, u"MAIL FROM"_s);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.category(), category);
    QCOMPARE(error.serverReply().code, serverReply.code);
    QVERIFY(error.detail().contains(u"MAIL FROM"));
    QVERIFY(error.toString().contains(serverReply.summary()));
}

void TestSmtpError::toStringForms()
{
    QCOMPARE(SmtpError(SmtpError::InvalidAddress, u"bob@"_s).toString(),
        SmtpError::describe(SmtpError::InvalidAddress) + u": bob@"_s);

    const SmtpError refused
        = SmtpError::fromReply(reply("550 5.7.1 Relaying denied\r\n"_ba), u"RCPT TO"_s);
    QCOMPARE(refused.toString(),
        SmtpError::describe(SmtpError::PermanentFailure)
            + u": RCPT TO refused (server said: 550 5.7.1 Relaying denied)"_s);

    const SmtpError noContext = SmtpError::fromReply(reply("451 later\r\n"_ba), QString());
    QVERIFY(noContext.detail().isEmpty());
    QCOMPARE(noContext.toString(),
        SmtpError::describe(SmtpError::TransientFailure) + u" (server said: 451 later)"_s);

    // Server text cannot break the message into lines or smuggle escape sequences.
    const SmtpError hostile
        = SmtpError::fromReply(reply("554-line one\r\n554 \x1b[2Jline two\r\n"_ba), u"DATA"_s);
    QVERIFY(!hostile.toString().contains(u'\n'));
    QVERIFY(!hostile.toString().contains(QChar(0x1b)));
}

void TestSmtpError::defaultIsNoError()
{
    const SmtpError none;
    QVERIFY(!none.isError());
    QCOMPARE(none.code(), SmtpError::NoError);
    QCOMPARE(none.category(), Category::None);
    QCOMPARE(none.serverReply().code, 0);
}

QTEST_GUILESS_MAIN(TestSmtpError)
#include "tst_smtperror.moc"
