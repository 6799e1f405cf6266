// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "messagedraft.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Profile;

// A message being written, saved as the compose window holds it: the address fields as typed
// (they need not parse yet), the body as plain text or HTML, the attached files and the images
// inserted into a rich body (each one, used or not: draft() keeps those the body refers to).
struct SavedDraft
{
    QString account; // the identity chosen, an account name
    QString to; // as typed
    QString cc;
    QString bcc;
    QString subject;
    bool rich = false; // `body` is HTML
    QString body;
    QList<MessageAttachment> attachments; // files, in the list's order
    QList<MessageAttachment> inlineImages; // images inserted into the HTML body (contentId set)
    QDateTime saved; // when it was last saved (UTC); set by save()
};

// The drafts of one profile: <profile>/drafts/<id>.json, one UTF-8 JSON object per draft
// ("version": 1, "account", "to", "cc", "bcc", "subject", "rich", "body", "attachments" and
// "inline" as arrays of {"path", "name", "mimeType", "contentId"}, "saved" as ISO 8601 UTC).
// Drafts hold mail, so the folder is 0700 and each file 0600, written atomically: a crash
// leaves the previous version, never half a draft.
//
// The folder also holds edit-<id>/ folders: the parts of a queued message taken back for
// editing (draftForEditing()).
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    explicit DraftStore(const Profile &profile);
    explicit DraftStore(QString folder)
        : m_folder(std::move(folder))
    { }

    [[nodiscard]] QString folder() const { return m_folder; }
    // The file a draft with this id is saved in (whether or not it exists).
    [[nodiscard]] QString filePath(const QString &id) const;
    // A new, unused id (a UUID).
    [[nodiscard]] static QString newId();
    // The id of a draft file: its name without ".json".
    [[nodiscard]] static QString idOf(const QString &filePath);

    // Writes the draft under `id`, replacing what was saved there (draft.saved is ignored:
    // the time of writing is stored). False with *error when the folder or file cannot be
    // written; what was saved before is then untouched.
    [[nodiscard]] bool save(const QString &id, const SavedDraft &draft, QString *error) const;
    // Saved draft files, newest first.
    [[nodiscard]] QStringList list() const;
    // Reads a draft file (from this store or anywhere else). nullopt with *error when the
    // file cannot be read or holds no JSON object; missing fields are empty.
    [[nodiscard]] static std::optional<SavedDraft> load(
        const QString &filePath, QString *error = nullptr);
    // Removes the draft with this id; true when there is no such draft afterwards.
    bool remove(const QString &id) const;

    // "Edit and requeue": the folder that holds the parts of queued message `messageId`
    // taken back for editing, <drafts>/edit-<id>.
    [[nodiscard]] QString editFolder(qint64 messageId) const;
    // The draft to edit for a queued message: its spool file read back by MessageDraftReader
    // (attachments saved into `attachmentFolder`), with Bcc restored from the envelope: every
    // envelope recipient not in To or Cc (compared with the domain case-folded and in
    // A-labels), once each, in envelope order. Bcc is not written into the message, so the
    // envelope is the only place it is kept. nullopt with *error as MessageDraftReader::read().
    [[nodiscard]] static std::optional<MessageDraft> draftForEditing(const QString &messageFile,
        const QStringList &envelopeRecipients, const QString &attachmentFolder,
        QString *error = nullptr);

private:
    QString m_folder;
};
