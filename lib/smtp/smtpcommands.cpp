// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "smtpcommands.h"

#include <QByteArrayList>

namespace SmtpCommand {

namespace {

const QByteArray Crlf = QByteArrayLiteral("\r\n");

// One word of a command line: non-empty, no SP, nothing that could end or split the line.
bool isSafeWord(QByteArrayView word)
{
    return !word.isEmpty() && isSafeArgument(word) && !word.contains(' ');
}

QByteArray dsnNotify(DsnNotifyFlags notify)
{
    // RFC 3461 §4.1: "NEVER" alone, or a comma-separated list of the other three.
    if (notify.testFlag(DsnNotify::Never))
        return notify == DsnNotify::Never ? QByteArrayLiteral("NEVER") : QByteArray();
    QByteArrayList parts;
    if (notify.testFlag(DsnNotify::Success))
        parts << "SUCCESS";
    if (notify.testFlag(DsnNotify::Failure))
        parts << "FAILURE";
    if (notify.testFlag(DsnNotify::Delay))
        parts << "DELAY";
    return parts.join(',');
}

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

bool isSafeArgument(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    }
    return true;
}

QByteArray xtext(QByteArrayView raw)
{
    // RFC 3461 §4: xchar = "!".."~" except "+" and "="; everything else is "+" 2HEXCHAR
    // with upper-case hex digits.
    static constexpr char Hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(raw.size());
    for (char c : raw) {
        const uchar u = uchar(c);
        if (u >= '!' && u <= '~' && u != '+' && u != '=') {
            out += c;
        } else {
            out += '+';
            out += Hex[u >> 4];
            out += Hex[u & 0xf];
        }
    }
    return out;
}

QByteArray ehlo(const QByteArray &domain)
{
    if (!isSafeWord(domain))
        return {};
    return "EHLO " + domain + Crlf;
}

QByteArray helo(const QByteArray &domain)
{
    if (!isSafeWord(domain))
        return {};
    return "HELO " + domain + Crlf;
}

QByteArray startTls()
{
    return QByteArrayLiteral("STARTTLS\r\n");
}

QByteArray auth(const QByteArray &mechanism, const QByteArray *initialResponseBase64)
{
    if (!isSafeWord(mechanism))
        return {};
    QByteArray line = "AUTH " + mechanism;
    if (initialResponseBase64) {
        // RFC 4954 §4: a zero-length initial response is sent as a single "=".
        if (initialResponseBase64->isEmpty()) {
            line += " =";
        } else {
            if (!isSafeWord(*initialResponseBase64))
                return {};
            line += ' ' + *initialResponseBase64;
        }
    }
    return line + Crlf;
}

QByteArray mailFrom(const QByteArray &reversePath, const MailParameters &params)
{
    if (!isSafeArgument(reversePath))
        return {};
    QByteArray line = "MAIL FROM:<" + reversePath + '>';
    if (params.size >= 0)
        line += " SIZE=" + QByteArray::number(params.size);
    if (params.body == BodyType::EightBitMime)
        line += " BODY=8BITMIME";
    if (params.smtpUtf8)
        line += " SMTPUTF8";
    switch (params.ret) {
    case DsnReturn::Default:
        break;
    case DsnReturn::Full:
        line += " RET=FULL";
        break;
    case DsnReturn::Headers:
        line += " RET=HDRS";
        break;
    }
    if (!params.envelopeId.isEmpty())
        line += " ENVID=" + xtext(params.envelopeId);
    return line + Crlf;
}

QByteArray rcptTo(const QByteArray &forwardPath, const RcptParameters &params)
{
    if (forwardPath.isEmpty() || !isSafeArgument(forwardPath))
        return {};
    QByteArray line = "RCPT TO:<" + forwardPath + '>';
    if (params.notify != DsnNotify::Default) {
        const QByteArray notify = dsnNotify(params.notify);
        if (notify.isEmpty())
            return {};
        line += " NOTIFY=" + notify;
    }
    if (!params.originalRecipient.isEmpty()) {
        // RFC 3461 §4.2: addr-type "rfc822" carries an ASCII address; xtext makes any byte
        // safe, but a non-ASCII one would need RFC 6533's utf-8 type.
        if (!isAscii(params.originalRecipient))
            return {};
        line += " ORCPT=rfc822;" + xtext(params.originalRecipient);
    }
    return line + Crlf;
}

QByteArray data()
{
    return QByteArrayLiteral("DATA\r\n");
}

QByteArray bdat(qint64 size, bool last)
{
    if (size < 0)
        return {};
    QByteArray line = "BDAT " + QByteArray::number(size);
    if (last)
        line += " LAST";
    return line + Crlf;
}

QByteArray rset()
{
    return QByteArrayLiteral("RSET\r\n");
}

QByteArray noop()
{
    return QByteArrayLiteral("NOOP\r\n");
}

QByteArray quit()
{
    return QByteArrayLiteral("QUIT\r\n");
}

} // namespace SmtpCommand
