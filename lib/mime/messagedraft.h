#pragma once

#include "mailaddress.h"

#include <QList>
#include <QString>

// A header the draft adds beyond the ones MessageWriter owns (In-Reply-To, References,
// List-Unsubscribe, X-…). The value is unencoded text; the writer encodes and folds it.
struct MessageHeaderField
{
    QString name;
    QString value;
};

// What the compose window (or outboundctl) hands to MessageWriter: a plain value with no
// checks of its own. MessageWriter validates it and refuses, rather than repairs, anything
// that could not be written safely.
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
};
