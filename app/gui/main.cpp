// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// outbound: the desktop application.
#include "accountsdialog.h"
#include "appcontroller.h"
#include "benchprobe.h"
#include "composerequest.h"
#include "composewindow.h"
#include "consolewindow.h"
#include "desktopnotifier.h"
#include "mainwindow.h"
#include "sandboxwindow.h"
#include "singleinstance.h"
#include "uilanguage.h"
#include "visibletexts.h"

#include "core/profile.h"
#include "mime/draftstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QMessageBox>

#include <cstring>
#include <memory>
#include <sys/stat.h>

namespace {

// "activate" brings the window up; anything else is a compose request.
const QString ActivateRequest = QStringLiteral("activate");

void handleRequest(const QString &request, AppController *controller, MainWindow *window)
{
    if (request == ActivateRequest) {
        window->showNormal();
        window->raise();
        window->activateWindow();
        return;
    }
    QString error;
    const std::optional<MessageDraft> draft = draftFromComposeSpec(request, &error);
    if (!draft) {
        QMessageBox::warning(window, QApplication::translate("outbound", "Cannot compose"), error);
        return;
    }
    auto *compose = new ComposeWindow(controller);
    compose->setAttribute(Qt::WA_DeleteOnClose);
    compose->setDraft(*draft);
    compose->show();
}

// Opens a saved draft, or brings up the compose window that is already editing it.
void openDraft(const QString &path, AppController *controller, MainWindow *window)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *open = qobject_cast<ComposeWindow *>(widget);
        if (open && open->isVisible() && open->draftFilePath() == path) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    auto *compose = new ComposeWindow(controller);
    compose->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!compose->restoreDraft(path, &error)) {
        delete compose;
        QMessageBox::warning(
            window, QApplication::translate("outbound", "Cannot open the draft"), error);
        return;
    }
    compose->show();
}

// "Edit and requeue": the held message's spool file becomes a draft in a compose window (its
// parts saved under <profile>/drafts/edit-<id>/); once the edited copy is queued for good, the
// original is removed. If the file cannot be read, the original stays held.
void editMessage(qint64 id, AppController *controller, MainWindow *window)
{
    const QString title = QApplication::translate("outbound", "Cannot edit the message");
    const std::optional<OutboxMessage> message = controller->store()->message(id);
    if (!message) {
        QMessageBox::warning(window, title,
            QApplication::translate("outbound", "The message is no longer in the outbox."));
        return;
    }
    const QString folder = DraftStore(controller->profile()).editFolder(id);
    QString error;
    const std::optional<MessageDraft> draft = DraftStore::draftForEditing(
        message->spoolFile, message->envelope.recipients, folder, &error);
    if (!draft) {
        QMessageBox::warning(window, title, error);
        return;
    }
    auto *compose = new ComposeWindow(controller);
    compose->setAttribute(Qt::WA_DeleteOnClose);
    compose->setDraft(*draft);
    compose->setAccountName(message->account);
    QObject::connect(
        compose, &ComposeWindow::sent, window, [id, folder, controller, window](qint64) {
            QDir(folder).removeRecursively(); // the queued copy has its own spool file
            QString removeError;
            if (!controller->remove(id, &removeError))
                QMessageBox::warning(window,
                    QApplication::translate("outbound", "Cannot remove the original message"),
                    removeError);
        });
    compose->show();
}

// The theme's icon when the package installed one, else the sizes built into the program.
QIcon appIcon()
{
    QIcon icon = QIcon::fromTheme(QStringLiteral("outbound"));
    if (icon.isNull()) {
        for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
            icon.addFile(QStringLiteral(":/icons/outbound-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

// --help and --version only print: they must work where no display is (a terminal over SSH, a
// packaging check), so they get an application without a GUI.
bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : { "-h", "--help", "-v", "--version", "--help-all" }) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // Everything the app writes holds mail: the queue, spool, drafts, captured messages,
    // saved transcripts. Nobody else gets to read it, whatever the umask.
    ::umask(077);
    const std::unique_ptr<QCoreApplication> app = onlyPrints(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("outbound"));
    QCoreApplication::setOrganizationName(QStringLiteral("Outbound"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OUTBOUND_VERSION));
    // The screenshot tour also lists the strings no catalogue had (tests/translations); the
    // log goes in first so that it is asked last.
    const QString screenshots = qEnvironmentVariable("OUTBOUND_SCREENSHOTS");
    MissingTranslationLog missingTranslations;
    if (!screenshots.isEmpty())
        QCoreApplication::installTranslator(&missingTranslations);
    const UiLanguage language;
    if (qobject_cast<QApplication *>(app.get())) {
        QApplication::setApplicationDisplayName(QStringLiteral("Outbound"));
        // The desktop file's name: notifications, taskbars and the mailto: handler match on it.
        QApplication::setDesktopFileName(QStringLiteral("org.outbound.Outbound"));
        QApplication::setWindowIcon(appIcon());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("outbound", "Outbound, a mail client built for sending."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { QStringLiteral("profile"), QApplication::translate("outbound", "Keep all state in DIR."),
            QStringLiteral("DIR") },
        { QStringLiteral("compose"),
            QApplication::translate("outbound",
                "Open a compose window: a mailto: URL, or to='…',subject='…',body='…',"
                "attachment='…' (\"\" for an empty one)."),
            QStringLiteral("SPEC") },
    });
    parser.addPositionalArgument(QStringLiteral("mailto"),
        QApplication::translate("outbound", "mailto: URLs to compose."),
        QStringLiteral("[mailto:…]"));
    parser.process(*app);

    const Profile profile = Profile::resolve(parser.value(QStringLiteral("profile")));
    QStringList requests = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("compose")))
        requests << parser.values(QStringLiteral("compose"));

    // A profile someone else can write could make us run their password command; it is not
    // used even to find the running instance.
    QString error;
    if (!profile.ensureExists(&error)) {
        QMessageBox::critical(
            nullptr, QApplication::translate("outbound", "Outbound cannot start"), error);
        return 78;
    }

    // A second launch hands its requests to the running app and leaves.
    SingleInstance instance(profile);
    if (instance.forwardToRunning(requests.isEmpty() ? QStringList { ActivateRequest } : requests))
        return 0;
    if (!instance.listen(&error))
        qWarning("outbound: cannot listen for other launches: %s", qPrintable(error));

    AppController controller(profile);
    if (!controller.start(&error)) {
        QMessageBox::critical(
            nullptr, QApplication::translate("outbound", "Outbound cannot start"), error);
        return 78;
    }
    MainWindow window(&controller);
    QObject::connect(&window, &MainWindow::composeRequested, &window,
        [&] { handleRequest(QString(), &controller, &window); });
    QObject::connect(&window, &MainWindow::draftRequested, &window,
        [&](const QString &path) { openDraft(path, &controller, &window); });
    QObject::connect(&window, &MainWindow::editRequested, &window,
        [&](qint64 id) { editMessage(id, &controller, &window); });
    QObject::connect(&window, &MainWindow::accountsRequested, &window, [&] {
        AccountsDialog dialog(&controller, &window);
        dialog.exec();
    });
    QObject::connect(
        &instance, &SingleInstance::requestsReceived, &window, [&](const QStringList &received) {
            for (const QString &request : received)
                handleRequest(request, &controller, &window);
        });
    QObject::connect(&window, &MainWindow::consoleRequested, &window, [&] {
        auto *console = new ConsoleWindow(&controller);
        console->setAttribute(Qt::WA_DeleteOnClose);
        console->show();
    });
    QObject::connect(&window, &MainWindow::sandboxRequested, &window, [&] {
        auto *sandbox = new SandboxWindow(&controller);
        sandbox->setAttribute(Qt::WA_DeleteOnClose);
        sandbox->show();
    });
    DesktopNotifier notifier(&controller, &window);
    BenchProbe::installIfRequested(&window); // bench/gui-scale.sh
    window.show();
    QObject::connect(&window, &MainWindow::screenshotsTaken, &window, [&] {
        QFile log(QDir(screenshots).filePath(QStringLiteral("missing-translations.txt")));
        if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || log.write(missingTranslations.missing().join(QLatin1Char('\n')).toUtf8()) < 0)
            qWarning("screenshots: cannot write %s", qPrintable(log.fileName()));
    });
    window.scheduleScreenshots(screenshots); // tests/gui/screenshots.sh, tests/translations
    for (const QString &request : std::as_const(requests))
        handleRequest(request, &controller, &window);
    return QApplication::exec();
}
