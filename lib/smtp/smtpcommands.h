// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QByteArray>
#include <QFlags>
#include <QString>

// Builders for the client's command lines (RFC 5321 §4.1.1 and the extensions' parameters).
// Pure functions: each returns the complete line including CRLF. Arguments must already be
// valid (see SmtpAddress); a builder never lets CR, LF or NUL into a line: it returns an
// empty QByteArray instead, which the session treats as a local error.
namespace SmtpCommand {

// RFC 3461 §4.1: NOTIFY=NEVER or any combination of SUCCESS, FAILURE, DELAY.
enum class DsnNotify { Default = 0x0, Never = 0x1, Success = 0x2, Failure = 0x4, Delay = 0x8 };
Q_DECLARE_FLAGS(DsnNotifyFlags, DsnNotify)

// RFC 3461 §4.3: RET=FULL or RET=HDRS.
enum class DsnReturn { Default, Full, Headers };

enum class BodyType { SevenBit, EightBitMime };

struct MailParameters
{
    qint64 size = -1; // RFC 1870 SIZE=, sent when >= 0
    BodyType body = BodyType::SevenBit; // RFC 6152 BODY=8BITMIME when EightBitMime
    bool smtpUtf8 = false; // RFC 6531 §3.4 SMTPUTF8
    DsnReturn ret = DsnReturn::Default; // RFC 3461 RET=
    QByteArray envelopeId; // RFC 3461 ENVID= (raw; xtext-encoded here)
};

struct RcptParameters
{
    DsnNotifyFlags notify; // RFC 3461 NOTIFY=
    QByteArray originalRecipient; // RFC 3461 ORCPT=rfc822;<xtext>, ASCII addresses only
};

[[nodiscard]] QByteArray ehlo(const QByteArray &domain);
[[nodiscard]] QByteArray helo(const QByteArray &domain);
[[nodiscard]] QByteArray startTls();
// "AUTH MECH [initial]" — an empty initial response is sent as "=" (RFC 4954 §4).
[[nodiscard]] QByteArray auth(const QByteArray &mechanism, const QByteArray *initialResponseBase64);
// Paths are bare addresses as SmtpAddress::toWire() returns them; the builders add the angle
// brackets. An empty reverse path is the null path "MAIL FROM:<>" (RFC 5321 §4.5.5); an empty
// forward path is refused.
[[nodiscard]] QByteArray mailFrom(const QByteArray &reversePath, const MailParameters &params);
[[nodiscard]] QByteArray rcptTo(const QByteArray &forwardPath, const RcptParameters &params);
[[nodiscard]] QByteArray data();
// RFC 3030 §2: "BDAT <size> [LAST]".
[[nodiscard]] QByteArray bdat(qint64 size, bool last);
[[nodiscard]] QByteArray rset();
[[nodiscard]] QByteArray noop();
[[nodiscard]] QByteArray quit();

// RFC 3461 §4: xtext encodes '+', '=' and anything outside '!'..'~' as "+XX".
[[nodiscard]] QByteArray xtext(QByteArrayView raw);
// True when bytes hold no CR, LF or NUL and so can go into a command line.
[[nodiscard]] bool isSafeArgument(QByteArrayView bytes);

} // namespace SmtpCommand

Q_DECLARE_OPERATORS_FOR_FLAGS(SmtpCommand::DsnNotifyFlags)
