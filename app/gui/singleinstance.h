#pragma once

#include "core/profile.h"

#include <QLocalServer>
#include <QObject>
#include <QStringList>

// One running app per profile: a second `outbound` (a mailto: link clicked, `outbound
// --compose …`) hands its requests to the first over a local socket and exits.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const Profile &profile, QObject *parent = nullptr);

    // True if another instance took `requests`: this process should exit now.
    [[nodiscard]] bool forwardToRunning(const QStringList &requests);
    // Becomes the running instance; requestsReceived() fires for later launches.
    [[nodiscard]] bool listen(QString *error);

Q_SIGNALS:
    void requestsReceived(const QStringList &requests);

private:
    QString m_name;
    QLocalServer m_server;
};
