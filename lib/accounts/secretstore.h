// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "account.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QProcess;

// Reads or writes one account secret, asynchronously: the GUI must never block on a
// keychain prompt or a slow password command. finished() is emitted exactly once; the
// caller owns the request (give it a parent, or delete it after finished()).
//
// Secrets come from a password command (run through /bin/sh, first line of its output) or
// from the system keychain via QtKeychain (Secret Service or KWallet) with the insecure
// plaintext fallback switched off: when no keychain runs, the request fails and says so.
class SecretRequest : public QObject
{
    Q_OBJECT
public:
    static SecretRequest *read(
        const SecretSource &source, const QString &keychainKey, QObject *parent = nullptr);
    static SecretRequest *writeToKeychain(
        const QString &keychainKey, const QString &secret, QObject *parent = nullptr);
    static SecretRequest *removeFromKeychain(const QString &keychainKey, QObject *parent = nullptr);
    // A password command still running is stopped.
    ~SecretRequest() override;

    // Whether this build has QtKeychain at all (a running keychain is another matter).
    [[nodiscard]] static bool keychainSupported();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool isOk() const { return m_finished && m_error.isEmpty(); }
    [[nodiscard]] QString secret() const { return m_secret; }
    [[nodiscard]] QString errorString() const { return m_error; }

    // Password commands are killed after this long (they may prompt a hardware token).
    static constexpr int CommandTimeoutMs = 120'000;

Q_SIGNALS:
    void finished();

private:
    explicit SecretRequest(QObject *parent);
    void runCommand(const QString &command);
    void startKeychainRead(const QString &key);
    void startKeychainWrite(const QString &key, const QString &secret);
    void startKeychainRemove(const QString &key);
    void finish(const QString &secret, const QString &error);
    void finishLater(const QString &secret, const QString &error);

    QString m_secret;
    QString m_error;
    bool m_finished = false;
};
