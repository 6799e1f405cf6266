// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "core/profile.h"

#include <QLocalServer>
#include <QObject>
#include <QStringList>

// One running app per profile: a second `outbound` (a mailto: link clicked, `outbound
// --compose …`) hands its requests to the first over a local socket and exits.
//
// The requests carry subjects, bodies and attachment paths, so the socket lives where only
// this user can create files (socketPath()), and each end checks that the other is a process
// of this user (SO_PEERCRED) before a byte is exchanged.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const Profile &profile, QObject *parent = nullptr);

    // True if another instance took `requests`: this process should exit now. False when
    // nothing answers, or what answers belongs to another user (it is told nothing).
    [[nodiscard]] bool forwardToRunning(const QStringList &requests);
    // Becomes the running instance; requestsReceived() fires for later launches.
    [[nodiscard]] bool listen(QString *error);

    // Where the socket of `profile`'s instance lives: "outbound-<hash of the profile path>"
    // in $XDG_RUNTIME_DIR when that is a folder of this user's that no one else can enter,
    // else "instance.socket" in the (0700) profile folder; never in the shared /tmp. Empty
    // when neither fits in a socket address.
    [[nodiscard]] static QString socketPath(const Profile &profile);

Q_SIGNALS:
    void requestsReceived(const QStringList &requests);

private:
    QString m_name;
    QLocalServer m_server;
};
