// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

Profile Profile::resolve(const QString &fromCommandLine)
{
    QString path = fromCommandLine;
    if (path.isEmpty())
        path = qEnvironmentVariable("OUTBOUND_PROFILE");
    if (path.isEmpty()) {
        // Independent of the application name, so the GUI and the CLI share one default.
        path = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/outbound");
    }
    return Profile(QDir::cleanPath(QDir(path).absolutePath()));
}

bool Profile::ensureExists(QString *errorString) const
{
    const QByteArray path = QFile::encodeName(m_path);
    // The folder itself is made 0700 at once (mkdir(2) only takes bits away from the mode,
    // whatever the umask), so there is no moment in which someone else could write into it.
    if (!QFileInfo::exists(m_path)
        && (!QDir().mkpath(QFileInfo(m_path).absolutePath())
            || (::mkdir(path.constData(), S_IRWXU) != 0 && errno != EEXIST))) {
        if (errorString)
            *errorString
                = QCoreApplication::translate("Profile", "cannot create the profile folder %1")
                      .arg(m_path);
        return false;
    }
    return checkSafe(errorString);
}

bool Profile::checkSafe(QString *errorString) const
{
    const auto refuse = [errorString](const QString &text) {
        if (errorString)
            *errorString = text;
        return false;
    };
    const uid_t me = ::geteuid();
    struct stat folder = {};
    // stat(2) follows a symbolic link: what counts is the folder the files really live in.
    if (::stat(QFile::encodeName(m_path).constData(), &folder) != 0)
        return errno == ENOENT
            || refuse(
                QCoreApplication::translate("Profile", "cannot read the profile folder %1: %2")
                    .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
    if (!S_ISDIR(folder.st_mode))
        return refuse(
            QCoreApplication::translate("Profile", "the profile %1 is not a folder").arg(m_path));
    if (folder.st_uid != me)
        return refuse(QCoreApplication::translate("Profile",
            "the profile folder %1 belongs to another user (uid %2); refusing to use it. Use "
            "a profile of your own (--profile DIR), or, if it is yours, chown it to yourself")
                          .arg(m_path)
                          .arg(folder.st_uid));
    if (folder.st_mode & (S_IWGRP | S_IWOTH))
        return refuse(QCoreApplication::translate("Profile",
            "the profile folder %1 can be written by other users, who could change its "
            "accounts and the commands they run; refusing to use it. Check its files, then "
            "run: chmod 700 %1")
                          .arg(m_path));
    // Settings that name commands and servers: the same rule, for the file itself.
    for (const QString &file : { accountsFile(), settingsFile() }) {
        struct stat info = {};
        if (::stat(QFile::encodeName(file).constData(), &info) != 0)
            continue;
        if (info.st_uid != me || (info.st_mode & (S_IWGRP | S_IWOTH)))
            return refuse(QCoreApplication::translate("Profile",
                "%1 belongs to another user or can be written by others; refusing to use it. "
                "Check what it holds, then make it a file of your own that only you can write "
                "(chmod 600 %1)")
                              .arg(file));
    }
    // Others may read but not write: take the reading away too (it holds mail).
    if ((folder.st_mode & (S_IRWXG | S_IRWXO))
        && ::chmod(QFile::encodeName(m_path).constData(), S_IRWXU) != 0)
        return refuse(QCoreApplication::translate(
            "Profile", "cannot make the profile folder %1 private (chmod 700): %2")
                          .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
    return true;
}

QString Profile::accountsFile() const
{
    return m_path + QStringLiteral("/accounts.ini");
}
QString Profile::settingsFile() const
{
    return m_path + QStringLiteral("/outbound.ini");
}
QString Profile::queueDatabase() const
{
    return m_path + QStringLiteral("/queue.sqlite");
}
QString Profile::spoolDir() const
{
    return m_path + QStringLiteral("/spool");
}
QString Profile::logsDir() const
{
    return m_path + QStringLiteral("/logs");
}
