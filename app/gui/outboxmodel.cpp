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

#include <limits>

namespace {

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
{
    connect(controller, &AppController::outboxChanged, this, &OutboxModel::onOutboxChanged);
    connect(controller, &AppController::sendProgress, this, &OutboxModel::onSendProgress);
    reload();
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

void OutboxModel::onOutboxChanged(qint64 id)
{
    if (id == 0)
        reload();
    else
        refresh(id);
}

void OutboxModel::reload()
{
    OutboxStore *store = m_controller->store();
    if (!store)
        return;
    const QList<OutboxMessage> current = store->messages();
    QHash<qint64, qsizetype> positions;
    for (qsizetype i = 0; i < current.size(); ++i)
        positions.insert(current[i].id, i);

    // Rows that are gone go first, in contiguous runs from the bottom.
    for (int row = int(m_messages.size()) - 1; row >= 0;) {
        if (positions.contains(m_messages[size_t(row)].id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !positions.contains(m_messages[size_t(first - 1)].id))
            --first;
        beginRemoveRows({}, first, row);
        m_messages.erase(m_messages.begin() + first, m_messages.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }

    // Rows that stay are updated in place.
    QSet<qint64> shown;
    for (OutboxMessage &message : m_messages) {
        shown.insert(message.id);
        message = current[positions.value(message.id)];
    }
    if (!m_messages.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));

    // New messages go on top, in the store's order (newest first).
    std::vector<OutboxMessage> added;
    for (const OutboxMessage &message : current) {
        if (!shown.contains(message.id))
            added.push_back(message);
    }
    if (!added.empty()) {
        beginInsertRows({}, 0, int(added.size()) - 1);
        m_messages.insert(m_messages.begin(), added.begin(), added.end());
        endInsertRows();
    }
    Q_EMIT countsChanged();
}

void OutboxModel::refresh(qint64 id)
{
    OutboxStore *store = m_controller->store();
    if (!store)
        return;
    const std::optional<OutboxMessage> message = store->message(id);
    const int row = rowOf(id);
    if (message && row >= 0) {
        setRow(row, *message);
    } else if (message) {
        beginInsertRows({}, 0, 0);
        m_messages.insert(m_messages.begin(), *message);
        endInsertRows();
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_messages.erase(m_messages.begin() + row);
        endRemoveRows();
    }
    Q_EMIT countsChanged();
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

void OutboxModel::setRow(int row, const OutboxMessage &message)
{
    if (message.state != MessageState::Sending)
        m_percentSent.remove(message.id);
    m_messages[size_t(row)] = message;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int OutboxModel::rowOf(qint64 id) const
{
    for (size_t row = 0; row < m_messages.size(); ++row) {
        if (m_messages[row].id == id)
            return int(row);
    }
    return -1;
}

int OutboxModel::count(MessageState state) const
{
    return int(std::count_if(m_messages.begin(), m_messages.end(),
        [state](const OutboxMessage &message) { return message.state == state; }));
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxMessage &message = m_messages[size_t(index.row())];
    const auto column = Column(index.column());

    switch (role) {
    case IdRole:
        return message.id;
    case StateRole:
        return int(message.state);
    case Qt::DecorationRole:
        return column == StateColumn ? stateIcon(message.state) : QVariant();
    case Qt::TextAlignmentRole:
        return column == AttemptsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(message, column);
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }

    const bool sorting = role == SortRole;
    switch (column) {
    case StateColumn:
        if (sorting)
            return int(message.state);
        if (message.state == MessageState::Sending && m_percentSent.contains(message.id))
            return tr("Sending, %1%").arg(m_percentSent.value(message.id));
        return messageStateDisplayName(message);
    case SubjectColumn:
        return message.subject.isEmpty() && !sorting ? tr("(no subject)")
                                                     : makeControlsVisible(message.subject);
    case RecipientsColumn:
        return recipientList(message);
    case AccountColumn:
        return message.account;
    case AttemptsColumn:
        return sorting ? QVariant(message.attemptCount)
                       : QVariant(QString::number(message.attemptCount));
    case NextAttemptColumn: {
        const QDateTime next = nextAttempt(message, m_controller->store()->now());
        if (sorting) // nothing planned sorts after every time
            return next.isValid() ? next.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        return shortTime(next);
    }
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

OutboxFilterProxy::OutboxFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OutboxModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1); // text filter: any column
    setDynamicSortFilter(true);
}

void OutboxFilterProxy::setStateFilter(StateFilter filter)
{
    if (filter == m_stateFilter)
        return;
    m_stateFilter = filter;
    invalidateFilter();
}

QString OutboxFilterProxy::stateFilterName(StateFilter filter)
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

bool OutboxFilterProxy::accepts(StateFilter filter, MessageState state)
{
    switch (filter) {
    case StateFilter::All:
        return true;
    case StateFilter::Waiting:
        return state == MessageState::Queued || state == MessageState::Sending
            || state == MessageState::Deferred;
    case StateFilter::NeedsAttention:
        return state == MessageState::Held || state == MessageState::Failed
            || state == MessageState::Uncertain;
    case StateFilter::Queued:
        return state == MessageState::Queued;
    case StateFilter::Sending:
        return state == MessageState::Sending;
    case StateFilter::Deferred:
        return state == MessageState::Deferred;
    case StateFilter::Held:
        return state == MessageState::Held;
    case StateFilter::Failed:
        return state == MessageState::Failed;
    case StateFilter::Sent:
        return state == MessageState::Sent;
    case StateFilter::Uncertain:
        return state == MessageState::Uncertain;
    }
    return false;
}

bool OutboxFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto state = MessageState(index.data(OutboxModel::StateRole).toInt());
    if (!accepts(m_stateFilter, state))
        return false;
    // The text filter matches what the user sees, in any column.
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
