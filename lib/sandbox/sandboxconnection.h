// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "capturedmessage.h"
#include "sandboxevent.h"
#include "sandboxsettings.h"
#include "sandboxstore.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QTcpSocket;
class SandboxLiveSettings;

// The server side of one sandbox connection (RFC 5321), created and owned by SandboxListener
// on the sandbox's thread, where it stores what it captures.
//
// Input is read in bounded chunks and handled by the state the connection is in; replies go
// out in command order, so pipelined commands (RFC 2920) are answered one by one, exactly as
// if they had come singly. Two choke points carry every byte: processInput() reads, write()
// writes; connection events are emitted there. Input is not read while a reply is held back
// (slow-reply rehearsal) or while the client is not reading its replies, so a connection
// never buffers more than InputChunk bytes of input.
class SandboxConnection : public QObject
{
    Q_OBJECT
public:
    // In protocol order. Each state names what the connection is reading.
    enum class State {
        Greeting, // nothing: the greeting is about to go out
        Command, // command lines
        AuthResponse, // a SASL response line after a 334 challenge
        Data, // message lines after DATA's 354, up to the lone "."
        BdatChunk, // exactly the octets a BDAT command announced
        Closing, // the last reply is leaving; input is ignored
        Closed,
    };
    Q_ENUM(State)

    // RFC 5321 §4.5.3.1.4 allows 512 octets per command line; parameters of extensions and
    // AUTH initial responses need more, so we accept up to this and refuse longer lines.
    static constexpr qsizetype MaxCommandLine = 4096;
    // At most this much input is buffered at once (the socket's read buffer is as large).
    static constexpr qsizetype InputChunk = 64 * 1024;
    // This many refused commands in a row and the connection is closed (421).
    static constexpr int MaxErrors = 20;

    // Speaks as `settings` say for its whole life; reads the failures from `live` before each
    // reply, and `live` outlives it.
    SandboxConnection(QTcpSocket *socket, quint64 id, SandboxSettings settings,
        SandboxLiveSettings *live, QObject *parent);
    ~SandboxConnection() override;

    [[nodiscard]] quint64 id() const { return m_id; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] static QString stateName(State state);

    // Starts the conversation (the 220 greeting), or refuses it with 421 when `busy`, or with
    // 554 when the client is a program of another user (`strangerUid`, uint(-1) when its
    // owner could not be found); a refused client may only QUIT (RFC 5321 §3.1).
    void start(bool busy, std::optional<uint> strangerUid = std::nullopt);
    // Drops the connection at once, discarding a message in transfer.
    void abort(const QString &why);

Q_SIGNALS:
    void event(const SandboxEvent &event);
    void captured(const CapturedMessage &message);
    // The connection is over; the server deletes it later.
    void closed();

private:
    enum class Verb {
        Unknown,
        Helo,
        Ehlo,
        Mail,
        Rcpt,
        Data,
        Bdat,
        Rset,
        Noop,
        Quit,
        Vrfy,
        Expn,
        Help,
        Auth,
        StartTls
    };
    enum class AuthStep { None, PlainResponse, LoginUser, LoginPassword };
    enum class AfterReply { Continue, Close };

    void setState(State state);
    void emitEvent(SandboxEvent::Kind kind, const QString &text);

    // The read choke point: pulls bytes from the socket and hands them to the current state
    // until it needs more than there is, or input is paused.
    void processInput();
    [[nodiscard]] bool isInputPaused() const;
    // One step in the current state; false if it needs more input to make progress.
    [[nodiscard]] bool step();
    [[nodiscard]] bool stepLine(bool sasl);
    [[nodiscard]] bool stepData();
    [[nodiscard]] bool stepBdat();

    // The write choke point. A reply is one code and one or more text lines; it is held back
    // by the failures' reply delay, during which no input is handled.
    void reply(int code, const QByteArray &enhanced, const QByteArray &text,
        AfterReply after = AfterReply::Continue);
    void replyLines(int code, const QByteArray &enhanced, const QList<QByteArray> &lines,
        AfterReply after = AfterReply::Continue);
    void queueReply(const QByteArray &wire, AfterReply after);
    void write(const QByteArray &wire, AfterReply after);
    void flushDelayedReply();
    void close(const QString &why);

    void handleCommand(const QByteArray &line);
    void handleHelo(const QByteArray &argument, bool extended);
    void handleMail(const QByteArray &argument);
    void handleRcpt(const QByteArray &argument);
    void handleData(const QByteArray &argument);
    void handleBdat(const QByteArray &argument);
    void handleAuth(const QByteArray &argument);
    void handleAuthResponse(const QByteArray &line);
    void refuse(int code, const QByteArray &enhanced, const QByteArray &text);

    void beginMessage();
    void finishMessage(const QByteArray &transfer);
    void resetTransaction();

    void onReadyRead();
    void onDisconnected();
    void onIdleTimeout();

    const quint64 m_id;
    const SandboxSettings m_settings;
    SandboxLiveSettings *const m_live;
    const SandboxStore m_store;
    QTcpSocket *m_socket;
    State m_state = State::Greeting;
    QTimer m_idleTimer;
    QTimer m_replyDelay;
    QByteArray m_delayedReply;
    AfterReply m_delayedAfter = AfterReply::Continue;
    bool m_processing = false;

    QByteArray m_input;
    qsizetype m_inputPos = 0;
    bool m_discardingLongLine = false;
    int m_errors = 0;
    bool m_refused = false; // greeted with 554: every command but QUIT gets 503

    // Session: what EHLO/HELO and AUTH established (RFC 5321 §4.1.4).
    QString m_heloName;
    bool m_extended = false; // EHLO, so extension parameters may be used
    QString m_authUser;
    AuthStep m_authStep = AuthStep::None;
    QByteArray m_loginUser;

    // Transaction: MAIL FROM up to the end of data.
    bool m_inTransaction = false;
    bool m_smtpUtf8 = false;
    CapturedMessage m_envelope;
    std::unique_ptr<SandboxStore::Writer> m_writer;
    qint64 m_messageBytes = 0; // including any over the limit
    bool m_tooLarge = false;
    bool m_usedBdat = false;

    // DATA (RFC 5321 §4.5.2): where we are in the line structure, across reads.
    bool m_atLineStart = true;
    bool m_lastWasCr = false;

    // BDAT (RFC 3030 §2): the chunk being read and the reply owed once it is in.
    qint64 m_bdatRemaining = 0;
    bool m_bdatLast = false;
    int m_bdatErrorCode = 0; // nonzero: the chunk is read and discarded, then this is said
    QByteArray m_bdatErrorEnhanced;
    QByteArray m_bdatErrorText;
};
