// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "outbox/directsend.h" // SmtpError, SmtpRecipientResult

// sysexits.h values, which sendmail-style callers (git send-email, mutt, cron) understand.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 64, // EX_USAGE: bad command line
    ExitDataError = 65, // EX_DATAERR: bad input (address, message)
    ExitUnavailable = 69, // EX_UNAVAILABLE: permanent failure
    ExitTempFail = 75, // EX_TEMPFAIL: try again later
    ExitNoPermission = 77, // EX_NOPERM: authentication failed
    ExitConfig = 78, // EX_CONFIG: configuration error
};

// How a failed delivery maps to an exit code: 4xx, network and protocol trouble may pass
// (75), 5xx and TLS refusals will not (69), authentication is its own case (77).
[[nodiscard]] inline int exitCodeFor(const SmtpError &error)
{
    switch (error.category()) {
    case SmtpError::Category::None:
        return ExitOk;
    case SmtpError::Category::Network:
    case SmtpError::Category::Transient:
    case SmtpError::Category::Protocol:
    case SmtpError::Category::Cancelled:
        return ExitTempFail;
    case SmtpError::Category::Tls:
        return error.code() == SmtpError::TlsUnsupported ? ExitConfig : ExitUnavailable;
    case SmtpError::Category::Authentication:
        return error.code() == SmtpError::CredentialsUnavailable ? ExitConfig : ExitNoPermission;
    case SmtpError::Category::Permanent:
        return ExitUnavailable;
    case SmtpError::Category::LocalInput:
        return error.code() == SmtpError::InvalidConfiguration ? ExitConfig : ExitDataError;
    }
    return ExitTempFail;
}

// How a message's delivery maps to an exit code: 0 only when every recipient has it. Any
// recipient refused for good (5yz) makes it 69; otherwise the error decides, and recipients
// still waiting (4yz, or never tried) make it 75.
[[nodiscard]] inline int exitCodeForDelivery(
    const SmtpError &error, const QList<SmtpRecipientResult> &recipients)
{
    bool waiting = false;
    for (const SmtpRecipientResult &result : recipients) {
        if (result.reply.isPermanentFailure())
            return ExitUnavailable;
        waiting = waiting || !result.isAccepted();
    }
    if (error.isError())
        return exitCodeFor(error);
    return waiting ? ExitTempFail : ExitOk;
}
