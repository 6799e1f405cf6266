#pragma once

#include "accounts/account.h"
#include "smtp/smtpsendreply.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QTemporaryFile>

#include <memory>

// The message `outboundctl send` delivers, prepared completely before any connection: from
// an .eml file or stdin (recipients from its headers, as `sendmail -t` does, Bcc removed from
// the copy that is sent), or written with GMime from --from/--to/--subject/--body.
class MessageInput
{
public:
    static void addOptions(QCommandLineParser &parser);

    // Returns an exit code (ExitOk on success) and sets *error otherwise.
    [[nodiscard]] int prepare(
        const QCommandLineParser &parser, const Account &account, QString *error);

    [[nodiscard]] const SmtpEnvelope &envelope() const { return m_envelope; }
    [[nodiscard]] qint64 size() const { return m_size; }
    // A fresh reader on the prepared message.
    [[nodiscard]] std::unique_ptr<QIODevice> openBody(QString *error) const;

private:
    int prepareFromFile(const QCommandLineParser &parser, const QString &file, QString *error);
    int prepareFromOptions(
        const QCommandLineParser &parser, const Account &account, QString *error);
    int applyEnvelopeOptions(const QCommandLineParser &parser, QString *error);

    std::unique_ptr<QTemporaryFile> m_stdinCopy;
    std::unique_ptr<QTemporaryFile> m_sendable;
    SmtpEnvelope m_envelope;
    qint64 m_size = -1;
};
