// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

// The throw-away PKI of the loopback tests, made by make-test-ca.sh once per test process into
// a temporary directory that lives until the process exits:
//   CA         ca.pem / ca.key
//   server     server.pem / server.key          signed by the CA; localhost and 127.0.0.1
//   wronghost  wronghost.pem / wronghost.key    signed by the CA; wrong.example only
//   selfsigned selfsigned.pem / selfsigned.key  self-signed; localhost and 127.0.0.1
// and, on request (issueLeaf()), server certificates with the names a test chooses.
// Tests trust the CA explicitly (QSslConfiguration::setCaCertificates), never the system store.
class TestCa
{
public:
    // Makes the files on first use; thread-safe. Check isValid() before relying on a path.
    static const TestCa &instance();

    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    // Why making the files failed (the script's output included).
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QString directory() const { return m_dir.path(); }
    [[nodiscard]] QString caCertPath() const { return path(QStringLiteral("ca.pem")); }
    [[nodiscard]] QString caKeyPath() const { return path(QStringLiteral("ca.key")); }
    [[nodiscard]] QString serverCertPath() const { return path(QStringLiteral("server.pem")); }
    [[nodiscard]] QString serverKeyPath() const { return path(QStringLiteral("server.key")); }
    [[nodiscard]] QString wrongHostCertPath() const
    {
        return path(QStringLiteral("wronghost.pem"));
    }
    [[nodiscard]] QString wrongHostKeyPath() const { return path(QStringLiteral("wronghost.key")); }
    [[nodiscard]] QString selfSignedCertPath() const
    {
        return path(QStringLiteral("selfsigned.pem"));
    }
    [[nodiscard]] QString selfSignedKeyPath() const
    {
        return path(QStringLiteral("selfsigned.key"));
    }

    // Issues one more server certificate, NAME.pem / NAME.key, signed by the CA
    // (make-test-ca.sh --leaf): subject CN `commonName` (empty: none) and subjectAltName
    // `subjectAltName` in openssl's syntax, "DNS:a.example,IP:127.0.0.1" (empty: no
    // subjectAltName extension). False, with the script's output in *error, on failure.
    [[nodiscard]] bool issueLeaf(const QString &name, const QString &commonName,
        const QString &subjectAltName, QString *error = nullptr) const;
    [[nodiscard]] QString leafCertPath(const QString &name) const
    {
        return path(name + QStringLiteral(".pem"));
    }
    [[nodiscard]] QString leafKeyPath(const QString &name) const
    {
        return path(name + QStringLiteral(".key"));
    }

    [[nodiscard]] QSslCertificate caCertificate() const;
    [[nodiscard]] QSslCertificate selfSignedCertificate() const;
    // SHA-256 of the DER of selfsigned.pem: what a user pins when accepting that certificate.
    [[nodiscard]] QByteArray selfSignedSha256() const;

private:
    TestCa();
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] static QSslCertificate load(const QString &path);

    QTemporaryDir m_dir;
    QString m_error;
};
