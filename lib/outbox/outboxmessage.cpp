// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "outboxmessage.h"

#include <QCoreApplication>

namespace {
struct StateName
{
    MessageState state;
    const char *name;
};
constexpr StateName StateNames[] = {
    { MessageState::Queued, "queued" },
    { MessageState::Sending, "sending" },
    { MessageState::Deferred, "deferred" },
    { MessageState::Held, "held" },
    { MessageState::Failed, "failed" },
    { MessageState::Sent, "sent" },
    { MessageState::Uncertain, "uncertain" },
};
} // namespace

QString stateName(MessageState state)
{
    for (const StateName &entry : StateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

bool parseStateName(const QString &name, MessageState *out)
{
    for (const StateName &entry : StateNames) {
        if (name == QLatin1String(entry.name)) {
            *out = entry.state;
            return true;
        }
    }
    return false;
}

QString stateDisplayName(MessageState state)
{
    switch (state) {
    case MessageState::Queued:
        return QCoreApplication::translate("Outbox", "Queued");
    case MessageState::Sending:
        return QCoreApplication::translate("Outbox", "Sending");
    case MessageState::Deferred:
        return QCoreApplication::translate("Outbox", "Deferred");
    case MessageState::Held:
        return QCoreApplication::translate("Outbox", "Held");
    case MessageState::Failed:
        return QCoreApplication::translate("Outbox", "Failed");
    case MessageState::Sent:
        return QCoreApplication::translate("Outbox", "Sent");
    case MessageState::Uncertain:
        return QCoreApplication::translate("Outbox", "Uncertain");
    }
    return {};
}

QStringList OutboxMessage::pendingRecipients() const
{
    QStringList pending;
    for (const OutboxRecipient &recipient : recipients) {
        if (recipient.state == RecipientState::Pending)
            pending << recipient.address;
    }
    return pending;
}

bool OutboxMessage::isPartlySent() const
{
    bool accepted = false;
    bool missing = false;
    for (const OutboxRecipient &recipient : recipients) {
        accepted = accepted || recipient.state == RecipientState::Accepted;
        missing = missing || recipient.state != RecipientState::Accepted;
    }
    return accepted && missing;
}

QList<OutboxRecipient> OutboxMessage::missingRecipients() const
{
    QList<OutboxRecipient> missing;
    for (const OutboxRecipient &recipient : recipients) {
        if (recipient.state != RecipientState::Accepted)
            missing << recipient;
    }
    return missing;
}

QString messageStateDisplayName(const OutboxMessage &message)
{
    if (!message.isPartlySent())
        return stateDisplayName(message.state);
    if (message.state == MessageState::Sent)
        return QCoreApplication::translate("Outbox", "Partly sent");
    return QCoreApplication::translate("Outbox", "%1, partly sent")
        .arg(stateDisplayName(message.state));
}

QString describeMissingRecipients(const OutboxMessage &message)
{
    QStringList items;
    for (const OutboxRecipient &recipient : message.missingRecipients()) {
        const QString why = recipient.lastReply.code != 0
            ? recipient.lastReply.summary()
            : QCoreApplication::translate("Outbox", "not tried yet");
        items << QStringLiteral("%1 (%2)").arg(recipient.address, why);
    }
    return items.join(QStringLiteral("; "));
}

OutboxClock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}
