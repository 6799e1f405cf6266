// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QString>

class QSaveFile;

// Commits a QSaveFile so that it survives a power cut: flush, fsync the file, rename it into
// place, then fsync the folder so the rename itself is on disk (fsync(2), NOTES). Returns an
// empty string on success, else why not; on failure the target is untouched. The file ends up
// 0600, like every file openPrivate() makes.
[[nodiscard]] QString commitDurably(QSaveFile &file);

// Opens `file` for writing and makes it readable and writable by this user only (0600)
// before a byte goes in, whatever the umask and whatever mode an earlier file of that name
// had: what Outbound writes holds mail, transcripts or settings. False with the file's
// errorString() if it cannot be opened or its mode cannot be set.
[[nodiscard]] bool openPrivate(QSaveFile &file);
