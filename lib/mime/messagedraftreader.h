// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "messagedraft.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Reads a message file back into a MessageDraft, for "Edit and requeue": the inverse of
// MessageWriter, and lenient enough for any reasonable .eml.
//
// What comes back: From, To, Cc, Reply-To, the decoded Subject, the priority (X-Priority, else
// Importance), the extra headers a draft may carry (those MessageWriter does not own, without
// trace and signature fields such as Received or DKIM-Signature), the first text/plain and
// text/html bodies that are not attachments (decoded through their charset, line endings as
// "\n"), and every other leaf part as a MessageAttachment. Bcc is not in a message file: the
// caller adds it from the envelope.
//
// Each attachment and inline part is decoded into its own file in `attachmentFolder` (made if
// needed), so that the draft points at real files. The file on disk gets a sanitised form of
// the part's name (no path, no control characters, never an existing file's name: " (2)" is
// added instead); MessageAttachment::fileName keeps the name the recipient saw. Inline parts
// keep their Content-ID when there is an HTML body to refer to them.
//
// Parts are streamed to disk, never held in memory. On failure nothing is left in the folder.
class MessageDraftReader
{
    Q_DECLARE_TR_FUNCTIONS(MessageDraftReader)
public:
    // nullopt, with *error (if given), when the file cannot be read, is not a message (no
    // header fields, or no valid From), has an address field that does not parse, or when a
    // part cannot be saved.
    [[nodiscard]] static std::optional<MessageDraft> read(
        const QString &messageFile, const QString &attachmentFolder, QString *error = nullptr);
};
