// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// Desktop notifications: a message that becomes held, deferred or failed is announced to the
// desktop's notification server over D-Bus. The server here is a stand-in registered on the
// private session bus that dbus-run-session gives the test.
#include "appcontroller.h"
#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

// Answers Notify like a notification daemon and remembers what it was asked to show.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        QString app, icon, summary, body;
        QVariantMap hints;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replaces)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        shown.append({ app, icon, summary, body, hints });
        return uint(shown.size());
    }
};

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heldMessageIsAnnounced();
};

void TestNotifications::heldMessageIsAnnounced()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        QSKIP("no session bus (run under dbus-run-session)");
    NotificationServer server;
    QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
        QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));

    QTemporaryDir dir;
    AppController controller(Profile::resolve(dir.path()));
    QString error;
    QVERIFY2(controller.start(&error), qPrintable(error));
    QMainWindow window;
    DesktopNotifier notifier(&controller, &window);
    QVERIFY(notifier.usesNotificationService());

    const std::optional<Account> sandbox = controller.account(AppController::sandboxAccountName());
    QVERIFY(sandbox);
    MessageDraft draft;
    draft.from = MailAddress(sandbox->address);
    draft.to = { MailAddress(QStringLiteral("bob@example.org")) };
    draft.subject = QStringLiteral("Wait <b>for</b> me");
    draft.plainBody = QStringLiteral("Later.\n");
    const std::optional<qint64> id = controller.enqueue(
        draft, sandbox->name, QDateTime::currentDateTimeUtc().addSecs(3600), &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY2(controller.hold(*id, &error), qPrintable(error));

    QTRY_COMPARE(server.shown.size(), 1);
    const NotificationServer::Shown &shown = server.shown.first();
    QCOMPARE(shown.summary, QStringLiteral("Message held"));
    // The subject is the user's text, not markup for the notification server.
    QVERIFY2(shown.body.contains(QStringLiteral("Wait &lt;b&gt;for&lt;/b&gt; me")),
        qPrintable(shown.body));
    QCOMPARE(shown.hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(1));
    QCOMPARE(shown.icon, QStringLiteral("outbound"));

    // Released and queued again: nothing to announce.
    QVERIFY2(controller.release(*id, &error), qPrintable(error));
    QTest::qWait(200);
    QCOMPARE(server.shown.size(), 1);
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
