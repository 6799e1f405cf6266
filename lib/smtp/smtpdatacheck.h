// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// The first reason a message cannot go on the wire as SMTP data, if any.
struct SmtpDataProblem
{
    enum class Kind { None, NulByte, LineTooLong };

    Kind kind = Kind::None;
    qint64 offset = -1; // NulByte: the NUL's offset; LineTooLong: where the line starts (0-based)
    qint64 line = 0; // 1-based, counting CRLF, a bare CR and a bare LF as one line end each

    [[nodiscard]] bool isProblem() const { return kind != Kind::None; }
    // A translated sentence naming the line and offset, e.g. "line 12 is longer than …".
    [[nodiscard]] QString toString() const;
};

// Checks a message's bytes against what SMTP DATA and BDAT may carry, a chunk at a time in
// constant memory. Pure: no I/O; feed it every byte of the message in order.
//
// - No NUL: a message body is lines of `text`, which excludes NUL (RFC 5322 §3.5), and 7bit
//   and 8bit data never hold one (RFC 2045 §2.7, §2.8). Only BINARYMIME (RFC 3030), which
//   Outbound does not use, could carry it; servers are known to cut a message short there.
// - No line longer than 998 octets before its line end (RFC 5321 §4.5.3.1.6: 1000 with the
//   CRLF, the dot added for transparency not counted; RFC 5322 §2.1.1).
//
// Line ends are counted the way SmtpDataEncoder writes them: CRLF, a bare CR and a bare LF each
// end one line, so the numbers match what a text editor shows.
//
// This is the one place that decides "is this valid SMTP data": outboundctl asks it before
// connecting, OutboxStore before a message is queued, MessageWriter while it builds one, and
// SmtpDataEncoder as a last guard while the message is on its way out.
class SmtpDataCheck
{
    Q_DECLARE_TR_FUNCTIONS(SmtpDataCheck)
public:
    static constexpr qint64 MaxLineOctets = 998;

    // Feeds the next bytes. False once a problem is found; later bytes are then ignored.
    bool add(QByteArrayView bytes);
    [[nodiscard]] const SmtpDataProblem &problem() const { return m_problem; }
    [[nodiscard]] bool isValid() const { return !m_problem.isProblem(); }
    // Octets fed so far (up to the problem, if there is one).
    [[nodiscard]] qint64 size() const { return m_offset; }

    // The whole message at once.
    [[nodiscard]] static SmtpDataProblem check(QByteArrayView message);

private:
    SmtpDataProblem m_problem;
    qint64 m_offset = 0;
    qint64 m_line = 1;
    qint64 m_lineStart = 0;
    qint64 m_lineLength = 0;
    bool m_afterCr = false;
};
