// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "outboxmodel.h"

#include "appcontroller.h"

#include "transcript/transcriptentry.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QSet>
#include <QStyle>
#include <QTimer>

namespace {

// Changes come in bursts (a delivery changes a message several times): gathered this long.
constexpr int ChangeGatheringMs = 50;

// One line of text from the store (reasons hold server text) made safe for a table cell.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u' ');
    return makeControlsVisible(line);
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

// When the scheduler will next look at the message, if it is waiting for a time.
QDateTime nextAttempt(const OutboxMessage &message, const QDateTime &now)
{
    switch (message.state) {
    case MessageState::Deferred:
        return message.nextAttemptAt;
    case MessageState::Queued:
        return message.notBefore.isValid() && message.notBefore > now ? message.notBefore
                                                                      : QDateTime();
    case MessageState::Sending:
    case MessageState::Held:
    case MessageState::Failed:
    case MessageState::Sent:
    case MessageState::Uncertain:
        return {};
    }
    return {};
}

QString lastReply(const OutboxMessage &message)
{
    if (!message.reason.isEmpty())
        return oneLine(message.reason);
    if (message.isPartlySent())
        return OutboxModel::tr("Not delivered to %1")
            .arg(oneLine(makeControlsVisible(describeMissingRecipients(message))));
    if (message.state == MessageState::Sent) {
        return message.queueId.isEmpty()
            ? OutboxModel::tr("Accepted")
            : OutboxModel::tr("Accepted as %1").arg(makeControlsVisible(message.queueId));
    }
    for (const OutboxRecipient &recipient : message.recipients) {
        if (recipient.lastReply.code != 0 && !recipient.lastReply.isPositiveCompletion())
            return recipient.lastReply.summary();
    }
    return {};
}

// Tool tips are shown as rich text when they look like it; text from servers and files is
// escaped so it is always shown as the plain text it is.
QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

QString recipientState(RecipientState state)
{
    switch (state) {
    case RecipientState::Pending:
        return OutboxModel::tr("pending");
    case RecipientState::Accepted:
        return OutboxModel::tr("accepted");
    case RecipientState::Failed:
        return OutboxModel::tr("refused");
    }
    return {};
}

QVariant toolTip(const OutboxMessage &message, OutboxModel::Column column)
{
    switch (column) {
    case OutboxModel::RecipientsColumn: {
        QStringList lines;
        for (const OutboxRecipient &recipient : message.recipients) {
            QString line
                = recipient.address + QStringLiteral(": ") + recipientState(recipient.state);
            if (recipient.lastReply.code != 0)
                line += QStringLiteral(" (") + recipient.lastReply.summary() + u')';
            lines << line;
        }
        return plainToolTip(lines.join(u'\n'));
    }
    case OutboxModel::LastReplyColumn:
        return message.reason.isEmpty() ? QVariant() : plainToolTip(message.reason);
    case OutboxModel::StateColumn:
    case OutboxModel::SubjectColumn:
    case OutboxModel::AccountColumn:
    case OutboxModel::AttemptsColumn:
    case OutboxModel::NextAttemptColumn:
    case OutboxModel::ColumnCount:
        break;
    }
    return {};
}

QString recipientList(const OutboxMessage &message)
{
    QStringList addresses;
    addresses.reserve(message.recipients.size());
    for (const OutboxRecipient &recipient : message.recipients)
        addresses << recipient.address;
    return addresses.join(QStringLiteral(", "));
}

} // namespace

OutboxModel::OutboxModel(AppController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
    , m_readerThread(new OutboxReaderThread(controller->profile(), this))
    , m_changeTimer(new QTimer(this))
{
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(ChangeGatheringMs);
    connect(m_changeTimer, &QTimer::timeout, this, &OutboxModel::fetchChanges);
    connect(m_readerThread, &OutboxReaderThread::listed, this, &OutboxModel::onListed);
    connect(
        m_readerThread, &OutboxReaderThread::changesFetched, this, &OutboxModel::onChangesFetched);
    connect(m_readerThread, &OutboxReaderThread::failed, this, [this](const QString &error) {
        // The rows stay as they were; the next change asks again.
        qWarning("outbox list: %s", qPrintable(error));
        m_listing = m_fetching = false;
    });
    connect(controller, &AppController::outboxChanged, this, &OutboxModel::onOutboxChanged);
    connect(controller, &AppController::sendProgress, this, &OutboxModel::onSendProgress);
    askForList();
}

OutboxModel::~OutboxModel()
{
    delete m_readerThread; // stops its thread before anything it answers to goes
}

QIcon OutboxModel::stateIcon(MessageState state)
{
    QStyle *style = QApplication::style();
    switch (state) {
    case MessageState::Queued:
        return style->standardIcon(QStyle::SP_ArrowForward);
    case MessageState::Sending:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case MessageState::Deferred:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case MessageState::Held:
        return style->standardIcon(QStyle::SP_MediaPause);
    case MessageState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case MessageState::Sent:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case MessageState::Uncertain:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    }
    return {};
}

void OutboxModel::setStateFilter(StateFilter filter)
{
    if (filter == m_stateFilter)
        return;
    m_stateFilter = filter;
    m_query.states = statesOf(filter);
    askForList();
}

void OutboxModel::setTextFilter(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    // The filter matches what the user sees, the state's shown name included.
    m_query.statesNamed.clear();
    if (!text.isEmpty()) {
        for (int i = 0; i <= int(MessageState::Uncertain); ++i) {
            if (stateDisplayName(MessageState(i)).contains(text, Qt::CaseInsensitive))
                m_query.statesNamed << MessageState(i);
        }
    }
    askForList();
}

void OutboxModel::sort(int column, Qt::SortOrder order)
{
    using Key = OutboxListQuery::SortKey;
    static const Key keys[ColumnCount] = { Key::State, Key::Subject, Key::Recipients, Key::Account,
        Key::Attempts, Key::NextAttempt, Key::LastReply };
    const Key key = column >= 0 && column < ColumnCount ? keys[column] : Key::Newest;
    if (key == m_query.sortKey && order == m_query.order)
        return;
    m_query.sortKey = key;
    m_query.order = key == Key::Newest ? Qt::AscendingOrder : order;
    askForList();
}

void OutboxModel::askForList()
{
    m_listing = true;
    m_readerThread->list(m_query);
}

void OutboxModel::onListed(const OutboxListing &listing, const OutboxListQuery &query)
{
    if (query != m_query)
        return; // a newer list is on its way
    m_listing = false;
    // Another filter shows other rows: a reset. Another order, or the same list read again
    // after changes, keeps the rows that stay (and so the selection).
    const bool filterChanged = query.states != m_shownQuery.states
        || query.account != m_shownQuery.account || query.text != m_shownQuery.text;
    // The same filter at the same change mark: the same rows, only in another order.
    const bool reordered
        = !filterChanged && listing.changeMark == m_mark && listing.ids.size() == m_ids.size();
    if (listing.changeMark != m_mark)
        m_cache.clear(); // rows may have changed since they were read
    m_mark = listing.changeMark;
    m_counts = listing.counts;
    m_shownQuery = query;
    if (reordered)
        reorder(listing.ids);
    else
        applyIds(listing.ids, filterChanged || m_ids.isEmpty());
    Q_EMIT countsChanged();
    Q_EMIT listed();
    if (m_fetchAgain) {
        m_fetchAgain = false;
        fetchChanges();
    }
}

void OutboxModel::onOutboxChanged(qint64 id)
{
    // A change made here (the user's action, a delivery) shows at once, so that the next
    // action sees it: one row read by id. The rest (counts, order, other processes) follows.
    if (id != 0 && m_mark >= 0)
        refreshNow(id);
    if (!m_changeTimer->isActive())
        m_changeTimer->start();
}

void OutboxModel::refreshNow(qint64 id)
{
    OutboxReader *reader = m_controller->reader();
    if (!reader)
        return;
    const QList<OutboxMessage> found = reader->messages({ id });
    if (found.isEmpty())
        forget(id);
    else
        take(found.first());
}

void OutboxModel::take(const OutboxMessage &message)
{
    m_cache.insert(message.id, message);
    if (message.state != MessageState::Sending)
        m_percentSent.remove(message.id);
    const int row = rowOf(message.id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    else if (m_shownQuery.isPlain())
        insertInIdOrder(message.id);
}

void OutboxModel::forget(qint64 id)
{
    m_cache.remove(id);
    m_percentSent.remove(id);
    const int row = rowOf(id);
    if (row >= 0)
        removeRow(row);
}

void OutboxModel::fetchChanges()
{
    // One question at a time; what comes meanwhile is asked for right after.
    if (m_listing || m_fetching || m_mark < 0) {
        m_fetchAgain = true;
        return;
    }
    m_fetching = true;
    m_readerThread->fetchChanges(m_mark);
}

void OutboxModel::onChangesFetched(const OutboxChanges &changes)
{
    m_fetching = false;
    if (changes.everything || changes.changeMark < m_mark) {
        askForList(); // too many, or a database made anew
        return;
    }
    m_mark = changes.changeMark;
    m_counts = changes.counts;

    for (qint64 id : changes.gone)
        forget(id);
    for (const OutboxMessage &message : changes.messages)
        take(message);
    // Sorted or filtered, a change may move a row or take it in or out: read the list again.
    if (!m_shownQuery.isPlain() && (!changes.messages.isEmpty() || !changes.gone.isEmpty()))
        askForList();
    Q_EMIT countsChanged();
    if (m_fetchAgain) {
        m_fetchAgain = false;
        fetchChanges();
    }
}

void OutboxModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    invalidateRowIndex();
    endRemoveRows();
}

void OutboxModel::insertInIdOrder(qint64 id)
{
    const int row = int(plainPosition(id) - m_ids.begin());
    beginInsertRows({}, row, row);
    m_ids.insert(row, id);
    invalidateRowIndex();
    endInsertRows();
}

void OutboxModel::applyIds(const QList<qint64> &ids, bool reset)
{
    // Many rows leaving one by one would cost more than the view's reset.
    constexpr int MaxRunsRemoved = 64;
    QSet<qint64> next;
    if (!reset) {
        next = QSet<qint64>(ids.begin(), ids.end());
        int runs = 0;
        for (int row = 0; row < m_ids.size() && runs <= MaxRunsRemoved; ++row) {
            if (!next.contains(m_ids[row]) && (row == 0 || next.contains(m_ids[row - 1])))
                ++runs;
        }
        reset = runs > MaxRunsRemoved;
    }
    if (reset) {
        beginResetModel();
        m_ids = ids;
        invalidateRowIndex();
        endResetModel();
        return;
    }

    // Rows that are gone go first, in contiguous runs from the bottom.
    for (int row = int(m_ids.size()) - 1; row >= 0;) {
        if (next.contains(m_ids[row])) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !next.contains(m_ids[first - 1]))
            --first;
        beginRemoveRows({}, first, row);
        m_ids.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // New rows are added at the end, and then every row moves to its place.
    const QSet<qint64> shown(m_ids.begin(), m_ids.end());
    QList<qint64> added;
    for (qint64 id : ids) {
        if (!shown.contains(id))
            added << id;
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_ids.size()), int(m_ids.size() + added.size()) - 1);
        m_ids << added;
        endInsertRows();
    }
    invalidateRowIndex();
    reorder(ids);
}

void OutboxModel::reorder(const QList<qint64> &ids)
{
    if (m_ids == ids)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> idsBefore;
    for (const QModelIndex &index : before)
        idsBefore << m_ids[index.row()];
    m_ids = ids;
    invalidateRowIndex();
    // A few persistent indexes (the current row, a small selection) are found by a scan; many
    // by an index of every row.
    constexpr int MaxScanned = 16;
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row
            = before.size() <= MaxScanned ? int(m_ids.indexOf(idsBefore[i])) : rowOf(idsBefore[i]);
        after << (row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const OutboxMessage *OutboxModel::cachedAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const qint64 id = m_ids[row];
    auto found = m_cache.constFind(id);
    if (found != m_cache.constEnd())
        return &*found;
    OutboxReader *reader = m_controller->reader();
    if (!reader)
        return nullptr;
    // A page around the row: a view asks for the rows it shows one after the other.
    constexpr int Before = 32;
    constexpr int After = 96;
    constexpr int MaxCached = 4000;
    QList<qint64> page;
    for (int r = qMax(0, row - Before); r < qMin(int(m_ids.size()), row + After); ++r) {
        if (!m_cache.contains(m_ids[r]))
            page << m_ids[r];
    }
    if (m_cache.size() + page.size() > MaxCached)
        m_cache.clear();
    for (const OutboxMessage &message : reader->messages(page))
        m_cache.insert(message.id, message);
    found = m_cache.constFind(id);
    return found == m_cache.constEnd() ? nullptr : &*found;
}

void OutboxModel::onSendProgress(qint64 id, qint64 bytesSent, qint64 totalBytes)
{
    const int percent = totalBytes > 0 ? int(bytesSent * 100 / totalBytes) : 0;
    const int row = rowOf(id);
    // Repaint only when the figure changes: progress comes for every block written.
    if (row < 0 || m_percentSent.value(id, -1) == percent)
        return;
    m_percentSent.insert(id, percent);
    Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn), { Qt::DisplayRole });
}

int OutboxModel::rowOf(qint64 id) const
{
    if (m_shownQuery.isPlain()) {
        const auto at = plainPosition(id);
        return at != m_ids.cend() && *at == id ? int(at - m_ids.cbegin()) : -1;
    }
    if (m_rowOfId.isEmpty() && !m_ids.isEmpty()) {
        m_rowOfId.reserve(m_ids.size());
        for (int row = 0; row < m_ids.size(); ++row)
            m_rowOfId.insert(m_ids[row], row);
    }
    return m_rowOfId.value(id, -1);
}

QList<qint64>::const_iterator OutboxModel::plainPosition(qint64 id) const
{
    // The plain order is the ids descending (newest first): a binary search.
    return std::lower_bound(
        m_ids.cbegin(), m_ids.cend(), id, [](qint64 a, qint64 b) { return a > b; });
}

qint64 OutboxModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

OutboxMessage OutboxModel::messageAt(int row) const
{
    const OutboxMessage *message = cachedAt(row);
    return message ? *message : OutboxMessage {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids[index.row()];
    const OutboxMessage *cached = cachedAt(index.row());
    if (!cached)
        return {};
    const OutboxMessage &message = *cached;
    const auto column = Column(index.column());

    switch (role) {
    case StateRole:
        return int(message.state);
    case Qt::DecorationRole:
        return column == StateColumn ? stateIcon(message.state) : QVariant();
    case Qt::TextAlignmentRole:
        return column == AttemptsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(message, column);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (column) {
    case StateColumn:
        if (message.state == MessageState::Sending && m_percentSent.contains(message.id))
            return tr("Sending, %1%").arg(m_percentSent.value(message.id));
        return messageStateDisplayName(message);
    case SubjectColumn:
        return message.subject.isEmpty() ? tr("(no subject)")
                                         : makeControlsVisible(message.subject);
    case RecipientsColumn:
        return recipientList(message);
    case AccountColumn:
        return message.account;
    case AttemptsColumn:
        return QString::number(message.attemptCount);
    case NextAttemptColumn:
        return shortTime(nextAttempt(message, m_controller->store()->now()));
    case LastReplyColumn:
        return lastReply(message);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StateColumn:
        return tr("State");
    case SubjectColumn:
        return tr("Subject");
    case RecipientsColumn:
        return tr("Recipients");
    case AccountColumn:
        return tr("Account");
    case AttemptsColumn:
        return tr("Attempts");
    case NextAttemptColumn:
        return tr("Next attempt");
    case LastReplyColumn:
        return tr("Last reply");
    case ColumnCount:
        break;
    }
    return {};
}

QString OutboxModel::stateFilterName(StateFilter filter)
{
    switch (filter) {
    case StateFilter::All:
        return tr("All messages");
    case StateFilter::Waiting:
        return tr("Waiting to go");
    case StateFilter::NeedsAttention:
        return tr("Needing attention");
    case StateFilter::Queued:
        return stateDisplayName(MessageState::Queued);
    case StateFilter::Sending:
        return stateDisplayName(MessageState::Sending);
    case StateFilter::Deferred:
        return stateDisplayName(MessageState::Deferred);
    case StateFilter::Held:
        return stateDisplayName(MessageState::Held);
    case StateFilter::Failed:
        return stateDisplayName(MessageState::Failed);
    case StateFilter::Sent:
        return stateDisplayName(MessageState::Sent);
    case StateFilter::Uncertain:
        return stateDisplayName(MessageState::Uncertain);
    }
    return {};
}

QList<MessageState> OutboxModel::statesOf(StateFilter filter)
{
    switch (filter) {
    case StateFilter::All:
        return {};
    case StateFilter::Waiting:
        return { MessageState::Queued, MessageState::Sending, MessageState::Deferred };
    case StateFilter::NeedsAttention:
        return { MessageState::Held, MessageState::Failed, MessageState::Uncertain };
    case StateFilter::Queued:
        return { MessageState::Queued };
    case StateFilter::Sending:
        return { MessageState::Sending };
    case StateFilter::Deferred:
        return { MessageState::Deferred };
    case StateFilter::Held:
        return { MessageState::Held };
    case StateFilter::Failed:
        return { MessageState::Failed };
    case StateFilter::Sent:
        return { MessageState::Sent };
    case StateFilter::Uncertain:
        return { MessageState::Uncertain };
    }
    return {};
}
