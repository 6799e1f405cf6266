// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// A message only some recipients took is "Partly sent" in the outbox window, never plain
// "Sent": the model's state and last-reply columns and the detail pane name the recipients
// that are missing and the server's reply for each. Against a real AppController and its
// sandbox server, which refuses every second recipient.
#include "appcontroller.h"
#include "messagedetail.h"
#include "outboxmodel.h"

#include "sandbox/sandboxserver.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

class TestPartlySent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shownWithTheMissingRecipients();
};

void TestPartlySent::shownWithTheMissingRecipients()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppController controller(Profile::resolve(dir.path()));
    QString error;
    QVERIFY2(controller.start(&error), qPrintable(error));
    SandboxFailures failures;
    failures.recipient = SandboxFailures::Recipient::PermanentFailure;
    failures.recipientEveryNth = 2; // bob is taken, carol refused
    controller.sandbox()->setFailures(failures);

    MessageDraft draft;
    draft.from = MailAddress(QStringLiteral("you@sandbox.invalid"), QStringLiteral("You"));
    draft.to = { MailAddress(QStringLiteral("bob@example.org")),
        MailAddress(QStringLiteral("carol@example.org")) };
    draft.subject = QStringLiteral("Partly");
    draft.plainBody = QStringLiteral("Hello.\n");
    const std::optional<qint64> id
        = controller.enqueue(draft, AppController::sandboxAccountName(), {}, &error);
    QVERIFY2(id, qPrintable(error));

    OutboxModel model(&controller);
    QTRY_VERIFY_WITH_TIMEOUT(
        model.rowOf(*id) >= 0 && model.messageAt(model.rowOf(*id)).state == MessageState::Sent,
        30000);
    const OutboxMessage message = model.messageAt(model.rowOf(*id));
    QVERIFY(message.isPartlySent());
    const QString state = model.index(model.rowOf(*id), OutboxModel::StateColumn).data().toString();
    QCOMPARE(state, QCoreApplication::translate("Outbox", "Partly sent"));
    QVERIFY(state != stateDisplayName(MessageState::Sent));

    MessageDetail detail(&controller);
    detail.setMessage(*id);
    QString summary;
    for (const QLabel *label : detail.findChildren<QLabel *>())
        summary += label->text() + QLatin1Char('\n');
    QVERIFY2(summary.contains(QStringLiteral("Partly sent")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("carol@example.org (550 5.1.1")), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("bob@example.org (")), qPrintable(summary));
}

QTEST_MAIN(TestPartlySent)
#include "tst_partlysent.moc"
