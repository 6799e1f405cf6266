// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "net/tlspolicy.h"

#include <QByteArray>
#include <QString>

// RFC 5321 §4.5.3.2 timeouts in milliseconds. The defaults are the RFC's minimums;
// tests and impatient users shorten them.
struct SmtpTimeouts
{
    int connect = 60'000; // TCP connect and TLS handshake (not in the RFC)
    int greeting = 300'000; // §4.5.3.2.1 initial 220
    int command = 300'000; // EHLO, STARTTLS, AUTH, RSET, QUIT (the §4.5.3.2.7 server timeout)
    int mailFrom = 300'000; // §4.5.3.2.2
    int rcptTo = 300'000; // §4.5.3.2.3
    int dataInitiation = 120'000; // §4.5.3.2.4 the 354
    int dataBlock = 180'000; // §4.5.3.2.5 each write of message data must progress
    int dataTermination = 600'000; // §4.5.3.2.6 the reply to the final dot / BDAT LAST

    // Every timeout set to `ms` (for tests).
    static SmtpTimeouts uniform(int ms);
    // The user's "--timeout": the five-minute timers of §4.5.3.2 (greeting, commands, MAIL,
    // RCPT) and the reply to DATA get `commandMs`, as does connecting; the others keep the
    // RFC's proportion to the command timer so that a shorter base does not make us give up
    // early where the RFC says to wait longest: the data block gets 3/5 of it, and the reply to
    // the final dot twice it (§4.5.3.2.6: 10 minutes where commands get 5), unless
    // `dataTerminationMs` sets that one. A server that scans content answers the final dot
    // late, and a client that gives up there makes an Uncertain message, or a duplicate.
    [[nodiscard]] static SmtpTimeouts scaled(int commandMs, int dataTerminationMs = 0);
    // The RFC's proportion for the reply to the final dot, given the command timer.
    [[nodiscard]] static int dataTerminationFor(int commandMs);
};

// Everything the session needs to reach and trust one server. Passed in by value: protocol
// code reads no global settings. The secret is not here (see SaslCredentials).
struct SmtpServerSettings
{
    QString host;
    quint16 port = 587;
    ConnectionSecurity security = ConnectionSecurity::StartTls;
    QString heloName; // empty: the machine's host name (or "localhost")
    QString user; // empty: no AUTH
    QByteArray authMechanism; // empty: the strongest offered (see Sasl::choose)
    TlsTrust trust;
    SmtpTimeouts timeouts;
    bool transcriptIncludesBody = false; // DATA is summarised unless asked for
    // The server must be a program of this user on this machine (the app's built-in
    // sandbox): right after connecting, before a byte is read or written, the session looks
    // up who owns the accepted socket (LocalPeer) and ends with SmtpError::ServerNotOwn
    // unless it is this user. Another local user can listen on the port while the app is not
    // running, and would otherwise be handed the mail.
    bool requireOwnServer = false;

    // 465 for implicit TLS, 587 otherwise (RFC 8314 §7.3, RFC 6409).
    [[nodiscard]] static quint16 defaultPort(ConnectionSecurity security);
    // The HELO/EHLO argument actually used (RFC 5321 §4.1.4: an FQDN or an address literal).
    [[nodiscard]] QByteArray effectiveHeloName() const;
};
