// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "attemptresult.h"
#include "outboxmessage.h"
#include "retrypolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The message's state after an attempt with this result.
[[nodiscard]] MessageState stateAfter(AttemptResult result);
// Translated, as the user reads it ("Sent", "Deferred", …).
[[nodiscard]] QString attemptResultDisplayName(AttemptResult result);

// The retry policy applied to one finished attempt.
struct AttemptOutcome
{
    AttemptResult result = AttemptResult::Sent;
    QString reason; // for the user: why deferred, failed, held or uncertain; who refused
    QDateTime nextAttemptAt; // Deferred only: when the message is due again
};

// Decides what becomes of `message` (as it was claimed for the attempt) after a delivery
// attempt that ended with `error` (NoError when the server took it) and the replies in
// `recipientResults` (only the recipients tried in this attempt; an accepted one counts only
// if its transaction completed). Pure: no clock, no store, no network.
//
// - 2yz for every pending recipient: Sent; 5yz for some: still Sent, the refused named in
//   the reason.
// - Some recipients left with a 4yz, or a 452 "too many recipients" after others went
//   through, or the server's MAILMAX reached: Deferred; the split ones (452, MAILMAX) are due
//   again at `now`, the others after policy.delayAfter().
// - 4yz, network and protocol trouble (RetryDecision::RetryLater): Deferred, or Failed once
//   the message is older than policy.giveUpAfter.
// - 5yz and bad input: Failed. Authentication, certificates, configuration: Held.
// - The connection lost after the final dot: Uncertain.
[[nodiscard]] AttemptOutcome decideAttemptOutcome(const OutboxMessage &message,
    const QList<SmtpRecipientResult> &recipientResults, const SmtpError &error,
    const RetryPolicy &policy, const QDateTime &now);
