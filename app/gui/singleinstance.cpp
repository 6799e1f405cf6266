// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "singleinstance.h"

#include "core/localpeer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QLocalSocket>
#include <QLoggingCategory>

#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcInstance, "outbound.instance", QtWarningMsg)

namespace {

// sockaddr_un's sun_path, less the terminating NUL and what QLocalServer adds: with access
// options it binds in a temporary folder "<path>-XXXXXX/s", then renames the socket.
constexpr qsizetype MaxSocketPath = sizeof(sockaddr_un::sun_path) - 1 - 9;

// A folder only this user can create files in (and enter): owned by us, no group or other
// bits. $XDG_RUNTIME_DIR is specified to be exactly that, but it is checked, not assumed.
bool isPrivateFolder(const QString &path)
{
    struct stat info = {};
    return !path.isEmpty() && ::stat(QFile::encodeName(path).constData(), &info) == 0
        && S_ISDIR(info.st_mode) && info.st_uid == ::geteuid()
        && (info.st_mode & (S_IRWXG | S_IRWXO)) == 0;
}

bool isOwnProcess(QLocalSocket *socket)
{
    const std::optional<uint> uid = LocalPeer::unixSocketPeerUid(socket->socketDescriptor());
    return uid && *uid == LocalPeer::currentUid();
}

} // namespace

SingleInstance::SingleInstance(const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_name(socketPath(profile))
{
    // Only this user may talk to the running instance.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
}

QString SingleInstance::socketPath(const Profile &profile)
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (isPrivateFolder(runtime)) {
        const QString path = runtime + QStringLiteral("/outbound-")
            + QString::fromLatin1(
                QCryptographicHash::hash(profile.path().toUtf8(), QCryptographicHash::Sha256)
                    .toHex()
                    .left(24));
        if (QFile::encodeName(path).size() <= MaxSocketPath)
            return path;
    }
    const QString path = profile.path() + QStringLiteral("/instance.socket");
    return QFile::encodeName(path).size() <= MaxSocketPath ? path : QString();
}

bool SingleInstance::forwardToRunning(const QStringList &requests)
{
    if (m_name.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(500))
        return false;
    if (!isOwnProcess(&socket)) {
        qCWarning(lcInstance) << "not forwarding to" << m_name
                              << ": it is held by a process of another user";
        socket.abort();
        return false;
    }
    QByteArray payload;
    QDataStream stream(&payload, QIODevice::WriteOnly);
    stream << requests;
    socket.write(payload);
    return socket.waitForBytesWritten(2000);
}

bool SingleInstance::listen(QString *error)
{
    if (m_name.isEmpty()) {
        *error = QCoreApplication::translate("SingleInstance",
            "no private folder for the instance socket: set XDG_RUNTIME_DIR, or use a "
            "profile with a shorter path");
        return false;
    }
    if (!m_server.listen(m_name)) {
        // A name left behind by a crashed instance: nobody answered forwardToRunning().
        QLocalServer::removeServer(m_name);
        if (!m_server.listen(m_name)) {
            *error = m_server.errorString();
            return false;
        }
    }
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            if (!isOwnProcess(socket)) {
                qCWarning(lcInstance) << "refused a connection from a process of another user";
                socket->abort();
                socket->deleteLater();
                continue;
            }
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                QDataStream stream(socket);
                stream.startTransaction();
                QStringList requests;
                stream >> requests;
                if (!stream.commitTransaction())
                    return; // wait for the rest
                Q_EMIT requestsReceived(requests);
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}
