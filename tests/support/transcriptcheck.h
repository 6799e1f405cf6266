// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Checks on a transcript in the saved C:/S: form (formatTranscript(), a saved file, a stored
// attempt) or the live one (toDisplayLine(): the CLI's stderr, each line after a clock such as
// "12:00:01.234 [3] ") for the server's half of a SASL exchange, which must never be kept:
// SCRAM's server-first and server-final messages alone allow an offline dictionary attack on
// the password (RFC 5802 §9).
//
// Returns the first offending line, or an empty string when there is none:
// - an SMTP challenge ("S: 334 …") that is anything but "S: 334 <redacted>";
// - an IMAP/POP3 continuation ("S: + …") that is anything but "S: + <redacted>" (use it only
//   where every continuation is a SASL challenge, not for LOGIN's literal prompts);
// - anywhere, a base64 word that decodes to a SCRAM server message ("r=…,s=…,i=…" or
//   "v=…"), whatever the line it hides in (an event, an error text).
inline QString saslChallengeIn(const QString &transcript)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z0-9+/]{8,}={0,2}"));
    static const QRegularExpression clock(
        QStringLiteral("^[0-9:.-]{12} \\[[0-9]+\\] "), QRegularExpression::MultilineOption);
    QString scenario = transcript;
    scenario.remove(clock);
    const QStringList lines = scenario.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("S: 334")) && line != QLatin1String("S: 334 <redacted>"))
            return line;
        const bool continuation
            = line == QLatin1String("S: +") || line.startsWith(QLatin1String("S: + "));
        if (continuation && line != QLatin1String("S: + <redacted>"))
            return line;
        for (auto it = word.globalMatch(line); it.hasNext();) {
            const auto decoded = QByteArray::fromBase64Encoding(
                it.next().captured().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                continue;
            const QByteArray &bytes = *decoded;
            const bool serverFirst
                = bytes.startsWith("r=") && bytes.contains(",s=") && bytes.contains(",i=");
            if (serverFirst || bytes.startsWith("v="))
                return line;
        }
    }
    return {};
}
