#pragma once

#include <QString>

class QSaveFile;

// Commits a QSaveFile so that it survives a power cut: flush, fsync the file, rename it into
// place, then fsync the folder so the rename itself is on disk (fsync(2), NOTES). Returns an
// empty string on success, else why not; on failure the target is untouched.
[[nodiscard]] QString commitDurably(QSaveFile &file);
