// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "directsend.h"

#include "smtp/smtpsendreply.h"
#include "smtp/smtpsession.h"

#include <utility>

DirectSend::DirectSend(SmtpServerSettings settings, SaslCredentials credentials,
    SmtpEnvelope envelope, BodyOpener openBody, qint64 size, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_credentials(std::move(credentials))
    , m_envelope(std::move(envelope))
    , m_openBody(std::move(openBody))
    , m_size(size)
{ }

DirectSend::~DirectSend()
{
    // The session before its reply, which it still refers to.
    if (m_session)
        m_session->disconnect(this);
    m_session.reset();
    delete m_reply;
}

void DirectSend::start()
{
    if (m_started)
        return;
    m_started = true;
    connectOnce();
}

void DirectSend::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_session)
        m_session->abort();
    else
        finish(SmtpError(SmtpError::Aborted));
}

bool DirectSend::allAccepted() const
{
    if (m_error.isError() || m_results.isEmpty())
        return false;
    for (const SmtpRecipientResult &result : m_results) {
        if (!result.isAccepted())
            return false;
    }
    return true;
}

bool DirectSend::anyAccepted() const
{
    for (const SmtpRecipientResult &result : m_results) {
        if (result.isAccepted())
            return true;
    }
    return false;
}

void DirectSend::connectOnce()
{
    QString error;
    std::unique_ptr<QIODevice> body = m_openBody(&error);
    if (!body) {
        finish(SmtpError(SmtpError::MessageUnreadable, error));
        return;
    }
    m_session = std::make_unique<SmtpSession>(m_settings);
    m_session->setCredentials(m_credentials);
    connect(m_session.get(), &SmtpSession::transcriptEntry, this, &DirectSend::transcriptEntry);
    // Queued: a session may close inside send() (a configuration it refuses), before
    // m_reply is set, and is deleted once closed.
    connect(m_session.get(), &SmtpSession::closed, this, &DirectSend::onSessionClosed,
        Qt::QueuedConnection);
    m_reply = m_session->send(m_envelope, std::move(body), m_size);
    connect(m_reply, &SmtpSendReply::finished, m_session.get(), &SmtpSession::quit);
    if (m_reply->isFinished())
        m_session->quit();
}

void DirectSend::onSessionClosed()
{
    const std::unique_ptr<SmtpSession> session = std::move(m_session);
    std::unique_ptr<SmtpSendReply> reply(std::exchange(m_reply, nullptr));

    m_tlsDescription = session->tlsDescription();
    m_authMechanism = session->authMechanism();
    m_bytesSent += reply->bytesSent();
    m_finalReply = reply->finalReply();
    m_uncertain = reply->isUncertain();
    m_queueIds += reply->queueIds();
    // A result replaces the earlier "not tried" one of the same address; the ones this
    // connection did not get to are the next connection's envelope.
    QStringList untried;
    for (const SmtpRecipientResult &result : reply->recipientResults()) {
        bool merged = false;
        for (SmtpRecipientResult &earlier : m_results) {
            if (earlier.address == result.address && earlier.reply.code == 0) {
                earlier = result;
                merged = true;
            }
        }
        if (!merged)
            m_results << result;
        if (result.reply.code == 0)
            untried << result.address;
    }
    SmtpError error = reply->error();
    if (!reply->isFinished() && !error.isError())
        error = session->error().isError() ? session->error() : SmtpError(SmtpError::Aborted);
    const bool anotherConnection = !m_cancelled
        && error.code() == SmtpError::TransactionLimitReached && !untried.isEmpty()
        && !reply->acceptedRecipients().isEmpty();
    if (!anotherConnection) {
        finish(error);
        return;
    }
    m_envelope.recipients = untried;
    connectOnce();
}

void DirectSend::finish(const SmtpError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}
