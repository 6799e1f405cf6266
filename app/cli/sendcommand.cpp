// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// outboundctl send: deliver one message now, with the whole conversation visible on request.
#include "clisupport.h"
#include "commands.h"
#include "exitcodes.h"
#include "messageinput.h"
#include "serveroptions.h"

#include "outbox/directsend.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outboundctl", text);
}

// What became of one recipient, for --json and stderr.
QString recipientStatus(const SmtpRecipientResult &result)
{
    if (result.isAccepted())
        return QStringLiteral("accepted");
    if (result.reply.isPermanentFailure())
        return QStringLiteral("refused");
    return result.reply.code == 0 ? QStringLiteral("not-tried") : QStringLiteral("deferred");
}

QJsonObject resultToJson(const DirectSend &send)
{
    // "sent" only when every recipient has the message.
    const QString status = send.isUncertain() ? QStringLiteral("uncertain")
        : send.allAccepted()                  ? QStringLiteral("sent")
        : send.anyAccepted()                  ? QStringLiteral("partly-sent")
                                              : QStringLiteral("failed");
    QJsonArray recipients;
    for (const SmtpRecipientResult &result : send.recipientResults()) {
        QJsonObject recipient {
            { QStringLiteral("address"), result.address },
            { QStringLiteral("accepted"), result.isAccepted() },
            { QStringLiteral("status"), recipientStatus(result) },
        };
        if (result.reply.code != 0)
            recipient.insert(QStringLiteral("reply"), Cli::replyToJson(result.reply));
        recipients << recipient;
    }
    QJsonObject json {
        { QStringLiteral("status"), status },
        { QStringLiteral("server"),
            QStringLiteral("%1:%2").arg(send.settings().host).arg(send.settings().port) },
        { QStringLiteral("recipients"), recipients },
        { QStringLiteral("bytes"), send.bytesSent() },
    };
    if (!send.tlsDescription().isEmpty())
        json.insert(QStringLiteral("tls"), send.tlsDescription());
    if (!send.authMechanism().isEmpty())
        json.insert(QStringLiteral("authMechanism"), QString::fromLatin1(send.authMechanism()));
    if (send.finalReply().code != 0)
        json.insert(QStringLiteral("finalReply"), Cli::replyToJson(send.finalReply()));
    const QStringList queueIds = send.queueIds();
    if (!queueIds.isEmpty())
        json.insert(QStringLiteral("queueId"), queueIds.constLast());
    if (queueIds.size() > 1)
        json.insert(QStringLiteral("queueIds"), QJsonArray::fromStringList(queueIds));
    if (send.error().isError())
        json.insert(QStringLiteral("error"), Cli::errorToJson(send.error()));
    return json;
}

} // namespace

int runSend(const QStringList &args, const Profile &profile)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Send one message now. The message comes from FILE (an RFC "
                                        "5322 .eml file, or - for standard input), "
                                        "whose recipients are taken from its To, Cc and Bcc "
                                        "headers unless --to/--cc/--bcc are given; or it is "
                                        "made from --from, --to, --subject and --body."));
    parser.addHelpOption();
    ServerOptions::addTo(parser);
    MessageInput::addOptions(parser);
    Cli::TranscriptOutput::addOptions(parser);
    parser.addOption(
        { QStringLiteral("transcript-body"), tr("Include the message data in the transcript.") });
    parser.addOption(
        { QStringLiteral("json"), tr("Print the result, per recipient, as JSON on stdout.") });
    parser.addPositionalArgument(QStringLiteral("file"),
        tr("The message: an .eml file, or - for standard input."), QStringLiteral("[FILE]"));
    if (const std::optional<int> done = Cli::parseArguments(parser, args))
        return *done;

    ServerOptions options;
    QString error;
    if (const int code = ServerOptions::resolve(parser, profile, &options, &error); code != ExitOk)
        return Cli::fail(code, error);
    if (options.passwordFromStdin && parser.positionalArguments().value(0) == QLatin1String("-"))
        return Cli::fail(
            ExitUsage, tr("--password-stdin and a message on standard input exclude each other"));

    // The message is prepared completely before anything connects: bad input costs no connection.
    MessageInput message;
    if (const int code = message.prepare(parser, options.account, profile, &error); code != ExitOk)
        return Cli::fail(code, error);

    const std::optional<SaslCredentials> credentials = Cli::obtainCredentials(
        options.account, CredentialsRequest::Service::Smtp, options.passwordFromStdin, &error);
    if (!credentials)
        return Cli::fail(ExitConfig, error);

    SmtpServerSettings settings = options.account.smtp;
    settings.transcriptIncludesBody = parser.isSet(QStringLiteral("transcript-body"));
    DirectSend send(
        settings, *credentials, message.envelope(),
        [&message](QString *error) { return message.openBody(error); }, message.size());
    Cli::TranscriptOutput transcript(parser);
    transcript.follow(&send);
    Cli::runToEnd(send);
    const QList<SmtpRecipientResult> &results = send.recipientResults();

    if (parser.isSet(QStringLiteral("json")))
        Cli::out() << QJsonDocument(resultToJson(send)).toJson(QJsonDocument::Indented);
    if (!transcript.save(&error))
        Cli::err() << QStringLiteral("outboundctl: ") << error << Qt::endl;
    const int code = exitCodeForDelivery(send.error(), results);
    if (code != ExitOk) {
        // Not every recipient has it: say what became of each.
        for (const SmtpRecipientResult &result : std::as_const(results)) {
            const QString said = result.reply.code != 0 ? result.reply.summary() : QString();
            if (result.isAccepted())
                Cli::err() << tr("outboundctl: %1 accepted: %2").arg(result.address, said)
                           << Qt::endl;
            else if (result.reply.isPermanentFailure())
                Cli::err() << tr("outboundctl: %1 refused: %2").arg(result.address, said)
                           << Qt::endl;
            else if (result.reply.code != 0)
                Cli::err() << tr("outboundctl: %1 refused for now: %2").arg(result.address, said)
                           << Qt::endl;
            else
                Cli::err() << tr("outboundctl: %1 not tried").arg(result.address) << Qt::endl;
        }
    }
    if (send.error().isError()) {
        if (send.isUncertain())
            Cli::err() << tr("outboundctl: the connection was lost after the whole message was "
                             "sent; the server may "
                             "have accepted it, so it is not safe to simply send it again")
                       << Qt::endl;
        return Cli::fail(code, send.error().toString());
    }
    if (code != ExitOk)
        return Cli::fail(code,
            code == ExitUnavailable
                ? tr("not every recipient has the message: some were refused")
                : tr("not every recipient has the message: some were refused for now"));
    if (!parser.isSet(QStringLiteral("json")) && !send.queueIds().isEmpty())
        Cli::err() << tr("outboundctl: sent, queued as %1").arg(send.queueIds().constLast())
                   << Qt::endl;
    return ExitOk;
}
