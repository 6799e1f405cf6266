// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "sasl/saslmechanism.h"
#include "smtpcapabilities.h"
#include "smtperror.h"
#include "smtpreply.h"
#include "smtpsendreply.h"
#include "smtpserversettings.h"
#include "transcript/transcriptentry.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslCertificate>
#include <QTimer>

#include <memory>
#include <optional>

class QIODevice;
class SmtpDataEncoder;
class SmtpTransport;

// One SMTP connection (RFC 5321) and the messages sent over it, one transaction at a time.
// A message whose recipients the server will not take in one transaction — RFC 9422 LIMITS
// RCPTMAX/RCPTDOMAINMAX advertised, or "452 4.5.3 too many recipients" (RFC 5321
// §4.5.3.1.10) — goes out in further transactions at once, on this connection; its
// SmtpSendReply reports every recipient of every transaction. Past the server's MAILMAX the
// message finishes with SmtpError::TransactionLimitReached and the recipients not yet tried
// (reply code 0) are the caller's to send over another connection.
//
// open() connects, reads the greeting, says EHLO (HELO if EHLO is refused), secures the
// connection as the settings demand and authenticates; then ready() is emitted and queued
// messages go out. send() may be called at any time; the message waits its turn. quit()
// sends QUIT once the queue is empty. Every line sent and received, and every event, is
// reported through transcriptEntry() with secrets already redacted.
//
// A session is used for one connection: once it is Closed it stays closed; make a new one
// to connect again. If the connection fails, errorOccurred() is emitted, every unfinished
// SmtpSendReply finishes with that error, and then closed() follows. Do not delete a session
// from a slot connected to its own signals; use deleteLater().
class SmtpSession : public QObject
{
    Q_OBJECT
public:
    // In protocol order. Each state names what the session is waiting for.
    enum class State {
        Disconnected, // not yet opened
        Connecting, // TCP connect (and the TLS handshake in implicit TLS mode)
        Greeting, // the server's 220
        Ehlo, // EHLO reply
        Helo, // HELO reply, after EHLO was refused
        StartTls, // reply to STARTTLS
        TlsHandshake, // TLS handshake after the 220 to STARTTLS
        Authenticating, // the AUTH exchange
        Ready, // idle, between transactions
        UserCommand, // the reply to a command the user typed (console)
        MailTransaction, // MAIL FROM and RCPT TO replies
        Data, // DATA's 354, the message bytes, or BDAT chunks
        Resetting, // reply to RSET after a failed transaction
        Quitting, // reply to QUIT
        Closed, // the connection is gone
    };
    Q_ENUM(State)

    // Connects over the network (SmtpSocketTransport).
    explicit SmtpSession(SmtpServerSettings settings, QObject *parent = nullptr);
    // Speaks over `transport` instead, which the session takes (and connects in open()): an
    // in-memory one in socket-free tests. Null means the network, as above.
    SmtpSession(SmtpServerSettings settings, std::unique_ptr<SmtpTransport> transport,
        QObject *parent = nullptr);
    ~SmtpSession() override;

    // The secret for AUTH; the user name comes from the settings' user if credentials' is empty.
    void setCredentials(const SaslCredentials &credentials);

    [[nodiscard]] quint64 id() const { return m_id; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] static QString stateName(State state);
    [[nodiscard]] const SmtpServerSettings &settings() const { return m_settings; }
    // The failure that closed the session, if any.
    [[nodiscard]] const SmtpError &error() const { return m_error; }
    // The capabilities in force (after STARTTLS, the post-TLS ones only).
    [[nodiscard]] const SmtpCapabilities &capabilities() const { return m_capabilities; }
    [[nodiscard]] bool isEncrypted() const;
    [[nodiscard]] QList<QSslCertificate> peerCertificateChain() const;
    // "TLSv1.3, TLS_AES_256_GCM_SHA384, …", empty while not encrypted.
    [[nodiscard]] QString tlsDescription() const { return m_tlsDescription; }
    // The AUTH mechanism used, empty if none.
    [[nodiscard]] QByteArray authMechanism() const { return m_authMechanismName; }
    // True once this connection has had as many transactions as the server's LIMITS MAILMAX
    // allows (RFC 9422 §5.1): send further messages over a new session.
    [[nodiscard]] bool transactionLimitReached() const;

    void open();
    // Queues a message; `body` is the complete RFC 5322 message, read from its current
    // position: a file or buffer (random access), open for reading. `size` is its length in
    // bytes if known (for SIZE, progress and a check that all of it was read), else -1.
    // The caller owns the returned reply; the session keeps `body` until the message is done.
    [[nodiscard]] SmtpSendReply *send(
        const SmtpEnvelope &envelope, std::unique_ptr<QIODevice> body, qint64 size = -1);
    // Sends QUIT once every queued message is done, then closes.
    void quit();
    // For the console: sends one command the user typed, while the session is Ready and no
    // message is in progress; the reply comes in userCommandReplied(). Refused (false with
    // *error) for what would take the session's own state from it — DATA and BDAT (send a
    // message instead), STARTTLS and AUTH (the library does those from the settings) — and
    // for anything with a line break. QUIT becomes quit().
    [[nodiscard]] bool sendUserCommand(const QString &line, QString *error);
    // Drops the connection now; unfinished messages finish with SmtpError::Aborted.
    void abort();

Q_SIGNALS:
    void stateChanged(SmtpSession::State state);
    // The connection is established, secured and authenticated as the settings require.
    void ready();
    // EHLO was answered; `encrypted` tells whether this is the post-TLS list.
    void capabilitiesChanged(const SmtpCapabilities &capabilities, bool encrypted);
    void transcriptEntry(const TranscriptEntry &entry);
    void errorOccurred(const SmtpError &error);
    void closed();
    void userCommandReplied(const SmtpReply &reply);

private:
    // What an outstanding command waits for; replies arrive in the order commands were
    // written, so with PIPELINING (RFC 2920) several may be outstanding at once.
    enum class Expect {
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        Auth,
        MailFrom,
        RcptTo,
        Data,
        DataEnd,
        Bdat,
        Rset,
        Quit,
        UserCommand
    };
    struct Outstanding
    {
        Expect expect;
        int recipient = -1; // for RcptTo
        int timeoutMs = 0;
    };
    struct Job;

    void setState(State state);
    // `certificates`: the server's chain, on the event that reports TLS established.
    void emitEvent(const QString &text, const QList<QSslCertificate> &certificates = {});
    // What bytes handed to writeToServer() are, which decides their transcript entries.
    enum class Outgoing {
        Commands, // whole CRLF-ended command lines: one entry each
        MessageData, // DATA's message bytes, dot-stuffed (RFC 5321 §4.5.2)
        MessageDataEnd, // the last of them, ending with the end-of-data "."
        BdatChunk, // the bytes after a BDAT line (RFC 3030 §2)
    };

    // The two choke points: every byte written or read passes here, and so does the transcript.
    // Every byte for the server leaves through writeToServer(), which makes its entries:
    // a command line as sent, or `shown[i]` in place of line i where one is given (AUTH data
    // is redacted by the caller here, before any entry exists); message data line by line
    // if the settings ask for the body, else a summary event.
    void writeToServer(Outgoing what, const QByteArray &bytes, const QList<QByteArray> &shown = {});
    // Writes command lines as one pipelined group and waits for their replies in order.
    void writeCommands(const QList<QByteArray> &lines, const QList<Outstanding> &expected,
        const QList<QByteArray> &transcriptLines = {});
    void writeCommand(
        const QByteArray &line, Outstanding expected, const QByteArray &transcriptLine = {});
    void onReadyRead();

    void onConnected();
    void onEncrypted();
    void onSocketError();
    void onSslErrors(const QList<QSslError> &errors);
    void onBytesWritten();
    void onTimeout();
    void armTimeout();

    void handleReply(const SmtpReply &reply);
    void handleGreeting(const SmtpReply &reply);
    void handleEhlo(const SmtpReply &reply);
    void handleHelo(const SmtpReply &reply);
    void handleStartTls(const SmtpReply &reply);
    void handleAuth(const SmtpReply &reply);
    void handleMailFrom(const SmtpReply &reply);
    void handleRcptTo(const SmtpReply &reply, int recipient);
    void handleData(const SmtpReply &reply);
    void handleDataEnd(const SmtpReply &reply);
    void handleBdat(const SmtpReply &reply);
    void handleRset(const SmtpReply &reply);
    void handleQuit(const SmtpReply &reply);
    void handleUnsolicited(const SmtpReply &reply);

    void sendEhlo();
    void afterCapabilities();
    void startAuthentication();
    void becomeReady();
    void startNextJob();
    void startTransaction();
    // One transaction for the next recipients of the message in progress (MAIL FROM again:
    // the end of data completed the previous one, RFC 5321 §4.1.1.4).
    void beginTransaction();
    [[nodiscard]] QList<int> takeBatch();
    // The transaction's replies are all in: carry on with the message's remaining
    // recipients, or finish it.
    void endTransaction();
    [[nodiscard]] SmtpError messageOutcome() const;
    void afterRecipients();
    [[nodiscard]] QByteArray rcptCommand(int recipient) const;
    void pumpBody();
    void sendNextBdatChunk();
    [[nodiscard]] bool readBodyChunk(QByteArray *out, bool *atEnd);
    // The transcript of message data as it went on the wire, line by line.
    void transcribeBody(const QByteArray &wire);
    void abortJob(SmtpSendReply *reply);
    void finishJob(const SmtpError &error);
    void finishQueuedJobs(const SmtpError &error);
    void failTransaction(const SmtpError &error);
    // Ends the connection. Queued messages finish with `queuedError` if given (when the
    // failure was one message's own, the others only lost their connection), else `error`.
    void failSession(const SmtpError &error, bool sayQuit = false,
        const std::optional<SmtpError> &queuedError = {});
    // The error the message in progress gets when the connection ends with `error`: after the
    // end of data has reached the network, anything but a reply leaves its fate unknown.
    [[nodiscard]] SmtpError errorForCurrentJob(const SmtpError &error) const;
    // Bytes handed to the socket but not yet to the kernel, TLS's encrypted buffer included.
    [[nodiscard]] qint64 pendingWriteBytes() const;
    [[nodiscard]] bool checkBodyComplete();
    [[nodiscard]] bool checkEncodedData();
    void closeWith(State finalState);
    [[nodiscard]] int acceptedRecipientCount() const;
    // The error for a transaction, or a message, of which none of `recipients` was accepted.
    [[nodiscard]] SmtpError allRecipientsRefused(const QList<int> &recipients) const;
    void failTransactionForRecipients();
    [[nodiscard]] bool needsAuthentication() const;
    [[nodiscard]] bool isDataOutstanding() const;

    const quint64 m_id;
    SmtpServerSettings m_settings;
    SaslCredentials m_credentials;
    TlsPolicy m_tlsPolicy;
    SmtpTransport *m_transport = nullptr; // a child; connected by open()
    SmtpReplyParser m_parser;
    QTimer m_timeout;
    QQueue<Outstanding> m_outstanding;
    State m_state = State::Disconnected;
    SmtpError m_error;
    SmtpCapabilities m_capabilities;
    QString m_tlsDescription;
    QString m_sslErrorText;
    std::unique_ptr<SaslMechanism> m_sasl;
    QByteArray m_authMechanismName;
    SmtpError m_authAbortError; // why we answered a challenge with "*"
    bool m_readyEmitted = false;
    bool m_quitRequested = false;
    int m_transactions = 0; // MAIL FROM commands sent on this connection

    QQueue<Job *> m_jobs; // waiting; owned
    std::unique_ptr<Job> m_job; // in progress
    std::unique_ptr<SmtpDataEncoder> m_encoder;
    QByteArray m_bodyTranscriptLine; // partial body line, when the body is transcribed
};
