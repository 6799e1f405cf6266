#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QLocalSocket>

SingleInstance::SingleInstance(const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_name(QStringLiteral("outbound-")
             + QString::fromLatin1(
                 QCryptographicHash::hash(profile.path().toUtf8(), QCryptographicHash::Sha256).toHex().left(24)))
{
    // Only this user may talk to the running instance.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
}

bool SingleInstance::forwardToRunning(const QStringList &requests)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(500))
        return false;
    QByteArray payload;
    QDataStream stream(&payload, QIODevice::WriteOnly);
    stream << requests;
    socket.write(payload);
    return socket.waitForBytesWritten(2000);
}

bool SingleInstance::listen(QString *error)
{
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
