// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// How the sandbox speaks; read by each connection when it opens.
struct SandboxSettings
{
    QString folder; // where captured messages go, e.g. <profile>/sandbox
    QByteArray hostName = "localhost"; // named in the greeting and EHLO reply
    qint64 maxMessageSize = 64 * 1024 * 1024; // advertised as SIZE; larger messages get 552
    int idleTimeoutMs = 5 * 60 * 1000; // RFC 5321 §4.5.3.2.7: a server waits 5 minutes
    int maxConnections = 64; // beyond this a new connection gets 421 and is closed
    int maxRecipients = 1000; // RFC 5321 §4.5.3.1.8 requires at least 100
    bool chunking = false; // advertise CHUNKING and accept BDAT (RFC 3030)
    // What the folder may hold in all (RFC 5321 §4.5.3.1.10: a server may refuse for want of
    // storage). A sandbox that anyone can fill fills the user's disk; when full, MAIL gets
    // 452 4.3.1 until messages are cleared, and so does a message that would not fit.
    int maxStoredMessages = 10'000;
    qint64 maxStoredBytes = qint64(1) << 30; // 1 GiB
    // Take mail only from programs of the user running the sandbox: a connection from
    // another local user's process (its uid from /proc/net/tcp, see LocalPeer) is greeted
    // with 554 5.7.1 and gets nothing further. Loopback is shared by every user of the
    // machine, and captured mail is shown as the user's own.
    bool ownerOnly = true;
    // Advertise AUTH PLAIN LOGIN and accept any credentials. Off by default: the sandbox
    // needs no login, but an account that insists on AUTH can still be rehearsed.
    bool acceptAuth = false;
};

// What the sandbox gets wrong on purpose, so a user can watch the client cope. Changed at
// run time with SandboxServer::setFailures(); it takes effect from the next reply.
struct SandboxFailures
{
    enum class Recipient {
        Accept,
        TransientFailure, // 450 4.2.1: the client should keep the message and retry later
        PermanentFailure, // 550 5.1.1: the recipient is refused for good
    };
    enum class EndOfData {
        Accept,
        TransientFailure, // 451 4.3.0 after the final dot (or BDAT LAST); nothing is stored
        PermanentFailure, // 554 5.3.0 after the final dot; nothing is stored
        // The message is stored, then the connection is dropped before any reply: the
        // client cannot know whether it was delivered (RFC 5321 §4.1.1.4; SmtpSendReply
        // ::isUncertain()). A retry shows up here as a duplicate, which is the point.
        DropConnection,
    };

    Recipient recipient = Recipient::Accept;
    // Which RCPT TOs fail when `recipient` is not Accept: 1 means all of them, N means the
    // Nth, 2Nth, … counted over every connection since setFailures() (so with 2, a
    // one-recipient message fails on one attempt and goes through on the next).
    int recipientEveryNth = 1;
    EndOfData endOfData = EndOfData::Accept;
    int replyDelayMs = 0; // wait this long before every reply, the greeting included

    [[nodiscard]] bool isNone() const
    {
        return recipient == Recipient::Accept && endOfData == EndOfData::Accept
            && replyDelayMs <= 0;
    }
    friend bool operator==(const SandboxFailures &a, const SandboxFailures &b)
    {
        return a.recipient == b.recipient && a.recipientEveryNth == b.recipientEveryNth
            && a.endOfData == b.endOfData && a.replyDelayMs == b.replyDelayMs;
    }
    friend bool operator!=(const SandboxFailures &a, const SandboxFailures &b) { return !(a == b); }
};
