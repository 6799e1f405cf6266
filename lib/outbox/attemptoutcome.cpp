// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "attemptoutcome.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
// The tr() context of the reasons the policy gives.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AttemptOutcome)
};
} // namespace

QString toString(AttemptResult result)
{
    switch (result) {
    case AttemptResult::Sent:
        return QStringLiteral("sent");
    case AttemptResult::Deferred:
        return QStringLiteral("deferred");
    case AttemptResult::Failed:
        return QStringLiteral("failed");
    case AttemptResult::Held:
        return QStringLiteral("held");
    case AttemptResult::Uncertain:
        return QStringLiteral("uncertain");
    }
    return {};
}

bool parseAttemptResult(const QString &name, AttemptResult *out)
{
    for (const AttemptResult result : { AttemptResult::Sent, AttemptResult::Deferred,
             AttemptResult::Failed, AttemptResult::Held, AttemptResult::Uncertain }) {
        if (name == toString(result)) {
            *out = result;
            return true;
        }
    }
    return false;
}

MessageState stateAfter(AttemptResult result)
{
    switch (result) {
    case AttemptResult::Sent:
        return MessageState::Sent;
    case AttemptResult::Deferred:
        return MessageState::Deferred;
    case AttemptResult::Failed:
        return MessageState::Failed;
    case AttemptResult::Held:
        return MessageState::Held;
    case AttemptResult::Uncertain:
        return MessageState::Uncertain;
    }
    return MessageState::Failed;
}

QString attemptResultDisplayName(AttemptResult result)
{
    return stateDisplayName(stateAfter(result));
}

AttemptOutcome decideAttemptOutcome(const OutboxMessage &message,
    const QList<SmtpRecipientResult> &recipientResults, const SmtpError &error,
    const RetryPolicy &policy, const QDateTime &now)
{
    AttemptOutcome outcome;
    // The session sends the recipients a server has no room for in further transactions
    // itself (RFC 5321 §4.5.3.1.10), and its results count a RCPT's 250 only when the
    // transaction completed: an accepted result here means the recipient has the message.
    // What is left for this outbox to split is what the connection could not take: past
    // the server's MAILMAX, or a 452 "too many" after others went through; those go again
    // at once, over a new connection.
    QStringList stillPending;
    QStringList refused;
    const bool anyAccepted = std::any_of(recipientResults.cbegin(), recipientResults.cend(),
        [](const SmtpRecipientResult &result) { return result.isAccepted(); });
    bool split = error.code() == SmtpError::TransactionLimitReached;
    // Those refused by an earlier attempt are still reported on the message.
    for (const OutboxRecipient &recipient : message.recipients) {
        if (recipient.state == RecipientState::Failed)
            refused << QStringLiteral("%1 (%2)").arg(
                recipient.address, recipient.lastReply.summary());
    }
    for (const QString &address : message.pendingRecipients()) {
        SmtpReply last;
        for (const SmtpRecipientResult &result : recipientResults) {
            if (result.address == address)
                last = result.reply;
        }
        if (last.isPositiveCompletion())
            continue;
        if (last.isPermanentFailure()) {
            refused << QStringLiteral("%1 (%2)").arg(address, last.summary());
            continue;
        }
        stillPending << address;
        split = split || (anyAccepted && last.isTooManyRecipients());
    }
    auto retryLater = [&](const QString &why) {
        if (message.createdAt.isValid()
            && message.createdAt.secsTo(now) >= policy.giveUpAfter.count()) {
            outcome.result = AttemptResult::Failed;
            const int days = int(policy.giveUpAfter.count() / 86400);
            outcome.reason = Text::tr("gave up after %n day(s): %1", nullptr, days).arg(why);
            return;
        }
        outcome.result = AttemptResult::Deferred;
        outcome.reason = why;
        outcome.nextAttemptAt
            = split ? now : now.addSecs(policy.delayAfter(message.attemptCount + 1).count());
    };

    switch (decideRetry(error)) {
    case RetryDecision::Done:
        if (!stillPending.isEmpty()) {
            if (split)
                retryLater(Text::tr("the server takes fewer recipients at a time; the rest go "
                                    "in the next transaction"));
            else
                retryLater(
                    Text::tr("%n recipient(s) deferred: %1", nullptr, int(stillPending.size()))
                        .arg(stillPending.join(QStringLiteral(", "))));
            return outcome;
        }
        outcome.result = AttemptResult::Sent;
        outcome.reason = refused.isEmpty()
            ? QString()
            : Text::tr("refused: %1").arg(refused.join(QStringLiteral("; ")));
        return outcome;
    case RetryDecision::RetryLater:
        retryLater(error.toString());
        return outcome;
    case RetryDecision::Fail:
        outcome.result = AttemptResult::Failed;
        outcome.reason = error.toString();
        return outcome;
    case RetryDecision::HoldForAccount:
        outcome.result = AttemptResult::Held;
        outcome.reason = error.toString();
        return outcome;
    case RetryDecision::AskUser:
        outcome.result = AttemptResult::Uncertain;
        outcome.reason = error.toString();
        return outcome;
    }
    return outcome;
}
