// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "capturedmessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QSaveFile;

// The folder of captured messages: "<id>.eml" holds a message's exact bytes and "<id>.json"
// its envelope (CapturedMessage). Both are written atomically (QSaveFile: write a temporary
// file, rename it into place), the .eml first, so a sidecar only ever names a complete
// message; a listing reads the sidecars. Not durable against a power cut (no fsync): these
// are rehearsal messages, and the sandbox should stay quick.
//
// Several connections write at once: each message has its own Writer and its own id.
class SandboxStore
{
    Q_DECLARE_TR_FUNCTIONS(SandboxStore)
public:
    // A message being received: bytes go straight to a temporary file beside its final name,
    // so a large message costs no memory. Destroying an uncommitted Writer discards it.
    class Writer
    {
    public:
        ~Writer();
        Writer(const Writer &) = delete;
        Writer &operator=(const Writer &) = delete;

        [[nodiscard]] QString id() const { return m_id; }
        [[nodiscard]] qint64 size() const { return m_size; }
        // False once a write failed (see errorString()); later writes are ignored.
        bool write(QByteArrayView bytes);
        // Renames the message into place and writes its sidecar. `envelope` supplies the
        // envelope fields; id, size, received and emlPath are filled in here. Returns the
        // stored message, or an invalid one with errorString() set.
        [[nodiscard]] CapturedMessage commit(const CapturedMessage &envelope);
        void discard();
        [[nodiscard]] QString errorString() const { return m_error; }

    private:
        friend class SandboxStore;
        Writer(QString folder, QString id);

        QString m_folder;
        QString m_id;
        std::unique_ptr<QSaveFile> m_file;
        qint64 m_size = 0;
        QString m_error;
    };

    explicit SandboxStore(QString folder);

    [[nodiscard]] QString folder() const { return m_folder; }
    // Creates the folder (mode 0700: it holds mail) if needed.
    [[nodiscard]] bool ensureFolder(QString *errorString) const;
    // A writer for a new message with a fresh id; check its errorString() before use.
    [[nodiscard]] std::unique_ptr<Writer> begin() const;
    // What the folder holds, for the sandbox's quota: the complete messages and the octets of
    // their files (.eml and .json; messages still being received are not counted).
    struct Usage
    {
        qsizetype messages = 0;
        qint64 bytes = 0;
    };
    [[nodiscard]] Usage usage() const;
    // Every complete message in the folder, newest first. Unreadable sidecars are skipped.
    [[nodiscard]] QList<CapturedMessage> messages() const;
    // Removes one message (its .eml and .json).
    bool remove(const QString &id, QString *errorString = nullptr) const;
    // Removes every message; other files in the folder and messages still being received
    // are left alone.
    bool clear(QString *errorString = nullptr) const;

    // "20240501T134501123Z-000007-1a2b3c4d": time and a per-process counter first, so names
    // sort by age, then random bits so that two processes sharing a folder never collide.
    [[nodiscard]] static QString newId();
    // True for ids newId() could have made (no path separators, no dots).
    [[nodiscard]] static bool isValidId(const QString &id);

private:
    QString m_folder;
};
