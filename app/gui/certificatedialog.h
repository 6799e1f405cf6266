// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>

class QPlainTextEdit;
class QTreeWidget;

// The certificate chain a server presented, as a user checks it: the chain from the server's
// own certificate up to its issuers, and for the selected one its subject, issuer, validity,
// names, key, fingerprints and PEM text. `summary` is the session's TLS report (protocol,
// cipher), shown above. Copy and Save write PEM: certificates are public, nothing to redact.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(
        const QString &summary, const QList<QSslCertificate> &chain, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *chainView() const { return m_chainView; }
    [[nodiscard]] QPlainTextEdit *detailsView() const { return m_details; }

    // The fields of one certificate as "Label: value" lines, in the user's language.
    [[nodiscard]] static QString describe(const QSslCertificate &certificate);

private:
    void showSelected();
    void copyPem();
    void savePem();
    [[nodiscard]] QSslCertificate selected() const;

    QList<QSslCertificate> m_chain;
    QTreeWidget *m_chainView;
    QPlainTextEdit *m_details;
};
