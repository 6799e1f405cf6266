// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "transcriptdock.h"

#include "certificatedialog.h"

#include "appcontroller.h"
#include "transcriptmodel.h"

#include "core/durablefile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

enum class Choice { All, Account, Session };
constexpr int ChoiceRole = Qt::UserRole + 1;
constexpr int ValueRole = Qt::UserRole + 2;
// Sessions offered in the filter list; older ones drop out as new ones come.
constexpr int MaxSessionChoices = 200;

// What a session reports when TLS is up (SmtpSession and the mailbox login test): the event
// that carries the server's certificate chain, in whatever language its text is.
bool isTlsEvent(const TranscriptEntry &entry)
{
    return entry.direction == TranscriptEntry::Direction::Event
        && !entry.peerCertificates.isEmpty();
}

} // namespace

TranscriptFilterProxy::TranscriptFilterProxy(AccountOfSession accountOf, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_accountOf(std::move(accountOf))
{ }

void TranscriptFilterProxy::showAll()
{
    m_session = 0;
    m_account.clear();
    invalidateFilter();
}

void TranscriptFilterProxy::showSession(quint64 sessionId)
{
    m_session = sessionId;
    m_account.clear();
    invalidateFilter();
}

void TranscriptFilterProxy::showAccount(const QString &account)
{
    m_session = 0;
    m_account = account;
    invalidateFilter();
}

bool TranscriptFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_session == 0 && m_account.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const quint64 session = index.data(TranscriptModel::SessionRole).toULongLong();
    if (m_session != 0)
        return session == m_session;
    return m_accountOf(session, index.data(TranscriptModel::MessageRole).toLongLong()) == m_account;
}

TranscriptDock::TranscriptDock(AppController *controller, QWidget *parent)
    : QDockWidget(tr("Transcript"), parent)
    , m_controller(controller)
    , m_model(controller->transcript())
    , m_proxy(new TranscriptFilterProxy(
          [this](quint64 session, qint64 message) { return accountOfSession(session, message); },
          this))
{
    setObjectName(QStringLiteral("transcriptDock"));
    setAccessibleName(tr("Live transcript"));
    m_proxy->setSourceModel(m_model);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QToolBar(content);
    bar->setAccessibleName(tr("Transcript tools"));
    bar->setIconSize(QSize(16, 16));
    layout->addWidget(bar);

    auto *filterLabel = new QLabel(tr("S&how:"), bar);
    m_filter = new QComboBox(bar);
    m_filter->setObjectName(QStringLiteral("transcriptFilter"));
    m_filter->setAccessibleName(tr("Show the lines of"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filterLabel->setBuddy(m_filter);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addSeparator();

    auto *searchLabel = new QLabel(tr("S&earch:"), bar);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("transcriptSearch"));
    m_search->setAccessibleName(tr("Search the transcript"));
    m_search->setPlaceholderText(tr("Text in a line"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    searchLabel->setBuddy(m_search);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search);

    const auto addAction = [this](const QString &text, QStyle::StandardPixmap icon,
                               const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        if (icon != QStyle::SP_CustomBase)
            action->setIcon(style()->standardIcon(icon));
        action->setShortcut(shortcut);
        // Only while the dock has focus: the outbox window has shortcuts of its own.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        QDockWidget::addAction(action);
        return action;
    };
    m_findPrevious = addAction(tr("Find &Previous"), QStyle::SP_ArrowUp, QKeySequence::FindPrevious,
        &TranscriptDock::findPrevious);
    m_findNext = addAction(
        tr("Find &Next"), QStyle::SP_ArrowDown, QKeySequence::FindNext, &TranscriptDock::findNext);
    m_copy = addAction(tr("&Copy Lines"), QStyle::SP_CustomBase, QKeySequence::Copy,
        &TranscriptDock::copySelection);
    m_save = addAction(tr("&Save Transcript…"), QStyle::SP_DialogSaveButton, QKeySequence::Save,
        &TranscriptDock::save);
    m_clear = addAction(tr("C&lear Transcript"), QStyle::SP_DialogResetButton, QKeySequence(),
        &TranscriptDock::clear);
    m_certificate = addAction(tr("Ce&rtificate…"), QStyle::SP_CustomBase, QKeySequence(),
        &TranscriptDock::showCertificate);
    m_certificate->setToolTip(tr("Show the TLS details of the selected line's session"));
    bar->addAction(m_findPrevious);
    bar->addAction(m_findNext);
    m_searchStatus = new QLabel(bar);
    m_searchStatus->setTextFormat(Qt::PlainText);
    m_searchStatus->setAccessibleName(tr("Search result"));
    bar->addWidget(m_searchStatus);
    bar->addSeparator();
    bar->addAction(m_copy);
    bar->addAction(m_save);
    bar->addAction(m_clear);
    bar->addSeparator();
    bar->addAction(m_certificate);
    m_certificateButton = qobject_cast<QToolButton *>(bar->widgetForAction(m_certificate));
    if (m_certificateButton)
        m_certificateButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    if (auto *copyButton = qobject_cast<QToolButton *>(bar->widgetForAction(m_copy)))
        copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_view = new QListView(content);
    m_view->setObjectName(QStringLiteral("transcriptView"));
    m_view->setAccessibleName(tr("Transcript lines"));
    m_view->setModel(m_proxy);
    // One line per entry, all the same height: the view lays out 20000 rows in no time.
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(500);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_search, &QLineEdit::returnPressed, this, &TranscriptDock::findNext);
    connect(m_search, &QLineEdit::textChanged, m_searchStatus, &QLabel::clear);
    connect(m_filter, &QComboBox::activated, this, &TranscriptDock::applyFilterChoice);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TranscriptDock::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &TranscriptDock::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &TranscriptDock::updateActions);
    connect(
        m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &TranscriptDock::onScrolled);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this,
        &TranscriptDock::onScrollRangeChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TranscriptDock::onRowsInserted);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_sessionAccounts.clear();
        rebuildFilterChoices();
    });
    connect(
        controller, &AppController::accountsChanged, this, &TranscriptDock::rebuildFilterChoices);

    rebuildFilterChoices();
    if (m_model->rowCount() > 0)
        onRowsInserted({}, 0, m_model->rowCount() - 1);
    updateActions();
}

QString TranscriptDock::accountOfSession(quint64 sessionId, qint64 messageId)
{
    const auto known = m_sessionAccounts.constFind(sessionId);
    if (known != m_sessionAccounts.constEnd() && (!known->isEmpty() || messageId == 0))
        return *known;
    QString account;
    if (messageId != 0 && m_controller->store()) {
        if (const std::optional<OutboxMessage> message = m_controller->store()->message(messageId))
            account = message->account;
    }
    if (!account.isEmpty() || known == m_sessionAccounts.constEnd())
        m_sessionAccounts.insert(sessionId, account);
    return account;
}

void TranscriptDock::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // A batch holds the lines of a few sessions: list each once, with its account.
    QList<quint64> sessions;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const quint64 session = index.data(TranscriptModel::SessionRole).toULongLong();
        (void)accountOfSession(session, index.data(TranscriptModel::MessageRole).toLongLong());
        if (!sessions.contains(session))
            sessions << session;
    }
    for (quint64 session : std::as_const(sessions))
        addSessionChoice(session);
    if (!m_certificate->isEnabled())
        updateActions();
}

void TranscriptDock::onScrolled(int value)
{
    m_followTail = value >= m_view->verticalScrollBar()->maximum();
}

void TranscriptDock::onScrollRangeChanged(int, int maximum)
{
    // New lines grow the range: follow them only if the reader was at the bottom.
    if (m_followTail)
        m_view->verticalScrollBar()->setValue(maximum);
}

void TranscriptDock::rebuildFilterChoices()
{
    const auto choice = Choice(m_filter->currentData(ChoiceRole).toInt());
    const QVariant value = m_filter->currentData(ValueRole);

    m_filter->clear();
    m_filter->addItem(tr("All sessions"));
    m_filter->setItemData(0, int(Choice::All), ChoiceRole);
    QStringList accounts;
    for (const Account &account : m_controller->accounts())
        accounts << account.name;
    for (const QString &account : std::as_const(m_sessionAccounts)) {
        if (!account.isEmpty() && !accounts.contains(account))
            accounts << account;
    }
    for (const QString &account : std::as_const(accounts)) {
        m_filter->addItem(tr("Account %1").arg(account));
        m_filter->setItemData(m_filter->count() - 1, int(Choice::Account), ChoiceRole);
        m_filter->setItemData(m_filter->count() - 1, account, ValueRole);
    }
    QList<quint64> sessions = m_sessionAccounts.keys();
    std::sort(sessions.begin(), sessions.end());
    for (quint64 session : std::as_const(sessions))
        addSessionChoice(session);

    int restore = 0;
    for (int i = 0; i < m_filter->count(); ++i) {
        if (Choice(m_filter->itemData(i, ChoiceRole).toInt()) == choice
            && m_filter->itemData(i, ValueRole) == value)
            restore = i;
    }
    m_filter->setCurrentIndex(restore);
    applyFilterChoice();
}

void TranscriptDock::addSessionChoice(quint64 sessionId)
{
    const QString account = m_sessionAccounts.value(sessionId);
    const QString label = account.isEmpty() ? tr("Session %1").arg(sessionId)
                                            : tr("Session %1 (%2)").arg(sessionId).arg(account);
    int sessionsListed = 0;
    int firstSession = -1;
    for (int i = 0; i < m_filter->count(); ++i) {
        if (Choice(m_filter->itemData(i, ChoiceRole).toInt()) != Choice::Session)
            continue;
        if (m_filter->itemData(i, ValueRole).toULongLong() == sessionId) {
            m_filter->setItemText(i, label); // its account became known
            return;
        }
        if (firstSession < 0)
            firstSession = i;
        ++sessionsListed;
    }
    if (sessionsListed >= MaxSessionChoices && firstSession != m_filter->currentIndex())
        m_filter->removeItem(firstSession);
    m_filter->addItem(label);
    m_filter->setItemData(m_filter->count() - 1, int(Choice::Session), ChoiceRole);
    m_filter->setItemData(m_filter->count() - 1, sessionId, ValueRole);
}

void TranscriptDock::applyFilterChoice()
{
    switch (Choice(m_filter->currentData(ChoiceRole).toInt())) {
    case Choice::All:
        m_proxy->showAll();
        break;
    case Choice::Account:
        m_proxy->showAccount(m_filter->currentData(ValueRole).toString());
        break;
    case Choice::Session:
        m_proxy->showSession(m_filter->currentData(ValueRole).toULongLong());
        break;
    }
    updateActions();
}

bool TranscriptDock::find(const QString &text, bool backwards)
{
    const int rows = m_proxy->rowCount();
    if (text.isEmpty() || rows == 0)
        return false;
    const QModelIndex current = m_view->currentIndex();
    int row = current.isValid() ? current.row() : (backwards ? rows : -1);
    for (int step = 0; step < rows; ++step) {
        row = backwards ? (row - 1 + rows) % rows : (row + 1) % rows;
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(Qt::DisplayRole).toString().contains(text, Qt::CaseInsensitive)) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            m_searchStatus->clear();
            return true;
        }
    }
    m_searchStatus->setText(tr("Not found"));
    return false;
}

void TranscriptDock::findNext()
{
    find(m_search->text(), false);
}

void TranscriptDock::findPrevious()
{
    find(m_search->text(), true);
}

QString TranscriptDock::selectedText() const
{
    QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    std::sort(selected.begin(), selected.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    lines.reserve(selected.size());
    for (const QModelIndex &index : std::as_const(selected))
        lines << index.data(Qt::DisplayRole).toString();
    return lines.join(u'\n');
}

void TranscriptDock::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

bool TranscriptDock::saveTo(const QString &path, QString *error) const
{
    QList<TranscriptEntry> entries;
    entries.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        entries << m_model->entryAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    QSaveFile file(path);
    if (!openPrivate(file) || file.write(formatTranscript(entries).toUtf8()) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void TranscriptDock::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Transcript"),
        QDir::home().filePath(QStringLiteral("transcript.txt")),
        tr("Transcripts (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Save Transcript"),
            tr("The transcript could not be saved: %1").arg(error), QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void TranscriptDock::clear()
{
    m_model->clear();
    m_searchStatus->clear();
}

std::optional<TranscriptEntry> TranscriptDock::tlsEvent() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    const int currentRow = m_proxy->mapToSource(current).row();
    const TranscriptEntry &line = m_model->entryAt(currentRow);
    if (isTlsEvent(line))
        return line;
    // The session's latest TLS report up to this line: after a second STARTTLS, the later one.
    for (int row = currentRow; row >= 0; --row) {
        const TranscriptEntry &entry = m_model->entryAt(row);
        if (entry.sessionId == line.sessionId && isTlsEvent(entry))
            return entry;
    }
    for (int row = currentRow + 1; row < m_model->rowCount(); ++row) {
        const TranscriptEntry &entry = m_model->entryAt(row);
        if (entry.sessionId == line.sessionId && isTlsEvent(entry))
            return entry;
    }
    return {};
}

void TranscriptDock::showCertificate()
{
    const std::optional<TranscriptEntry> event = tlsEvent();
    if (!event)
        return;
    auto *dialog = new CertificateDialog(event->text, event->peerCertificates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TranscriptDock::updateActions()
{
    const bool selection = m_view->selectionModel()->hasSelection();
    m_copy->setEnabled(selection);
    m_certificate->setEnabled(tlsEvent().has_value());
}

void TranscriptDock::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(m_copy);
    menu.addAction(m_findNext);
    menu.addAction(m_findPrevious);
    menu.addSeparator();
    menu.addAction(m_certificate);
    menu.addSeparator();
    menu.addAction(m_save);
    menu.addAction(m_clear);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}
