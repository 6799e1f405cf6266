// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// CredentialsRequest: which user name, which secret and which kind each service of an account
// gets, read through a real password command; nothing is run for a service without a user.
#include "accounts/credentialsrequest.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class CredentialsRequestTest : public QObject
{
    Q_OBJECT

private:
    static Account account()
    {
        Account a;
        a.name = QStringLiteral("work");
        a.smtp.user = QStringLiteral("ada@example.org");
        a.smtpSecret.kind = SecretSource::Kind::Command;
        a.smtpSecret.command = QStringLiteral("printf 'smtp secret\\nsecond line'");
        MailboxServerSettings imap;
        imap.user = QStringLiteral("ada-imap");
        a.imap = imap;
        MailboxServerSettings pop3;
        pop3.protocol = MailboxServerSettings::Protocol::Pop3;
        pop3.user = QStringLiteral("ada-pop");
        a.pop3 = pop3;
        a.mailboxSecret.kind = SecretSource::Kind::Command;
        a.mailboxSecret.command = QStringLiteral("echo mailbox-secret");
        a.mailboxSecret.credentialKind = SaslCredentials::Kind::OAuthToken;
        return a;
    }

    // Runs the request to its end; finished() must come once, and only after start() returned.
    static SaslCredentials finish(CredentialsRequest *request, QString *error = nullptr)
    {
        QSignalSpy finished(request, &CredentialsRequest::finished);
        [&] { QVERIFY(!request->isFinished()); }();
        [&] { QVERIFY(finished.wait(10'000)); }();
        QCoreApplication::processEvents();
        [&] { QCOMPARE(finished.size(), 1); }();
        if (error)
            *error = request->errorString();
        return request->credentials();
    }

private Q_SLOTS:
    void eachServiceGetsItsOwnUserSecretAndKind_data()
    {
        QTest::addColumn<int>("service");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("token");
        QTest::newRow("smtp") << int(CredentialsRequest::Service::Smtp)
                              << QStringLiteral("ada@example.org") << QStringLiteral("smtp secret")
                              << false;
        QTest::newRow("imap") << int(CredentialsRequest::Service::Imap)
                              << QStringLiteral("ada-imap") << QStringLiteral("mailbox-secret")
                              << true;
        QTest::newRow("pop3") << int(CredentialsRequest::Service::Pop3) << QStringLiteral("ada-pop")
                              << QStringLiteral("mailbox-secret") << true;
    }

    void eachServiceGetsItsOwnUserSecretAndKind()
    {
        QFETCH(int, service);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(bool, token);
        std::unique_ptr<CredentialsRequest> request(
            CredentialsRequest::start(account(), CredentialsRequest::Service(service)));
        QString error;
        const SaslCredentials credentials = finish(request.get(), &error);
        QVERIFY2(request->isOk(), qPrintable(error));
        QCOMPARE(credentials.user, user);
        QCOMPARE(credentials.secret, secret);
        QCOMPARE(credentials.kind,
            token ? SaslCredentials::Kind::OAuthToken : SaslCredentials::Kind::Password);

        const SaslCredentials identity
            = CredentialsRequest::identity(account(), CredentialsRequest::Service(service));
        QCOMPARE(identity.user, user);
        QVERIFY(identity.secret.isEmpty());
        QCOMPARE(identity.kind, credentials.kind);
    }

    void noUserMeansNoSecretIsRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString marker = dir.filePath(QStringLiteral("ran"));
        Account a = account();
        a.smtp.user.clear();
        a.smtpSecret.command = QStringLiteral("touch '%1'; echo secret").arg(marker);
        a.imap.reset();
        a.mailboxSecret.command = a.smtpSecret.command;
        for (const auto service :
            { CredentialsRequest::Service::Smtp, CredentialsRequest::Service::Imap }) {
            std::unique_ptr<CredentialsRequest> request(CredentialsRequest::start(a, service));
            const SaslCredentials credentials = finish(request.get());
            QVERIFY(request->isOk());
            QVERIFY(credentials.user.isEmpty());
            QVERIFY(credentials.secret.isEmpty());
        }
        QVERIFY2(!QFile::exists(marker), "the password command ran for a service without a user");
    }

    void aFailingPasswordCommandIsAnError()
    {
        Account a = account();
        a.smtpSecret.command = QStringLiteral("echo 'no such token' >&2; exit 3");
        std::unique_ptr<CredentialsRequest> request(
            CredentialsRequest::start(a, CredentialsRequest::Service::Smtp));
        QString error;
        const SaslCredentials credentials = finish(request.get(), &error);
        QVERIFY(!request->isOk());
        QVERIFY(!error.isEmpty());
        QVERIFY(credentials.secret.isEmpty());
    }

    void aRequestGivenUpOnStopsItsCommand()
    {
        // A cancelled account check deletes its request while the command still runs: the
        // command is stopped, without QProcess's "destroyed while still running".
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("still-ran"));
        Account a = account();
        a.smtpSecret.command = QStringLiteral("sleep 2; touch '%1'; echo late").arg(marker);
        QTest::failOnWarning(QRegularExpression(QStringLiteral("QProcess")));
        std::unique_ptr<CredentialsRequest> request(
            CredentialsRequest::start(a, CredentialsRequest::Service::Smtp));
        QTest::qWait(200);
        request.reset();
        QTest::qWait(2'500);
        QVERIFY2(
            !QFile::exists(marker), "the password command went on after its request was deleted");
    }
};

QTEST_GUILESS_MAIN(CredentialsRequestTest)
#include "tst_credentialsrequest.moc"
