// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "smtpreply.h"

#include <QByteArrayList>
#include <QHash>
#include <QString>

#include <optional>

// RFC 9422 LIMITS: what the server says it will take in this session. A limit it did not
// advertise (or gave an unusable value for) is nullopt; a server may still refuse with 452.
struct SmtpLimits
{
    std::optional<int> mailMax; // transactions (MAIL FROM) per session
    std::optional<int> rcptMax; // RCPT TO per transaction
    std::optional<int> rcptDomainMax; // distinct recipient domains per transaction
};

// What a server advertised in its EHLO reply (RFC 5321 §4.1.1.1). Pure value.
// Keywords are compared case-insensitively and stored upper-case.
class SmtpCapabilities
{
public:
    SmtpCapabilities() = default;
    // Parses a 250 EHLO reply: the first line is the server's domain and greeting, every
    // further line "KEYWORD [params...]". Malformed lines are skipped, not fatal.
    static SmtpCapabilities fromEhloReply(const SmtpReply &reply);

    [[nodiscard]] bool isEmpty() const { return m_params.isEmpty(); }
    [[nodiscard]] QByteArray serverDomain() const { return m_domain; }
    [[nodiscard]] bool has(QByteArrayView keyword) const;
    [[nodiscard]] QByteArrayList parameters(QByteArrayView keyword) const;
    [[nodiscard]] QByteArrayList keywords() const; // sorted, for display

    // AUTH mechanisms, upper-case, from "AUTH ..." and the old "AUTH=..." form.
    [[nodiscard]] QByteArrayList authMechanisms() const;
    // RFC 1870: the SIZE limit in octets; nullopt when absent or 0 ("no fixed limit").
    [[nodiscard]] std::optional<qint64> sizeLimit() const;
    // RFC 9422 §4: "LIMITS NAME=VALUE ...", names case-insensitive, unknown names ignored.
    [[nodiscard]] SmtpLimits limits() const;

    [[nodiscard]] bool startTls() const { return has("STARTTLS"); }
    [[nodiscard]] bool pipelining() const { return has("PIPELINING"); }
    [[nodiscard]] bool eightBitMime() const { return has("8BITMIME"); }
    [[nodiscard]] bool smtpUtf8() const { return has("SMTPUTF8"); }
    [[nodiscard]] bool dsn() const { return has("DSN"); }
    [[nodiscard]] bool enhancedStatusCodes() const { return has("ENHANCEDSTATUSCODES"); }
    [[nodiscard]] bool chunking() const { return has("CHUNKING"); }

    // "PIPELINING, SIZE 10240000, STARTTLS, ..." for transcripts and probe output.
    [[nodiscard]] QString toDisplayString() const;

    friend bool operator==(const SmtpCapabilities &a, const SmtpCapabilities &b)
    {
        return a.m_domain == b.m_domain && a.m_params == b.m_params;
    }

private:
    QByteArray m_domain;
    QHash<QByteArray, QByteArrayList> m_params;
};
