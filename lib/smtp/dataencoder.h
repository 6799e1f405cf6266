// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "smtpdatacheck.h"

#include <QByteArray>

// Prepares message bytes for the wire, a chunk at a time, in constant memory.
//
// Line endings are normalised: CRLF stays, a bare CR or a bare LF becomes CRLF, so no bare
// CR or LF ever reaches the server (RFC 5321 §2.3.8, §4.1.1.4). In DotStuffed mode (DATA) a
// line starting with '.' gets a second one (RFC 5321 §4.5.2); in Raw mode (BDAT, RFC 3030)
// nothing is stuffed. Both rules hold across chunk boundaries: a CR at the end of one chunk
// and an LF at the start of the next are one line end, not two.
// finish() ends the message: it adds the final CRLF once if the message lacks one, and in
// DotStuffed mode the terminating ".\r\n".
//
// The encoder is also the last guard against data SMTP cannot carry (SmtpDataCheck: a NUL, a
// line over 998 octets). Such bytes are still encoded, but problem() reports them from the
// chunk that holds them on: the caller must not write that chunk, and must end the
// transaction without the final dot (drop the connection), so the server keeps nothing.
class SmtpDataEncoder
{
public:
    enum class Mode { DotStuffed, Raw };

    explicit SmtpDataEncoder(Mode mode = Mode::DotStuffed)
        : m_mode(mode)
    { }

    // Encodes the next chunk of the message; the result may be longer (stuffing, CR→CRLF)
    // or, when the chunk ends in CR, one byte shorter (held until the next chunk).
    [[nodiscard]] QByteArray encode(QByteArrayView chunk);
    // Flushes held state and returns the message's last bytes.
    [[nodiscard]] QByteArray finish();

    // Statistics for the transcript's DATA summary: lines and bytes put on the wire, stuffing
    // and CRLFs included, and in DotStuffed mode the terminating ".\r\n" once finish() ran.
    [[nodiscard]] qint64 linesWritten() const { return m_lines; }
    [[nodiscard]] qint64 bytesWritten() const { return m_bytes; }
    // True if any byte >= 0x80 passed through (the message needs 8BITMIME or SMTPUTF8).
    [[nodiscard]] bool sawEightBit() const { return m_eightBit; }
    // The first byte that is not valid SMTP data, with its line and offset in the message.
    [[nodiscard]] const SmtpDataProblem &problem() const { return m_check.problem(); }

    void reset();

private:
    Mode m_mode;
    SmtpDataCheck m_check;
    bool m_atLineStart = true;
    bool m_pendingCr = false;
    bool m_eightBit = false;
    qint64 m_lines = 0;
    qint64 m_bytes = 0;
};
