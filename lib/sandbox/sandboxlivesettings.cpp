// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "sandboxlivesettings.h"

#include <QMutexLocker>

SandboxLiveSettings::SandboxLiveSettings(SandboxSettings settings)
    : m_settings(std::move(settings))
{ }

SandboxSettings SandboxLiveSettings::settings() const
{
    const QMutexLocker lock(&m_mutex);
    return m_settings;
}

void SandboxLiveSettings::setSettings(const SandboxSettings &settings)
{
    const QMutexLocker lock(&m_mutex);
    m_settings = settings;
}

SandboxFailures SandboxLiveSettings::failures() const
{
    const QMutexLocker lock(&m_mutex);
    return m_failures;
}

bool SandboxLiveSettings::setFailures(const SandboxFailures &failures)
{
    const QMutexLocker lock(&m_mutex);
    m_recipientCount = 0;
    if (failures == m_failures)
        return false;
    m_failures = failures;
    return true;
}

SandboxFailures::Recipient SandboxLiveSettings::nextRecipient()
{
    const QMutexLocker lock(&m_mutex);
    if (m_failures.recipient == SandboxFailures::Recipient::Accept)
        return SandboxFailures::Recipient::Accept;
    ++m_recipientCount;
    const int every = qMax(1, m_failures.recipientEveryNth);
    return m_recipientCount % quint64(every) == 0 ? m_failures.recipient
                                                  : SandboxFailures::Recipient::Accept;
}
