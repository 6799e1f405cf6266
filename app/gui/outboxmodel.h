// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "outbox/outboxmessage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

class AppController;

// The outbox as a table: one row per message in the controller's store, refreshed on
// AppController::outboxChanged — only the message named when there is one, a merge of the whole
// list when it is 0 (rows that did not change keep their place, so the view's selection
// survives another process's changes). Rows are in the store's order (newest first); views sort
// through OutboxFilterProxy.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        SubjectColumn,
        RecipientsColumn,
        AccountColumn,
        AttemptsColumn,
        NextAttemptColumn,
        LastReplyColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 message id
        StateRole, // MessageState as int
        SortRole, // a value that sorts the column naturally (times as QDateTime, counts as int)
    };

    explicit OutboxModel(AppController *controller, QObject *parent = nullptr);

    // Reads the whole outbox again and merges it into the rows.
    void reload();
    // Reads one message again: updates, inserts or removes its row.
    void refresh(qint64 id);

    [[nodiscard]] int rowOf(qint64 id) const; // -1 if not shown
    [[nodiscard]] const OutboxMessage &messageAt(int row) const { return m_messages[size_t(row)]; }
    // How many messages are in `state`.
    [[nodiscard]] int count(MessageState state) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(
        const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The icon that stands for a state everywhere in the window.
    [[nodiscard]] static QIcon stateIcon(MessageState state);

Q_SIGNALS:
    // Counts by state may have changed (for the status bar).
    void countsChanged();

private:
    void onOutboxChanged(qint64 id);
    void onSendProgress(qint64 id, qint64 bytesSent, qint64 totalBytes);
    void setRow(int row, const OutboxMessage &message);

    AppController *m_controller;
    std::vector<OutboxMessage> m_messages;
    // Percent of the data sent, for messages in the Sending state; shown in the state column.
    QHash<qint64, int> m_percentSent;
};

// Sorting and filtering for the outbox view: by a group of states and by text in any column.
class OutboxFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // What the state filter can show; the order is the order of the view's combo box.
    enum class StateFilter {
        All,
        Waiting, // queued, sending, deferred
        NeedsAttention, // held, failed, uncertain
        Queued,
        Sending,
        Deferred,
        Held,
        Failed,
        Sent,
        Uncertain,
    };

    explicit OutboxFilterProxy(QObject *parent = nullptr);

    void setStateFilter(StateFilter filter);
    [[nodiscard]] StateFilter stateFilter() const { return m_stateFilter; }
    [[nodiscard]] static QString stateFilterName(StateFilter filter); // translated
    [[nodiscard]] static bool accepts(StateFilter filter, MessageState state);

protected:
    [[nodiscard]] bool filterAcceptsRow(
        int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StateFilter m_stateFilter = StateFilter::All;
};
