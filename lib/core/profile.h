// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QString>

// The folder that holds all of one user's state: settings, accounts, queue, spool, logs.
// Every program takes --profile DIR (or OUTBOUND_PROFILE=DIR); nothing is kept elsewhere,
// so a test or a second identity is just another folder.
class Profile
{
public:
    // --profile beats $OUTBOUND_PROFILE beats the platform default
    // (QStandardPaths::AppDataLocation, e.g. ~/.local/share/outbound).
    static Profile resolve(const QString &fromCommandLine = {});

    [[nodiscard]] QString path() const { return m_path; }
    // Creates the folder (mode 0700: it holds mail) if needed, then checkSafe(); false with
    // errorString().
    [[nodiscard]] bool ensureExists(QString *errorString) const;
    // Whether the folder can be trusted with this user's mail and commands, as ssh(1) judges
    // ~/.ssh: it must be a folder owned by this user that no one else can write, and so must
    // the settings files in it (accounts.ini names commands that run as the user). A folder
    // that others can merely read is made 0700; one that others can write, or that belongs to
    // someone else, is refused with errorString() naming the path and the fix. True when the
    // folder does not exist yet.
    [[nodiscard]] bool checkSafe(QString *errorString) const;

    [[nodiscard]] QString accountsFile() const; // accounts.ini (never any secret)
    [[nodiscard]] QString settingsFile() const; // outbound.ini
    [[nodiscard]] QString queueDatabase() const; // queue.sqlite
    [[nodiscard]] QString spoolDir() const; // spool/
    [[nodiscard]] QString logsDir() const; // logs/

private:
    explicit Profile(QString path)
        : m_path(std::move(path))
    { }
    QString m_path;
};
