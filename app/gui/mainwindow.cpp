// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "mainwindow.h"

#include "appcontroller.h"
#include "composewindow.h"
#include "messagedetail.h"
#include "outboxmodel.h"
#include "screenshottour.h"
#include "transcriptdock.h"
#include "transcriptmodel.h"

#include "outbox/outboxstore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

QIcon themedIcon(const char *name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(QString::fromLatin1(name), style->standardIcon(fallback));
}

const QList<MessageState> RetryableStates { MessageState::Queued, MessageState::Deferred,
    MessageState::Failed, MessageState::Uncertain, MessageState::Held };
// Not Uncertain: see OutboxStore::hold().
const QList<MessageState> HoldableStates { MessageState::Queued, MessageState::Deferred,
    MessageState::Failed };
const QList<MessageState> ReleasableStates { MessageState::Held };
const QList<MessageState> DeletableStates { MessageState::Queued, MessageState::Deferred,
    MessageState::Held, MessageState::Failed, MessageState::Sent, MessageState::Uncertain };

// What deleting a message in `state` means, for the confirmation.
QString deleteConsequence(MessageState state)
{
    switch (state) {
    case MessageState::Queued:
    case MessageState::Deferred:
    case MessageState::Held:
        return MainWindow::tr("not sent yet; it will not be sent");
    case MessageState::Sending:
        return MainWindow::tr("being sent right now; it cannot be deleted");
    case MessageState::Failed:
        return MainWindow::tr("refused, not delivered; only the record is removed");
    case MessageState::Sent:
        return MainWindow::tr("already sent; only the record is removed");
    case MessageState::Uncertain:
        return MainWindow::tr("may already have been delivered; only the record is removed, "
                              "and it will not be sent again");
    }
    return {};
}

// At most this many messages are named one by one in a confirmation.
constexpr int MaxNamedInConfirmation = 10;

bool anyIn(const QList<MessageState> &states, const QList<MessageState> &allowed)
{
    return std::any_of(states.begin(), states.end(),
        [&allowed](MessageState state) { return allowed.contains(state); });
}

// Typing in the text filter is searched for once it pauses this long (and the reader reads
// only the newest list asked for, so a fast typist costs one search, not one per key).
constexpr int FilterTypingMs = 30;

} // namespace

MainWindow::MainWindow(AppController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_model(new OutboxModel(controller, this))
    , m_filterTimer(new QTimer(this))
{
    setWindowTitle(tr("Outbound"));
    setAccessibleName(tr("Outbound outbox"));

    // The outbox: filters above the table.
    auto *outbox = new QWidget(this);
    auto *outboxLayout = new QVBoxLayout(outbox);
    outboxLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(6, 6, 6, 0);
    auto *stateLabel = new QLabel(tr("Sho&w:"), outbox);
    m_stateFilter = new QComboBox(outbox);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setAccessibleName(tr("Show messages in state"));
    for (int i = 0; i <= int(OutboxModel::StateFilter::Uncertain); ++i) {
        const auto filter = OutboxModel::StateFilter(i);
        m_stateFilter->addItem(OutboxModel::stateFilterName(filter), i);
    }
    stateLabel->setBuddy(m_stateFilter);
    auto *textLabel = new QLabel(tr("Fi&lter:"), outbox);
    m_textFilter = new QLineEdit(outbox);
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_textFilter->setAccessibleName(tr("Filter messages by text"));
    m_textFilter->setPlaceholderText(tr("Subject, recipient, account or reply"));
    m_textFilter->setClearButtonEnabled(true);
    textLabel->setBuddy(m_textFilter);
    filters->addWidget(stateLabel);
    filters->addWidget(m_stateFilter);
    filters->addSpacing(12);
    filters->addWidget(textLabel);
    filters->addWidget(m_textFilter, 1);
    outboxLayout->addLayout(filters);

    m_view = new QTableView(outbox);
    m_view->setObjectName(QStringLiteral("outboxView"));
    m_view->setAccessibleName(tr("Outbox messages"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Newest first until the user picks a column (clicking it a third time goes back).
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    const int widths[] = { 110, 240, 220, 110, 70, 140 };
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_view->setColumnWidth(column, widths[column]);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    outboxLayout->addWidget(m_view, 1);

    m_detail = new MessageDetail(controller, this);
    m_detail->setObjectName(QStringLiteral("messageDetail"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("outboxSplitter"));
    splitter->addWidget(outbox);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ 420, 260 }); // a useful number of rows, and the detail below
    setCentralWidget(splitter);

    m_transcriptDock = new TranscriptDock(controller, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_transcriptDock);
    resizeDocks({ m_transcriptDock }, { 170 }, Qt::Vertical);

    createActions();
    createMenus();
    createStatusBar();

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    // Typing is gathered into one search: each one reads the whole outbox (off this thread).
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterTypingMs);
    connect(m_textFilter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &MainWindow::applyFilters);
    // The detail pane follows the selection, as the actions do; rows removed from under it
    // (a message deleted elsewhere) change the selection without selectionChanged.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::onSelectionChanged);
    for (const auto signal :
        { &QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted })
        connect(m_model, signal, this, &MainWindow::onSelectionChanged);
    // Other filters are a new list: the messages selected stay selected where still shown.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_selectedBeforeReset = selectedIds(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        reselect(std::exchange(m_selectedBeforeReset, {}));
        onSelectionChanged();
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &MainWindow::onSelectionChanged);
    connect(m_model, &OutboxModel::listed, this, &MainWindow::selectPending);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::selectPending);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this] { m_detail->setFocus(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_model, &OutboxModel::countsChanged, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(controller, &AppController::onlineChanged, this, &MainWindow::onOnlineChanged);
    connect(controller, &AppController::accountNeedsAttention, this,
        [this](const QString &account, const QString &reason) {
            statusBar()->showMessage(
                tr("Account %1 needs attention: %2").arg(account, makeControlsVisible(reason)),
                30'000);
        });

    resize(1100, 820);
    restoreLayout();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::action(Action which) const
{
    return m_actions[size_t(which)];
}

void MainWindow::createActions()
{
    const QStyle *style = this->style();
    const auto make = [this](Action which, const QString &text, const QIcon &icon,
                          const QKeySequence &shortcut, const QString &toolTip) {
        auto *action = new QAction(icon, text, this);
        action->setShortcut(shortcut);
        action->setToolTip(toolTip);
        action->setStatusTip(toolTip);
        m_actions[size_t(which)] = action;
        addAction(action); // shortcuts work with the menu bar hidden too
        return action;
    };

    connect(make(Action::NewMessage, tr("&New Message…"),
                themedIcon("mail-message-new", QStyle::SP_FileIcon, style), QKeySequence::New,
                tr("Write a new message")),
        &QAction::triggered, this, &MainWindow::composeRequested);
    action(Action::NewMessage)->setObjectName(QStringLiteral("newMessageAction"));
    connect(make(Action::RetryNow, tr("&Retry Now"),
                themedIcon("view-refresh", QStyle::SP_BrowserReload, style),
                QKeySequence(tr("Ctrl+R")), tr("Send the selected messages now")),
        &QAction::triggered, this, &MainWindow::retryNow);
    connect(make(Action::Hold, tr("&Hold"),
                themedIcon("media-playback-pause", QStyle::SP_MediaPause, style),
                QKeySequence(tr("Ctrl+H")), tr("Keep the selected messages back")),
        &QAction::triggered, this, &MainWindow::hold);
    connect(make(Action::Release, tr("Re&lease"),
                themedIcon("media-playback-start", QStyle::SP_MediaPlay, style),
                QKeySequence(tr("Ctrl+Shift+H")), tr("Let held messages go")),
        &QAction::triggered, this, &MainWindow::release);
    connect(make(Action::EditAndRequeue, tr("&Edit and Requeue…"),
                themedIcon("document-edit", QStyle::SP_FileDialogDetailedView, style),
                QKeySequence(tr("Ctrl+E")), tr("Open the message in a compose window")),
        &QAction::triggered, this, &MainWindow::editAndRequeue);
    connect(make(Action::ShowSource, tr("Show &Source"),
                themedIcon("text-plain", QStyle::SP_FileDialogContentsView, style),
                QKeySequence(tr("Ctrl+U")), tr("Show the message as it is sent")),
        &QAction::triggered, this, &MainWindow::showSource);
    connect(
        make(Action::Delete, tr("&Delete…"), themedIcon("edit-delete", QStyle::SP_TrashIcon, style),
            QKeySequence::Delete, tr("Remove the selected messages from the outbox")),
        &QAction::triggered, this, &MainWindow::confirmDelete);
    connect(make(Action::Accounts, tr("&Accounts…"),
                themedIcon("configure", QStyle::SP_ComputerIcon, style), QKeySequence::Preferences,
                tr("Set up the accounts messages are sent through")),
        &QAction::triggered, this, &MainWindow::accountsRequested);
    connect(make(Action::Console, tr("SMTP &Console…"),
                themedIcon("utilities-terminal", QStyle::SP_ComputerIcon, style), QKeySequence(),
                tr("Type SMTP commands to an account's server")),
        &QAction::triggered, this, &MainWindow::consoleRequested);
    connect(make(Action::Sandbox, tr("&Sandbox…"),
                themedIcon("mail-send-receive", QStyle::SP_DriveNetIcon, style), QKeySequence(),
                tr("Read what the built-in sandbox server captured, and rehearse failures")),
        &QAction::triggered, this, &MainWindow::sandboxRequested);
    connect(make(Action::FocusFilter, tr("&Filter Messages"), QIcon(), QKeySequence::Find,
                tr("Type to filter the outbox")),
        &QAction::triggered, this, [this] {
            m_textFilter->setFocus(Qt::ShortcutFocusReason);
            m_textFilter->selectAll();
        });
    connect(make(Action::UndoDelete, tr("&Undo Delete"),
                themedIcon("edit-undo", QStyle::SP_ArrowBack, style), QKeySequence::Undo,
                tr("Bring back the messages deleted last")),
        &QAction::triggered, this, &MainWindow::undoDelete);
    auto *quit = make(Action::Quit, tr("&Quit"),
        themedIcon("application-exit", QStyle::SP_DialogCloseButton, style), QKeySequence::Quit,
        tr("Close every window and quit"));
    quit->setMenuRole(QAction::QuitRole);
    // Compose windows may keep the application from quitting (a draft to save).
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows, Qt::QueuedConnection);

    auto *toolBar = addToolBar(tr("Outbox"));
    toolBar->setObjectName(QStringLiteral("outboxToolBar"));
    toolBar->setAccessibleName(tr("Outbox actions"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(action(Action::NewMessage));
    toolBar->addSeparator();
    for (Action which : { Action::RetryNow, Action::Hold, Action::Release, Action::EditAndRequeue,
             Action::ShowSource, Action::Delete })
        toolBar->addAction(action(which));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(Action::NewMessage));
    // Drafts stay when a compose window is closed unsent, or when the app did not end well.
    m_draftsMenu = file->addMenu(tr("Saved &Drafts"));
    m_draftsMenu->setObjectName(QStringLiteral("draftsMenu"));
    connect(m_draftsMenu, &QMenu::aboutToShow, this, &MainWindow::fillDraftsMenu);
    file->addSeparator();
    file->addAction(action(Action::Quit));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(Action::UndoDelete));

    QMenu *outbox = menuBar()->addMenu(tr("&Outbox"));
    for (Action which : { Action::RetryNow, Action::Hold, Action::Release, Action::EditAndRequeue,
             Action::ShowSource })
        outbox->addAction(action(which));
    outbox->addSeparator();
    outbox->addAction(action(Action::Delete));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *transcript = m_transcriptDock->toggleViewAction();
    transcript->setText(tr("&Transcript"));
    transcript->setShortcut(QKeySequence(tr("Ctrl+T")));
    transcript->setStatusTip(tr("Show or hide the live transcript"));
    addAction(transcript);
    view->addAction(transcript);
    QToolBar *toolBar = findChild<QToolBar *>(QStringLiteral("outboxToolBar"));
    QAction *toolBarToggle = toolBar->toggleViewAction();
    toolBarToggle->setText(tr("T&oolbar"));
    view->addAction(toolBarToggle);
    view->addSeparator();
    view->addAction(action(Action::FocusFilter));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(action(Action::Accounts));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(action(Action::Console));
    tools->addAction(action(Action::Sandbox));
}

void MainWindow::fillDraftsMenu()
{
    m_draftsMenu->clear();
    const QStringList drafts = ComposeWindow::savedDrafts(m_controller->profile());
    for (const QString &path : drafts) {
        m_draftsMenu->addAction(
            ComposeWindow::draftTitle(path), this, [this, path] { Q_EMIT draftRequested(path); });
    }
    if (drafts.isEmpty())
        m_draftsMenu->addAction(tr("No saved drafts"))->setEnabled(false);
}

void MainWindow::createStatusBar()
{
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setAccessibleName(tr("Messages under way"));
    m_onlineLabel = new QLabel(this);
    m_onlineLabel->setObjectName(QStringLiteral("onlineLabel"));
    m_onlineLabel->setAccessibleName(tr("Network state"));
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_onlineLabel);
    onOnlineChanged(!m_controller->scheduler() || m_controller->scheduler()->isOnline());
}

void MainWindow::onOnlineChanged(bool online)
{
    m_onlineLabel->setText(online ? tr("Online") : tr("Offline"));
    m_onlineLabel->setToolTip(online ? tr("Messages are sent as they become due.")
                                     : tr("No network: messages wait until it returns."));
}

void MainWindow::updateStatus()
{
    const int sending = m_model->count(MessageState::Sending);
    const int waiting
        = m_model->count(MessageState::Queued) + m_model->count(MessageState::Deferred);
    m_countsLabel->setText(tr("%n sending", nullptr, sending) + QStringLiteral(", ")
        + tr("%n queued", nullptr, waiting));
}

void MainWindow::applyFilters()
{
    m_filterTimer->stop();
    m_model->setStateFilter(OutboxModel::StateFilter(m_stateFilter->currentData().toInt()));
    m_model->setTextFilter(m_textFilter->text());
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QList<int> order;
    for (const QModelIndex &index : rows)
        order << index.row();
    std::sort(order.begin(), order.end());
    for (int row : std::as_const(order))
        ids << m_model->idAt(row);
    return ids;
}

std::optional<MessageState> MainWindow::stateOf(qint64 id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? std::nullopt : std::optional<MessageState>(m_model->messageAt(row).state);
}

QList<MessageState> MainWindow::selectedStates() const
{
    QList<MessageState> states;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        states << MessageState(index.data(OutboxModel::StateRole).toInt());
    return states;
}

bool MainWindow::selectMessage(qint64 id)
{
    return selectMessages({ id });
}

bool MainWindow::selectMessages(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (m_model->rowOf(id) < 0) {
            // Not listed yet (the list is read on another thread): selected once it is.
            m_pendingSelection = ids;
            m_model->relist();
            return false;
        }
    }
    m_pendingSelection.clear();
    reselect(ids);
    if (!ids.isEmpty())
        m_view->scrollTo(m_model->index(m_model->rowOf(ids.first()), 0));
    return true;
}

void MainWindow::selectPending()
{
    if (m_pendingSelection.isEmpty() || !m_model->isListed())
        return;
    QList<qint64> listed;
    for (qint64 id : std::as_const(m_pendingSelection)) {
        if (m_model->rowOf(id) >= 0)
            listed << id;
    }
    if (listed.isEmpty()
        && (m_stateFilter->currentIndex() != 0 || !m_textFilter->text().isEmpty())) {
        // Hidden by the filters: show everything, and select it in that list.
        m_stateFilter->setCurrentIndex(0);
        m_textFilter->clear();
        applyFilters();
        return;
    }
    m_pendingSelection.clear();
    selectMessages(listed);
}

void MainWindow::reselect(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, 0));
    }
    if (selection.isEmpty())
        return;
    m_view->selectionModel()->setCurrentIndex(
        selection.first().topLeft(), QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::onSelectionChanged()
{
    m_detail->setSelection(selectedIds());
    updateActions();
}

void MainWindow::updateActions()
{
    const QList<MessageState> states = selectedStates();
    action(Action::RetryNow)->setEnabled(anyIn(states, RetryableStates));
    action(Action::Hold)->setEnabled(anyIn(states, HoldableStates));
    action(Action::Release)->setEnabled(anyIn(states, ReleasableStates));
    action(Action::Delete)->setEnabled(anyIn(states, DeletableStates));
    action(Action::EditAndRequeue)
        ->setEnabled(states.size() == 1 && states.first() != MessageState::Sending);
    action(Action::ShowSource)->setEnabled(states.size() == 1);
    action(Action::UndoDelete)->setEnabled(!m_deletedBatches.isEmpty());
}

void MainWindow::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    for (Action which : { Action::RetryNow, Action::Hold, Action::Release, Action::EditAndRequeue,
             Action::ShowSource })
        menu.addAction(action(which));
    menu.addSeparator();
    menu.addAction(action(Action::Delete));
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void MainWindow::applyToSelection(const QString &what, const QList<MessageState> &allowed,
    bool (AppController::*operation)(qint64, QString *))
{
    QStringList errors;
    for (qint64 id : selectedIds()) {
        const std::optional<MessageState> state = stateOf(id);
        if (!state || !allowed.contains(*state))
            continue;
        QString error;
        if (!(m_controller->*operation)(id, &error))
            errors << tr("Message %1: %2").arg(id).arg(error);
    }
    if (!errors.isEmpty())
        showError(what, errors.join(u'\n'));
}

void MainWindow::retryNow()
{
    confirmPossibleDuplicates(selectedIds(),
        tr("Send again a message that may already have been delivered?"), tr("Send &Again"),
        [this] { applyToSelection(tr("Retry Now"), RetryableStates, &AppController::retryNow); });
}

void MainWindow::hold()
{
    applyToSelection(tr("Hold"), HoldableStates, &AppController::hold);
}

void MainWindow::release()
{
    applyToSelection(tr("Release"), ReleasableStates, &AppController::release);
}

QString MainWindow::describe(qint64 id) const
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return tr("message %1").arg(id);
    const OutboxMessage message = m_model->messageAt(row);
    const QString subject
        = message.subject.isEmpty() ? tr("(no subject)") : makeControlsVisible(message.subject);
    QStringList recipients;
    for (const OutboxRecipient &recipient : message.recipients)
        recipients << makeControlsVisible(recipient.address);
    constexpr int Named = 3;
    QString to = QStringList(recipients.mid(0, Named)).join(QStringLiteral(", "));
    if (recipients.size() > Named)
        to = tr("%1 and %n more", nullptr, int(recipients.size() - Named)).arg(to);
    return tr("“%1” to %2 — %3").arg(subject, to, stateDisplayName(message.state));
}

void MainWindow::confirmDelete()
{
    QList<qint64> ids;
    for (qint64 id : selectedIds()) {
        const std::optional<MessageState> state = stateOf(id);
        if (state && DeletableStates.contains(*state))
            ids << id;
    }
    if (ids.isEmpty())
        return;
    // Each message by name, with what deleting it means in its state.
    QStringList lines;
    for (qint64 id : std::as_const(ids).mid(0, MaxNamedInConfirmation))
        lines << tr("%1: %2").arg(describe(id), deleteConsequence(*stateOf(id)));
    if (ids.size() > MaxNamedInConfirmation)
        lines << tr("… and %n more", nullptr, int(ids.size() - MaxNamedInConfirmation));
    const QString text = tr("Delete %n message(s) from the outbox?", nullptr, int(ids.size()))
        + QStringLiteral("\n\n") + lines.join(u'\n') + QStringLiteral("\n\n")
        + tr("Deleted messages are kept for %n day(s); Edit → Undo Delete brings them back.",
            nullptr, OutboxStore::KeepDeletedDays);
    // Window-modal and asynchronous: the outbox keeps updating behind the question.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete Messages"), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setTextFormat(Qt::PlainText); // subjects and addresses come from users
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(remove, &QPushButton::clicked, this, [this, ids] {
        QStringList errors;
        QList<qint64> deleted;
        for (qint64 id : ids) {
            QString error;
            if (m_controller->remove(id, &error))
                deleted << id;
            else
                errors << tr("Message %1: %2").arg(id).arg(error);
        }
        if (!deleted.isEmpty()) {
            m_deletedBatches << deleted;
            updateActions();
            statusBar()->showMessage(tr("%n message(s) deleted; Edit → Undo Delete brings them "
                                        "back.",
                                         nullptr, int(deleted.size())),
                30'000);
        }
        if (!errors.isEmpty())
            showError(tr("Delete Messages"), errors.join(u'\n'));
    });
    box->open();
}

void MainWindow::undoDelete()
{
    if (m_deletedBatches.isEmpty())
        return;
    const QList<qint64> ids = m_deletedBatches.takeLast();
    QStringList errors;
    QList<qint64> restored;
    for (qint64 id : ids) {
        QString error;
        if (m_controller->restore(id, &error))
            restored << id;
        else
            errors << tr("Message %1: %2").arg(id).arg(error);
    }
    // What came back is what the user means now.
    if (!restored.isEmpty())
        selectMessages(restored);
    updateActions();
    if (!restored.isEmpty())
        statusBar()->showMessage(
            tr("%n message(s) restored.", nullptr, int(restored.size())), 10'000);
    if (!errors.isEmpty())
        showError(tr("Undo Delete"), errors.join(u'\n'));
}

void MainWindow::confirmPossibleDuplicates(const QList<qint64> &ids, const QString &question,
    const QString &confirmText, const std::function<void()> &then)
{
    QList<qint64> uncertain;
    for (qint64 id : ids) {
        if (stateOf(id) == MessageState::Uncertain)
            uncertain << id;
    }
    if (uncertain.isEmpty()) {
        then();
        return;
    }
    QStringList lines;
    for (qint64 id : std::as_const(uncertain).mid(0, MaxNamedInConfirmation)) {
        const OutboxMessage message = m_model->messageAt(m_model->rowOf(id));
        lines << (message.reason.isEmpty()
                ? describe(id)
                : tr("%1: %2").arg(describe(id), makeControlsVisible(message.reason)));
    }
    if (uncertain.size() > MaxNamedInConfirmation)
        lines << tr("… and %n more", nullptr, int(uncertain.size() - MaxNamedInConfirmation));
    const QString text = question + QStringLiteral("\n\n") + lines.join(u'\n')
        + QStringLiteral("\n\n")
        + tr("The connection was lost after the whole message had been sent, so the server "
             "may have accepted it. Sending it again may deliver it twice: check with the "
             "recipients or the server's logs first.");
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Possible Duplicate"), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmPossibleDuplicate"));
    box->setTextFormat(Qt::PlainText); // subjects and server replies
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *send = box->addButton(confirmText, QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("confirmDuplicateButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(send, &QPushButton::clicked, this, then);
    box->open();
}

void MainWindow::editAndRequeue()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const qint64 id = ids.first();
    const std::optional<MessageState> state = stateOf(id);
    if (!state || *state == MessageState::Sending)
        return;
    // A copy of an Uncertain message, once sent, is as much a duplicate as a retry.
    confirmPossibleDuplicates(ids,
        tr("Edit and send again a message that may already have been delivered?"),
        tr("&Edit Anyway"), [this, id] {
            const std::optional<MessageState> now = stateOf(id);
            if (!now || *now == MessageState::Sending)
                return;
            if (*now == MessageState::Queued || *now == MessageState::Deferred) {
                QString error;
                if (!m_controller->hold(id, &error)) {
                    showError(tr("Edit and Requeue"), error);
                    return;
                }
            }
            Q_EMIT editRequested(id);
        });
}

void MainWindow::showSource()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    m_detail->setMessage(ids.first());
    m_detail->showPage(MessageDetail::Page::Source);
    m_detail->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showError(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText); // errors quote servers
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings(m_controller->profile().settingsFile(), QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_view->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("columns")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings(m_controller->profile().settingsFile(), QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(QStringLiteral("splitter"), splitter->saveState());
    settings.setValue(QStringLiteral("columns"), m_view->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::scheduleScreenshots(const QString &dir, bool quitWhenDone)
{
    if (dir.isEmpty())
        return;
    (new ScreenshotTour(this, m_controller, dir, quitWhenDone))->start();
}
