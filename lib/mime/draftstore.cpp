// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "draftstore.h"

#include "messagedraftreader.h"

#include "core/durablefile.h"
#include "core/profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QUrl>
#include <QUuid>

namespace {

const QString DraftSuffix = QStringLiteral(".json");

QJsonArray attachmentsToJson(const QList<MessageAttachment> &attachments)
{
    QJsonArray array;
    for (const MessageAttachment &a : attachments) {
        array.append(QJsonObject { { QStringLiteral("path"), a.filePath },
            { QStringLiteral("name"), a.fileName }, { QStringLiteral("mimeType"), a.mimeType },
            { QStringLiteral("contentId"), a.contentId } });
    }
    return array;
}

QList<MessageAttachment> attachmentsFromJson(const QJsonArray &array)
{
    QList<MessageAttachment> attachments;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        MessageAttachment a;
        a.filePath = o.value(QStringLiteral("path")).toString();
        a.fileName = o.value(QStringLiteral("name")).toString();
        a.mimeType = o.value(QStringLiteral("mimeType")).toString();
        a.contentId = o.value(QStringLiteral("contentId")).toString();
        attachments << a;
    }
    return attachments;
}

// Comparable form of an address: the local part exact, the domain as lower-case A-labels.
QString recipientKey(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QString domain = address.mid(at + 1);
    const QString ace = QString::fromLatin1(QUrl::toAce(domain));
    return address.left(at + 1) + (ace.isEmpty() ? domain : ace).toLower();
}

} // namespace

DraftStore::DraftStore(const Profile &profile)
    : m_folder(profile.path() + QStringLiteral("/drafts"))
{ }

QString DraftStore::filePath(const QString &id) const
{
    return m_folder + QLatin1Char('/') + id + DraftSuffix;
}

QString DraftStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString DraftStore::idOf(const QString &filePath)
{
    return QFileInfo(filePath).completeBaseName();
}

bool DraftStore::save(const QString &id, const SavedDraft &draft, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = tr("cannot create %1").arg(m_folder);
        return false;
    }
    // Drafts hold mail: readable by the user only, like the rest of the profile.
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QJsonObject object;
    object.insert(QStringLiteral("version"), 1);
    object.insert(QStringLiteral("account"), draft.account);
    object.insert(QStringLiteral("to"), draft.to);
    object.insert(QStringLiteral("cc"), draft.cc);
    object.insert(QStringLiteral("bcc"), draft.bcc);
    object.insert(QStringLiteral("subject"), draft.subject);
    object.insert(QStringLiteral("rich"), draft.rich);
    object.insert(QStringLiteral("body"), draft.body);
    object.insert(QStringLiteral("attachments"), attachmentsToJson(draft.attachments));
    object.insert(QStringLiteral("inline"), attachmentsToJson(draft.inlineImages));
    object.insert(
        QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));

    QSaveFile file(filePath(id));
    if (!openPrivate(file) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QStringList DraftStore::list() const
{
    QStringList files;
    const QFileInfoList entries
        = QDir(m_folder).entryInfoList({ QLatin1Char('*') + DraftSuffix }, QDir::Files, QDir::Time);
    for (const QFileInfo &info : entries)
        files << info.absoluteFilePath();
    return files;
}

std::optional<SavedDraft> DraftStore::load(const QString &filePath, QString *error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = tr("%1 is not a draft: %2").arg(filePath, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    SavedDraft draft;
    draft.account = object.value(QStringLiteral("account")).toString();
    draft.to = object.value(QStringLiteral("to")).toString();
    draft.cc = object.value(QStringLiteral("cc")).toString();
    draft.bcc = object.value(QStringLiteral("bcc")).toString();
    draft.subject = object.value(QStringLiteral("subject")).toString();
    draft.rich = object.value(QStringLiteral("rich")).toBool();
    draft.body = object.value(QStringLiteral("body")).toString();
    draft.attachments = attachmentsFromJson(object.value(QStringLiteral("attachments")).toArray());
    draft.inlineImages = attachmentsFromJson(object.value(QStringLiteral("inline")).toArray());
    draft.saved = QDateTime::fromString(
        object.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs);
    return draft;
}

bool DraftStore::remove(const QString &id) const
{
    const QString file = filePath(id);
    return QFile::remove(file) || !QFileInfo::exists(file);
}

QString DraftStore::editFolder(qint64 messageId) const
{
    return m_folder + QStringLiteral("/edit-%1").arg(messageId);
}

std::optional<MessageDraft> DraftStore::draftForEditing(const QString &messageFile,
    const QStringList &envelopeRecipients, const QString &attachmentFolder, QString *error)
{
    std::optional<MessageDraft> draft
        = MessageDraftReader::read(messageFile, attachmentFolder, error);
    if (!draft)
        return std::nullopt;
    // Bcc is in the envelope only: every recipient not in To or Cc.
    QSet<QString> visible;
    for (const QList<MailAddress> *list : { &draft->to, &draft->cc })
        for (const MailAddress &address : *list)
            visible.insert(recipientKey(address.address()));
    draft->bcc.clear();
    for (const QString &recipient : envelopeRecipients) {
        if (!visible.contains(recipientKey(recipient))) {
            visible.insert(recipientKey(recipient));
            draft->bcc.append(MailAddress(recipient));
        }
    }
    return draft;
}
