// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "mailaddress.h"
#include "messagedraft.h"

#include <QList>
#include <QString>

class QUrl;

// A mailto: URL (RFC 6068) read into what a new message may take from it: the path's
// addresses and the to, cc, bcc, subject and body header fields (names case-insensitive,
// values percent-decoded UTF-8). Pure: bytes in, values out, no I/O.
//
// Other fields are ignored (§4: unknown ones may be; From, Sender and the like must not choose
// who the message comes from, §7), and so is any field that would put a CR, LF or NUL into a
// header, which would otherwise inject one (§7). The body keeps its line breaks (%0D%0A,
// returned as "\n"). Addresses that do not parse are left out. The first subject and the
// first body count; address fields add up.
class MailtoUrl
{
public:
    // Reads url. A URL of any other scheme gives an empty MailtoUrl with isMailto() false.
    [[nodiscard]] static MailtoUrl parse(const QUrl &url);

    [[nodiscard]] bool isMailto() const { return m_mailto; }
    [[nodiscard]] const QList<MailAddress> &to() const { return m_to; }
    [[nodiscard]] const QList<MailAddress> &cc() const { return m_cc; }
    [[nodiscard]] const QList<MailAddress> &bcc() const { return m_bcc; }
    [[nodiscard]] const QString &subject() const { return m_subject; }
    [[nodiscard]] const QString &body() const { return m_body; }

    // A draft with only to, cc, bcc, subject and plainBody set.
    [[nodiscard]] MessageDraft toDraft() const;

private:
    bool m_mailto = false;
    QList<MailAddress> m_to;
    QList<MailAddress> m_cc;
    QList<MailAddress> m_bcc;
    QString m_subject;
    QString m_body;
};
