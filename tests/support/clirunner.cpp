// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "clirunner.h"

#include <QProcess>
#include <QProcessEnvironment>

CliRunner::CliRunner(QString profile)
    : m_profile(std::move(profile))
{ }

void CliRunner::setEnvironmentVariable(const QString &name, const QString &value)
{
    m_environment.append({ name, value });
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList &args) const
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OUTBOUND_PROFILE"));
    env.remove(QStringLiteral("OUTBOUND_ACCOUNT"));
    if (!m_tempDir.isEmpty())
        env.insert(QStringLiteral("TMPDIR"), m_tempDir);
    for (const auto &[name, value] : m_environment)
        env.insert(name, value);
    process->setProcessEnvironment(env);
    QStringList all;
    if (!m_profile.isEmpty())
        all << QStringLiteral("--profile") << m_profile;
    all << args;
    process->start(binary(), all);
    process->waitForStarted();
    return process;
}

CliRunner::Result CliRunner::finish(QProcess &process) const
{
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

CliRunner::Result CliRunner::run(const QStringList &args, const QByteArray &stdinData) const
{
    const std::unique_ptr<QProcess> process = start(args);
    process->write(stdinData);
    process->closeWriteChannel();
    return finish(*process);
}

QString CliRunner::binary()
{
    return qEnvironmentVariable("OUTBOUND_BIN_DIR") + QStringLiteral("/outboundctl");
}

QString describe(const CliRunner::Result &r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}
