// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// AccountStore: the signature and the learned SIZE limit are account settings, saved with the
// account; those the compose window kept in the profile's settings file are moved into the
// accounts once, and nothing the user set is lost on the way.

#include "accounts/account.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

Account account(const QString &name)
{
    Account a;
    a.name = name;
    a.address = name + QStringLiteral("@example.org");
    a.smtp.host = QStringLiteral("smtp.example.org");
    return a;
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signatureAndSizeLimitSaved();
    void sizeLimitAlone();
    void migratesOldComposeSettings();
};

void TestAccountStore::signatureAndSizeLimitSaved()
{
    QTemporaryDir dir;
    const AccountStore store(dir.filePath(QStringLiteral("accounts.ini")));
    Account work = account(QStringLiteral("work"));
    work.signature = QStringLiteral("Ada Lovelace\nAnalytical Engines, Ltd.\n");
    work.sizeLimit = 35'882'577;
    QString error;
    QVERIFY2(store.save(work, &error), qPrintable(error));
    std::optional<Account> found = store.find(QStringLiteral("work"));
    QVERIFY(found);
    QCOMPARE(found->signature, work.signature);
    QCOMPARE(found->sizeLimit, std::optional<qint64>(35'882'577));

    // Blank signatures and unknown limits are not kept.
    work.signature = QStringLiteral("  \n");
    work.sizeLimit.reset();
    QVERIFY2(store.save(work, &error), qPrintable(error));
    found = store.find(QStringLiteral("work"));
    QCOMPARE(found->signature, QString());
    QCOMPARE(found->sizeLimit, std::nullopt);
    QSettings ini(dir.filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat);
    QVERIFY(!ini.contains(QStringLiteral("work/signature")));
    QVERIFY(!ini.contains(QStringLiteral("work/smtp/sizeLimit")));
}

void TestAccountStore::sizeLimitAlone()
{
    QTemporaryDir dir;
    const AccountStore store(dir.filePath(QStringLiteral("accounts.ini")));
    Account work = account(QStringLiteral("work"));
    work.signature = QStringLiteral("Ada");
    QString error;
    QVERIFY2(store.save(work, &error), qPrintable(error));
    QVERIFY2(store.saveSizeLimit(QStringLiteral("work"), 1000, &error), qPrintable(error));
    QCOMPARE(store.find(QStringLiteral("work"))->sizeLimit, std::optional<qint64>(1000));
    QCOMPARE(store.find(QStringLiteral("work"))->signature, QStringLiteral("Ada"));
    QVERIFY2(store.saveSizeLimit(QStringLiteral("work"), std::nullopt, &error), qPrintable(error));
    QCOMPARE(store.find(QStringLiteral("work"))->sizeLimit, std::nullopt);
    QVERIFY(!store.saveSizeLimit(QStringLiteral("nobody"), 1000, &error));
    QVERIFY(!store.find(QStringLiteral("nobody")));
}

void TestAccountStore::migratesOldComposeSettings()
{
    QTemporaryDir dir;
    const QString settingsFile = dir.filePath(QStringLiteral("outbound.ini"));
    const AccountStore store(dir.filePath(QStringLiteral("accounts.ini")));
    QString error;
    Account home = account(QStringLiteral("home"));
    home.signature = QStringLiteral("Set since");
    for (const Account &a :
        { account(QStringLiteral("work")), home, account(QStringLiteral("Sandbox")) })
        QVERIFY2(store.save(a, &error), qPrintable(error));
    {
        // What ComposeSettings wrote: [compose], [signatures] and [serverSizeLimits].
        QSettings old(settingsFile, QSettings::IniFormat);
        old.setValue(QStringLiteral("compose/undoSendSeconds"), 5);
        old.setValue(QStringLiteral("signatures/work"), QStringLiteral("Ada\n-- not a separator"));
        old.setValue(QStringLiteral("signatures/home"), QStringLiteral("Old home signature"));
        old.setValue(QStringLiteral("signatures/gone"), QStringLiteral("Removed account"));
        old.setValue(QStringLiteral("serverSizeLimits/work"), 10'485'760);
        old.setValue(QStringLiteral("serverSizeLimits/Sandbox"), QStringLiteral("2048"));
        old.setValue(QStringLiteral("serverSizeLimits/home"), QStringLiteral("nonsense"));
    }

    QVERIFY2(store.migrateComposeSettings(settingsFile, &error), qPrintable(error));
    const std::optional<Account> work = store.find(QStringLiteral("work"));
    QCOMPARE(work->signature, QStringLiteral("Ada\n-- not a separator"));
    QCOMPARE(work->sizeLimit, std::optional<qint64>(10'485'760));
    QCOMPARE(store.find(QStringLiteral("Sandbox"))->sizeLimit, std::optional<qint64>(2048));
    QCOMPARE(store.find(QStringLiteral("Sandbox"))->signature, QString());
    // The account's own value wins over the old one.
    QCOMPARE(store.find(QStringLiteral("home"))->signature, QStringLiteral("Set since"));
    QCOMPARE(store.find(QStringLiteral("home"))->sizeLimit, std::nullopt);
    QVERIFY(!store.find(QStringLiteral("gone")));
    // The rest of the account is as it was.
    QCOMPARE(work->smtp.host, QStringLiteral("smtp.example.org"));
    QCOMPARE(work->address, QStringLiteral("work@example.org"));

    {
        // Moved once: the old groups are gone, the window's other settings stay.
        QSettings old(settingsFile, QSettings::IniFormat);
        QCOMPARE(old.childGroups(), QStringList { QStringLiteral("compose") });
        QCOMPARE(old.value(QStringLiteral("compose/undoSendSeconds")).toInt(), 5);
    }
    // A change made since is not overwritten by a second run.
    Account changed = *work;
    changed.signature = QStringLiteral("New");
    QVERIFY2(store.save(changed, &error), qPrintable(error));
    QVERIFY2(store.migrateComposeSettings(settingsFile, &error), qPrintable(error));
    QCOMPARE(store.find(QStringLiteral("work"))->signature, QStringLiteral("New"));
    // A settings file that does not exist is nothing to migrate.
    QVERIFY2(store.migrateComposeSettings(dir.filePath(QStringLiteral("none.ini")), &error),
        qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.ini"))));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
