// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "desktopnotifier.h"

#include "appcontroller.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QMainWindow>
#include <QMenu>
#include <QStyle>

namespace {
const QString NotificationService = QStringLiteral("org.freedesktop.Notifications");
}

DesktopNotifier::DesktopNotifier(AppController *controller, QMainWindow *window, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    // What each message that can be news again already is, so that it is not told twice;
    // anything else counts as queued. Sent messages (most of a large outbox) are not read.
    if (OutboxReader *reader = controller->reader()) {
        for (const MessageState state : { MessageState::Deferred, MessageState::Held,
                 MessageState::Failed, MessageState::Uncertain }) {
            OutboxListQuery query;
            query.states = { state };
            const std::optional<OutboxListing> listing = reader->list(query);
            for (const qint64 id : listing ? listing->ids : QList<qint64>())
                m_lastState.insert(id, state);
        }
    }
    connect(controller, &AppController::outboxChanged, this, &DesktopNotifier::onOutboxChanged);
    // Notifications go to the desktop's notification server when there is one, else through
    // the tray icon. Asked once: the answer comes from the local bus daemon.
    const QDBusConnection bus = QDBusConnection::sessionBus();
    m_notificationService
        = bus.isConnected() && bus.interface()->isServiceRegistered(NotificationService).value();
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    const QIcon icon = QApplication::windowIcon();
    m_tray = new QSystemTrayIcon(
        icon.isNull() ? QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon) : icon, this);
    m_tray->setToolTip(tr("Outbound"));
    auto *menu = new QMenu(window);
    menu->addAction(tr("Show Outbound"), window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    menu->addAction(tr("Quit"), qApp, &QApplication::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, window,
        [window](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger) {
                window->showNormal();
                window->raise();
            }
        });
    m_tray->show();
}

void DesktopNotifier::onOutboxChanged(qint64 id)
{
    if (id == 0)
        return; // a bulk change from another process: no per-message news to give
    const std::optional<OutboxMessage> message = m_controller->store()->message(id);
    if (!message)
        return;
    const MessageState before = m_lastState.value(id, MessageState::Queued);
    m_lastState.insert(id, message->state);
    if (message->state == before)
        return;
    const QString subject = message->subject.isEmpty() ? tr("(no subject)") : message->subject;
    switch (message->state) {
    case MessageState::Failed:
        notify(tr("Message not sent"), tr("“%1”: %2").arg(subject, message->reason), true);
        break;
    case MessageState::Deferred:
        notify(tr("Message delayed"),
            tr("“%1” will be tried again: %2").arg(subject, message->reason), false);
        break;
    case MessageState::Uncertain:
        notify(tr("Delivery uncertain"),
            tr("“%1”: the connection was lost after the whole message was sent. Check before "
               "sending it again.")
                .arg(subject),
            false);
        break;
    case MessageState::Held:
        notify(tr("Message held"), tr("“%1”: %2").arg(subject, message->reason), false);
        break;
    case MessageState::Queued:
    case MessageState::Sending:
    case MessageState::Sent:
        break;
    }
}

void DesktopNotifier::notify(const QString &title, const QString &body, bool critical)
{
    if (m_notificationService) {
        // org.freedesktop.Notifications (Desktop Notifications Specification 1.2); the
        // server text in `body` is plain text, so markup-aware servers get it escaped.
        QDBusMessage call = QDBusMessage::createMethodCall(NotificationService,
            QStringLiteral("/org/freedesktop/Notifications"), NotificationService,
            QStringLiteral("Notify"));
        const QVariantMap hints {
            { QStringLiteral("urgency"), QVariant::fromValue(uchar(critical ? 2 : 1)) },
            { QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName() },
        };
        call << QGuiApplication::applicationDisplayName() << uint(0) << QStringLiteral("outbound")
             << title << body.toHtmlEscaped() << QStringList() << hints << int(-1);
        QDBusConnection::sessionBus().asyncCall(call); // never blocks the window
        return;
    }
    if (m_tray)
        m_tray->showMessage(
            title, body, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
}
