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

OutboxClock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}
