// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "smtp/smtpcapabilities.h"
#include "smtp/smtperror.h"
#include "smtp/smtpserversettings.h"
#include "transcript/transcriptentry.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>

#include <memory>

class SmtpSession;

// What an SMTP server offers, before and after STARTTLS, and who it claims to be: connects,
// greets, secures the connection as the settings ask, and says QUIT. Logs in to nothing and
// sends nothing (`outboundctl probe`; the account setup's look at a candidate server).
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    explicit ServerProbe(SmtpServerSettings settings, QObject *parent = nullptr);
    ~ServerProbe() override;

    // Starts once; finished() follows, also after cancel().
    void start();
    void cancel();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const SmtpError &error() const { return m_error; }
    [[nodiscard]] const SmtpServerSettings &settings() const { return m_settings; }
    // The capabilities seen on the plain connection (before STARTTLS), if there was one, and
    // on the encrypted one, if it got that far.
    [[nodiscard]] bool sawPlain() const { return m_sawPlain; }
    [[nodiscard]] bool sawEncrypted() const { return m_sawEncrypted; }
    [[nodiscard]] const SmtpCapabilities &capabilitiesBeforeTls() const { return m_before; }
    [[nodiscard]] const SmtpCapabilities &capabilitiesAfterTls() const { return m_after; }
    // The capabilities the server ended with: the encrypted ones when there were any.
    [[nodiscard]] const SmtpCapabilities &finalCapabilities() const
    {
        return m_sawEncrypted ? m_after : m_before;
    }
    [[nodiscard]] QString tlsDescription() const { return m_tlsDescription; }
    [[nodiscard]] const QList<QSslCertificate> &certificateChain() const { return m_chain; }

Q_SIGNALS:
    void transcriptEntry(const TranscriptEntry &entry);
    void finished();

private:
    void onClosed();

    SmtpServerSettings m_settings;
    std::unique_ptr<SmtpSession> m_session;
    bool m_started = false;
    bool m_finished = false;
    SmtpError m_error;
    bool m_sawPlain = false;
    bool m_sawEncrypted = false;
    SmtpCapabilities m_before;
    SmtpCapabilities m_after;
    QString m_tlsDescription;
    QList<QSslCertificate> m_chain;
};
