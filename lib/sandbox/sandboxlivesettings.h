// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "sandboxsettings.h"

#include <QMutex>

// What a SandboxServer's owner may change while the sandbox runs, and its connections read
// on the sandbox's own thread: the settings each new connection starts from, and the
// failures every reply consults. It is the only mutable state the two threads share, so
// every access takes the lock, and values go in and out by copy.
class SandboxLiveSettings
{
public:
    explicit SandboxLiveSettings(SandboxSettings settings);
    SandboxLiveSettings(const SandboxLiveSettings &) = delete;
    SandboxLiveSettings &operator=(const SandboxLiveSettings &) = delete;

    [[nodiscard]] SandboxSettings settings() const;
    void setSettings(const SandboxSettings &settings);

    [[nodiscard]] SandboxFailures failures() const;
    // Replaces the failures and restarts the every-Nth count; false if they were these
    // already (the count restarts all the same).
    bool setFailures(const SandboxFailures &failures);
    // What becomes of one more RCPT TO that would otherwise be accepted: Accept, or the
    // recipient failure when it is set and this recipient is an Nth one (counted over every
    // connection since setFailures()). Decided and counted under one lock.
    [[nodiscard]] SandboxFailures::Recipient nextRecipient();

private:
    mutable QMutex m_mutex;
    SandboxSettings m_settings;
    SandboxFailures m_failures;
    quint64 m_recipientCount = 0;
};
