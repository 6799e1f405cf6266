// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "smtpenvelope.h"
#include "smtperror.h"
#include "smtpreply.h"

#include <QObject>
#include <QString>
#include <QStringList>

// One message's delivery over an SmtpSession: returned by SmtpSession::send(), which keeps
// the message body until it is sent. Like QNetworkReply, the caller owns the object and should
// deleteLater() it after finished(). finished() is emitted exactly once, from the event loop
// (never from inside send() or a session's own handling), also when the session fails or is
// deleted before the message was tried; isFinished() and the results are set just before.
class SmtpSendReply : public QObject
{
    Q_OBJECT
public:
    ~SmtpSendReply() override;

    [[nodiscard]] bool isFinished() const { return m_finished; }
    // NoError: the server accepted the message for every recipient in acceptedRecipients();
    // others may have been refused (see recipientResults()): check allRecipientsAccepted()
    // before calling the message delivered. A message may have needed several transactions
    // (too many recipients for one); if a later one failed, the error is its error and the
    // recipients of the earlier ones are still accepted.
    [[nodiscard]] const SmtpError &error() const { return m_error; }
    [[nodiscard]] QString errorString() const { return m_error.toString(); }
    // True when the connection was lost after the final dot: the server may have the message,
    // so it must not be sent again without asking the user (RFC 5321 §4.1.1.4, "uncertain").
    [[nodiscard]] bool isUncertain() const
    {
        return m_error.code() == SmtpError::ConnectionLostAfterData;
    }

    [[nodiscard]] const SmtpEnvelope &envelope() const { return m_envelope; }
    [[nodiscard]] const QList<SmtpRecipientResult> &recipientResults() const
    {
        return m_recipients;
    }
    [[nodiscard]] QStringList acceptedRecipients() const;
    // True when every recipient has the message: no error and no recipient refused or untried.
    [[nodiscard]] bool allRecipientsAccepted() const;
    // The reply to the final dot (or BDAT LAST); code 0 if the message never got that far.
    [[nodiscard]] const SmtpReply &finalReply() const { return m_finalReply; }
    // The server's queue id if its final reply named one ("250 2.0.0 Ok: queued as 4F2A1");
    // of the last transaction when there were several.
    [[nodiscard]] QString queueId() const { return m_queueId; }
    // Every transaction's queue id, in order.
    [[nodiscard]] QStringList queueIds() const { return m_queueIds; }
    [[nodiscard]] qint64 bytesSent() const { return m_bytesSent; }
    [[nodiscard]] qint64 totalBytes() const { return m_totalBytes; }

    // Cancels this message, from the event loop. If it is mid-transfer the connection is
    // dropped, since SMTP has no way to take back DATA; finished() follows with
    // SmtpError::Aborted, or with ConnectionLostAfterData if the end of data had already gone.
    void abort();

Q_SIGNALS:
    void progress(qint64 bytesSent, qint64 totalBytes);
    // Emitted synchronously just before the final dot (or BDAT LAST) is written: from here on
    // the server may accept the message. A slot may record that durably (the outbox does);
    // it must not delete or abort anything.
    void endOfDataImminent();
    void finished();
    void abortRequested();

private:
    friend class SmtpSession;
    SmtpSendReply(SmtpEnvelope envelope, qint64 totalBytes, QObject *parent);
    void finish(const SmtpError &error);
    void setFinalReply(const SmtpReply &reply);

    SmtpEnvelope m_envelope;
    QList<SmtpRecipientResult> m_recipients;
    SmtpReply m_finalReply;
    SmtpError m_error;
    QString m_queueId;
    QStringList m_queueIds;
    qint64 m_bytesSent = 0;
    qint64 m_totalBytes = -1;
    bool m_finished = false;
};
