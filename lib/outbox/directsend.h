// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "sasl/saslmechanism.h"
#include "smtp/smtpenvelope.h"
#include "smtp/smtperror.h"
#include "smtp/smtpserversettings.h"
#include "transcript/transcriptentry.h"

#include <QIODevice>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class SmtpSession;
class SmtpSendReply;

// Sends one message now, past the outbox and without storing it (`outboundctl send`): one
// session, and further ones while the server's LIMITS MAILMAX leaves recipients untried and
// each connection gets somewhere. The results say what became of every recipient; the
// transcript entries of all sessions come out of transcriptEntry() as they happen.
class DirectSend : public QObject
{
    Q_OBJECT
public:
    // Opens the message's bytes afresh for each connection; nullptr with *error set if it
    // cannot be read.
    using BodyOpener = std::function<std::unique_ptr<QIODevice>(QString *error)>;

    DirectSend(SmtpServerSettings settings, SaslCredentials credentials, SmtpEnvelope envelope,
        BodyOpener openBody, qint64 size, QObject *parent = nullptr);
    ~DirectSend() override;

    // Starts once; finished() follows, also after cancel().
    void start();
    void cancel();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    // The last connection's error; NoError when it ended well (recipients may still have been
    // refused: see recipientResults()).
    [[nodiscard]] const SmtpError &error() const { return m_error; }
    // The connection was lost after the whole message was sent: the server may have it.
    [[nodiscard]] bool isUncertain() const { return m_uncertain; }
    // One result per recipient of the envelope, merged over the connections.
    [[nodiscard]] const QList<SmtpRecipientResult> &recipientResults() const { return m_results; }
    // True only when every recipient has the message.
    [[nodiscard]] bool allAccepted() const;
    [[nodiscard]] bool anyAccepted() const;
    [[nodiscard]] QStringList queueIds() const { return m_queueIds; }
    [[nodiscard]] const SmtpReply &finalReply() const { return m_finalReply; }
    [[nodiscard]] qint64 bytesSent() const { return m_bytesSent; }
    [[nodiscard]] const SmtpServerSettings &settings() const { return m_settings; }
    // Of the last connection: "TLS 1.3, …" and the SASL mechanism used, empty when none.
    [[nodiscard]] QString tlsDescription() const { return m_tlsDescription; }
    [[nodiscard]] QByteArray authMechanism() const { return m_authMechanism; }

Q_SIGNALS:
    void transcriptEntry(const TranscriptEntry &entry);
    void finished();

private:
    void connectOnce();
    void onSessionClosed();
    void finish(const SmtpError &error);

    SmtpServerSettings m_settings;
    SaslCredentials m_credentials;
    SmtpEnvelope m_envelope;
    BodyOpener m_openBody;
    qint64 m_size = 0;

    std::unique_ptr<SmtpSession> m_session;
    SmtpSendReply *m_reply = nullptr; // owned by this object while its session runs
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;

    SmtpError m_error;
    bool m_uncertain = false;
    QList<SmtpRecipientResult> m_results;
    QStringList m_queueIds;
    SmtpReply m_finalReply;
    qint64 m_bytesSent = 0;
    QString m_tlsDescription;
    QByteArray m_authMechanism;
};
