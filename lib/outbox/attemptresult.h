// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QString>

// What one delivery attempt of a queued message came to. Each value names the state the
// message is in afterwards (stateAfter()); toString() is the stable name the queue database
// keeps for every attempt and `outboundctl queue show --json` prints.
enum class AttemptResult {
    Sent, // every recipient accepted or refused for good (some may have been: see the message)
    Deferred, // a temporary failure, or recipients left for another transaction: again later
    Failed, // refused for good, unreadable, or given up after RetryPolicy::giveUpAfter
    Held, // the account's credentials or settings need the user
    Uncertain, // lost after the final dot: the server may have it; never retried on its own
};

// "sent", "deferred", "failed", "held", "uncertain": as stored, never translated.
[[nodiscard]] QString toString(AttemptResult result);
// The inverse of toString(); false for anything else (and *out unchanged).
[[nodiscard]] bool parseAttemptResult(const QString &name, AttemptResult *out);
