// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// outboundctl: Outbound's command-line tool, for scripts and sendmail-style use.
#include "clisupport.h"
#include "commands.h"
#include "exitcodes.h"

#include <QCoreApplication>

#include <sys/stat.h>

namespace {

QString usage()
{
    return QCoreApplication::translate("outboundctl",
        "Usage: outboundctl [--profile DIR] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  send      send one message now, from a file or from options\n"
        "  probe     connect to a server and show what it offers; sends no mail\n"
        "  account   add, list, show, remove or test accounts\n"
        "  show      show a message file as a tree of MIME parts\n"
        "  enqueue   put a message in the outbox (same message options as send)\n"
        "  sendmail  sendmail-compatible: -t, -i/-oi, -f FROM, recipients; message on stdin\n"
        "  queue     list, show, retry, hold, release, delete, flush or run the outbox\n"
        "\n"
        "Global options:\n"
        "  --profile DIR   keep all state in DIR (or set OUTBOUND_PROFILE)\n"
        "  --version       print the version\n"
        "  --help          this text; `outboundctl COMMAND --help` for a command\n");
}

} // namespace

int main(int argc, char **argv)
{
    // Everything this program writes holds mail or its envelope: the queue, spool files,
    // transcripts, --save-copy. Nobody else gets to read it, whatever the umask (mutt does
    // the same).
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("outboundctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Outbound"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OUTBOUND_VERSION));

    // Global options come before the command; the command parses the rest itself.
    QStringList args = app.arguments().mid(1);
    QString profileDir;
    while (!args.isEmpty()
        && (args.first().startsWith(QLatin1String("--")) || args.first() == QLatin1String("-h"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--version")) {
            Cli::out() << "outboundctl " << OUTBOUND_VERSION << Qt::endl;
            return ExitOk;
        }
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            Cli::out() << usage();
            return ExitOk;
        }
        if (option == QLatin1String("--profile") && !args.isEmpty()) {
            profileDir = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--profile="))) {
            profileDir = option.mid(10);
        } else {
            Cli::err() << usage();
            return Cli::fail(ExitUsage,
                QCoreApplication::translate("outboundctl", "unknown option %1").arg(option));
        }
    }
    if (args.isEmpty()) {
        Cli::err() << usage();
        return ExitUsage;
    }
    const Profile profile = Profile::resolve(profileDir);
    // A profile someone else can write could make us run their password command.
    if (QString error; !profile.checkSafe(&error))
        return Cli::fail(ExitConfig, error);
    const QString command = args.first();
    args[0] = QStringLiteral("outboundctl ") + command;
    if (command == QLatin1String("send"))
        return runSend(args, profile);
    if (command == QLatin1String("probe"))
        return runProbe(args, profile);
    if (command == QLatin1String("account"))
        return runAccount(args, profile);
    if (command == QLatin1String("show"))
        return runShow(args, profile);
    if (command == QLatin1String("enqueue"))
        return runEnqueue(args, profile);
    if (command == QLatin1String("sendmail"))
        return runSendmail(args, profile);
    if (command == QLatin1String("queue"))
        return runQueue(args, profile);
    Cli::err() << usage();
    return Cli::fail(
        ExitUsage, QCoreApplication::translate("outboundctl", "unknown command %1").arg(command));
}
