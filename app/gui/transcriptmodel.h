// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "transcript/transcriptentry.h"

#include <QAbstractListModel>
#include <QTimer>

#include <deque>

// The live transcript of every session, for the transcript dock: a bounded ring of entries
// (oldest dropped first), appended in batches so a fast session does not repaint per line.
// Server text is plain text; the view must never interpret it as rich text.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        DirectionRole = Qt::UserRole + 1, // TranscriptEntry::Direction as int
        SessionRole, // quint64 session id
        MessageRole, // qint64 outbox message id, 0 if none
        TimeRole, // QDateTime
        LatencyRole, // ms since the previous client line of the session (server lines)
    };

    explicit TranscriptModel(QObject *parent = nullptr, int capacity = 20000);

    // Queues an entry; rows appear at the next batch (every 100 ms at most).
    void append(const TranscriptEntry &entry, qint64 messageId = 0);
    void clear();
    [[nodiscard]] int capacity() const { return m_capacity; }
    [[nodiscard]] const TranscriptEntry &entryAt(int row) const
    {
        return m_rows[size_t(row)].entry;
    }
    // Rows of one session (or all when 0) in the saved C:/S: format.
    [[nodiscard]] QString toText(quint64 sessionId = 0) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(
        const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        TranscriptEntry entry;
        qint64 messageId = 0;
        qint64 latencyMs = -1;
    };
    void flushPending();

    int m_capacity;
    std::deque<Row> m_rows;
    std::vector<Row> m_pending;
    QHash<quint64, QDateTime> m_lastClientLine; // per session, for latency
    QTimer m_batch;
};
