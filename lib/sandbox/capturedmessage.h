// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One message the sandbox accepted: the envelope it came with and where its bytes are.
// A value class. The message itself is the .eml file next to the JSON sidecar this is read
// from; content() reads it on demand so listing a folder of large messages stays cheap.
struct CapturedMessage
{
    QString id; // unique, sortable by time, safe as a file name
    QString mailFrom; // the reverse path; empty for the null path "<>"
    QStringList rcptTos; // accepted forward paths, in RCPT order
    QStringList mailParameters; // MAIL FROM parameters as sent ("SIZE=123", "BODY=8BITMIME")
    QDateTime received; // UTC, when the end of data arrived
    qint64 size = 0; // octets of the message as stored (after dot-unstuffing)
    QString heloName; // what the client said in EHLO/HELO
    QString authUser; // empty unless the sandbox accepted AUTH
    QString transfer; // "DATA" or "BDAT"
    QString emlPath; // absolute path of the message file

    [[nodiscard]] bool isValid() const { return !id.isEmpty(); }
    // The stored message bytes; empty with *errorString set if the file cannot be read.
    [[nodiscard]] QByteArray content(QString *errorString = nullptr) const;

    // The sidecar form (everything but emlPath, which is where the sidecar lives).
    [[nodiscard]] QJsonObject toJson() const;
    // nullopt unless the object has an id, a received time and a size.
    [[nodiscard]] static std::optional<CapturedMessage> fromJson(const QJsonObject &object);
};
