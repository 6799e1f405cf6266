// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "smtpsendreply.h"

#include <QRegularExpression>

#include <algorithm>

SmtpSendReply::SmtpSendReply(SmtpEnvelope envelope, qint64 totalBytes, QObject *parent)
    : QObject(parent)
    , m_envelope(std::move(envelope))
    , m_totalBytes(totalBytes)
{ }

SmtpSendReply::~SmtpSendReply() = default;

QStringList SmtpSendReply::acceptedRecipients() const
{
    QStringList accepted;
    for (const SmtpRecipientResult &result : m_recipients) {
        if (result.isAccepted())
            accepted << result.address;
    }
    return accepted;
}

bool SmtpSendReply::allRecipientsAccepted() const
{
    if (m_error.isError() || m_recipients.isEmpty())
        return false;
    return std::all_of(m_recipients.begin(), m_recipients.end(),
        [](const SmtpRecipientResult &result) { return result.isAccepted(); });
}

void SmtpSendReply::abort()
{
    // Queued, so that a slot of progress() or any session signal may call abort() safely.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished)
                Q_EMIT abortRequested();
        },
        Qt::QueuedConnection);
}

void SmtpSendReply::setFinalReply(const SmtpReply &reply)
{
    m_finalReply = reply;
    // Postfix, aiosmtpd, Sendmail: "queued as ID"; Exim: "OK id=ID".
    static const QRegularExpression queueIdPattern(
        QStringLiteral(R"((?:queued as|\bid=)\s*<?([A-Za-z0-9._@-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = queueIdPattern.match(reply.text());
    m_queueId = match.hasMatch() ? match.captured(1) : QString();
    if (!m_queueId.isEmpty() && reply.isPositiveCompletion())
        m_queueIds << m_queueId;
}

void SmtpSendReply::finish(const SmtpError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    // Queued: the session is usually in the middle of handling a reply here, and the
    // caller's slot may well delete this reply, abort the session or send the next message.
    QMetaObject::invokeMethod(this, &SmtpSendReply::finished, Qt::QueuedConnection);
}
