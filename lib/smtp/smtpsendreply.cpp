#include "smtpsendreply.h"

#include <QRegularExpression>

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

void SmtpSendReply::abort()
{
    if (!m_finished)
        Q_EMIT abortRequested();
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
}

void SmtpSendReply::finish(const SmtpError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}
