// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

// outboundctl as the CLI tests run it: the binary in OUTBOUND_BIN_DIR (set by
// outbound_add_test), on a profile of the test's own, with OUTBOUND_PROFILE and
// OUTBOUND_ACCOUNT removed from its environment so that the user's never leak in.
class CliRunner
{
public:
    // What one run left behind. exitCode is -1 when outboundctl crashed or was killed.
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // profile: passed as --profile before the command's arguments; empty: no --profile.
    explicit CliRunner(QString profile = {});

    // TMPDIR for the processes (empty, the default: inherited).
    void setTempDir(const QString &path) { m_tempDir = path; }
    // An environment variable for the processes, set after the removals above.
    void setEnvironmentVariable(const QString &name, const QString &value);
    // How long finish() waits before killing outboundctl: 60 s unless set.
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Starts outboundctl; the caller writes its stdin and calls finish().
    [[nodiscard]] std::unique_ptr<QProcess> start(const QStringList &args) const;
    // Waits for a process from start(), killing it after the timeout, and collects its output.
    [[nodiscard]] Result finish(QProcess &process) const;
    // start(), stdinData written and closed, finish().
    [[nodiscard]] Result run(const QStringList &args, const QByteArray &stdinData = {}) const;

    // The outboundctl binary under test.
    [[nodiscard]] static QString binary();

private:
    QString m_profile;
    QString m_tempDir;
    QList<QPair<QString, QString>> m_environment;
    int m_timeoutMs = 60000;
};

// "exit N", stdout and stderr, for a failed check's message.
[[nodiscard]] QString describe(const CliRunner::Result &r);
