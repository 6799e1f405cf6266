// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "accounts/account.h"
#include "core/profile.h"

#include <QCommandLineParser>
#include <QString>

// The options that say which SMTP server to use and how to log in, shared by `send`,
// `probe` and `account add`: either --account NAME from the profile, or the server given
// on the command line. Turns them into settings plus where the secret comes from.
struct ServerOptions
{
    Account account; // a named account, or one made up from the options
    bool fromProfile = false;
    bool passwordFromStdin = false;

    static void addTo(QCommandLineParser &parser, bool withAccount = true);
    // Fills `out` from the parsed options. On failure returns the exit code and sets error.
    // `needsSecret`: a --user must come with a way to get its password (not so for probe).
    // `withAccount`: as given to addTo().
    [[nodiscard]] static int resolve(const QCommandLineParser &parser, const Profile &profile,
        ServerOptions *out, QString *error, bool needsSecret = true, bool withAccount = true);
};

// Parses "host:port", "[v6]:port" or "host"; the port defaults from the security mode.
[[nodiscard]] bool parseHostPort(const QString &text, QString *host, quint16 *port);
