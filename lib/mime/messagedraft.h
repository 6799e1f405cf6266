// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "mailaddress.h"
#include "smtp/smtpcommands.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A header the draft adds beyond the ones MessageWriter owns (In-Reply-To, References,
// List-Unsubscribe, X-…). The value is unencoded text; the writer encodes and folds it.
struct MessageHeaderField
{
    QString name;
    QString value;
};

// A file that goes with the message. It is read when the message is written, streamed from
// disk, never held in memory; the file must be a regular file then.
struct MessageAttachment
{
    QString filePath;
    // The name the recipient sees (Content-Disposition filename, RFC 2183 and RFC 2231);
    // empty: the file's own name. Any Unicode text without CR, LF or NUL.
    QString fileName;
    // "type/subtype"; empty: QMimeDatabase decides from the file's name and content.
    QString mimeType;
    // Non-empty: an inline part of the HTML body, which refers to it as "cid:<contentId>"
    // (RFC 2392). It is written into multipart/related with the HTML, with
    // Content-Disposition: inline and Content-ID: <contentId>. The id is a msg-id without
    // the angle brackets ("logo.1@example.org"). Needs an HTML body.
    QString contentId;

    [[nodiscard]] bool isInline() const { return !contentId.isEmpty(); }
};

// X-Priority and Importance, the pair that Outlook, Thunderbird and Apple Mail read. Nothing
// is written for Normal.
enum class MessagePriority { Normal, High, Low };

// What the sender asks the servers to report (RFC 3461); the SMTP session sends it only if
// the server offers DSN. The writer copies it into the envelope.
struct MessageDsnRequest
{
    SmtpCommand::DsnNotifyFlags notify; // Default: let the server decide (usually failure only)
    SmtpCommand::DsnReturn ret = SmtpCommand::DsnReturn::Default; // full message or headers
    // ENVID (RFC 3461 §4.4): printable ASCII, at most 100 characters. Empty: when notify or
    // ret is set, the Message-ID without its angle brackets.
    QByteArray envelopeId;

    [[nodiscard]] bool isRequested() const
    {
        return notify != SmtpCommand::DsnNotifyFlags() || ret != SmtpCommand::DsnReturn::Default
            || !envelopeId.isEmpty();
    }
};

// What the compose window (or outboundctl) hands to MessageWriter: a plain value with no
// checks of its own. MessageWriter validates it and refuses, rather than repairs, anything
// that could not be written safely.
//
// The MIME structure follows from what is set (RFC 2046, RFC 2387):
//   plain only                        text/plain
//   HTML                              multipart/alternative (text/plain, text/html)
//   HTML and inline parts             multipart/alternative (text/plain,
//                                         multipart/related (text/html, inline parts…))
//   any of the above and attachments  multipart/mixed (the above, attachments…)
// With an HTML body and an empty plainBody, the plain alternative is made from the HTML
// (plainTextFromHtml()).
struct MessageDraft
{
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QList<MailAddress> bcc; // envelope only: never written into the message
    QList<MailAddress> replyTo;
    QString subject;
    QList<MessageHeaderField> extraHeaders;
    QString plainBody; // any line endings; written as CRLF
    QString htmlBody; // empty: no HTML part
    QList<MessageAttachment> attachments; // attachments and inline parts, in order
    MessagePriority priority = MessagePriority::Normal;
    MessageDsnRequest dsn;
};
