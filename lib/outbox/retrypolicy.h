// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "smtp/smtperror.h"

#include <chrono>

// When to try again after a temporary failure, in the spirit of RFC 5321 §4.5.4.1, scaled
// for a desktop: a person is waiting, so the first retry comes soon and the delay grows
// geometrically up to a ceiling; a message that keeps failing is given up after giveUpAfter
// (the RFC's 4–5 days).
struct RetryPolicy
{
    std::chrono::seconds firstDelay { 60 };
    double factor = 2.0;
    std::chrono::seconds maximumDelay { std::chrono::minutes(30) };
    std::chrono::seconds giveUpAfter { std::chrono::hours(24 * 4) };

    // The delay before attempt number `attempt` + 1, after `attempt` failed attempts (>= 1).
    [[nodiscard]] std::chrono::seconds delayAfter(int attempt) const;
};

// What the outbox does with a message after an attempt, decided from the error alone.
enum class RetryDecision {
    Done, // delivered (or every recipient settled)
    RetryLater, // 4xx, network, protocol trouble: back off
    Fail, // 5xx and bad input: give up now
    HoldForAccount, // authentication or configuration: hold the account's messages, ask the user
    AskUser, // uncertain: the server may have it
};

[[nodiscard]] RetryDecision decideRetry(const SmtpError &error);
