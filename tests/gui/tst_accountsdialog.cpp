// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// The accounts dialog against a real AppController on a temporary profile: accounts are added
// through the form and saved through the controller, and Test runs the library's checks
// against the sandbox, a closed port and a TLS server with a self-signed certificate.
#include "accountsdialog.h"
#include "appcontroller.h"
#include "certificatedialog.h"

#include "serverprocess.h"
#include "testca.h"

#include "accounts/secretstore.h"
#include "net/tlspolicy.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int TestTimeoutMs = 20'000;

template<typename T> T *child(const QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

void chooseData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void addAccountThroughTheForm();
    void portFollowsSecurity();
    void invalidFormIsNotSaved();
    void testAgainstTheSandboxSucceeds();
    void testAgainstAClosedPortFails();
    void testLearnsTheSizeLimit();
    void stopEndsTheTest();
    void untrustedCertificateCanBePinnedOnlyWhileNew();
    void keychainFailureOffersAPasswordCommand();

private:
    [[nodiscard]] std::optional<qint64> storedSizeLimit(const QString &account) const;
    // Fills the form of a new account through key clicks.
    void fillNewAccount(AccountsDialog &dialog, const QString &name, quint16 port,
        const QString &security = QStringLiteral("none"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppController> m_controller;
};

void TestAccountsDialog::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_controller = std::make_unique<AppController>(Profile::resolve(m_dir->filePath(u"profile"_s)));
    QString error;
    QVERIFY2(m_controller->start(&error), qPrintable(error));
}

void TestAccountsDialog::cleanupTestCase()
{
    m_controller.reset();
}

void TestAccountsDialog::fillNewAccount(
    AccountsDialog &dialog, const QString &name, quint16 port, const QString &security)
{
    QTest::mouseClick(child<QPushButton>(dialog, u"addAccount"_s), Qt::LeftButton);
    QVERIFY(dialog.isNewAccount());
    QTest::keyClicks(child<QLineEdit>(dialog, u"name"_s), name);
    QTest::keyClicks(child<QLineEdit>(dialog, u"displayName"_s), u"Ada Lovelace"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"address"_s), name + u"@example.org"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"smtpHost"_s), u"127.0.0.1"_s);
    chooseData(child<QComboBox>(dialog, u"smtpSecurity"_s), security);
    auto *portBox = child<QSpinBox>(dialog, u"smtpPort"_s);
    portBox->selectAll();
    QTest::keyClicks(portBox, QString::number(port));
    QCOMPARE(portBox->value(), int(port));
}

void TestAccountsDialog::addAccountThroughTheForm()
{
    AccountsDialog dialog(m_controller.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QListWidget>(dialog, u"accountList"_s);
    QCOMPARE(list->count(), 1); // the Sandbox

    fillNewAccount(dialog, u"work"_s, 2525);
    QTest::keyClicks(child<QLineEdit>(dialog, u"heloName"_s), u"client.example.org"_s);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"signature"_s), u"Ada"_s);
    auto *imap = child<QGroupBox>(dialog, u"imapGroup"_s);
    imap->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(dialog, u"imapHost"_s), u"imap.example.org"_s);

    QSignalSpy saved(&dialog, &AccountsDialog::saveFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY2(saved.first().first().toBool(), qPrintable(saved.first().at(1).toString()));

    const std::optional<Account> account = m_controller->account(u"work"_s);
    QVERIFY(account);
    bool listed = false;
    for (const Account &a : m_controller->accounts())
        listed = listed || a.name == QLatin1String("work");
    QVERIFY(listed);
    QCOMPARE(account->displayName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(account->address, QStringLiteral("work@example.org"));
    QCOMPARE(account->smtp.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(account->smtp.port, quint16(2525));
    QCOMPARE(account->smtp.security, ConnectionSecurity::None);
    QCOMPARE(account->smtp.heloName, QStringLiteral("client.example.org"));
    QCOMPARE(account->smtpSecret.kind, SecretSource::Kind::None); // no user: no login
    QVERIFY(account->imap);
    QCOMPARE(account->imap->host, QStringLiteral("imap.example.org"));
    QVERIFY(!account->pop3);
    QCOMPARE(account->signature, QStringLiteral("Ada"));

    QCOMPARE(list->count(), 2);
    QVERIFY(!dialog.isNewAccount());
    QVERIFY(child<QLineEdit>(dialog, u"name"_s)->isReadOnly());

    // An edit of the saved account, with a password command.
    QTest::keyClicks(child<QLineEdit>(dialog, u"smtpUser"_s), u"ada"_s);
    chooseData(child<QComboBox>(dialog, u"smtpSecretSource"_s), u"command"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"smtpPasswordCommand"_s), u"echo secret"_s);
    // Typed while a command is the source, a password is for testing only and never stored.
    QTest::keyClicks(child<QLineEdit>(dialog, u"smtpPassword"_s), u"typed-hunter2"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 2);
    QVERIFY2(saved.last().first().toBool(), qPrintable(saved.last().at(1).toString()));
    QCOMPARE(m_controller->account(u"work"_s)->smtpSecret.kind, SecretSource::Kind::Command);
    QCOMPARE(m_controller->account(u"work"_s)->smtpSecret.command, QStringLiteral("echo secret"));
    QCOMPARE(m_controller->account(u"work"_s)->smtp.user, QStringLiteral("ada"));
    // The accounts file never holds a password.
    QFile file(m_controller->profile().accountsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("hunter2"));
    QVERIFY(child<QLineEdit>(dialog, u"smtpPassword"_s)->text().isEmpty());
}

void TestAccountsDialog::portFollowsSecurity()
{
    AccountsDialog dialog(m_controller.get());
    dialog.addAccount();
    auto *security = child<QComboBox>(dialog, u"smtpSecurity"_s);
    auto *port = child<QSpinBox>(dialog, u"smtpPort"_s);
    chooseData(security, u"starttls"_s);
    QCOMPARE(port->value(), 587);
    chooseData(security, u"tls"_s);
    QCOMPARE(port->value(), 465);
    chooseData(security, u"starttls"_s);
    QCOMPARE(port->value(), 587);
    port->setValue(2587); // chosen by hand: kept
    chooseData(security, u"tls"_s);
    QCOMPARE(port->value(), 2587);
}

void TestAccountsDialog::invalidFormIsNotSaved()
{
    AccountsDialog dialog(m_controller.get());
    dialog.show();
    const int before = int(m_controller->accounts().size());
    fillNewAccount(dialog, u"bad name!"_s, 25);
    QSignalSpy saved(&dialog, &AccountsDialog::saveFinished);
    dialog.save();
    QCOMPARE(saved.count(), 1);
    QVERIFY(!saved.first().first().toBool());
    QVERIFY(!child<QLabel>(dialog, u"status"_s)->text().isEmpty());
    QCOMPARE(int(m_controller->accounts().size()), before);
}

void TestAccountsDialog::testAgainstTheSandboxSucceeds()
{
    AccountsDialog dialog(m_controller.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.selectAccount(AppController::sandboxAccountName()));
    QSignalSpy finished(&dialog, &AccountsDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
    QVERIFY(dialog.isTesting());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, TestTimeoutMs);
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!dialog.isTesting());

    const QString transcript = child<QPlainTextEdit>(dialog, u"testTranscript"_s)->toPlainText();
    QVERIFY2(transcript.contains(u"S: 220"_s), qPrintable(transcript));
    QVERIFY(transcript.contains(u"C: EHLO localhost"_s));
    QVERIFY(transcript.contains(u"C: QUIT"_s));
    QVERIFY(!transcript.contains(u"MAIL FROM"_s)); // a test sends nothing
    auto *steps = child<QListWidget>(dialog, u"testSteps"_s);
    QVERIFY(steps->count() >= 3);
    QVERIFY(child<QLabel>(dialog, u"testResult"_s)->text().contains(u"passed"_s));
    QVERIFY(!child<QGroupBox>(dialog, u"certificateBox"_s)->isVisible());
}

void TestAccountsDialog::testAgainstAClosedPortFails()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();

    AccountsDialog dialog(m_controller.get());
    dialog.show();
    fillNewAccount(dialog, u"closed"_s, closedPort);
    QSignalSpy finished(&dialog, &AccountsDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, TestTimeoutMs);
    QVERIFY(!finished.first().first().toBool());
    const QString result = child<QLabel>(dialog, u"testResult"_s)->text();
    QVERIFY2(result.contains(u"failed"_s) && result.contains(u"refused"_s), qPrintable(result));
    QVERIFY(!child<QLabel>(dialog, u"status"_s)->text().isEmpty());
    QVERIFY(!child<QPlainTextEdit>(dialog, u"testTranscript"_s)->toPlainText().isEmpty());
    QVERIFY(!m_controller->account(u"closed"_s)); // a test saves nothing
}

// The SIZE limit the account store holds for an account (none for an unsaved account).
std::optional<qint64> TestAccountsDialog::storedSizeLimit(const QString &account) const
{
    const std::optional<Account> stored = m_controller->account(account);
    return stored ? stored->sizeLimit : std::nullopt;
}

void TestAccountsDialog::testLearnsTheSizeLimit()
{
    SmtpTestServer::Options options;
    options.sizeLimit = 777000;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    AccountsDialog dialog(m_controller.get());
    dialog.show();
    // Learned while new, the limit is stored when the account is saved.
    fillNewAccount(dialog, u"sized"_s, server.port());
    QSignalSpy finished(&dialog, &AccountsDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, TestTimeoutMs);
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!storedSizeLimit(u"sized"_s));
    QSignalSpy saved(&dialog, &AccountsDialog::saveFinished);
    dialog.save();
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY2(saved.first().first().toBool(), qPrintable(saved.first().at(1).toString()));
    QCOMPARE(storedSizeLimit(u"sized"_s),
        std::optional<qint64>(777000));

    // A saved account's test stores what the server announces now: here, no limit at all.
    server.stop();
    SmtpTestServer unlimited;
    QVERIFY2(unlimited.start(), qPrintable(unlimited.errorString()));
    auto *portBox = child<QSpinBox>(dialog, u"smtpPort"_s);
    portBox->setValue(unlimited.port());
    QTest::mouseClick(child<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, TestTimeoutMs);
    QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().at(1).toString()));
    QVERIFY(!storedSizeLimit(u"sized"_s));
    QStringList steps;
    auto *list = child<QListWidget>(dialog, u"testSteps"_s);
    for (int row = 0; row < list->count(); ++row)
        steps << list->item(row)->text();
    QVERIFY2(steps.contains(u"SMTP: OK"_s) && steps.contains(u"SMTP: ready"_s),
        qPrintable(steps.join(u'\n')));
}

void TestAccountsDialog::stopEndsTheTest()
{
    QTcpServer silent; // accepts, never greets
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    AccountsDialog dialog(m_controller.get());
    dialog.show();
    fillNewAccount(dialog, u"silent"_s, silent.serverPort());
    QSignalSpy finished(&dialog, &AccountsDialog::testFinished);
    auto *button = child<QPushButton>(dialog, u"testButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    auto *steps = child<QListWidget>(dialog, u"testSteps"_s);
    QTRY_VERIFY(!steps->findItems(u"SMTP: waiting for the greeting"_s, Qt::MatchExactly).isEmpty());
    QTest::mouseClick(button, Qt::LeftButton); // now "Stop"
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!dialog.isTesting());
    QVERIFY(!finished.first().first().toBool());
    QCOMPARE(finished.first().at(1).toString(), u"✘ Test failed: stopped"_s);
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QVERIFY(button->text().contains(u"Test"_s));
}

void TestAccountsDialog::untrustedCertificateCanBePinnedOnlyWhileNew()
{
    SmtpTestServer::Options options;
    options.tls = SmtpTestServer::Options::Tls::Implicit;
    options.certPath = TestCa::instance().selfSignedCertPath();
    options.keyPath = TestCa::instance().selfSignedKeyPath();
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    AccountsDialog dialog(m_controller.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillNewAccount(dialog, u"selfsigned"_s, server.port(), u"tls"_s);
    QSignalSpy finished(&dialog, &AccountsDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, TestTimeoutMs);
    QVERIFY(!finished.first().first().toBool());

    auto *box = child<QGroupBox>(dialog, u"certificateBox"_s);
    QVERIFY(box->isVisible());
    const QString expected = TlsPolicy::hex(TestCa::instance().selfSignedSha256());
    const QString details = child<QLabel>(dialog, u"certificateText"_s)->text();
    QVERIFY2(details.contains(expected), qPrintable(details));
    QVERIFY(details.contains(u"Subject:"_s) && details.contains(u"Issuer:"_s));
    // The chain the server presented opens in the certificate viewer.
    QTest::mouseClick(child<QPushButton>(dialog, u"viewChainButton"_s), Qt::LeftButton);
    CertificateDialog *viewer = nullptr;
    QTRY_VERIFY((viewer = dialog.findChild<CertificateDialog *>()));
    QCOMPARE(viewer->chainView()->topLevelItemCount(), 1);
    QVERIFY(viewer->detailsView()->toPlainText().contains(u"SHA-256: "_s + expected));
    viewer->reject();
    auto *pin = child<QPushButton>(dialog, u"pinButton"_s);
    QVERIFY(pin->isVisible());
    QTest::mouseClick(pin, Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(dialog, u"smtpPin"_s)->text(), expected);

    // With the pin, the test passes; saved, the pin is kept.
    QTest::mouseClick(child<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, TestTimeoutMs);
    QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().at(1).toString()));
    QSignalSpy saved(&dialog, &AccountsDialog::saveFinished);
    dialog.save();
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY2(saved.first().first().toBool(), qPrintable(saved.first().at(1).toString()));
    QCOMPARE(m_controller->account(u"selfsigned"_s)->smtp.trust.pinnedSha256,
        TestCa::instance().selfSignedSha256());

    // Once the account is in use, a certificate it does not trust is shown, never offered.
    QTest::mouseClick(child<QPushButton>(dialog, u"smtpClearPin"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, TestTimeoutMs);
    QVERIFY(!finished.last().first().toBool());
    QVERIFY(box->isVisible());
    QVERIFY(child<QLabel>(dialog, u"certificateText"_s)->text().contains(expected));
    QVERIFY(!pin->isVisible());
}

void TestAccountsDialog::keychainFailureOffersAPasswordCommand()
{
    // Only where no keychain can run: a test must never write into a real one.
    if (!SecretRequest::keychainSupported()
        || !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("a keychain may be running here");
    AccountsDialog dialog(m_controller.get());
    dialog.show();
    fillNewAccount(dialog, u"keychain"_s, 2525);
    QTest::keyClicks(child<QLineEdit>(dialog, u"smtpUser"_s), u"ada"_s);
    chooseData(child<QComboBox>(dialog, u"smtpSecretSource"_s), u"keychain"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"smtpPassword"_s), u"typed-hunter2"_s);
    QSignalSpy saved(&dialog, &AccountsDialog::saveFinished);
    dialog.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, TestTimeoutMs);
    QVERIFY(!saved.first().first().toBool());
    const QString message = saved.first().at(1).toString();
    QVERIFY2(message.contains(u"keychain"_s) && message.contains(u"password command"_s),
        qPrintable(message));
    QVERIFY(!m_controller->account(u"keychain"_s)); // nothing half-saved
    QCOMPARE(
        child<QComboBox>(dialog, u"smtpSecretSource"_s)->currentData().toString(), u"command"_s);
    QVERIFY(child<QLineEdit>(dialog, u"smtpPasswordCommand"_s)->isEnabled());
    QFile file(m_controller->profile().accountsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("hunter2"));
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
