// outboundctl send: deliver one message now, with the whole conversation visible on request.
#include "clisupport.h"
#include "commands.h"
#include "exitcodes.h"
#include "messageinput.h"
#include "serveroptions.h"

#include "smtp/smtpsession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outboundctl", text);
}

QJsonObject resultToJson(const SmtpSession &session, const SmtpSendReply &reply)
{
    const SmtpError &error = reply.error();
    const QString status = !error.isError() ? QStringLiteral("sent")
        : reply.isUncertain()               ? QStringLiteral("uncertain")
                                            : QStringLiteral("failed");
    QJsonArray recipients;
    for (const SmtpRecipientResult &result : reply.recipientResults()) {
        QJsonObject recipient {
            { QStringLiteral("address"), result.address },
            { QStringLiteral("accepted"), result.isAccepted() },
        };
        if (result.reply.code != 0)
            recipient.insert(QStringLiteral("reply"), Cli::replyToJson(result.reply));
        recipients << recipient;
    }
    QJsonObject json {
        { QStringLiteral("status"), status },
        { QStringLiteral("server"),
            QStringLiteral("%1:%2").arg(session.settings().host).arg(session.settings().port) },
        { QStringLiteral("recipients"), recipients },
        { QStringLiteral("bytes"), reply.bytesSent() },
    };
    if (!session.tlsDescription().isEmpty())
        json.insert(QStringLiteral("tls"), session.tlsDescription());
    if (!session.authMechanism().isEmpty())
        json.insert(QStringLiteral("authMechanism"), QString::fromLatin1(session.authMechanism()));
    if (reply.finalReply().code != 0)
        json.insert(QStringLiteral("finalReply"), Cli::replyToJson(reply.finalReply()));
    if (!reply.queueId().isEmpty())
        json.insert(QStringLiteral("queueId"), reply.queueId());
    if (error.isError())
        json.insert(QStringLiteral("error"), Cli::errorToJson(error));
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

    const std::optional<SaslCredentials> credentials
        = Cli::obtainCredentials(options.account, options.passwordFromStdin, &error);
    if (!credentials)
        return Cli::fail(ExitConfig, error);

    SmtpServerSettings settings = options.account.smtp;
    settings.transcriptIncludesBody = parser.isSet(QStringLiteral("transcript-body"));
    SmtpSession session(settings);
    session.setCredentials(*credentials);
    const Cli::TranscriptOutput transcript(parser, &session);

    std::unique_ptr<QIODevice> body = message.openBody(&error);
    if (!body)
        return Cli::fail(ExitDataError, error);
    std::unique_ptr<SmtpSendReply> reply(
        session.send(message.envelope(), std::move(body), message.size()));
    QObject::connect(reply.get(), &SmtpSendReply::finished, &session, &SmtpSession::quit);
    QEventLoop loop;
    QObject::connect(&session, &SmtpSession::closed, &loop, &QEventLoop::quit);
    if (session.state() != SmtpSession::State::Closed)
        loop.exec();

    if (parser.isSet(QStringLiteral("json")))
        Cli::out() << QJsonDocument(resultToJson(session, *reply)).toJson(QJsonDocument::Indented);
    if (!transcript.save(&error))
        Cli::err() << QStringLiteral("outboundctl: ") << error << Qt::endl;
    for (const SmtpRecipientResult &result : reply->recipientResults()) {
        if (result.reply.code != 0 && !result.isAccepted())
            Cli::err()
                << tr("outboundctl: %1 refused: %2").arg(result.address, result.reply.summary())
                << Qt::endl;
    }
    if (reply->error().isError()) {
        if (reply->isUncertain())
            Cli::err() << tr("outboundctl: the connection was lost after the whole message was "
                             "sent; the server may "
                             "have accepted it, so it is not safe to simply send it again")
                       << Qt::endl;
        return Cli::fail(exitCodeFor(reply->error()), reply->errorString());
    }
    if (!parser.isSet(QStringLiteral("json")) && !reply->queueId().isEmpty())
        Cli::err() << tr("outboundctl: sent, queued as %1").arg(reply->queueId()) << Qt::endl;
    return ExitOk;
}
