// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "capturedmessage.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

QByteArray CapturedMessage::content(QString *errorString) const
{
    QFile file(emlPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorString)
            *errorString = file.errorString();
        return {};
    }
    return file.readAll();
}

QJsonObject CapturedMessage::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("mailFrom"), mailFrom },
        { QStringLiteral("rcptTos"), QJsonArray::fromStringList(rcptTos) },
        { QStringLiteral("mailParameters"), QJsonArray::fromStringList(mailParameters) },
        { QStringLiteral("received"), received.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("size"), size },
        { QStringLiteral("heloName"), heloName },
        { QStringLiteral("authUser"), authUser },
        { QStringLiteral("transfer"), transfer },
    };
}

std::optional<CapturedMessage> CapturedMessage::fromJson(const QJsonObject &object)
{
    auto strings = [](const QJsonValue &value) {
        QStringList list;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            list << item.toString();
        return list;
    };
    CapturedMessage m;
    m.id = object.value(QStringLiteral("id")).toString();
    m.mailFrom = object.value(QStringLiteral("mailFrom")).toString();
    m.rcptTos = strings(object.value(QStringLiteral("rcptTos")));
    m.mailParameters = strings(object.value(QStringLiteral("mailParameters")));
    m.received = QDateTime::fromString(
        object.value(QStringLiteral("received")).toString(), Qt::ISODateWithMs);
    m.size = object.value(QStringLiteral("size")).toInteger(-1);
    m.heloName = object.value(QStringLiteral("heloName")).toString();
    m.authUser = object.value(QStringLiteral("authUser")).toString();
    m.transfer = object.value(QStringLiteral("transfer")).toString();
    if (m.id.isEmpty() || !m.received.isValid() || m.size < 0)
        return std::nullopt;
    return m;
}
