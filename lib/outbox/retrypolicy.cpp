// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "retrypolicy.h"

#include <cmath>

std::chrono::seconds RetryPolicy::delayAfter(int attempt) const
{
    const double seconds = double(firstDelay.count()) * std::pow(factor, qMax(0, attempt - 1));
    return std::chrono::seconds(qint64(qMin(seconds, double(maximumDelay.count()))));
}

RetryDecision decideRetry(const SmtpError &error)
{
    if (error.code() == SmtpError::ConnectionLostAfterData)
        return RetryDecision::AskUser;
    switch (error.category()) {
    case SmtpError::Category::None:
        return RetryDecision::Done;
    case SmtpError::Category::Network:
    case SmtpError::Category::Transient:
    case SmtpError::Category::Protocol:
    case SmtpError::Category::Cancelled:
        return RetryDecision::RetryLater;
    case SmtpError::Category::Authentication:
        return RetryDecision::HoldForAccount;
    case SmtpError::Category::Tls:
        // A certificate the user must look at, or a server that stopped offering STARTTLS:
        // retrying blindly would only repeat it.
        return error.code() == SmtpError::TlsHandshakeFailed ? RetryDecision::RetryLater
                                                             : RetryDecision::HoldForAccount;
    case SmtpError::Category::Permanent:
        return RetryDecision::Fail;
    case SmtpError::Category::LocalInput:
        return error.code() == SmtpError::InvalidConfiguration ? RetryDecision::HoldForAccount
                                                               : RetryDecision::Fail;
    }
    return RetryDecision::RetryLater;
}
