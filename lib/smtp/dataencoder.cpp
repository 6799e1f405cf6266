// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "dataencoder.h"

QByteArray SmtpDataEncoder::encode(QByteArrayView chunk)
{
    // Worst case doubles the input ("\n" → "\r\n", "." at line start → ".."), plus the CRLF
    // owed for a CR held from the previous chunk.
    QByteArray out;
    out.resize(2 * chunk.size() + 2);
    char *const begin = out.data();
    char *dst = begin;
    const bool stuff = m_mode == Mode::DotStuffed;
    (void)m_check.add(chunk);

    for (const char c : chunk) {
        if (m_pendingCr) {
            // The held CR ends the line whatever follows; an LF right after it is its pair.
            m_pendingCr = false;
            *dst++ = '\r';
            *dst++ = '\n';
            ++m_lines;
            m_atLineStart = true;
            if (c == '\n')
                continue;
        }
        if (c == '\r') {
            m_pendingCr = true;
            continue;
        }
        if (c == '\n') {
            *dst++ = '\r';
            *dst++ = '\n';
            ++m_lines;
            m_atLineStart = true;
            continue;
        }
        // RFC 5321 §4.5.2: a line that starts with "." gets one more.
        if (m_atLineStart && stuff && c == '.')
            *dst++ = '.';
        m_atLineStart = false;
        if (uchar(c) >= 0x80)
            m_eightBit = true;
        *dst++ = c;
    }

    out.truncate(dst - begin);
    m_bytes += out.size();
    return out;
}

QByteArray SmtpDataEncoder::finish()
{
    QByteArray out;
    // The message's last line gets its CRLF once: from a held CR, or added if missing.
    if (m_pendingCr || !m_atLineStart) {
        out += "\r\n";
        ++m_lines;
    }
    m_pendingCr = false;
    m_atLineStart = true;
    // RFC 5321 §4.1.1.4: the data ends with a line holding a single ".".
    if (m_mode == Mode::DotStuffed) {
        out += ".\r\n";
        ++m_lines;
    }
    m_bytes += out.size();
    return out;
}

void SmtpDataEncoder::reset()
{
    m_check = SmtpDataCheck();
    m_atLineStart = true;
    m_pendingCr = false;
    m_eightBit = false;
    m_lines = 0;
    m_bytes = 0;
}
