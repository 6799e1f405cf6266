// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

// Something that happened on one sandbox connection, for a live view. AUTH data is already
// redacted; message bytes are summarised, never included.
struct SandboxEvent
{
    enum class Kind {
        Opened, // text: the peer's address and port
        Command, // text: the client's command line, without CRLF
        Reply, // text: one reply line, without CRLF
        Note, // text: what the sandbox did that is not on the wire ("stored …", "dropped …")
        Closed, // text: why
    };
    quint64 connection = 0; // 1, 2, … per server
    Kind kind = Kind::Note;
    QString text;
    QDateTime time; // UTC
};
