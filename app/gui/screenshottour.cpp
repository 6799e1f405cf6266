// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "screenshottour.h"

#include "appcontroller.h"
#include "mainwindow.h"
#include "messagedetail.h"
#include "outboxmodel.h"
#include "transcriptdock.h"
#include "visibletexts.h"

#include "outbox/outboxstore.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QTableView>
#include <QTimer>

#include <functional>

ScreenshotTour::ScreenshotTour(
    MainWindow *window, AppController *controller, QString dir, bool quitWhenDone)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
    , m_dir(std::move(dir))
    , m_quitWhenDone(quitWhenDone)
{ }

void ScreenshotTour::start()
{
    if (!m_window->m_model->isListed()) { // the outbox's rows are still being read
        connect(m_window->m_model, &OutboxModel::listed, this, &ScreenshotTour::start,
            Qt::SingleShotConnection);
        return;
    }
    QTimer::singleShot(0, this, [this] {
        // Something to show: one message to the sandbox, and its transcript.
        const std::optional<Account> sandbox
            = m_controller->account(AppController::sandboxAccountName());
        if (m_window->m_model->rowCount() == 0 && sandbox) {
            MessageDraft draft;
            draft.from = MailAddress(sandbox->address, sandbox->displayName);
            draft.to = { MailAddress(QStringLiteral("friend@example.org"), tr("A Friend")) };
            draft.subject = tr("Hello from Outbound");
            draft.plainBody = tr("This message went to the built-in sandbox server.\n");
            QString error;
            if (!m_controller->enqueue(draft, sandbox->name, {}, &error))
                qWarning("screenshots: could not queue a message: %s", qPrintable(error));
        }
        takeScreenshots(0);
    });
}

void ScreenshotTour::takeScreenshots(int waitedMs)
{
    constexpr int Step = 200;
    // Wait for what is due to leave, so that its transcript is there to see.
    const QDateTime now = m_controller->store()->now();
    bool underWay = false;
    const OutboxModel *model = m_window->m_model;
    for (int row = 0; row < qMin(model->rowCount(), 50); ++row) { // the newest are enough
        const OutboxMessage message = model->messageAt(row);
        underWay = underWay || message.state == MessageState::Sending
            || (message.state == MessageState::Queued
                && (!message.notBefore.isValid() || message.notBefore <= now));
    }
    if ((underWay || waitedMs < 600) && waitedMs < 15'000) {
        QTimer::singleShot(Step, this, [this, waitedMs] { takeScreenshots(waitedMs + Step); });
        return;
    }

    QDir().mkpath(m_dir);
    // The newest message, its latest attempt and transcript.
    if (model->rowCount() > 0)
        m_window->selectMessage(model->idAt(0));
    m_window->m_detail->showPage(MessageDetail::Page::Attempts);
    m_window->m_transcriptDock->show();
    m_window->m_transcriptDock->view()->scrollToBottom();

    struct WindowToCapture
    {
        void (MainWindow::*request)();
        const char *className;
        const char *name;
    };
    static const WindowToCapture Windows[] = {
        { &MainWindow::composeRequested, "ComposeWindow", "compose" },
        { &MainWindow::accountsRequested, "AccountsDialog", "accounts" },
        { &MainWindow::consoleRequested, "ConsoleWindow", "console" },
        { &MainWindow::sandboxRequested, "SandboxWindow", "sandbox" },
    };
    // Pictures once the layouts have caught up with the selection; then one window after the
    // other is asked for and captured. All timers are set up front because a request may run
    // a modal dialog's event loop until the capture closes it.
    constexpr int Pause = 800;
    QTimer::singleShot(Pause / 2, this, [this] {
        capture(m_window, QStringLiteral("main"));
        capture(m_window->m_transcriptDock, QStringLiteral("transcript"));
    });
    int at = Pause;
    for (const WindowToCapture &step : Windows) {
        // The other windows are opened by whoever receives the requests (perhaps modally, so
        // each picture is taken from a timer set before asking).
        // std::invoke, not (m_window->*step.request)(): GCC 12's UBSan misreads `this` in a
        // lambda that applies a captured member pointer to a member (a false "vptr" report).
        QTimer::singleShot(at, this, [this, step] { std::invoke(step.request, m_window); });
        QTimer::singleShot(at + Pause, this,
            [this, step] { captureOther(step.className, QString::fromLatin1(step.name)); });
        at += 2 * Pause;
    }
    QTimer::singleShot(at, this, [this] {
        Q_EMIT m_window->screenshotsTaken(m_files);
        if (m_quitWhenDone)
            QCoreApplication::exit(m_failed ? 1 : 0);
    });
}

bool ScreenshotTour::capture(QWidget *widget, const QString &name)
{
    // NAME.png, the picture, and NAME.txt, the words on it (tests/translations).
    const QString picture = QDir(m_dir).filePath(name + QStringLiteral(".png"));
    QFile texts(QDir(m_dir).filePath(name + QStringLiteral(".txt")));
    const bool written = widget->grab().save(picture, "PNG")
        && texts.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && texts.write(visibleTexts(widget).join(QLatin1Char('\n')).toUtf8() + '\n') > 0;
    if (written) {
        m_files << picture << texts.fileName();
    } else {
        qWarning("screenshots: could not write %s", qPrintable(picture));
        m_failed = true;
    }
    return written;
}

void ScreenshotTour::captureOther(const char *className, const QString &name)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && widget->inherits(className)) {
            capture(widget, name);
            widget->hide();
            if (auto *dialog = qobject_cast<QDialog *>(widget))
                dialog->reject();
            return;
        }
    }
    qInfo("screenshots: no %s opened; %s skipped", className, qPrintable(name));
}
