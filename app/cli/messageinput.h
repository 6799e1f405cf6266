// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "accounts/account.h"
#include "core/profile.h"
#include "outbox/directsend.h" // SmtpEnvelope

#include <QCommandLineParser>
#include <QIODevice>
#include <QTemporaryFile>

#include <memory>

struct MessageDraft;

// The message `outboundctl send` delivers, prepared completely before any connection: from
// an .eml file or stdin (recipients from its headers, as `sendmail -t` does, Bcc removed from
// the copy that is sent), or written with GMime from --from/--to/--subject, the body options
// (--body, --body-file, --html), --attach and --header.
//
// Bad input is an error before anything is sent: ExitUsage for options that do not go
// together, ExitDataError for content that cannot be written safely (a line break in a
// header, a file that cannot be attached, a body that is not UTF-8, a message file that cannot
// be read whole or holds a NUL or a line over 998 octets).
class MessageInput
{
public:
    static void addOptions(QCommandLineParser &parser);
    // An open, private temporary file (in $TMPDIR) whose name is already gone, so that no
    // copy of a message outlives the process, even one killed with SIGKILL.
    [[nodiscard]] static std::unique_ptr<QTemporaryFile> unnamedTemporary(QString *error);

    // Returns an exit code (ExitOk on success) and sets *error otherwise. --identity NAME
    // takes the sender from the profile's account NAME.
    [[nodiscard]] int prepare(const QCommandLineParser &parser, const Account &account,
        const Profile &profile, QString *error);

    // One message file ("-": standard input) of several (outboundctl enqueue a.eml b.eml):
    // prepared as prepare() prepares the only one, the envelope options applied to it.
    [[nodiscard]] int prepareFile(
        const QCommandLineParser &parser, const QString &file, QString *error);

    [[nodiscard]] const SmtpEnvelope &envelope() const { return m_envelope; }
    [[nodiscard]] qint64 size() const { return m_size; }
    // A fresh reader on the prepared message.
    [[nodiscard]] std::unique_ptr<QIODevice> openBody(QString *error) const;

private:
    static int refuseComposeOptions(const QCommandLineParser &parser, QString *error);
    int prepareFromFile(const QCommandLineParser &parser, const QString &file, QString *error);
    int prepareFromOptions(const QCommandLineParser &parser, const Account &account,
        const Profile &profile, QString *error);
    int composeBody(const QCommandLineParser &parser, MessageDraft *draft, QString *error);
    int applyEnvelopeOptions(const QCommandLineParser &parser, QString *error);
    int saveCopy(const QCommandLineParser &parser, QString *error) const;

    std::unique_ptr<QTemporaryFile> m_stdinCopy;
    std::unique_ptr<QTemporaryFile> m_sendable;
    SmtpEnvelope m_envelope;
    qint64 m_size = -1;
};
