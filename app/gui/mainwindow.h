// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "outbox/outboxmessage.h"

#include <QMainWindow>

#include <array>
#include <functional>
#include <optional>

class AppController;
class MessageDetail;
class OutboxModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class TranscriptDock;

// The outbox window: the queued and recent messages with filters and actions, the selected
// message's details, the live transcript dock and a status bar with the network state and
// what is under way. It talks to nothing but the AppController; composing, editing and the
// accounts dialog belong to whoever connects the request signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The window's actions, for menus elsewhere (a tray icon) and for tests.
    enum class Action {
        NewMessage,
        RetryNow,
        Hold,
        Release,
        EditAndRequeue,
        ShowSource,
        Delete,
        Accounts,
        Console,
        Sandbox,
        FocusFilter,
        UndoDelete,
        Quit,
    };
    static constexpr int ActionCount = int(Action::Quit) + 1;

    explicit MainWindow(AppController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] QAction *action(Action which) const;
    [[nodiscard]] QTableView *outboxView() const { return m_view; }
    [[nodiscard]] OutboxModel *outboxModel() const { return m_model; }
    [[nodiscard]] MessageDetail *detail() const { return m_detail; }
    [[nodiscard]] TranscriptDock *transcriptDock() const { return m_transcriptDock; }

    // Makes the message with this id current and selected. False if it is not listed (yet):
    // then the filters are cleared if they hide it, and it is selected once it is listed.
    bool selectMessage(qint64 id);
    bool selectMessages(const QList<qint64> &ids); // the same for several; the first is current
    // Ids of the selected messages, in the order shown. The selection is what the user
    // means: the detail pane shows it, and the toolbar, menus, context menu and shortcuts act
    // on it (the current row, which Ctrl+arrows move alone, plays no part).
    [[nodiscard]] QList<qint64> selectedIds() const;

    // For the screenshot script and the translation check: once the window is shown, makes sure
    // the outbox has a message sent to the sandbox, then writes main, transcript and (when the
    // receivers of composeRequested(), accountsRequested(), consoleRequested() and
    // sandboxRequested() open them) compose, accounts, console and sandbox into `dir`, each as
    // NAME.png and NAME.txt (its visible texts, see visibleTexts()), and quits the application
    // with status 0 (1 if a file could not be written) unless `quitWhenDone` is false. Does
    // nothing when `dir` is empty.
    void scheduleScreenshots(const QString &dir, bool quitWhenDone = true);

Q_SIGNALS:
    void composeRequested();
    // File → Saved Drafts: the user picked the draft saved in `filePath`.
    void draftRequested(const QString &filePath);
    // "Edit and requeue": the message was put on hold first if it was waiting, so it does not
    // leave while it is being edited; the receiver deletes it once the edited copy is queued.
    void editRequested(qint64 id);
    void accountsRequested();
    void consoleRequested();
    void sandboxRequested();
    // scheduleScreenshots() wrote its pictures (the paths written).
    void screenshotsTaken(const QStringList &files);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    friend class ScreenshotTour; // looks at the outbox and shows what it pictures
    void createActions();
    void createMenus();
    void fillDraftsMenu();
    void createStatusBar();
    void updateActions();
    void updateStatus();
    void onSelectionChanged();
    void selectPending();
    void reselect(const QList<qint64> &ids);
    void onOnlineChanged(bool online);
    void showContextMenu(const QPoint &position);
    void applyFilters();
    // Runs `operation` on each selected message whose state allows it; reports failures.
    void applyToSelection(const QString &what, const QList<MessageState> &allowed,
        bool (AppController::*operation)(qint64, QString *));
    void retryNow();
    void hold();
    void release();
    void confirmDelete();
    void undoDelete();
    // Asks before sending again messages that may already have been delivered (Uncertain),
    // naming them and the risk of a duplicate; runs `then` at once when none is uncertain.
    void confirmPossibleDuplicates(const QList<qint64> &ids, const QString &question,
        const QString &confirmText, const std::function<void()> &then);
    // "“Subject” to a@example.org, b@example.org — State", for confirmations.
    [[nodiscard]] QString describe(qint64 id) const;
    void editAndRequeue();
    void showSource();
    void showError(const QString &title, const QString &text);
    [[nodiscard]] QList<MessageState> selectedStates() const;
    [[nodiscard]] std::optional<MessageState> stateOf(qint64 id) const;
    void restoreLayout();

    AppController *m_controller;
    OutboxModel *m_model;
    QTimer *m_filterTimer; // gathers typing in the text filter
    QList<qint64> m_pendingSelection; // selectMessages() asked for them before they were listed
    QList<qint64> m_selectedBeforeReset;
    QTableView *m_view = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    MessageDetail *m_detail = nullptr;
    TranscriptDock *m_transcriptDock = nullptr;
    QLabel *m_onlineLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    std::array<QAction *, ActionCount> m_actions {};
    QMenu *m_draftsMenu = nullptr;
    // What each Delete removed, most recent last, for Edit → Undo Delete.
    QList<QList<qint64>> m_deletedBatches;
};
