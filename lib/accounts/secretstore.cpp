// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "secretstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTimer>

#ifdef OUTBOUND_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace {

const QString KeychainService = QStringLiteral("Outbound");

} // namespace

SecretRequest::SecretRequest(QObject *parent)
    : QObject(parent)
{ }

SecretRequest::~SecretRequest()
{
    // Given up on (a cancelled account check): the command is killed and reaped here rather
    // than left to QProcess's destructor, which warns about it.
    for (QProcess *process : findChildren<QProcess *>()) {
        process->disconnect(this);
        process->kill();
        process->waitForFinished(1000);
    }
}

bool SecretRequest::keychainSupported()
{
#ifdef OUTBOUND_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

SecretRequest *SecretRequest::read(
    const SecretSource &source, const QString &keychainKey, QObject *parent)
{
    auto *request = new SecretRequest(parent);
    switch (source.kind) {
    case SecretSource::Kind::None:
        request->finishLater({}, {});
        break;
    case SecretSource::Kind::Command:
        request->runCommand(source.command);
        break;
    case SecretSource::Kind::Keychain:
        request->startKeychainRead(keychainKey);
        break;
    }
    return request;
}

SecretRequest *SecretRequest::writeToKeychain(
    const QString &keychainKey, const QString &secret, QObject *parent)
{
    auto *request = new SecretRequest(parent);
    request->startKeychainWrite(keychainKey, secret);
    return request;
}

SecretRequest *SecretRequest::removeFromKeychain(const QString &keychainKey, QObject *parent)
{
    auto *request = new SecretRequest(parent);
    request->startKeychainRemove(keychainKey);
    return request;
}

void SecretRequest::runCommand(const QString &command)
{
    if (command.trimmed().isEmpty()) {
        finishLater({}, tr("the account's password command is empty"));
        return;
    }
    auto *process = new QProcess(this);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, [this, process] {
        process->kill();
        finish(
            {}, tr("the password command did not finish within %1 s").arg(CommandTimeoutMs / 1000));
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish({}, tr("cannot run the password command: %1").arg(process->errorString()));
    });
    connect(process, &QProcess::finished, this,
        [this, process, timer](int exitCode, QProcess::ExitStatus status) {
            timer->stop();
            QByteArray output = process->readAllStandardOutput();
            if (status != QProcess::NormalExit || exitCode != 0) {
                const QString err
                    = QString::fromLocal8Bit(process->readAllStandardError()).trimmed().left(200);
                finish({},
                    tr("the password command failed (exit code %1)%2")
                        .arg(exitCode)
                        .arg(err.isEmpty() ? QString() : QStringLiteral(": ") + err));
            } else {
                // The first line, like msmtp's passwordeval: a trailing newline is not part of it.
                const qsizetype end = output.indexOf('\n');
                QByteArray line = end >= 0 ? output.left(end) : output;
                if (line.endsWith('\r'))
                    line.chop(1);
                finish(QString::fromUtf8(line),
                    line.isEmpty() ? tr("the password command printed nothing") : QString());
                line.fill('\0');
            }
            output.fill('\0');
        });
    // Its stdin is closed so a command that would prompt fails instead of hanging.
    process->setStandardInputFile(QProcess::nullDevice());
    process->start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command });
    timer->start(CommandTimeoutMs);
}

#ifdef OUTBOUND_HAVE_KEYCHAIN
namespace {
QString keychainError(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::OtherError:
        return SecretRequest::tr(
            "the system keychain is not available (%1); store the password in a keychain "
            "that runs, "
            "or use a password command")
            .arg(job->errorString());
    case QKeychain::EntryNotFound:
        return SecretRequest::tr(
            "the keychain has no password for this account; set one with `outboundctl "
            "account add`");
    default:
        return job->errorString();
    }
}
} // namespace

void SecretRequest::startKeychainRead(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(KeychainService, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError)
            finish({}, keychainError(job));
        else
            finish(job->textData(), {});
    });
    job->start();
}

void SecretRequest::startKeychainWrite(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(KeychainService, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        finish({}, job->error() == QKeychain::NoError ? QString() : keychainError(job));
    });
    job->start();
}

void SecretRequest::startKeychainRemove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(KeychainService, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const bool ok
            = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        finish({}, ok ? QString() : keychainError(job));
    });
    job->start();
}
#else
void SecretRequest::startKeychainRead(const QString &)
{
    finishLater({}, tr("this build of Outbound has no keychain support; use a password command"));
}
void SecretRequest::startKeychainWrite(const QString &key, const QString &)
{
    startKeychainRead(key);
}
void SecretRequest::startKeychainRemove(const QString &key)
{
    startKeychainRead(key);
}
#endif

void SecretRequest::finish(const QString &secret, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_secret = secret;
    m_error = error;
    Q_EMIT finished();
}

void SecretRequest::finishLater(const QString &secret, const QString &error)
{
    // Callers connect to finished() after the factory returns.
    QTimer::singleShot(0, this, [this, secret, error] { finish(secret, error); });
}
