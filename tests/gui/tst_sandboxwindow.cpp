// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// The sandbox window against a real AppController on a temporary profile: a message sent to
// the Sandbox account shows up in the list, its source can be read, the failure switches reach
// the server and Clear empties the folder.
#include "appcontroller.h"
#include "sandboxwindow.h"

#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int DeliveryTimeoutMs = 30'000;
}

class TestSandboxWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void showsTheAddress();
    void capturedMessageIsListedWithItsSource();
    void recipientSwitchReachesTheServer();
    void clearEmptiesTheList();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppController> m_controller;
};

void TestSandboxWindow::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_controller = std::make_unique<AppController>(Profile::resolve(m_dir->filePath(u"profile"_s)));
    QString error;
    QVERIFY2(m_controller->start(&error), qPrintable(error));
    QVERIFY(m_controller->sandbox() && m_controller->sandbox()->isListening());
}

void TestSandboxWindow::cleanupTestCase()
{
    m_controller.reset();
}

void TestSandboxWindow::showsTheAddress()
{
    SandboxWindow window(m_controller.get());
    auto *address = window.findChild<QLabel *>(u"address"_s);
    QVERIFY(address);
    const QString expected = u"127.0.0.1:"_s + QString::number(m_controller->sandbox()->port());
    QVERIFY2(address->text().contains(expected), qPrintable(address->text()));
}

void TestSandboxWindow::capturedMessageIsListedWithItsSource()
{
    SandboxWindow window(m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QTreeWidget *>(u"messages"_s);
    auto *source = window.findChild<QPlainTextEdit *>(u"source"_s);
    QVERIFY(list && source);
    QVERIFY(source->isReadOnly());
    const int before = list->topLevelItemCount();

    MessageDraft draft;
    draft.from = MailAddress(u"you@sandbox.invalid"_s, u"Outbound Sandbox"_s);
    draft.to = { MailAddress(u"ada@example.org"_s) };
    draft.subject = u"Seen in the sandbox window"_s;
    draft.plainBody = u"Hello, window."_s;
    QString error;
    const std::optional<qint64> id = m_controller->enqueue(
        draft, AppController::sandboxAccountName(), QDateTime::currentDateTimeUtc(), &error);
    QVERIFY2(id, qPrintable(error));

    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), before + 1, DeliveryTimeoutMs);
    QTreeWidgetItem *newest = list->topLevelItem(0);
    QCOMPARE(newest->text(3), QStringLiteral("Seen in the sandbox window"));
    QCOMPARE(newest->text(2), QStringLiteral("ada@example.org"));
    QCOMPARE(newest->text(1), QStringLiteral("you@sandbox.invalid"));

    list->setFocus();
    list->setCurrentItem(newest);
    QVERIFY(newest->isSelected());
    QVERIFY2(source->toPlainText().contains(u"Subject: Seen in the sandbox window"_s),
        qPrintable(source->toPlainText()));
    QVERIFY(source->toPlainText().contains(u"Hello, window."_s));

    // A window opened afterwards lists it from the folder.
    SandboxWindow second(m_controller.get());
    QCOMPARE(second.findChild<QTreeWidget *>(u"messages"_s)->topLevelItemCount(), before + 1);
}

void TestSandboxWindow::recipientSwitchReachesTheServer()
{
    SandboxServer *sandbox = m_controller->sandbox();
    sandbox->setFailures({});
    SandboxWindow window(m_controller.get());
    window.show();
    auto *recipient = window.findChild<QComboBox *>(u"recipientFailure"_s);
    auto *everyNth = window.findChild<QSpinBox *>(u"recipientEveryNth"_s);
    auto *explanation = window.findChild<QLabel *>(u"failureExplanation"_s);
    QVERIFY(recipient && everyNth && explanation);
    QVERIFY(!everyNth->isEnabled());
    QVERIFY(sandbox->failures().isNone());

    recipient->setFocus();
    recipient->setCurrentIndex(
        recipient->findData(int(SandboxFailures::Recipient::TransientFailure)));
    QCOMPARE(sandbox->failures().recipient, SandboxFailures::Recipient::TransientFailure);
    QVERIFY(everyNth->isEnabled());
    QVERIFY2(explanation->text().contains(u"deferred"_s), qPrintable(explanation->text()));

    everyNth->setValue(3);
    QCOMPARE(sandbox->failures().recipientEveryNth, 3);

    // Changed elsewhere: the controls follow.
    SandboxFailures drop;
    drop.endOfData = SandboxFailures::EndOfData::DropConnection;
    sandbox->setFailures(drop);
    QCOMPARE(recipient->currentData().toInt(), int(SandboxFailures::Recipient::Accept));
    QCOMPARE(window.findChild<QComboBox *>(u"endOfDataFailure"_s)->currentData().toInt(),
        int(SandboxFailures::EndOfData::DropConnection));
    QVERIFY(explanation->text().contains(u"duplicate"_s));
    sandbox->setFailures({});
}

void TestSandboxWindow::clearEmptiesTheList()
{
    SandboxWindow window(m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QTreeWidget *>(u"messages"_s);
    auto *clear = window.findChild<QPushButton *>(u"clearButton"_s);
    QVERIFY(list && clear);
    QVERIFY(list->topLevelItemCount() > 0);

    // Cancel keeps everything.
    bool answered = false;
    auto answer = [&](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, this, [&answered, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                box->button(button)->click();
                answered = true;
            }
        });
    };
    answer(QMessageBox::Cancel);
    clear->click();
    QVERIFY(answered);
    QVERIFY(list->topLevelItemCount() > 0);
    QVERIFY(!m_controller->sandbox()->messages().isEmpty());

    answered = false;
    answer(QMessageBox::Yes);
    clear->click();
    QVERIFY(answered);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(m_controller->sandbox()->messages().isEmpty());
    QVERIFY(window.findChild<QPlainTextEdit *>(u"source"_s)->toPlainText().isEmpty());
}

QTEST_MAIN(TestSandboxWindow)
#include "tst_sandboxwindow.moc"
