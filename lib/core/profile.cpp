#include "profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

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
    QDir dir(m_path);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        if (errorString)
            *errorString
                = QCoreApplication::translate("Profile", "cannot create the profile folder %1")
                      .arg(m_path);
        return false;
    }
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
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
