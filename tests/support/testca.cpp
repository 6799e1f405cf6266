// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "testca.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

const TestCa &TestCa::instance()
{
    static const TestCa ca;
    return ca;
}

TestCa::TestCa()
    : m_dir(QDir::tempPath() + QStringLiteral("/outbound-testca-XXXXXX"))
{
    if (!m_dir.isValid()) {
        m_error
            = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString());
        return;
    }
    const QString script = QStringLiteral(OUTBOUND_TEST_SUPPORT_DIR "/make-test-ca.sh");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/bin/bash"), { script, m_dir.path() });
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error
            = QStringLiteral("%1 failed (%2): %3")
                  .arg(script, process.errorString(), QString::fromLocal8Bit(process.readAll()));
        return;
    }
    if (caCertificate().isNull() || selfSignedCertificate().isNull())
        m_error
            = QStringLiteral("%1 made no readable certificates in %2").arg(script, m_dir.path());
}

bool TestCa::issueLeaf(const QString &name, const QString &commonName,
    const QString &subjectAltName, QString *error) const
{
    const auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!isValid())
        return failed(m_error);
    const QString script = QStringLiteral(OUTBOUND_TEST_SUPPORT_DIR "/make-test-ca.sh");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/bin/bash"),
        { script, QStringLiteral("--leaf"), m_dir.path(), name, commonName, subjectAltName });
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        return failed(QStringLiteral("%1 --leaf %2 failed (%3): %4")
                          .arg(script, name, process.errorString(),
                              QString::fromLocal8Bit(process.readAll())));
    }
    if (load(leafCertPath(name)).isNull())
        return failed(QStringLiteral("%1 made no readable %2").arg(script, leafCertPath(name)));
    return true;
}

QSslCertificate TestCa::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(&file, QSsl::Pem);
}

QSslCertificate TestCa::caCertificate() const
{
    return load(caCertPath());
}

QSslCertificate TestCa::selfSignedCertificate() const
{
    return load(selfSignedCertPath());
}

QByteArray TestCa::selfSignedSha256() const
{
    return selfSignedCertificate().digest(QCryptographicHash::Sha256);
}
