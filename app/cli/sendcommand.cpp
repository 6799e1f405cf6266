// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
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

#include <vector>

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

QJsonObject resultToJson(const SmtpSession &session, const SmtpSendReply &reply,
    const QList<SmtpRecipientResult> &results, const QStringList &queueIds)
{
    const SmtpError &error = reply.error();
    bool all = !error.isError() && !results.isEmpty();
    bool any = false;
    for (const SmtpRecipientResult &result : results) {
        all = all && result.isAccepted();
        any = any || result.isAccepted();
    }
    // "sent" only when every recipient has the message.
    const QString status = reply.isUncertain() ? QStringLiteral("uncertain")
        : all                                  ? QStringLiteral("sent")
        : any                                  ? QStringLiteral("partly-sent")
                                               : QStringLiteral("failed");
    QJsonArray recipients;
    for (const SmtpRecipientResult &result : results) {
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
    if (queueIds.size() > 1)
        json.insert(QStringLiteral("queueIds"), QJsonArray::fromStringList(queueIds));
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

    const std::optional<SaslCredentials> credentials = Cli::obtainCredentials(
        options.account, CredentialsRequest::Service::Smtp, options.passwordFromStdin, &error);
    if (!credentials)
        return Cli::fail(ExitConfig, error);

    SmtpServerSettings settings = options.account.smtp;
    settings.transcriptIncludesBody = parser.isSet(QStringLiteral("transcript-body"));
    auto newSession = [&] {
        auto session = std::make_unique<SmtpSession>(settings);
        session->setCredentials(*credentials);
        return session;
    };
    std::vector<std::unique_ptr<SmtpSession>> sessions;
    sessions.push_back(newSession());
    Cli::TranscriptOutput transcript(parser, sessions.back().get());

    // The session sends the recipients one transaction cannot take in further ones itself;
    // past the server's LIMITS MAILMAX the rest need another connection, as long as each
    // connection gets somewhere.
    SmtpEnvelope envelope = message.envelope();
    std::unique_ptr<SmtpSendReply> reply;
    QList<SmtpRecipientResult> results;
    QStringList queueIds;
    while (true) {
        SmtpSession &session = *sessions.back();
        std::unique_ptr<QIODevice> body = message.openBody(&error);
        if (!body)
            return Cli::fail(ExitDataError, error);
        reply.reset(session.send(envelope, std::move(body), message.size()));
        QObject::connect(reply.get(), &SmtpSendReply::finished, &session, &SmtpSession::quit);
        QEventLoop loop;
        QObject::connect(&session, &SmtpSession::closed, &loop, &QEventLoop::quit);
        if (session.state() != SmtpSession::State::Closed)
            loop.exec();
        QStringList untried;
        for (const SmtpRecipientResult &result : reply->recipientResults()) {
            bool merged = false;
            for (SmtpRecipientResult &earlier : results) {
                if (earlier.address == result.address && earlier.reply.code == 0) {
                    earlier = result;
                    merged = true;
                }
            }
            if (!merged)
                results << result;
            if (result.reply.code == 0)
                untried << result.address;
        }
        queueIds += reply->queueIds();
        if (reply->error().code() != SmtpError::TransactionLimitReached || untried.isEmpty()
            || reply->acceptedRecipients().isEmpty())
            break;
        envelope.recipients = untried;
        sessions.push_back(newSession());
        transcript.follow(sessions.back().get());
    }
    const SmtpSession &session = *sessions.back();

    if (parser.isSet(QStringLiteral("json")))
        Cli::out() << QJsonDocument(resultToJson(session, *reply, results, queueIds))
                          .toJson(QJsonDocument::Indented);
    if (!transcript.save(&error))
        Cli::err() << QStringLiteral("outboundctl: ") << error << Qt::endl;
    const int code = exitCodeForDelivery(reply->error(), results);
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
    if (reply->error().isError()) {
        if (reply->isUncertain())
            Cli::err() << tr("outboundctl: the connection was lost after the whole message was "
                             "sent; the server may "
                             "have accepted it, so it is not safe to simply send it again")
                       << Qt::endl;
        return Cli::fail(code, reply->errorString());
    }
    if (code != ExitOk)
        return Cli::fail(code,
            code == ExitUnavailable
                ? tr("not every recipient has the message: some were refused")
                : tr("not every recipient has the message: some were refused for now"));
    if (!parser.isSet(QStringLiteral("json")) && !reply->queueId().isEmpty())
        Cli::err() << tr("outboundctl: sent, queued as %1").arg(reply->queueId()) << Qt::endl;
    return ExitOk;
}
