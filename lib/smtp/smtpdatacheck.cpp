// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "smtpdatacheck.h"

QString SmtpDataProblem::toString() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NulByte:
        return SmtpDataCheck::tr("a NUL byte at offset %1 (line %2), which SMTP cannot carry")
            .arg(offset)
            .arg(line);
    case Kind::LineTooLong:
        return SmtpDataCheck::tr("line %1 (at offset %2) is longer than the 998 octets SMTP allows "
                                 "(RFC 5321 §4.5.3.1.6)")
            .arg(line)
            .arg(offset);
    }
    return {};
}

bool SmtpDataCheck::add(QByteArrayView bytes)
{
    if (m_problem.isProblem())
        return false;
    for (const char c : bytes) {
        if (c == '\r' || (c == '\n' && !m_afterCr)) {
            // A line ends here; an LF right after a CR is the second half of the same end.
            ++m_line;
            m_lineLength = 0;
            m_lineStart = m_offset + 1;
            m_afterCr = c == '\r';
        } else if (c == '\n') {
            m_afterCr = false;
            m_lineStart = m_offset + 1;
        } else {
            m_afterCr = false;
            if (c == '\0') {
                m_problem = { SmtpDataProblem::Kind::NulByte, m_offset, m_line };
                return false;
            }
            if (++m_lineLength > MaxLineOctets) {
                m_problem = { SmtpDataProblem::Kind::LineTooLong, m_lineStart, m_line };
                return false;
            }
        }
        ++m_offset;
    }
    return true;
}

SmtpDataProblem SmtpDataCheck::check(QByteArrayView message)
{
    SmtpDataCheck check;
    (void)check.add(message);
    return check.problem();
}
