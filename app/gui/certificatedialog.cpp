// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "certificatedialog.h"

#include "net/tlspolicy.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QSslKey>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    // Most specific last, as people read "CN=mail.example.org, O=Example, C=NL" backwards.
    static const std::pair<QSslCertificate::SubjectInfo, const char *> Parts[] = {
        { QSslCertificate::CommonName, "CN" },
        { QSslCertificate::OrganizationalUnitName, "OU" },
        { QSslCertificate::Organization, "O" },
        { QSslCertificate::LocalityName, "L" },
        { QSslCertificate::StateOrProvinceName, "ST" },
        { QSslCertificate::CountryName, "C" },
    };
    QStringList parts;
    for (const auto &[field, name] : Parts) {
        const QStringList values
            = issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field);
        for (const QString &value : values)
            parts << QString::fromLatin1(name) + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral(", "));
}

QString keyDescription(const QSslKey &key)
{
    if (key.isNull())
        return QCoreApplication::translate("CertificateDialog", "unknown");
    QString algorithm;
    switch (key.algorithm()) {
    case QSsl::Rsa:
        algorithm = QStringLiteral("RSA");
        break;
    case QSsl::Dsa:
        algorithm = QStringLiteral("DSA");
        break;
    case QSsl::Ec:
        algorithm = QStringLiteral("EC");
        break;
    case QSsl::Dh:
        algorithm = QStringLiteral("DH");
        break;
    case QSsl::Opaque:
        algorithm = QCoreApplication::translate("CertificateDialog", "opaque key");
        break;
    }
    return QCoreApplication::translate("CertificateDialog", "%1, %2 bits")
        .arg(algorithm)
        .arg(key.length());
}

} // namespace

CertificateDialog::CertificateDialog(
    const QString &summary, const QList<QSslCertificate> &chain, QWidget *parent)
    : QDialog(parent)
    , m_chain(chain)
    , m_chainView(new QTreeWidget(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Server Certificate"));
    auto *layout = new QVBoxLayout(this);

    auto *summaryLabel = new QLabel(summary, this);
    summaryLabel->setObjectName(QStringLiteral("tlsSummary"));
    summaryLabel->setTextFormat(Qt::PlainText); // the server's names are not markup
    summaryLabel->setWordWrap(true);
    summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryLabel->setVisible(!summary.isEmpty());
    layout->addWidget(summaryLabel);

    auto *chainLabel = new QLabel(tr("Certificate c&hain, the server's own first:"), this);
    layout->addWidget(chainLabel);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_chainView->setObjectName(QStringLiteral("certificateChain"));
    m_chainView->setAccessibleName(tr("Certificate chain"));
    m_chainView->setHeaderLabels({ tr("Issued to"), tr("Issued by"), tr("Valid until") });
    m_chainView->setRootIsDecorated(false);
    chainLabel->setBuddy(m_chainView);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QSslCertificate &certificate : chain) {
        auto *item = new QTreeWidgetItem(m_chainView);
        item->setText(0, certificate.subjectDisplayName());
        item->setText(1, certificate.issuerDisplayName());
        item->setText(
            2, QLocale().toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat));
        if (certificate.expiryDate() < now || certificate.effectiveDate() > now)
            item->setToolTip(2, tr("Not valid now"));
    }
    splitter->addWidget(m_chainView);

    m_details->setObjectName(QStringLiteral("certificateDetails"));
    m_details->setAccessibleName(tr("Certificate details"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy PEM"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyPem"));
    copy->setToolTip(tr("Copy the selected certificate in PEM form"));
    QPushButton *save = buttons->addButton(tr("&Save Chain…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveChain"));
    save->setToolTip(tr("Save the whole chain as a PEM file, e.g. to use as an account's CA file"));
    copy->setEnabled(!chain.isEmpty());
    save->setEnabled(!chain.isEmpty());
    connect(copy, &QPushButton::clicked, this, &CertificateDialog::copyPem);
    connect(save, &QPushButton::clicked, this, &CertificateDialog::savePem);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_chainView, &QTreeWidget::currentItemChanged, this, &CertificateDialog::showSelected);
    if (m_chainView->topLevelItemCount() > 0)
        m_chainView->setCurrentItem(m_chainView->topLevelItem(0));
    else
        m_details->setPlainText(tr("The session reported no certificates."));
    m_chainView->resizeColumnToContents(0);
    resize(640, 520);
}

QString CertificateDialog::describe(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternates = certificate.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it)
        names << it.value();
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString validity
        = tr("%1 to %2")
              .arg(locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                  locale.toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat));
    if (certificate.expiryDate() < now)
        validity += tr(" (expired)");
    else if (certificate.effectiveDate() > now)
        validity += tr(" (not yet valid)");
    const QStringList lines {
        tr("Subject: %1").arg(distinguishedName(certificate, false)),
        tr("Issuer: %1").arg(distinguishedName(certificate, true)),
        tr("Self-signed: %1").arg(certificate.isSelfSigned() ? tr("yes") : tr("no")),
        tr("Valid: %1").arg(validity),
        tr("Names: %1").arg(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))),
        tr("Serial number: %1").arg(QString::fromLatin1(certificate.serialNumber())),
        tr("Public key: %1").arg(keyDescription(certificate.publicKey())),
        tr("SHA-256: %1").arg(TlsPolicy::hex(TlsPolicy::sha256(certificate))),
        tr("SHA-1: %1").arg(TlsPolicy::hex(certificate.digest(QCryptographicHash::Sha1))),
    };
    return lines.join(QLatin1Char('\n'));
}

QSslCertificate CertificateDialog::selected() const
{
    const int row = m_chainView->indexOfTopLevelItem(m_chainView->currentItem());
    return row >= 0 && row < m_chain.size() ? m_chain.at(row) : QSslCertificate();
}

void CertificateDialog::showSelected()
{
    const QSslCertificate certificate = selected();
    if (certificate.isNull())
        return;
    m_details->setPlainText(
        describe(certificate) + QStringLiteral("\n\n") + QString::fromLatin1(certificate.toPem()));
}

void CertificateDialog::copyPem()
{
    const QSslCertificate certificate = selected();
    if (!certificate.isNull())
        QApplication::clipboard()->setText(QString::fromLatin1(certificate.toPem()));
}

void CertificateDialog::savePem()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Certificate Chain"),
        QStringLiteral("chain.pem"), tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QByteArray pem;
    for (const QSslCertificate &certificate : std::as_const(m_chain))
        pem += certificate.toPem();
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit())
        QMessageBox::warning(this, tr("Cannot Save the Chain"),
            tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}
