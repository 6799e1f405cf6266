// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// Tests of SmtpServerSettings and SmtpTimeouts.
#include "smtp/smtpserversettings.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestServerSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPort();
    void configuredHeloName_data();
    void configuredHeloName();
    void automaticHeloName();
    void uniformTimeouts();
    void scaledTimeoutsKeepTheRfcProportion();
    void defaults();
};

void TestServerSettings::defaultPort()
{
    QCOMPARE(SmtpServerSettings::defaultPort(ConnectionSecurity::ImplicitTls), quint16(465));
    QCOMPARE(SmtpServerSettings::defaultPort(ConnectionSecurity::StartTls), quint16(587));
    QCOMPARE(SmtpServerSettings::defaultPort(ConnectionSecurity::None), quint16(587));
}

void TestServerSettings::configuredHeloName_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QByteArray>("effective");
    QTest::newRow("FQDN") << u"client.example.org"_s << "client.example.org"_ba;
    QTest::newRow("trimmed") << u"  client.example.org "_s << "client.example.org"_ba;
    QTest::newRow("address literal") << u"[192.0.2.7]"_s << "[192.0.2.7]"_ba;
    QTest::newRow("IDN") << u"bücher.example"_s << "xn--bcher-kva.example"_ba;
    // Passed through for SmtpCommand::ehlo() to refuse.
    QTest::newRow("with space") << u"a b"_s << "a b"_ba;
}

void TestServerSettings::configuredHeloName()
{
    QFETCH(QString, configured);
    QFETCH(QByteArray, effective);
    SmtpServerSettings settings;
    settings.heloName = configured;
    QCOMPARE(settings.effectiveHeloName(), effective);
}

void TestServerSettings::automaticHeloName()
{
    const QByteArray name = SmtpServerSettings().effectiveHeloName();
    QVERIFY(!name.isEmpty());
    if (name != "localhost") {
        QVERIFY2(name.contains('.'), name.constData());
        for (char c : name)
            QVERIFY2((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.',
                name.constData());
    }
}

void TestServerSettings::uniformTimeouts()
{
    const SmtpTimeouts t = SmtpTimeouts::uniform(1234);
    for (int value : { t.connect, t.greeting, t.command, t.mailFrom, t.rcptTo, t.dataInitiation,
             t.dataBlock, t.dataTermination })
        QCOMPARE(value, 1234);
}

void TestServerSettings::scaledTimeoutsKeepTheRfcProportion()
{
    // RFC 5321 §4.5.3.2: commands 5 minutes, data block 3, the final dot's reply 10.
    const SmtpTimeouts t = SmtpTimeouts::scaled(1000);
    for (int value : { t.connect, t.greeting, t.command, t.mailFrom, t.rcptTo, t.dataInitiation })
        QCOMPARE(value, 1000);
    QCOMPARE(t.dataBlock, 600);
    QCOMPARE(t.dataTermination, 2000);
    // The RFC's own figures come back from a five-minute base.
    const SmtpTimeouts rfc = SmtpTimeouts::scaled(300'000);
    QCOMPARE(rfc.dataBlock, SmtpTimeouts().dataBlock);
    QCOMPARE(rfc.dataTermination, SmtpTimeouts().dataTermination);
    // An explicit wait for the final dot's reply wins.
    QCOMPARE(SmtpTimeouts::scaled(1000, 7000).dataTermination, 7000);
    QCOMPARE(SmtpTimeouts::scaled(1000, 500).dataTermination, 500);
    // No overflow on a huge base.
    QVERIFY(SmtpTimeouts::scaled(2'000'000'000).dataTermination > 0);
}

void TestServerSettings::defaults()
{
    // RFC 5321 §4.5.3.2 minimums.
    const SmtpTimeouts t;
    QCOMPARE(t.greeting, 300'000);
    QCOMPARE(t.mailFrom, 300'000);
    QCOMPARE(t.rcptTo, 300'000);
    QCOMPARE(t.dataInitiation, 120'000);
    QCOMPARE(t.dataBlock, 180'000);
    QCOMPARE(t.dataTermination, 600'000);
    const SmtpServerSettings settings;
    QCOMPARE(settings.port, quint16(587));
    QCOMPARE(settings.security, ConnectionSecurity::StartTls);
}

QTEST_GUILESS_MAIN(TestServerSettings)
#include "tst_serversettings.moc"
