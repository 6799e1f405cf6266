// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// An envelope address (RFC 5321 §4.1.2 Mailbox): local-part "@" domain, where the local part
// is a dot-string or a quoted string. This is the address as it travels in MAIL FROM and
// RCPT TO; display names and groups belong to message headers, not here.
class SmtpAddress
{
    Q_DECLARE_TR_FUNCTIONS(SmtpAddress)
public:
    SmtpAddress() = default;
    // Validates and splits. On failure isValid() is false and errorString() says why.
    // The empty string is valid only as a null reverse path (allowNull), i.e. MAIL FROM:<>.
    static SmtpAddress parse(const QString &address, bool allowNull = false);

    [[nodiscard]] bool isValid() const { return m_error.isEmpty() && m_parsed; }
    [[nodiscard]] bool isNull() const { return m_local.isEmpty() && m_domain.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString toString() const;
    [[nodiscard]] bool isAscii() const; // both parts ASCII
    [[nodiscard]] bool hasNonAsciiLocalPart() const;

    // The path for the wire. Without SMTPUTF8 an internationalised domain goes out as
    // A-labels (IDNA, RFC 5890); a non-ASCII local part cannot, so the result is empty and
    // the caller reports an error before anything is sent (RFC 6531 §3.2). The result is the
    // bare address, without angle brackets (see SmtpCommand::mailFrom); it is also empty for
    // the null reverse path and for an invalid address.
    [[nodiscard]] QByteArray toWire(bool serverHasSmtpUtf8) const;

private:
    QString m_local; // as written (quotes kept for quoted strings)
    QString m_domain; // as written; IDN converted only by toWire()
    QString m_error;
    bool m_parsed = false;
};
