// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "durablefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

bool openPrivate(QSaveFile &file)
{
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // QSaveFile makes its temporary file 0666 less the umask (or copies the mode of the file
    // it replaces); the mode is set on that temporary file, which the commit renames.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return false;
    }
    return true;
}

QString commitDurably(QSaveFile &file)
{
    auto failure = [&file](const QString &reason) {
        file.cancelWriting();
        return QCoreApplication::translate("DurableFile", "Could not save “%1”: %2")
            .arg(file.fileName(), reason);
    };
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failure(file.errorString());
    if (!file.flush())
        return failure(file.errorString());
    if (::fsync(file.handle()) != 0)
        return failure(QString::fromLocal8Bit(std::strerror(errno)));
    if (!file.commit())
        return QCoreApplication::translate("DurableFile", "Could not save “%1”: %2")
            .arg(file.fileName(), file.errorString());

    const QByteArray folder = QFile::encodeName(QFileInfo(file.fileName()).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return QCoreApplication::translate(
            "DurableFile", "Saved “%1”, but could not flush its folder to disk: %2")
            .arg(file.fileName(), reason);
    }
    ::close(fd);
    return {};
}
