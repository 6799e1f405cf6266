// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "clisupport.h"

#include "exitcodes.h"

#include "accounts/secretstore.h"
#include "core/durablefile.h"
#include "outbox/directsend.h" // SmtpError, SmtpReply

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>

namespace Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(int code, const QString &message)
{
    err() << "outboundctl: " << message << Qt::endl;
    return code;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        // Qt names the program by its path; the command's own name says more.
        QString text = parser.helpText();
        const qsizetype lineEnd = text.indexOf(u'\n');
        text.replace(0, lineEnd,
            text.left(lineEnd).replace(
                QCoreApplication::arguments().constFirst(), args.constFirst()));
        out() << text;
        return 0;
    }
    return std::nullopt;
}

QString readStdinLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString text = QString::fromUtf8(line);
    line.fill('\0');
    return text;
}

std::optional<SaslCredentials> obtainCredentials(const Account &account,
    CredentialsRequest::Service service, bool passwordFromStdin, QString *error)
{
    if (passwordFromStdin) {
        SaslCredentials credentials = CredentialsRequest::identity(account, service);
        if (credentials.user.isEmpty())
            return credentials; // no AUTH
        credentials.secret = readStdinLine();
        if (credentials.secret.isEmpty()) {
            *error = QCoreApplication::translate(
                "outboundctl", "--password-stdin: standard input held no password");
            return std::nullopt;
        }
        return credentials;
    }
    std::unique_ptr<CredentialsRequest> request(CredentialsRequest::start(account, service));
    QEventLoop loop;
    QObject::connect(request.get(), &CredentialsRequest::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (!request->isOk()) {
        *error = request->errorString();
        return std::nullopt;
    }
    return request->credentials();
}

namespace {
// A command-line tool may simply wait for the request; it owns and deletes it.
bool waitFor(SecretRequest *request, QString *error, QString *secret = nullptr)
{
    std::unique_ptr<SecretRequest> owner(request);
    if (!request->isFinished()) {
        QEventLoop loop;
        QObject::connect(request, &SecretRequest::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!request->isOk()) {
        *error = request->errorString();
        return false;
    }
    if (secret)
        *secret = request->secret();
    return true;
}
} // namespace

bool writeSecretToKeychain(const QString &keychainKey, const QString &secret, QString *error)
{
    return waitFor(SecretRequest::writeToKeychain(keychainKey, secret), error);
}

bool removeSecretFromKeychain(const QString &keychainKey, QString *error)
{
    return waitFor(SecretRequest::removeFromKeychain(keychainKey), error);
}

void printTranscriptEntry(const TranscriptEntry &entry)
{
    err() << entry.toDisplayLine() << Qt::endl;
}

void TranscriptOutput::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("transcript"),
            QCoreApplication::translate(
                "outboundctl", "Print the SMTP conversation live on stderr (secrets redacted).") },
        { QStringLiteral("transcript-file"),
            QCoreApplication::translate(
                "outboundctl", "Save the conversation to FILE in the C:/S: format."),
            QStringLiteral("FILE") },
    });
}

TranscriptOutput::TranscriptOutput(const QCommandLineParser &parser)
    : m_file(parser.value(QStringLiteral("transcript-file")))
    , m_live(parser.isSet(QStringLiteral("transcript")))
{ }

void TranscriptOutput::record(const TranscriptEntry &entry)
{
    if (m_live)
        printTranscriptEntry(entry);
    if (!m_file.isEmpty())
        m_entries << entry;
}

bool TranscriptOutput::save(QString *error) const
{
    if (m_file.isEmpty())
        return true;
    QSaveFile file(m_file);
    // A transcript may hold the message itself (--transcript-body): private by default.
    if (!openPrivate(file) || file.write(formatTranscript(m_entries).toUtf8()) < 0
        || !file.commit()) {
        *error = QCoreApplication::translate("outboundctl", "cannot write the transcript to %1: %2")
                     .arg(m_file, file.errorString());
        return false;
    }
    return true;
}

QJsonObject replyToJson(const SmtpReply &reply)
{
    if (reply.code == 0)
        return {};
    return {
        { QStringLiteral("code"), reply.code },
        { QStringLiteral("enhancedCode"), QString::fromLatin1(reply.enhancedCode) },
        { QStringLiteral("text"), reply.text() },
    };
}

QJsonObject errorToJson(const SmtpError &error)
{
    QJsonObject json {
        { QStringLiteral("code"), SmtpError::codeName(error.code()) },
        { QStringLiteral("category"), SmtpError::categoryName(error.category()) },
        { QStringLiteral("message"), error.toString() },
    };
    if (error.serverReply().code != 0)
        json.insert(QStringLiteral("serverReply"), replyToJson(error.serverReply()));
    return json;
}

} // namespace Cli
