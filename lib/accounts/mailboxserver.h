// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "net/tlspolicy.h"

#include <QString>

// Where an account's mail is read from: one IMAP or POP3 server. Outbound only sends mail, but
// keeps these settings per account and can test a login against them (MailboxLoginTest).
// Passed in by value like SmtpServerSettings; the secret is not here (see SaslCredentials).
struct MailboxServerSettings
{
    enum class Protocol { Imap, Pop3 };

    Protocol protocol = Protocol::Imap;
    QString host;
    quint16 port = 0; // 0: defaultPort(protocol, security)
    ConnectionSecurity security = ConnectionSecurity::StartTls;
    QString user;
    // Empty: the strongest SASL mechanism offered (Sasl::choose), else IMAP LOGIN / POP3
    // USER+PASS. Otherwise exactly this SASL mechanism, and the test fails if it is not offered.
    QByteArray authMechanism;
    TlsTrust trust;
    int timeoutMs = 30000; // for every single wait: connect, handshake, each response

    // IMAP 993 / 143, POP3 995 / 110 (RFC 8314 §7.3, RFC 9051 §1, RFC 1939 §3).
    [[nodiscard]] static quint16 defaultPort(Protocol protocol, ConnectionSecurity security)
    {
        const bool implicitTls = security == ConnectionSecurity::ImplicitTls;
        switch (protocol) {
        case Protocol::Imap:
            return implicitTls ? 993 : 143;
        case Protocol::Pop3:
            return implicitTls ? 995 : 110;
        }
        return 0;
    }

    // The port actually used.
    [[nodiscard]] quint16 effectivePort() const
    {
        return port ? port : defaultPort(protocol, security);
    }
};

// "imap", "pop3".
[[nodiscard]] inline QString protocolName(MailboxServerSettings::Protocol protocol)
{
    switch (protocol) {
    case MailboxServerSettings::Protocol::Imap:
        return QStringLiteral("imap");
    case MailboxServerSettings::Protocol::Pop3:
        return QStringLiteral("pop3");
    }
    return {};
}
