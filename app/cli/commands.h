// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "core/profile.h"

#include <QStringList>

// One function per outboundctl command. `args` starts with the command's name (as
// QCommandLineParser expects); each returns a sysexits.h exit code.
int runSend(const QStringList &args, const Profile &profile);
int runProbe(const QStringList &args, const Profile &profile);
int runAccount(const QStringList &args, const Profile &profile);
int runShow(const QStringList &args, const Profile &profile);
int runEnqueue(const QStringList &args, const Profile &profile);
int runSendmail(const QStringList &args, const Profile &profile);
int runQueue(const QStringList &args, const Profile &profile);
