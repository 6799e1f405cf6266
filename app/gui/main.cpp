// outbound: the desktop application.
#include "mainwindow.h"

#include "core/profile.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("outbound"));
    QApplication::setOrganizationName(QStringLiteral("Outbound"));
    QApplication::setApplicationVersion(QStringLiteral(OUTBOUND_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Outbound"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("outbound", "Outbound, a mail client built for sending."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("profile"),
        QApplication::translate("outbound", "Keep all state in DIR."), QStringLiteral("DIR") });
    parser.process(app);

    const Profile profile = Profile::resolve(parser.value(QStringLiteral("profile")));
    QString error;
    if (!profile.ensureExists(&error)) {
        qCritical("%s", qPrintable(error));
        return 78;
    }
    MainWindow window(profile);
    window.show();
    return app.exec();
}
