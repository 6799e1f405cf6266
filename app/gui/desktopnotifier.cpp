#include "desktopnotifier.h"

#include "appcontroller.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QStyle>

DesktopNotifier::DesktopNotifier(AppController *controller, QMainWindow *window, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    for (const OutboxMessage &m : controller->store()->messages())
        m_lastState.insert(m.id, m.state);
    connect(controller, &AppController::outboxChanged, this, &DesktopNotifier::onOutboxChanged);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray
        = new QSystemTrayIcon(QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon), this);
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
    if (message->state == before || !m_tray)
        return;
    const QString subject = message->subject.isEmpty() ? tr("(no subject)") : message->subject;
    switch (message->state) {
    case MessageState::Failed:
        m_tray->showMessage(tr("Message not sent"), tr("“%1”: %2").arg(subject, message->reason),
            QSystemTrayIcon::Critical);
        break;
    case MessageState::Deferred:
        m_tray->showMessage(tr("Message delayed"),
            tr("“%1” will be tried again: %2").arg(subject, message->reason),
            QSystemTrayIcon::Warning);
        break;
    case MessageState::Uncertain:
        m_tray->showMessage(tr("Delivery uncertain"),
            tr("“%1”: the connection was lost after the whole message was sent. Check before "
               "sending it again.")
                .arg(subject),
            QSystemTrayIcon::Warning);
        break;
    case MessageState::Held:
        m_tray->showMessage(tr("Message held"), tr("“%1”: %2").arg(subject, message->reason),
            QSystemTrayIcon::Warning);
        break;
    case MessageState::Queued:
    case MessageState::Sending:
    case MessageState::Sent:
        break;
    }
}
