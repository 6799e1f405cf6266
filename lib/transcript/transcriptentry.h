// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

// One line of a protocol transcript. Entries are made only at the session's two I/O choke
// points (write a line, read a line) and by its event reports, and secrets are redacted before
// an entry exists: nothing downstream ever sees them.
struct TranscriptEntry
{
    enum class Direction { Client, Server, Event };

    QDateTime time; // UTC
    quint64 sessionId = 0; // distinguishes concurrent connections
    Direction direction = Direction::Event;
    QString text; // without line end; control characters made visible
    qint64 omittedBytes = 0; // bytes of the line not kept (long lines are truncated)
    // On the event that reports TLS established: the server's certificate chain, its own
    // first, so that a viewer can show exactly what was verified.
    QList<QSslCertificate> peerCertificates;

    // Longest line text kept; the rest is counted in omittedBytes.
    static constexpr int MaxTextLength = 2000;

    // "C: ", "S: " or "# " — the saved transcript and the test server's scenario format.
    [[nodiscard]] static QString prefix(Direction direction);
    // The entry in the saved C:/S: format (one line, no time).
    [[nodiscard]] QString toScenarioLine() const;
    // The entry for a live view: "12:00:01.234 [3] C: EHLO host".
    [[nodiscard]] QString toDisplayLine() const;

    // Builds an entry from raw wire bytes: decodes UTF-8 leniently, makes control
    // characters visible (\r, \x01 …) and truncates past MaxTextLength.
    static TranscriptEntry fromWire(quint64 sessionId, Direction direction, QByteArrayView line);
    static TranscriptEntry event(quint64 sessionId, const QString &text);
};

// Transcript in the plain C:/S: text format, one entry per line.
[[nodiscard]] QString formatTranscript(const QList<TranscriptEntry> &entries);

// Text made safe to show on one line: C0 and C1 controls, DEL, line and paragraph separators
// and bidirectional overrides become visible escapes ("\r", "\n", "\t", "\x1b", "\u202e").
// Used for transcript entries and for server text shown to the user (SmtpReply::text()).
[[nodiscard]] QString makeControlsVisible(QStringView text);
