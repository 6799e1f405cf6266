// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "composerequest.h"

#include "mime/mailtourl.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace {

// Gives the messages below their translation context.
struct ComposeRequest
{
    Q_DECLARE_TR_FUNCTIONS(ComposeRequest)
};

// Splits "k='v,w',k2=v2" at the commas outside quotes.
QStringList splitFields(const QString &spec)
{
    QStringList fields;
    QString current;
    QChar quote;
    for (const QChar c : spec) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char(',')) {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        fields << current;
    return fields;
}

} // namespace

std::optional<MessageDraft> draftFromComposeSpec(const QString &spec, QString *error)
{
    if (spec.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        return MailtoUrl::parse(QUrl(spec)).toDraft();
    MessageDraft draft;
    // Address lists may hold commas, so a key without '=' continues the previous value.
    QString key;
    QHash<QString, QString> values;
    for (const QString &field : splitFields(spec)) {
        const qsizetype equals = field.indexOf(QLatin1Char('='));
        const QString name = equals > 0 ? field.left(equals).trimmed().toLower() : QString();
        static const QStringList known { QStringLiteral("to"), QStringLiteral("cc"),
            QStringLiteral("bcc"), QStringLiteral("subject"), QStringLiteral("body"),
            QStringLiteral("attachment") };
        if (known.contains(name)) {
            key = name;
            values[key]
                += (values.contains(key) ? QStringLiteral(",") : QString()) + field.mid(equals + 1);
        } else if (!key.isEmpty()
            && (key == QLatin1String("to") || key == QLatin1String("cc")
                || key == QLatin1String("bcc") || key == QLatin1String("attachment"))) {
            values[key] += QLatin1Char(',') + field;
        } else if (!field.trimmed().isEmpty()) {
            *error = ComposeRequest::tr("unknown --compose field \"%1\"").arg(field);
            return std::nullopt;
        }
    }
    for (const char *listKey : { "to", "cc", "bcc" }) {
        const QString text = values.value(QString::fromLatin1(listKey));
        if (text.trimmed().isEmpty())
            continue;
        const MailAddressParseResult parsed = MailAddress::parseList(text);
        if (!parsed.isValid()) {
            *error = ComposeRequest::tr("--compose %1: %2")
                         .arg(QString::fromLatin1(listKey), parsed.errorString);
            return std::nullopt;
        }
        QList<MailAddress> &target = listKey[0] == 't' ? draft.to
            : listKey[0] == 'c'                        ? draft.cc
                                                       : draft.bcc;
        target << parsed.addresses;
    }
    draft.subject = values.value(QStringLiteral("subject"));
    draft.plainBody = values.value(QStringLiteral("body"));
    for (const QString &file :
        values.value(QStringLiteral("attachment")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString path
            = file.startsWith(QLatin1String("file:")) ? QUrl(file).toLocalFile() : file.trimmed();
        if (!QFileInfo(path).isFile()) {
            *error = ComposeRequest::tr("--compose attachment: no such file %1").arg(path);
            return std::nullopt;
        }
        MessageAttachment attachment;
        attachment.filePath = QFileInfo(path).absoluteFilePath();
        attachment.fileName = QFileInfo(path).fileName();
        draft.attachments << attachment;
    }
    return draft;
}
