// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "tlspolicy.h"

#include "certificatenames.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcTls, "outbound.tls", QtInfoMsg)

QString securityName(ConnectionSecurity security)
{
    switch (security) {
    case ConnectionSecurity::ImplicitTls:
        return QStringLiteral("tls");
    case ConnectionSecurity::StartTls:
        return QStringLiteral("starttls");
    case ConnectionSecurity::None:
        return QStringLiteral("none");
    }
    return {};
}

bool parseSecurity(const QString &name, ConnectionSecurity *out)
{
    const QString key = name.trimmed().toLower();
    for (const auto security : { ConnectionSecurity::ImplicitTls, ConnectionSecurity::StartTls,
             ConnectionSecurity::None }) {
        if (key == securityName(security)) {
            if (out)
                *out = security;
            return true;
        }
    }
    return false;
}

bool TlsTrust::setPinFromHex(const QString &hex)
{
    QString digits;
    digits.reserve(hex.size());
    for (const QChar c : hex) {
        if (c == u':' || c.isSpace())
            continue;
        const bool hexDigit
            = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hexDigit)
            return false;
        digits.append(c);
    }
    if (digits.isEmpty()) {
        pinnedSha256.clear();
        return true;
    }
    if (digits.size() != 64)
        return false;
    pinnedSha256 = QByteArray::fromHex(digits.toLatin1());
    return true;
}

QString TlsTrust::pinAsHex() const
{
    return TlsPolicy::hex(pinnedSha256);
}

TlsPolicy::TlsPolicy(TlsTrust trust)
    : m_trust(std::move(trust))
{
    if (m_trust.caFile.isEmpty())
        return;
    const QFileInfo info(m_trust.caFile);
    if (!info.isFile() || !info.isReadable()) {
        m_error = tr("Cannot read the CA certificate file %1.").arg(m_trust.caFile);
        return;
    }
    // FixedString: the user's path is a path, not a wildcard pattern.
    m_extraCas = QSslCertificate::fromPath(
        m_trust.caFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    if (m_extraCas.isEmpty())
        m_error = tr("The CA certificate file %1 contains no PEM certificate.").arg(m_trust.caFile);
}

void TlsPolicy::prepare(QSslSocket *socket) const
{
    QSslConfiguration config = socket->sslConfiguration();
    // RFC 8314 §4.1 and RFC 8996: nothing older than TLS 1.2.
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCas.isEmpty()) {
        // Setting CAs explicitly turns off Qt's on-demand loading of the system roots, so the
        // system's list is spelled out too: the extra file adds trust, it does not replace it.
        config.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_extraCas);
    }
    socket->setSslConfiguration(config);
}

static bool isChainError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
    case QSslError::PathLengthExceeded:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

static bool isNeverAcceptable(QSslError::SslError error)
{
    return error == QSslError::CertificateRevoked || error == QSslError::CertificateBlacklisted
        || error == QSslError::NoPeerCertificate || error == QSslError::NoSslSupport
        || error == QSslError::UnspecifiedError;
}

QList<QSslError> TlsPolicy::acceptableErrors(
    const QList<QSslError> &errors, const QSslCertificate &peer) const
{
    if (m_trust.pinnedSha256.isEmpty() || peer.isNull())
        return {};
    if (sha256(peer) != m_trust.pinnedSha256) {
        qCDebug(lcTls) << "peer certificate" << hex(sha256(peer)) << "is not the pinned"
                       << m_trust.pinAsHex();
        return {};
    }
    QList<QSslError> acceptable;
    for (const QSslError &error : errors) {
        const bool ok = !isNeverAcceptable(error.error())
            && (error.certificate() == peer || isChainError(error.error()));
        if (!ok) {
            qCDebug(lcTls) << "not ignoring" << error.errorString();
            return {};
        }
        acceptable.append(error);
    }
    return acceptable;
}

// The negotiated protocol's name. (QSslCipher::protocolString() names the oldest protocol a
// cipher suite exists in, not the one negotiated.)
static QString sessionProtocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
    case QSsl::TlsV1_0:
        return QStringLiteral("TLSv1.0");
    case QSsl::TlsV1_1:
        return QStringLiteral("TLSv1.1");
        QT_WARNING_POP
    default:
        return {};
    }
}

QString TlsPolicy::checkPeer(const QSslSocket *socket, PeerProblem *problem) const
{
    const auto refuse = [problem](PeerProblem kind, const QString &text) {
        if (problem)
            *problem = kind;
        return text;
    };
    if (problem)
        *problem = PeerProblem::None;
    if (!socket->isEncrypted())
        return refuse(PeerProblem::NotEncrypted, tr("The connection is not encrypted."));
    // Compared positively: the TLS 1.0/1.1 enumerators are deprecated in Qt 6.
    const QSsl::SslProtocol protocol = socket->sessionProtocol();
    if (protocol != QSsl::TlsV1_2 && protocol != QSsl::TlsV1_3) {
        const QString name = sessionProtocolName(protocol);
        return refuse(PeerProblem::OldProtocol,
            tr("The server negotiated %1; TLS 1.2 or newer is required.")
                .arg(name.isEmpty() ? tr("an unknown protocol") : name));
    }
    const QSslCertificate peer = socket->peerCertificate();
    if (!m_trust.pinnedSha256.isEmpty()) {
        const QByteArray actual = sha256(peer);
        if (actual != m_trust.pinnedSha256) {
            return refuse(PeerProblem::PinMismatch,
                tr("The server's certificate (SHA-256 %1) is not the pinned certificate (%2).")
                    .arg(hex(actual), m_trust.pinAsHex()));
        }
        return {}; // the pin stands in for the name (see acceptableErrors())
    }
    const QString host = verifiedHost(socket);
    const PresentedIdentifiers names = PresentedIdentifiers::fromCertificate(peer);
    if (!certificateMatchesHost(names, host)) {
        qCDebug(lcTls) << "certificate names" << names.describe() << "CN" << names.commonNames
                       << "do not match" << host;
        return refuse(PeerProblem::NameMismatch,
            tr("%1; the server presented %2")
                .arg(nameMismatchReason(host, names), describeCertificate(peer)));
    }
    return {};
}

QString TlsPolicy::verifiedHost(const QSslSocket *socket)
{
    return socket->peerVerifyName().isEmpty() ? socket->peerName() : socket->peerVerifyName();
}

QString TlsPolicy::nameMismatchReason(const QString &host, const PresentedIdentifiers &names)
{
    const QString described = names.describe();
    QString text = tr("The server's certificate is not valid for %1: it names %2")
                       .arg(host, described.isEmpty() ? tr("no host at all") : described);
    if (names.hasSubjectAltNames() && !names.commonNames.isEmpty()) {
        // Say why a familiar-looking CN did not count (RFC 6125 §6.4.4).
        text += QLatin1Char(' ')
            + tr("(its subject CN=%1 is not used, because the certificate has subject "
                 "alternative names)")
                  .arg(names.commonNames.join(QStringLiteral(", CN=")));
    }
    return text;
}

QString TlsPolicy::describeError(const QSslError &error, const QSslSocket *socket)
{
    if (error.error() != QSslError::HostNameMismatch || !socket)
        return error.errorString();
    const QSslCertificate certificate
        = error.certificate().isNull() ? socket->peerCertificate() : error.certificate();
    return nameMismatchReason(
        verifiedHost(socket), PresentedIdentifiers::fromCertificate(certificate));
}

static QString commonNameOr(const QStringList &names, const QString &fallback)
{
    const QString joined = names.join(QStringLiteral(", "));
    return joined.isEmpty() ? fallback : QStringLiteral("CN=") + joined;
}

QString TlsPolicy::describeSession(const QSslSocket *socket)
{
    const QSslCipher cipher = socket->sessionCipher();
    QStringList parts;
    const QString protocol = sessionProtocolName(socket->sessionProtocol());
    if (!protocol.isEmpty())
        parts << protocol;
    if (!cipher.isNull())
        parts << cipher.name();
    const QSslCertificate peer = socket->peerCertificate();
    if (!peer.isNull())
        parts << describeCertificate(peer);
    return parts.join(QStringLiteral(", "));
}

QString TlsPolicy::describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return tr("no certificate");
    const QString subject = commonNameOr(
        certificate.subjectInfo(QSslCertificate::CommonName), certificate.subjectDisplayName());
    const QString issuer = commonNameOr(
        certificate.issuerInfo(QSslCertificate::CommonName), certificate.issuerDisplayName());
    const auto date
        = [](const QDateTime &time) { return time.toUTC().toString(QStringLiteral("yyyy-MM-dd")); };
    return tr("%1 issued by %2, valid %3 to %4, SHA-256 %5")
        .arg(subject, issuer, date(certificate.effectiveDate()), date(certificate.expiryDate()),
            hex(sha256(certificate)));
}

QByteArray TlsPolicy::sha256(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return certificate.digest(QCryptographicHash::Sha256);
}

QString TlsPolicy::hex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':'));
}
