// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QObject>
#include <QString>

class AppController;
class MainWindow;
class QWidget;

// The screenshot tour of tests/gui/screenshots.sh and tests/translations (see
// MainWindow::scheduleScreenshots()): makes sure the outbox holds a message sent to the
// sandbox, waits until it has left, then captures the main window and the transcript dock and
// asks the window for compose, accounts, console and sandbox one after the other, capturing
// each as NAME.png and NAME.txt (its visible texts). Emits MainWindow::screenshotsTaken() at
// the end, and quits the application unless told not to. It belongs to the window.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, AppController *controller, QString dir, bool quitWhenDone);

    // Starts once the event loop runs.
    void start();

private:
    void takeScreenshots(int waitedMs);
    // Writes NAME.png and NAME.txt of `widget`; false if a file could not be written.
    bool capture(QWidget *widget, const QString &name);
    void captureOther(const char *className, const QString &name);

    MainWindow *m_window;
    AppController *m_controller;
    QString m_dir;
    bool m_quitWhenDone;
    QStringList m_files;
    bool m_failed = false;
};
