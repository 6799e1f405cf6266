#pragma once

#include <QHash>
#include <QObject>
#include <QSystemTrayIcon>

#include "outbox/outboxmessage.h"

class AppController;
class QMainWindow;

// Tells the user when a message could not go: a desktop notification (through the tray
// icon, which uses D-Bus notifications where the desktop has them) for messages that become
// deferred, failed, uncertain or held, and a tray icon that raises the window.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    DesktopNotifier(AppController *controller, QMainWindow *window, QObject *parent = nullptr);

    [[nodiscard]] bool hasTray() const { return m_tray != nullptr; }

private:
    void onOutboxChanged(qint64 id);

    AppController *m_controller;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<qint64, MessageState> m_lastState;
};
