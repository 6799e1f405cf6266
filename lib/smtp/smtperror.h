// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "smtpreply.h"

#include <QCoreApplication>
#include <QString>

// What went wrong, as a value. Codes are numbered in bands by category so they stay stable
// as codes are added (the way QNetworkReply's are); category() is derived from the band.
// The outbox decides retry or give-up from category(); the CLI maps it to sysexits.
class SmtpError
{
    Q_DECLARE_TR_FUNCTIONS(SmtpError)
public:
    enum class Category {
        None,
        Network,
        Tls,
        Authentication,
        Transient,
        Permanent,
        Protocol,
        LocalInput,
        Cancelled
    };

    enum Code {
        NoError = 0,

        // 100–199: network
        HostNotFound = 100,
        ConnectionRefused,
        ConnectionClosed, // the server closed while a reply was owed
        NetworkError,
        Timeout, // a reply did not come within the RFC 5321 §4.5.3.2 limit
        ConnectionLostAfterData, // lost after the final dot: the server may have the message

        // 200–299: TLS
        StartTlsNotOffered = 200,
        StartTlsRefused,
        TlsHandshakeFailed,
        CertificateUntrusted,
        CertificatePinMismatch,
        TlsUnsupported, // no TLS backend available in this Qt
        // A loopback server that must be this user's own (the built-in sandbox,
        // SmtpServerSettings::requireOwnServer) is run by another user, or nobody can tell.
        ServerNotOwn,

        // 300–399: authentication
        AuthMechanismUnavailable = 300,
        AuthenticationFailed, // 535 and friends
        AuthServerUnverified, // SCRAM: the server could not prove it knows the password
        AuthRequiresEncryption,
        CredentialsUnavailable, // no secret could be obtained (keychain, password command)

        // 400–499: the server said 4xx; try again later
        TransientFailure = 400,
        ServiceUnavailable, // 421 (RFC 5321 §3.8)
        // The server takes no more transactions on this connection (RFC 9422 MAILMAX); the
        // recipients not yet tried go over another connection.
        TransactionLimitReached,

        // 500–599: the server said 5xx; do not retry as is
        PermanentFailure = 500,
        AllRecipientsRejected,
        MessageTooLarge, // refused by the server, or over its advertised SIZE

        // 600–699: the server broke the protocol
        ProtocolViolation = 600,
        MalformedReply,
        ReplyTooLong,
        UnexpectedDataAfterStartTls,

        // 700–799: our input or configuration
        InvalidAddress = 700,
        NoRecipients,
        MessageUnreadable,
        EightBitNotSupported,
        Utf8NotSupported, // non-ASCII local part and no SMTPUTF8
        InvalidConfiguration,
        InvalidMessageData, // a NUL or a line over 998 octets (SmtpDataCheck)

        // 800: cancelled by the user
        Aborted = 800,
    };

    SmtpError() = default;
    SmtpError(Code code, QString detail = {}, SmtpReply reply = {})
        : m_code(code)
        , m_detail(std::move(detail))
        , m_reply(std::move(reply))
    { }

    // An error from a server reply that ends an operation: 4xx → transient, 5xx → permanent,
    // 421 → service unavailable; `context` names what was refused ("MAIL FROM", "DATA").
    static SmtpError fromReply(const SmtpReply &reply, const QString &context);

    [[nodiscard]] bool isError() const { return m_code != NoError; }
    [[nodiscard]] Code code() const { return m_code; }
    [[nodiscard]] Category category() const;
    [[nodiscard]] QString detail() const { return m_detail; }
    [[nodiscard]] const SmtpReply &serverReply() const { return m_reply; }

    // A translated description of the code alone.
    [[nodiscard]] static QString describe(Code code);
    // Description, our detail and the server's own words, for the user.
    [[nodiscard]] QString toString() const;
    // Stable machine name ("StartTlsNotOffered") for JSON output.
    [[nodiscard]] static QString codeName(Code code);
    // Stable lower-case name ("authentication", "local-input") for JSON output.
    [[nodiscard]] static QString categoryName(Category category);

private:
    Code m_code = NoError;
    QString m_detail;
    SmtpReply m_reply;
};
