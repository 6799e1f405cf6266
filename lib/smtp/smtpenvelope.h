// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

// Plain values of one delivery, shared by the engine (SmtpSession, SmtpSendReply), the
// message layer that produces envelopes and the outbox that stores them and their results.

#include "smtpcommands.h"
#include "smtpreply.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// What to send: the envelope (RFC 5321 §2.3.1), kept apart from the message's headers.
struct SmtpEnvelope
{
    QString sender; // empty: the null reverse path, MAIL FROM:<>
    QStringList recipients;
    SmtpCommand::BodyType bodyType = SmtpCommand::BodyType::SevenBit; // the body has 8-bit octets
    bool requiresSmtpUtf8 = false; // addresses or headers in raw UTF-8 (RFC 6531, RFC 6532)
    SmtpCommand::DsnReturn dsnReturn = SmtpCommand::DsnReturn::Default;
    QByteArray dsnEnvelopeId;
    SmtpCommand::DsnNotifyFlags dsnNotify;
};

// The server's answer to one RCPT TO.
struct SmtpRecipientResult
{
    QString address;
    SmtpReply reply; // code 0 when the recipient was never tried
    [[nodiscard]] bool isAccepted() const { return reply.isPositiveCompletion(); }
};
