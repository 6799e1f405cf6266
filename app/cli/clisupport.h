// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "accounts/account.h"
#include "accounts/credentialsrequest.h"
#include "transcript/transcriptentry.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

class SmtpError;
struct SmtpReply;

// Small pieces every outboundctl command uses.
namespace Cli {

QTextStream &out();
QTextStream &err();

// Prints "outboundctl: <message>" to stderr and returns `code`.
int fail(int code, const QString &message);

// Parses a command's arguments. Returns the exit code to stop with — a usage error, or 0
// after printing --help — or nullopt to go on.
[[nodiscard]] std::optional<int> parseArguments(
    QCommandLineParser &parser, const QStringList &args);

// The credentials for one of the account's services: with passwordFromStdin the secret is the
// line given on stdin, otherwise a CredentialsRequest reads it, which a command-line tool may
// simply wait for. nullopt with *error set when no secret could be had.
[[nodiscard]] std::optional<SaslCredentials> obtainCredentials(const Account &account,
    CredentialsRequest::Service service, bool passwordFromStdin, QString *error);

[[nodiscard]] bool writeSecretToKeychain(
    const QString &keychainKey, const QString &secret, QString *error);
[[nodiscard]] bool removeSecretFromKeychain(const QString &keychainKey, QString *error);

// Starts a library job (DirectSend, ServerProbe, AccountCheck) and waits for its finished(): a
// command-line tool may simply wait.
template<class Job> void runToEnd(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
}

// Reads one line from stdin (for --password-stdin).
[[nodiscard]] QString readStdinLine();

// One live transcript line on stderr.
void printTranscriptEntry(const TranscriptEntry &entry);

// The transcript options of a command: --transcript prints it live on stderr, and
// --transcript-file FILE saves it in the C:/S: scenario format when the job ends.
class TranscriptOutput
{
public:
    static void addOptions(QCommandLineParser &parser);
    explicit TranscriptOutput(const QCommandLineParser &parser);
    // Records what a library job says: anything with a transcriptEntry(TranscriptEntry) signal
    // (DirectSend, ServerProbe).
    template<class Job> void follow(Job *job)
    {
        if (m_live || !m_file.isEmpty())
            QObject::connect(job, &Job::transcriptEntry, job,
                [this](const TranscriptEntry &entry) { record(entry); });
    }
    void record(const TranscriptEntry &entry);
    // Writes the file if one was asked for; false (and *error) if it cannot be written.
    [[nodiscard]] bool save(QString *error) const;

private:
    QString m_file;
    bool m_live = false;
    QList<TranscriptEntry> m_entries;
};

[[nodiscard]] QJsonObject replyToJson(const SmtpReply &reply);
[[nodiscard]] QJsonObject errorToJson(const SmtpError &error);

} // namespace Cli
