// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// AccountCheck against real loopback peers: aiosmtpd with and without AUTH, Dovecot's IMAP and
// POP3 (tests/support/dovecot.h), a wrong password, a password command that fails, a
// certificate the account does not trust (and the same one pinned), and a server that never
// answers, to be cancelled. Secrets come through real password commands.
#include "accounts/accountcheck.h"
#include "dovecot.h"
#include "serverprocess.h"
#include "testca.h"
#include "transcriptcheck.h"

#include "smtp/smtpserversettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Service = AccountCheck::Service;
using Outcome = AccountCheckResult::Outcome;

const QString SmtpUser = QStringLiteral("ada");
const QString SmtpPassword = QStringLiteral("smtp-s3cret-hunter2");

// Everything one run of a check reported, in order.
struct Run
{
    QList<AccountCheckServer> started;
    QList<AccountCheckStep> steps;
    QList<TranscriptEntry> transcript;
    QList<QPair<AccountCheckServer, QList<QSslCertificate>>> certificates;
    QList<AccountCheckResult> finishedServices;
    QList<AccountCheckResult> results;
    int finishedCount = 0;
    int signalsAfterFinished = 0;
    bool ok = false;

    [[nodiscard]] QStringList stepTexts(Service service, AccountCheckStep::Kind kind) const
    {
        QStringList texts;
        for (const AccountCheckStep &step : steps) {
            if (step.service == service && step.kind == kind)
                texts << step.text;
        }
        return texts;
    }
    [[nodiscard]] AccountCheckResult result(Service service) const
    {
        return results.value(int(service));
    }
    [[nodiscard]] QString transcriptText() const { return formatTranscript(transcript); }
};

// Connects a Run to the check's signals.
void record(AccountCheck &check, Run &run)
{
    auto afterEnd = [&run] {
        if (run.finishedCount > 0)
            ++run.signalsAfterFinished;
    };
    QObject::connect(&check, &AccountCheck::serviceStarted, [&run, afterEnd](const auto &server) {
        afterEnd();
        run.started << server;
    });
    QObject::connect(&check, &AccountCheck::step, [&run, afterEnd](const AccountCheckStep &step) {
        afterEnd();
        run.steps << step;
    });
    QObject::connect(
        &check, &AccountCheck::transcriptEntry, [&run, afterEnd](const TranscriptEntry &entry) {
            afterEnd();
            run.transcript << entry;
        });
    QObject::connect(&check, &AccountCheck::untrustedCertificate,
        [&run, afterEnd](const AccountCheckServer &server, const QList<QSslCertificate> &chain) {
            afterEnd();
            run.certificates << qMakePair(server, chain);
        });
    QObject::connect(
        &check, &AccountCheck::serviceFinished, [&run, afterEnd](const AccountCheckResult &result) {
            afterEnd();
            run.finishedServices << result;
        });
    QObject::connect(&check, &AccountCheck::finished, [&run] { ++run.finishedCount; });
}

// Runs a check to its end; nothing may come from start() itself, nor after finished().
Run runCheck(const Account &account, const std::function<void(AccountCheck &)> &prepare = {})
{
    Run run;
    AccountCheck check(account);
    check.setTimeout(10'000);
    if (prepare)
        prepare(check);
    record(check, run);
    check.start();
    [&] {
        QVERIFY(check.isRunning());
        QVERIFY(run.started.isEmpty()); // nothing from within start()
    }();
    (void)QTest::qWaitFor([&] { return run.finishedCount > 0; }, 60'000);
    QTest::qWait(50);
    run.results = check.results();
    run.ok = check.isOk();
    [&] { QVERIFY(check.isFinished()); }();
    if (qEnvironmentVariableIsSet("OUTBOUND_TEST_TRANSCRIPTS")) {
        for (const TranscriptEntry &entry : std::as_const(run.transcript))
            qInfo().noquote() << entry.toDisplayLine();
        for (const AccountCheckStep &step : std::as_const(run.steps))
            qInfo().noquote() << AccountCheck::serviceName(step.service) << step.text;
    }
    return run;
}

} // namespace

class tst_AccountCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void smtpWithoutAuthLearnsSizeLimit();
    void smtpWithoutSizeLimit();
    void smtpImapAndPop3LogIn();
    void wrongPasswordTriesEveryServer();
    void unreadableSecretConnectsNothing();
    void givenSecretWinsOverTheAccounts();
    void untrustedSmtpCertificateThenPinned();
    void untrustedMailboxCertificate();
    void cancelWhileConnected();
    void cancelWhileReadingTheSecret();

private:
    [[nodiscard]] QString passwordCommand(const QString &secret);
    [[nodiscard]] Account smtpAccount(quint16 port, ConnectionSecurity security) const;
    // STARTTLS and AUTH as SmtpUser, with the SMTP secret from `command`.
    [[nodiscard]] static SmtpTestServer::Options authOptions();
    [[nodiscard]] Account authAccount(quint16 port, const QString &command) const;
    [[nodiscard]] MailboxServerSettings mailbox(
        MailboxServerSettings::Protocol protocol, ConnectionSecurity security) const;
    static void verifyNoSecret(const Run &run, const QStringList &secrets);

    QTemporaryDir m_dir;
    int m_commands = 0;
    std::unique_ptr<DovecotServer> m_dovecot;
};

void tst_AccountCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!DovecotServer::isAvailable())
        return; // the Dovecot tests skip one by one
    m_dovecot = std::make_unique<DovecotServer>();
    QVERIFY2(m_dovecot->start(), qPrintable(m_dovecot->errorString()));
}

QString tst_AccountCheck::passwordCommand(const QString &secret)
{
    // The secret in a file, never on a command line a transcript could show.
    const QString path = m_dir.filePath(QStringLiteral("secret%1").arg(++m_commands));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(secret.toUtf8() + '\n') < 0)
        qFatal("cannot write %s", qPrintable(path));
    return QStringLiteral("cat '%1'").arg(path);
}

Account tst_AccountCheck::smtpAccount(quint16 port, ConnectionSecurity security) const
{
    Account account;
    account.name = QStringLiteral("check");
    account.address = QStringLiteral("ada@example.org");
    account.smtp.host = QStringLiteral("localhost");
    account.smtp.port = port;
    account.smtp.security = security;
    account.smtp.trust.caFile = TestCa::instance().caCertPath();
    return account;
}

SmtpTestServer::Options tst_AccountCheck::authOptions()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::StartTls;
    options.users = { { SmtpUser, SmtpPassword } };
    return options;
}

Account tst_AccountCheck::authAccount(quint16 port, const QString &command) const
{
    Account account = smtpAccount(port, ConnectionSecurity::StartTls);
    account.smtp.user = SmtpUser;
    account.smtpSecret.kind = SecretSource::Kind::Command;
    account.smtpSecret.command = command;
    return account;
}

MailboxServerSettings tst_AccountCheck::mailbox(
    MailboxServerSettings::Protocol protocol, ConnectionSecurity security) const
{
    MailboxServerSettings settings;
    settings.protocol = protocol;
    settings.host = m_dovecot->host();
    settings.security = security;
    const bool implicitTls = security == ConnectionSecurity::ImplicitTls;
    if (protocol == MailboxServerSettings::Protocol::Imap)
        settings.port = implicitTls ? m_dovecot->imapsPort() : m_dovecot->imapPort();
    else
        settings.port = implicitTls ? m_dovecot->pop3sPort() : m_dovecot->pop3Port();
    settings.user = DovecotServer::user();
    settings.trust.caFile = m_dovecot->caFile();
    return settings;
}

void tst_AccountCheck::verifyNoSecret(const Run &run, const QStringList &secrets)
{
    QVERIFY(!run.transcript.isEmpty());
    const QString leak = saslChallengeIn(run.transcriptText());
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    for (const QString &secret : secrets) {
        const QStringList forbidden = {
            secret,
            QString::fromLatin1(secret.toUtf8().toBase64()),
            QString::fromLatin1(secret.toUtf8().toHex()),
        };
        for (const TranscriptEntry &entry : run.transcript) {
            for (const QString &bad : forbidden)
                QVERIFY2(!entry.text.contains(bad), qPrintable(entry.text));
        }
        for (const AccountCheckStep &step : run.steps)
            QVERIFY2(!step.text.contains(secret), qPrintable(step.text));
    }
}

void tst_AccountCheck::smtpWithoutAuthLearnsSizeLimit()
{
    SmtpTestServer::Options options;
    options.sizeLimit = 123456;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    const Run run = runCheck(smtpAccount(server.port(), ConnectionSecurity::None));
    QCOMPARE(run.finishedCount, 1);
    QCOMPARE(run.signalsAfterFinished, 0);
    QVERIFY(run.ok);
    QCOMPARE(run.started.size(), 1);
    QCOMPARE(run.started.first().service, Service::Smtp);
    QCOMPARE(run.started.first().port, server.port());
    QCOMPARE(run.started.first().security, ConnectionSecurity::None);

    const AccountCheckResult smtp = run.result(Service::Smtp);
    QCOMPARE(smtp.outcome, Outcome::Ok);
    QVERIFY(!smtp.smtpError.isError());
    QVERIFY(smtp.errorString.isEmpty());
    QVERIFY(smtp.smtpReady);
    QCOMPARE(smtp.sizeLimit, std::optional<qint64>(123456));
    QCOMPARE(run.result(Service::Imap).outcome, Outcome::Skipped);
    QCOMPARE(run.result(Service::Pop3).outcome, Outcome::Skipped);
    QCOMPARE(run.finishedServices.size(), 1);

    // The conversation as a person reads it; no login without a user, nothing sent.
    const QStringList progress = run.stepTexts(Service::Smtp, AccountCheckStep::Kind::Progress);
    QCOMPARE(progress,
        (QStringList { QStringLiteral("connecting"), QStringLiteral("waiting for the greeting"),
            QStringLiteral("saying EHLO"), QStringLiteral("ready") }));
    const QStringList details = run.stepTexts(Service::Smtp, AccountCheckStep::Kind::Detail);
    QCOMPARE(details.size(), 2);
    QVERIFY2(details.first().startsWith(QStringLiteral("the server offers "))
            && details.first().contains(QStringLiteral("123456")),
        qPrintable(details.first()));
    QCOMPARE(details.last(), QStringLiteral("saying goodbye"));
    const QString wire = run.transcriptText();
    QVERIFY2(wire.contains(QStringLiteral("C: QUIT")), qPrintable(wire));
    QVERIFY(!wire.contains(QStringLiteral("C: AUTH")));
    QVERIFY(!wire.contains(QStringLiteral("C: MAIL")));
}

void tst_AccountCheck::smtpWithoutSizeLimit()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const Run run = runCheck(smtpAccount(server.port(), ConnectionSecurity::None));
    const AccountCheckResult smtp = run.result(Service::Smtp);
    QCOMPARE(smtp.outcome, Outcome::Ok);
    // Ready, and no limit announced: what a caller stores as "none".
    QVERIFY(smtp.smtpReady);
    QVERIFY(!smtp.sizeLimit);
}

void tst_AccountCheck::smtpImapAndPop3LogIn()
{
    if (!m_dovecot)
        QSKIP("Dovecot is not installed");
    SmtpTestServer::Options options = authOptions();
    options.sizeLimit = 10 * 1024 * 1024;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    Account account = authAccount(server.port(), passwordCommand(SmtpPassword));
    account.imap = mailbox(MailboxServerSettings::Protocol::Imap, ConnectionSecurity::ImplicitTls);
    account.pop3 = mailbox(MailboxServerSettings::Protocol::Pop3, ConnectionSecurity::StartTls);
    account.mailboxSecret.kind = SecretSource::Kind::Command;
    account.mailboxSecret.command = passwordCommand(DovecotServer::password());

    const Run run = runCheck(account);
    QCOMPARE(run.finishedCount, 1);
    QCOMPARE(run.signalsAfterFinished, 0);
    for (const AccountCheckResult &result : run.results)
        QVERIFY2(result.outcome == Outcome::Ok, qPrintable(result.errorString));
    QVERIFY(run.ok);
    QCOMPARE(run.result(Service::Smtp).sizeLimit, std::optional<qint64>(10 * 1024 * 1024));
    QVERIFY(run.certificates.isEmpty());

    // SMTP, IMAP, POP3 in turn, each started, stepped through and finished before the next.
    QCOMPARE(run.started.size(), 3);
    QCOMPARE(run.started.at(0).service, Service::Smtp);
    QCOMPARE(run.started.at(1).service, Service::Imap);
    QCOMPARE(run.started.at(1).port, m_dovecot->imapsPort());
    QCOMPARE(run.started.at(2).service, Service::Pop3);
    QCOMPARE(run.finishedServices.size(), 3);
    Service previous = Service::Smtp;
    for (const AccountCheckStep &step : run.steps) {
        QVERIFY(int(step.service) >= int(previous));
        previous = step.service;
    }

    const QStringList smtp = run.stepTexts(Service::Smtp, AccountCheckStep::Kind::Progress);
    QVERIFY2(smtp.contains(QStringLiteral("asking for STARTTLS"))
            && smtp.contains(QStringLiteral("authenticating"))
            && smtp.contains(QStringLiteral("logged in as ada with SCRAM-SHA-256")),
        qPrintable(smtp.join(QLatin1Char('\n'))));
    QVERIFY(std::any_of(smtp.cbegin(), smtp.cend(),
        [](const QString &text) { return text.startsWith(QStringLiteral("TLS: TLSv1.")); }));
    QCOMPARE(run.stepTexts(Service::Smtp, AccountCheckStep::Kind::Detail).first(),
        QStringLiteral("Running the password command…"));
    for (const Service service : { Service::Imap, Service::Pop3 }) {
        const QString steps
            = run.stepTexts(service, AccountCheckStep::Kind::Progress).join(QLatin1Char('\n'));
        QVERIFY2(steps.contains(QStringLiteral("Logged in as tester")), qPrintable(steps));
    }
    verifyNoSecret(run, { SmtpPassword, DovecotServer::password() });
    // Each service logged in with SCRAM; the challenges were redacted at the source.
    const QString wire = run.transcriptText();
    QVERIFY(wire.contains(QStringLiteral("S: 334 <redacted>")));
    QVERIFY(wire.contains(QStringLiteral("S: + <redacted>")));
}

void tst_AccountCheck::wrongPasswordTriesEveryServer()
{
    if (!m_dovecot)
        QSKIP("Dovecot is not installed");
    SmtpTestServer server(authOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    Account account = authAccount(server.port(), passwordCommand(QStringLiteral("wrong-one")));
    account.imap = mailbox(MailboxServerSettings::Protocol::Imap, ConnectionSecurity::StartTls);
    account.mailboxSecret = account.smtpSecret;

    const Run run = runCheck(account);
    QVERIFY(!run.ok);
    const AccountCheckResult smtp = run.result(Service::Smtp);
    QCOMPARE(smtp.outcome, Outcome::Failed);
    QCOMPARE(smtp.smtpError.category(), SmtpError::Category::Authentication);
    QCOMPARE(smtp.errorString, smtp.smtpError.toString());
    QVERIFY(!smtp.smtpReady);
    QVERIFY(!smtp.sizeLimit);
    // The first failure does not stop the check.
    const AccountCheckResult imap = run.result(Service::Imap);
    QCOMPARE(imap.outcome, Outcome::Failed);
    QCOMPARE(imap.mailboxError, MailboxLoginTest::Error::AuthenticationFailed);
    QVERIFY(!imap.errorString.isEmpty());
    QCOMPARE(run.result(Service::Pop3).outcome, Outcome::Skipped);
    QVERIFY(run.certificates.isEmpty());
    verifyNoSecret(run, { QStringLiteral("wrong-one") });
}

void tst_AccountCheck::unreadableSecretConnectsNothing()
{
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Account account = smtpAccount(server.port(), ConnectionSecurity::None);
    account.smtp.user = SmtpUser;
    account.smtpSecret.kind = SecretSource::Kind::Command;
    account.smtpSecret.command = QStringLiteral("echo 'no such vault' >&2; exit 3");

    const Run run = runCheck(account);
    QVERIFY(!run.ok);
    const AccountCheckResult smtp = run.result(Service::Smtp);
    QCOMPARE(smtp.outcome, Outcome::NoCredentials);
    QVERIFY(smtp.isFailure());
    QCOMPARE(smtp.smtpError.code(), SmtpError::CredentialsUnavailable);
    QVERIFY2(!smtp.errorString.isEmpty(), qPrintable(smtp.errorString));
    QVERIFY(run.transcript.isEmpty()); // never connected
    QVERIFY(run.stepTexts(Service::Smtp, AccountCheckStep::Kind::Progress).isEmpty());
    QCOMPARE(run.finishedCount, 1);
}

void tst_AccountCheck::givenSecretWinsOverTheAccounts()
{
    SmtpTestServer server(authOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // The account's own command would fail if it were run.
    const Account account = authAccount(server.port(), QStringLiteral("exit 1"));

    const Run run = runCheck(
        account, [](AccountCheck &check) { check.setSecret(Service::Smtp, SmtpPassword); });
    QCOMPARE(run.result(Service::Smtp).outcome, Outcome::Ok);
    QVERIFY(run.stepTexts(Service::Smtp, AccountCheckStep::Kind::Detail)
                .filter(QStringLiteral("password command"))
                .isEmpty());
    QVERIFY(run.stepTexts(Service::Smtp, AccountCheckStep::Kind::Progress)
                .contains(QStringLiteral("logged in as ada with SCRAM-SHA-256")));
    verifyNoSecret(run, { SmtpPassword });
}

void tst_AccountCheck::untrustedSmtpCertificateThenPinned()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::Implicit;
    options.certPath = TestCa::instance().selfSignedCertPath();
    options.keyPath = TestCa::instance().selfSignedKeyPath();
    options.sizeLimit = 5000;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    Account account = smtpAccount(server.port(), ConnectionSecurity::ImplicitTls);
    Run run = runCheck(account);
    QVERIFY(!run.ok);
    const AccountCheckResult smtp = run.result(Service::Smtp);
    QCOMPARE(smtp.outcome, Outcome::Failed);
    QCOMPARE(smtp.smtpError.code(), SmtpError::CertificateUntrusted);
    QVERIFY(!smtp.smtpReady);
    QCOMPARE(run.certificates.size(), 1);
    QCOMPARE(run.certificates.first().first.service, Service::Smtp);
    QCOMPARE(run.certificates.first().first.host, QStringLiteral("localhost"));
    QCOMPARE(run.certificates.first().first.port, server.port());
    const QList<QSslCertificate> chain = run.certificates.first().second;
    QVERIFY(!chain.isEmpty());
    QCOMPARE(TlsPolicy::sha256(chain.first()), TestCa::instance().selfSignedSha256());
    // The event comes before the service's end.
    QCOMPARE(run.finishedServices.size(), 1);

    // The user pins the certificate shown, and checks again.
    account.smtp.trust.pinnedSha256 = TlsPolicy::sha256(chain.first());
    run = runCheck(account);
    QVERIFY2(run.ok, qPrintable(run.result(Service::Smtp).errorString));
    QVERIFY(run.certificates.isEmpty());
    QCOMPARE(run.result(Service::Smtp).sizeLimit, std::optional<qint64>(5000));
}

void tst_AccountCheck::untrustedMailboxCertificate()
{
    if (!m_dovecot)
        QSKIP("Dovecot is not installed");
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Account account = smtpAccount(server.port(), ConnectionSecurity::None);
    account.pop3 = mailbox(MailboxServerSettings::Protocol::Pop3, ConnectionSecurity::ImplicitTls);
    account.pop3->trust.caFile.clear(); // Dovecot's own test CA is trusted by nobody
    account.mailboxSecret.kind = SecretSource::Kind::Command;
    account.mailboxSecret.command = passwordCommand(DovecotServer::password());

    const Run run = runCheck(account);
    QCOMPARE(run.result(Service::Smtp).outcome, Outcome::Ok);
    const AccountCheckResult pop3 = run.result(Service::Pop3);
    QCOMPARE(pop3.outcome, Outcome::Failed);
    QCOMPARE(pop3.mailboxError, MailboxLoginTest::Error::CertificateUntrusted);
    QCOMPARE(run.certificates.size(), 1);
    QCOMPARE(run.certificates.first().first.service, Service::Pop3);
    QCOMPARE(run.certificates.first().first.port, m_dovecot->pop3sPort());
    const QList<QSslCertificate> chain = run.certificates.first().second;
    QVERIFY(!chain.isEmpty());
    QCOMPARE(TlsPolicy::sha256(chain.first()), m_dovecot->certificateSha256());
    QVERIFY(!run.transcriptText().contains(QStringLiteral("C: USER")));
}

void tst_AccountCheck::cancelWhileConnected()
{
    // A server that accepts and never greets.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    Account account = smtpAccount(silent.serverPort(), ConnectionSecurity::None);
    account.smtp.host = QStringLiteral("127.0.0.1");
    account.imap = MailboxServerSettings {};
    account.imap->host = QStringLiteral("127.0.0.1");

    Run run;
    AccountCheck check(account);
    record(check, run);
    check.start();
    QTRY_VERIFY(run.stepTexts(Service::Smtp, AccountCheckStep::Kind::Progress)
                    .contains(QStringLiteral("waiting for the greeting")));
    const qsizetype before = run.steps.size() + run.transcript.size();
    check.cancel();
    QVERIFY(check.isFinished());
    QVERIFY(check.isCancelled());
    QCOMPARE(run.finishedCount, 0); // from the event loop, never from within cancel()
    QTRY_COMPARE(run.finishedCount, 1);
    QTest::qWait(100);
    QCOMPARE(run.finishedCount, 1);
    // Nothing but finished() after cancel(): no step, no entry, no service result.
    QCOMPARE(run.steps.size() + run.transcript.size(), before);
    QVERIFY(run.finishedServices.isEmpty());
    QVERIFY(!check.isOk());
    QCOMPARE(check.result(Service::Smtp).outcome, Outcome::Failed);
    QCOMPARE(check.result(Service::Smtp).smtpError.code(), SmtpError::Aborted);
    QCOMPARE(check.result(Service::Imap).outcome, Outcome::Skipped);
    QTRY_VERIFY(silent.hasPendingConnections());
    QTcpSocket *peer = silent.nextPendingConnection();
    QTRY_COMPARE(peer->state(), QAbstractSocket::UnconnectedState); // the connection is closed
}

void tst_AccountCheck::cancelWhileReadingTheSecret()
{
    Account account = smtpAccount(1, ConnectionSecurity::None);
    account.smtp.user = SmtpUser;
    account.smtpSecret.kind = SecretSource::Kind::Command;
    account.smtpSecret.command = QStringLiteral("sleep 10; echo late");

    Run run;
    AccountCheck check(account);
    record(check, run);
    check.start();
    QTRY_COMPARE(run.stepTexts(Service::Smtp, AccountCheckStep::Kind::Detail),
        QStringList { QStringLiteral("Running the password command…") });
    check.cancel();
    QTRY_COMPARE(run.finishedCount, 1);
    QTest::qWait(100);
    QCOMPARE(run.signalsAfterFinished, 0);
    QVERIFY(run.finishedServices.isEmpty());
    QVERIFY(run.transcript.isEmpty());
    QCOMPARE(check.result(Service::Smtp).outcome, Outcome::Skipped);
}

QTEST_MAIN(tst_AccountCheck)
#include "tst_accountcheck.moc"
