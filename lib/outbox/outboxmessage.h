// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "attemptresult.h"
#include "smtp/smtpenvelope.h"
#include "smtp/smtperror.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

// Where a queued message stands. Stored by name (stateName), so the order here may change.
enum class MessageState {
    Queued, // waiting for its turn
    Sending, // claimed by one process, which is delivering it now
    Deferred, // a temporary failure; tried again at nextAttemptAt
    Held, // kept back by the user or by an authentication failure
    Failed, // a permanent failure; not tried again
    Sent, // every recipient was accepted or permanently refused
    Uncertain, // the connection was lost after the final dot: the server may have it, so
               // it is never retried automatically; the user decides
};

[[nodiscard]] QString stateName(MessageState state); // "queued", "sending", …
[[nodiscard]] bool parseStateName(const QString &name, MessageState *out);
[[nodiscard]] QString stateDisplayName(MessageState state); // translated

enum class RecipientState {
    Pending, // not yet accepted: tried at the next attempt
    Accepted, // the server took it: never sent again
    Failed, // 5xx: reported on the message, not retried
};

struct OutboxRecipient
{
    QString address;
    RecipientState state = RecipientState::Pending;
    SmtpReply lastReply; // code 0 until a server answered for it
};

// One delivery attempt, kept for ever with the message (with its redacted transcript).
struct OutboxAttempt
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime endedAt;
    QString server; // "host:port"
    AttemptResult result = AttemptResult::Sent; // stored by name: toString()
    QString errorCode; // SmtpError::codeName, empty on success
    QString errorText;
    QString transcript; // the C:/S: form
};

// A message in the outbox: its row in the queue database plus its spool file.
struct OutboxMessage
{
    qint64 id = 0;
    QString account;
    MessageState state = MessageState::Queued;
    QString spoolFile; // absolute path of the exact bytes to send
    qint64 size = 0;
    QString subject; // for display only
    SmtpEnvelope envelope; // sender and options; recipients are in `recipients`
    QList<OutboxRecipient> recipients;
    QDateTime createdAt;
    QDateTime notBefore; // send later / undo-send: not before this time
    QDateTime nextAttemptAt; // when a deferred message is due
    QDateTime sentAt;
    QString reason; // why it is deferred, held, failed or uncertain
    QString queueId; // the server's id from the final reply
    int attemptCount = 0;

    [[nodiscard]] QStringList pendingRecipients() const;
    // Some recipients have the message and some do not (refused, or still waiting): such a
    // message is never shown as plain "Sent" (see messageStateDisplayName()).
    [[nodiscard]] bool isPartlySent() const;
    // The recipients that do not have the message (yet), with the server's last reply.
    [[nodiscard]] QList<OutboxRecipient> missingRecipients() const;
};

// The state as the user reads it: stateDisplayName(), except that a partly sent message
// says so ("Partly sent", "Deferred, partly sent").
[[nodiscard]] QString messageStateDisplayName(const OutboxMessage &message);
// "a@example.org (550 5.1.1 No such user); b@example.org (not tried yet)", translated.
[[nodiscard]] QString describeMissingRecipients(const OutboxMessage &message);

// Time as the outbox sees it; tests inject their own to test expiry and backoff.
using OutboxClock = std::function<QDateTime()>;
[[nodiscard]] OutboxClock systemClock();
