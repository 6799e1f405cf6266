// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "transcriptmodel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

TranscriptModel::TranscriptModel(QObject *parent, int capacity)
    : QAbstractListModel(parent)
    , m_capacity(qMax(100, capacity))
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(100);
    connect(&m_batch, &QTimer::timeout, this, &TranscriptModel::flushPending);
}

void TranscriptModel::append(const TranscriptEntry &entry, qint64 messageId)
{
    Row row { entry, messageId, -1 };
    // Per-command latency: from a session's last client line to the server's answer.
    if (entry.direction == TranscriptEntry::Direction::Client)
        m_lastClientLine.insert(entry.sessionId, entry.time);
    else if (entry.direction == TranscriptEntry::Direction::Server
        && m_lastClientLine.contains(entry.sessionId))
        row.latencyMs = m_lastClientLine.value(entry.sessionId).msecsTo(entry.time);
    m_pending.push_back(std::move(row));
    if (!m_batch.isActive())
        m_batch.start();
}

void TranscriptModel::flushPending()
{
    if (m_pending.empty())
        return;
    // Whatever would overflow the ring goes first, in one removal.
    const int incoming = int(qMin<size_t>(m_pending.size(), size_t(m_capacity)));
    const int overflow = int(m_rows.size()) + incoming - m_capacity;
    if (overflow > 0) {
        const int drop = qMin(overflow, int(m_rows.size()));
        beginRemoveRows({}, 0, drop - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + drop);
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + incoming - 1);
    for (auto it = m_pending.end() - incoming; it != m_pending.end(); ++it)
        m_rows.push_back(std::move(*it));
    endInsertRows();
    m_pending.clear();
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_lastClientLine.clear();
    endResetModel();
}

QString TranscriptModel::toText(quint64 sessionId) const
{
    QList<TranscriptEntry> entries;
    for (const Row &row : m_rows) {
        if (sessionId == 0 || row.entry.sessionId == sessionId)
            entries << row.entry;
    }
    return formatTranscript(entries);
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        QString line = row.entry.toDisplayLine();
        if (row.latencyMs >= 0)
            line += QStringLiteral("  (%1 ms)").arg(row.latencyMs);
        return line;
    }
    case Qt::ToolTipRole:
        return row.entry.omittedBytes > 0
            ? tr("%n byte(s) of this line not shown", nullptr, int(row.entry.omittedBytes))
            : QVariant();
    case Qt::ForegroundRole: {
        // Colours from the palette's link roles keep contrast in light and dark themes.
        const QPalette palette;
        switch (row.entry.direction) {
        case TranscriptEntry::Direction::Client:
            return palette.brush(QPalette::Link);
        case TranscriptEntry::Direction::Server:
            return palette.brush(QPalette::Text);
        case TranscriptEntry::Direction::Event:
            return palette.brush(QPalette::PlaceholderText);
        }
        return {};
    }
    case Qt::FontRole: {
        QFont font(QStringLiteral("monospace"));
        font.setStyleHint(QFont::TypeWriter);
        font.setItalic(row.entry.direction == TranscriptEntry::Direction::Event);
        return font;
    }
    case DirectionRole:
        return int(row.entry.direction);
    case SessionRole:
        return row.entry.sessionId;
    case MessageRole:
        return row.messageId;
    case TimeRole:
        return row.entry.time;
    case LatencyRole:
        return row.latencyMs;
    default:
        return {};
    }
}
