// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "outbox/outboxmessage.h"
#include "outbox/outboxreader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>

class AppController;
class QTimer;

// The outbox as a table, however large: the rows are the ids of an OutboxListing, sorted and
// filtered by SQLite on the reader's own thread (OutboxReaderThread), so that the GUI thread
// never waits for a sort or a filter; a message's columns are read by id only when a row is
// shown (a page at a time, kept in a bounded cache). Changes, whoever made them, come as what
// changed since the list's change mark: in the plain order (newest first, no filter) they are
// applied row by row; otherwise the list is read again and only the difference is applied
// (rows that stay keep their place in the selection).
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
    };
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

    explicit OutboxModel(AppController *controller, QObject *parent = nullptr);
    ~OutboxModel() override;

    // Filters and sorting are asked for here and take effect when the reader answers
    // (listed()); until then the rows stay as they were.
    void setStateFilter(StateFilter filter);
    [[nodiscard]] StateFilter stateFilter() const { return m_stateFilter; }
    void setTextFilter(const QString &text);
    [[nodiscard]] QString textFilter() const { return m_query.text; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Reads the list again (a message expected in it is not there yet).
    void relist() { askForList(); }
    // Whether the rows answer the sort and filters last asked for.
    [[nodiscard]] bool isListed() const { return !m_listing && m_query == m_shownQuery; }

    [[nodiscard]] static QString stateFilterName(StateFilter filter); // translated
    [[nodiscard]] static QList<MessageState> statesOf(StateFilter filter); // empty: all

    [[nodiscard]] int rowOf(qint64 id) const; // -1 if not shown
    [[nodiscard]] qint64 idAt(int row) const;
    // The message in `row` (read by id if it is not at hand); an id of 0 if it has just gone.
    [[nodiscard]] OutboxMessage messageAt(int row) const;
    // How many messages are in `state`, in the whole outbox; Sent is not counted (0).
    [[nodiscard]] int count(MessageState state) const { return m_counts.value(state); }

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
    // The rows now answer the sort and filters last asked for.
    void listed();

private:
    void askForList();
    void onListed(const OutboxListing &listing, const OutboxListQuery &query);
    void onOutboxChanged(qint64 id);
    void refreshNow(qint64 id);
    // A message as read now: its cached row and its row in the view updated, or, in the plain
    // order, a row added where its id belongs.
    void take(const OutboxMessage &message);
    // A message gone from the outbox (removed, or deleted): its row goes.
    void forget(qint64 id);
    void fetchChanges();
    void onChangesFetched(const OutboxChanges &changes);
    void onSendProgress(qint64 id, qint64 bytesSent, qint64 totalBytes);
    // Puts `ids` in place of the rows: as a reset, or as rows removed, added and moved.
    void applyIds(const QList<qint64> &ids, bool reset);
    // The same rows in the order of `ids`: a layout change that keeps the selection.
    void reorder(const QList<qint64> &ids);
    void removeRow(int row);
    // A new message in the plain order: where its id belongs.
    void insertInIdOrder(qint64 id);
    [[nodiscard]] QList<qint64>::const_iterator plainPosition(qint64 id) const;
    // The message in `row` if it is at hand or can be read now (with the rows around it).
    [[nodiscard]] const OutboxMessage *cachedAt(int row) const;
    void invalidateRowIndex() { m_rowOfId.clear(); }

    AppController *m_controller;
    OutboxReaderThread *m_readerThread; // child
    OutboxListQuery m_query; // asked for
    OutboxListQuery m_shownQuery; // what the rows answer
    StateFilter m_stateFilter = StateFilter::All;
    bool m_listing = false; // a list is being read
    bool m_fetching = false; // changes are being read
    bool m_fetchAgain = false; // more changes came meanwhile
    QTimer *m_changeTimer; // gathers a burst of changes into one fetch
    QList<qint64> m_ids; // the rows
    qint64 m_mark = -1; // the change mark of what the rows show; -1 before the first list
    QMap<MessageState, int> m_counts;
    mutable QHash<qint64, OutboxMessage> m_cache; // messages of rows lately shown
    mutable QHash<qint64, int> m_rowOfId; // built on demand; empty when stale
    // Percent of the data sent, for messages in the Sending state; shown in the state column.
    QHash<qint64, int> m_percentSent;
};
