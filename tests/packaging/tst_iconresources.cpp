// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// The app icon PNGs rendered from resources/icons/outbound.svg are built into outbound_gui as
// :/icons/outbound-<size>.png, at their nominal size, for the window and tray icon.
#include <QImage>
#include <QTest>

class TestIconResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iconIsBuiltIn_data();
    void iconIsBuiltIn();
};

void TestIconResources::iconIsBuiltIn_data()
{
    QTest::addColumn<int>("size");
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        QTest::addRow("%d px", size) << size;
}

void TestIconResources::iconIsBuiltIn()
{
    QFETCH(int, size);
    const QImage image(QStringLiteral(":/icons/outbound-%1.png").arg(size));
    QVERIFY2(!image.isNull(), "the resource is missing or is not a PNG");
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    // Drawn, not blank: the centre of the envelope is opaque.
    QCOMPARE(qAlpha(image.pixel(size / 3, size * 2 / 3)), 255);
}

QTEST_GUILESS_MAIN(TestIconResources)
#include "tst_iconresources.moc"
