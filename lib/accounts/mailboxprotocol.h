// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

// Pure codecs for the little of IMAP and POP3 that a login test needs: bytes in, values out,
// no socket. Lines are passed without their CRLF.

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>

#include <optional>

namespace Imap {

// One server response line (RFC 9051 §7, RFC 3501 §7).
struct Response
{
    enum class Kind { Untagged, Tagged, Continuation };

    Kind kind = Kind::Untagged;
    QByteArray tag; // Tagged only
    // Tagged and untagged status responses: "OK", "NO", "BAD", "BYE", "PREAUTH" (upper-case).
    // Other untagged responses: their keyword ("CAPABILITY", "EXISTS" for "* 3 EXISTS").
    QByteArray status;
    QByteArray code; // inside "[...]" of a status response: "CAPABILITY IMAP4rev1 …"
    QByteArray text; // the human-readable rest; Continuation: everything after "+ "
    QByteArray data; // untagged non-status responses: what follows the keyword

    [[nodiscard]] bool isStatus() const;
    // The response code's first atom, upper-case ("CAPABILITY", "AUTHENTICATIONFAILED").
    [[nodiscard]] QByteArray codeName() const;
    // The response code's arguments ("IMAP4rev1 …" for a CAPABILITY code).
    [[nodiscard]] QByteArray codeArguments() const;
};

// Nullopt if the line is not a response at all (empty, no tag, no status).
[[nodiscard]] std::optional<Response> parseResponse(QByteArrayView line);

// "IMAP4rev1 STARTTLS auth=PLAIN" → {"IMAP4REV1", "STARTTLS", "AUTH=PLAIN"}.
[[nodiscard]] QByteArrayList parseCapabilities(QByteArrayView list);
// The SASL mechanisms named by AUTH=… capabilities, upper-case, in the server's order.
[[nodiscard]] QByteArrayList authMechanisms(const QByteArrayList &capabilities);

// `value` as an IMAP quoted string (RFC 9051 §4.3), or nullopt when it must be sent as a
// literal: not 7-bit, or holding NUL, CR or LF.
[[nodiscard]] std::optional<QByteArray> quoted(QByteArrayView value);

// If `line` ends with a literal announcement "{n}" or "{n+}", its size; else nullopt.
[[nodiscard]] std::optional<qint64> trailingLiteralSize(QByteArrayView line);

} // namespace Imap

namespace Pop3 {

// One single-line POP3 response (RFC 1939 §3), or a SASL continuation (RFC 5034 §4).
struct Response
{
    enum class Status { Ok, Err, Continuation };

    Status status = Status::Err;
    QByteArray code; // RFC 2449 §8 response code inside "[...]", e.g. "AUTH", "SYS/TEMP"
    QByteArray text; // the rest; Continuation: the base64 challenge
};

// Nullopt if the line starts with neither "+OK", "-ERR" nor "+ ".
[[nodiscard]] std::optional<Response> parseResponse(QByteArrayView line);

// Undoes byte-stuffing of one multi-line response line (RFC 1939 §3): "..x" → ".x".
[[nodiscard]] QByteArray unstuff(QByteArrayView line);

// The CAPA response (RFC 2449 §5) as far as a login cares.
struct Capabilities
{
    QByteArrayList names; // every capability's name, upper-case
    QByteArrayList sasl; // "SASL PLAIN LOGIN" → {"PLAIN", "LOGIN"}, upper-case
    bool stls = false; // RFC 2595 §4
    bool user = false; // USER/PASS allowed

    [[nodiscard]] static Capabilities parse(const QByteArrayList &lines);
};

} // namespace Pop3
