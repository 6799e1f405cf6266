// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "mailtourl.h"

#include "mime_p.h"

#include <QUrl>

using namespace Mime::Detail;

namespace {

QString decode(const QString &encoded)
{
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

void addAddresses(QList<MailAddress> *list, const QString &text)
{
    // A line break or NUL would start a new header (RFC 6068 §7): the field is dropped.
    if (hasLineBreakOrNul(text))
        return;
    const MailAddressParseResult parsed = MailAddress::parseList(text);
    if (parsed.isValid())
        *list << parsed.addresses;
}

} // namespace

MailtoUrl MailtoUrl::parse(const QUrl &url)
{
    MailtoUrl mailto;
    if (url.scheme().compare(QLatin1String("mailto"), Qt::CaseInsensitive) != 0)
        return mailto;
    mailto.m_mailto = true;

    // RFC 6068 §2: mailto:[to][?hfname=hfvalue&…], to and values percent-encoded UTF-8.
    addAddresses(&mailto.m_to, decode(url.path(QUrl::FullyEncoded)));
    bool haveSubject = false;
    bool haveBody = false;
    const QStringList fields
        = url.query(QUrl::FullyEncoded).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &field : fields) {
        const qsizetype equals = field.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        const QString name = decode(field.left(equals)).trimmed().toLower();
        const QString value = decode(field.mid(equals + 1));
        if (name == QLatin1String("to")) {
            addAddresses(&mailto.m_to, value);
        } else if (name == QLatin1String("cc")) {
            addAddresses(&mailto.m_cc, value);
        } else if (name == QLatin1String("bcc")) {
            addAddresses(&mailto.m_bcc, value);
        } else if (name == QLatin1String("subject") && !haveSubject) {
            if (!hasLineBreakOrNul(value)) {
                mailto.m_subject = value;
                haveSubject = true;
            }
        } else if (name == QLatin1String("body") && !haveBody) {
            // §2: line breaks in the body are %0D%0A; a NUL has no place in text.
            if (!value.contains(QChar(0))) {
                mailto.m_body = QString(value)
                                    .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                    .replace(QLatin1Char('\r'), QLatin1Char('\n'));
                haveBody = true;
            }
        }
        // Anything else (From, Sender, arbitrary headers) is ignored: a link must not choose
        // who the message comes from or add headers to it (§7).
    }
    return mailto;
}

MessageDraft MailtoUrl::toDraft() const
{
    MessageDraft draft;
    draft.to = m_to;
    draft.cc = m_cc;
    draft.bcc = m_bcc;
    draft.subject = m_subject;
    draft.plainBody = m_body;
    return draft;
}
