// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "smtperror.h"

SmtpError SmtpError::fromReply(const SmtpReply &reply, const QString &context)
{
    const QString detail = context.isEmpty() ? QString() : tr("%1 refused").arg(context);
    Code code = ProtocolViolation;
    if (reply.code == 421) {
        code = ServiceUnavailable; // RFC 5321 §3.8: the server is closing the connection
    } else if (reply.isTransientFailure()) {
        code = TransientFailure;
    } else if (reply.code == 552 || reply.enhancedCode == "5.3.4"
        || reply.enhancedCode == "5.2.3") {
        // RFC 5321 §4.2.2 552 exceeded storage allocation; RFC 3463 5.3.4 message too big
        // for system, 5.2.3 message length exceeds administrative limit.
        code = MessageTooLarge;
    } else if (reply.isPermanentFailure()) {
        code = PermanentFailure;
    } else {
        // A positive reply is not an error: the caller asked about the wrong reply, or the
        // server answered out of turn.
        return SmtpError(ProtocolViolation,
            context.isEmpty() ? tr("unexpected reply") : tr("unexpected reply to %1").arg(context),
            reply);
    }
    return SmtpError(code, detail, reply);
}

SmtpError::Category SmtpError::category() const
{
    switch (m_code / 100) {
    case 0:
        return Category::None;
    case 1:
        return Category::Network;
    case 2:
        return Category::Tls;
    case 3:
        return Category::Authentication;
    case 4:
        return Category::Transient;
    case 5:
        return Category::Permanent;
    case 6:
        return Category::Protocol;
    case 7:
        return Category::LocalInput;
    case 8:
        return Category::Cancelled;
    }
    return Category::Protocol; // not reached: every code lies in a band above
}

QString SmtpError::describe(Code code)
{
    // No default: the compiler names any code added to the enum but not described here.
    switch (code) {
    case NoError:
        return tr("No error");
    case HostNotFound:
        return tr("The server's host name could not be found");
    case ConnectionRefused:
        return tr("The server refused the connection");
    case ConnectionClosed:
        return tr("The server closed the connection unexpectedly");
    case NetworkError:
        return tr("A network error occurred");
    case Timeout:
        return tr("The server did not answer in time");
    case ConnectionLostAfterData:
        return tr("The connection was lost after the message was sent; the server may have "
                  "accepted it");
    case StartTlsNotOffered:
        return tr("The server does not offer STARTTLS, so the connection cannot be encrypted");
    case StartTlsRefused:
        return tr("The server refused to start TLS");
    case TlsHandshakeFailed:
        return tr("The TLS handshake failed");
    case CertificateUntrusted:
        return tr("The server's certificate is not trusted");
    case CertificatePinMismatch:
        return tr("The server's certificate does not match the pinned certificate");
    case TlsUnsupported:
        return tr("TLS is not available on this system");
    case ServerNotOwn:
        return tr("The server on this port is not run by you: another user may be listening "
                  "in its place, so nothing was sent");
    case AuthMechanismUnavailable:
        return tr("The server offers no authentication mechanism that can be used");
    case AuthenticationFailed:
        return tr("Authentication failed");
    case AuthServerUnverified:
        return tr("The server could not prove that it knows the password");
    case AuthRequiresEncryption:
        return tr("Authentication requires an encrypted connection");
    case CredentialsUnavailable:
        return tr("The password could not be obtained");
    case TransientFailure:
        return tr("The server reported a temporary failure");
    case ServiceUnavailable:
        return tr("The server is not available and closed the connection");
    case TransactionLimitReached:
        return tr("The server takes no more messages on this connection");
    case PermanentFailure:
        return tr("The server refused the request");
    case AllRecipientsRejected:
        return tr("The server rejected all recipients");
    case MessageTooLarge:
        return tr("The message is too large for the server");
    case ProtocolViolation:
        return tr("The server did not follow the SMTP protocol");
    case MalformedReply:
        return tr("The server sent a malformed reply");
    case ReplyTooLong:
        return tr("The server sent a reply that is too long");
    case UnexpectedDataAfterStartTls:
        return tr("The server sent unexpected data before the TLS handshake");
    case InvalidAddress:
        return tr("An address is not valid");
    case NoRecipients:
        return tr("The message has no recipients");
    case MessageUnreadable:
        return tr("The message could not be read");
    case EightBitNotSupported:
        return tr("The message needs 8-bit transport, which the server does not support");
    case Utf8NotSupported:
        return tr("An address needs SMTPUTF8, which the server does not support");
    case InvalidConfiguration:
        return tr("The account settings are not valid");
    case InvalidMessageData:
        return tr("The message holds data that SMTP cannot carry");
    case Aborted:
        return tr("Sending was cancelled");
    }
    return tr("Unknown error %1").arg(int(code));
}

QString SmtpError::toString() const
{
    QString out = describe(m_code);
    if (!m_detail.isEmpty())
        out += QLatin1String(": ") + m_detail;
    if (m_reply.code != 0)
        out += QLatin1String(" (") + tr("server said: %1").arg(m_reply.summary()) + u')';
    return out;
}

QString SmtpError::codeName(Code code)
{
    switch (code) {
    case NoError:
        return QStringLiteral("NoError");
    case HostNotFound:
        return QStringLiteral("HostNotFound");
    case ConnectionRefused:
        return QStringLiteral("ConnectionRefused");
    case ConnectionClosed:
        return QStringLiteral("ConnectionClosed");
    case NetworkError:
        return QStringLiteral("NetworkError");
    case Timeout:
        return QStringLiteral("Timeout");
    case ConnectionLostAfterData:
        return QStringLiteral("ConnectionLostAfterData");
    case StartTlsNotOffered:
        return QStringLiteral("StartTlsNotOffered");
    case StartTlsRefused:
        return QStringLiteral("StartTlsRefused");
    case TlsHandshakeFailed:
        return QStringLiteral("TlsHandshakeFailed");
    case CertificateUntrusted:
        return QStringLiteral("CertificateUntrusted");
    case CertificatePinMismatch:
        return QStringLiteral("CertificatePinMismatch");
    case TlsUnsupported:
        return QStringLiteral("TlsUnsupported");
    case ServerNotOwn:
        return QStringLiteral("ServerNotOwn");
    case AuthMechanismUnavailable:
        return QStringLiteral("AuthMechanismUnavailable");
    case AuthenticationFailed:
        return QStringLiteral("AuthenticationFailed");
    case AuthServerUnverified:
        return QStringLiteral("AuthServerUnverified");
    case AuthRequiresEncryption:
        return QStringLiteral("AuthRequiresEncryption");
    case CredentialsUnavailable:
        return QStringLiteral("CredentialsUnavailable");
    case TransientFailure:
        return QStringLiteral("TransientFailure");
    case ServiceUnavailable:
        return QStringLiteral("ServiceUnavailable");
    case TransactionLimitReached:
        return QStringLiteral("TransactionLimitReached");
    case PermanentFailure:
        return QStringLiteral("PermanentFailure");
    case AllRecipientsRejected:
        return QStringLiteral("AllRecipientsRejected");
    case MessageTooLarge:
        return QStringLiteral("MessageTooLarge");
    case ProtocolViolation:
        return QStringLiteral("ProtocolViolation");
    case MalformedReply:
        return QStringLiteral("MalformedReply");
    case ReplyTooLong:
        return QStringLiteral("ReplyTooLong");
    case UnexpectedDataAfterStartTls:
        return QStringLiteral("UnexpectedDataAfterStartTls");
    case InvalidAddress:
        return QStringLiteral("InvalidAddress");
    case NoRecipients:
        return QStringLiteral("NoRecipients");
    case MessageUnreadable:
        return QStringLiteral("MessageUnreadable");
    case EightBitNotSupported:
        return QStringLiteral("EightBitNotSupported");
    case Utf8NotSupported:
        return QStringLiteral("Utf8NotSupported");
    case InvalidConfiguration:
        return QStringLiteral("InvalidConfiguration");
    case InvalidMessageData:
        return QStringLiteral("InvalidMessageData");
    case Aborted:
        return QStringLiteral("Aborted");
    }
    return QString::number(int(code));
}

QString SmtpError::categoryName(Category category)
{
    switch (category) {
    case Category::None:
        return QStringLiteral("none");
    case Category::Network:
        return QStringLiteral("network");
    case Category::Tls:
        return QStringLiteral("tls");
    case Category::Authentication:
        return QStringLiteral("authentication");
    case Category::Transient:
        return QStringLiteral("transient");
    case Category::Permanent:
        return QStringLiteral("permanent");
    case Category::Protocol:
        return QStringLiteral("protocol");
    case Category::LocalInput:
        return QStringLiteral("local-input");
    case Category::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}
