// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "serverprobe.h"

#include "smtp/smtpsession.h"

namespace {
// A probe logs in to nothing.
SmtpServerSettings withoutLogin(SmtpServerSettings settings)
{
    settings.user.clear();
    return settings;
}
} // namespace

ServerProbe::ServerProbe(SmtpServerSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(withoutLogin(std::move(settings)))
{ }

ServerProbe::~ServerProbe()
{
    if (m_session)
        m_session->disconnect(this);
}

void ServerProbe::start()
{
    if (m_started)
        return;
    m_started = true;
    m_session = std::make_unique<SmtpSession>(m_settings);
    connect(m_session.get(), &SmtpSession::transcriptEntry, this, &ServerProbe::transcriptEntry);
    connect(m_session.get(), &SmtpSession::capabilitiesChanged, this,
        [this](const SmtpCapabilities &capabilities, bool encrypted) {
            (encrypted ? m_after : m_before) = capabilities;
            (encrypted ? m_sawEncrypted : m_sawPlain) = true;
        });
    connect(m_session.get(), &SmtpSession::ready, this, [this] {
        m_chain = m_session->peerCertificateChain();
        m_session->quit();
    });
    // Queued: the session may close inside open() (settings it refuses).
    connect(
        m_session.get(), &SmtpSession::closed, this, &ServerProbe::onClosed, Qt::QueuedConnection);
    m_session->open();
}

void ServerProbe::cancel()
{
    if (m_finished)
        return;
    if (m_session) {
        m_session->abort();
        return;
    }
    m_started = true; // a start() after this does nothing
    m_finished = true;
    m_error = SmtpError(SmtpError::Aborted);
    Q_EMIT finished();
}

void ServerProbe::onClosed()
{
    m_tlsDescription = m_session->tlsDescription();
    m_error = m_session->error();
    m_finished = true;
    Q_EMIT finished();
}
