// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QHash>
#include <QObject>
#include <QSystemTrayIcon>

#include "outbox/outboxmessage.h"

class AppController;
class QMainWindow;

// Tells the user when a message could not go: a desktop notification for messages that become
// deferred, failed, uncertain or held (through the desktop's D-Bus notification server, or
// the tray icon where there is no such server), and a tray icon that raises the window.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    DesktopNotifier(AppController *controller, QMainWindow *window, QObject *parent = nullptr);

    [[nodiscard]] bool hasTray() const { return m_tray != nullptr; }
    [[nodiscard]] bool usesNotificationService() const { return m_notificationService; }

private:
    void onOutboxChanged(qint64 id);
    void notify(const QString &title, const QString &body, bool critical);

    AppController *m_controller;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_notificationService = false;
    QHash<qint64, MessageState> m_lastState;
};
