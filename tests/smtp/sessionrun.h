// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "smtp/smtpsession.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

// Drives one SmtpSession to its end in a test: queue messages, run until closed, then look
// at the replies, the session's error and the transcript it produced.
class SessionRun
{
public:
    explicit SessionRun(const SmtpServerSettings &settings, const SaslCredentials &credentials = {})
        : session(settings)
    {
        if (!credentials.user.isEmpty())
            session.setCredentials(credentials);
        QObject::connect(&session, &SmtpSession::transcriptEntry,
            [this](const TranscriptEntry &e) { transcript << e; });
    }

    SmtpSendReply *send(const SmtpEnvelope &envelope, const QByteArray &message)
    {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(message);
        buffer->open(QIODevice::ReadOnly);
        replies.emplace_back(session.send(envelope, std::move(buffer), message.size()));
        return replies.back().get();
    }

    // Quits once every queued message is done and waits for the session to close.
    bool run(int timeoutMs = 15000)
    {
        for (const auto &reply : replies) {
            QObject::connect(reply.get(), &SmtpSendReply::finished, &session, [this] {
                for (const auto &r : replies) {
                    if (!r->isFinished())
                        return;
                }
                session.quit();
            });
        }
        if (replies.empty()) {
            QObject::connect(&session, &SmtpSession::ready, &session, &SmtpSession::quit);
            session.open();
        }
        QElapsedTimer clock;
        clock.start();
        const bool closed = QTest::qWaitFor(
            [this] { return session.state() == SmtpSession::State::Closed; }, timeoutMs);
        elapsedMs = clock.elapsed();
        return closed;
    }

    [[nodiscard]] QString transcriptText() const { return formatTranscript(transcript); }
    [[nodiscard]] QStringList clientLines() const
    {
        QStringList lines;
        for (const TranscriptEntry &e : transcript) {
            if (e.direction == TranscriptEntry::Direction::Client)
                lines << e.text;
        }
        return lines;
    }

    SmtpSession session;
    std::vector<std::unique_ptr<SmtpSendReply>> replies;
    QList<TranscriptEntry> transcript;
    qint64 elapsedMs = 0;
};

inline SmtpServerSettings loopbackSettings(quint16 port, ConnectionSecurity security)
{
    SmtpServerSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = port;
    settings.security = security;
    settings.heloName = QStringLiteral("client.test");
    settings.timeouts = SmtpTimeouts::uniform(5000);
    return settings;
}

inline SmtpEnvelope envelopeFor(const QString &from, const QStringList &to)
{
    SmtpEnvelope envelope;
    envelope.sender = from;
    envelope.recipients = to;
    return envelope;
}

inline QByteArray simpleMessage(
    const QByteArray &subject = "Hello", const QByteArray &body = "Hi there.\r\n")
{
    return "From: a@example.org\r\nTo: b@example.org\r\nSubject: " + subject
        + "\r\nMessage-ID: <1@example.org>\r\n\r\n" + body;
}
