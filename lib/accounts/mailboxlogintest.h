// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "accounts/mailboxprotocol.h"
#include "accounts/mailboxserver.h"
#include "net/tlspolicy.h"
#include "sasl/saslmechanism.h"
#include "transcript/transcriptentry.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QTimer>

#include <memory>

class QSslSocket;

// Tests that an account can log in to its IMAP or POP3 server: connect, secure the
// connection as the settings say, log in, log out. Nothing in the mailbox is read.
//
// IMAP (RFC 9051, RFC 3501): greeting, CAPABILITY, STARTTLS (§6.2.1), CAPABILITY again,
// AUTHENTICATE (RFC 4959 SASL-IR when offered) or LOGIN, LOGOUT.
// POP3 (RFC 1939, RFC 2449 CAPA, RFC 2595 STLS, RFC 5034 AUTH): greeting, CAPA, STLS, CAPA
// again, AUTH or USER/PASS, QUIT.
//
// With ConnectionSecurity::StartTls nothing is sent in plaintext after the capabilities: if
// the server does not offer STARTTLS/STLS, refuses it, or sends anything after its "go
// ahead" before the handshake (a plaintext injection), the test fails before any credential
// is sent. All TLS is judged by TlsPolicy.
//
// Usage: construct, connect the signals, start(). finished() is emitted exactly once (also
// after abort()), never from within start(). Do not delete the object in a slot connected to
// its signals; use deleteLater().
class MailboxLoginTest : public QObject
{
    Q_OBJECT
public:
    // In protocol order.
    enum class State {
        Idle,
        Connecting, // TCP connect (and, for implicit TLS, the handshake)
        AwaitingGreeting,
        RequestingCapabilities,
        StartingTls, // STARTTLS / STLS sent, waiting for the go-ahead
        TlsHandshake, // the STARTTLS handshake
        Authenticating, // AUTHENTICATE / AUTH / LOGIN / USER+PASS
        LoggingOut, // LOGOUT / QUIT
        Finished,
    };
    Q_ENUM(State)

    // Numbered in bands by category, like SmtpError::Code.
    enum class Error {
        NoError = 0,

        // 100–199: network
        HostNotFound = 100,
        ConnectionRefused,
        ConnectionClosed, // the server closed while a response was owed
        NetworkError,
        Timeout,

        // 200–299: TLS
        StartTlsNotOffered = 200,
        StartTlsRefused,
        TlsHandshakeFailed,
        CertificateUntrusted,
        CertificatePinMismatch,
        TlsUnsupported,

        // 300–399: authentication
        AuthMechanismUnavailable = 300, // nothing we can log in with (e.g. LOGINDISABLED)
        AuthenticationFailed,
        AuthServerUnverified, // SCRAM: the server did not prove itself

        // 400–499: the server is there but will not serve us
        ServerUnavailable = 400, // greeting "* BYE" / "-ERR"

        // 600–699: the server broke the protocol
        ProtocolViolation = 600,
        MalformedResponse,
        ResponseTooLong,
        UnexpectedDataAfterStartTls,

        // 700–799: our configuration
        InvalidConfiguration = 700,

        // 800: cancelled
        Aborted = 800,
    };
    Q_ENUM(Error)

    MailboxLoginTest(
        MailboxServerSettings settings, SaslCredentials credentials, QObject *parent = nullptr);
    ~MailboxLoginTest() override;

    // Starts the test; the outcome comes with finished(). Only once per object.
    void start();
    // Closes the connection at once; finished(false, …) follows unless already finished.
    void abort();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] Error error() const { return m_error; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] quint64 sessionId() const { return m_sessionId; }
    // The mechanism used to log in once authenticated ("SCRAM-SHA-256", "LOGIN", "USER").
    [[nodiscard]] QByteArray loginMethod() const { return m_loginMethod; }
    // The certificate chain the server presented, its own first; kept after finished(), so
    // that a certificate the test did not trust can be shown. Empty without TLS.
    [[nodiscard]] QList<QSslCertificate> peerCertificateChain() const
    {
        return m_peerCertificateChain;
    }

    [[nodiscard]] static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(MailboxLoginTest::State state);
    // A human step: "Connected to …", "TLS established: …", "Capabilities: …", "Logged in as …".
    void step(const QString &description);
    // Every line written and read (secrets already replaced by "<redacted>"), and events.
    void transcriptEntry(const TranscriptEntry &entry);
    // The end, exactly once.
    void finished(bool ok, const QString &errorString);

private:
    void setState(State state);
    void fail(Error error, const QString &message);
    void failLater(Error error, const QString &message);
    void succeed();
    void finish();

    // The I/O choke points: every byte goes through these, and so does the transcript.
    void writeLine(const QByteArray &line, const QByteArray &shownAs = {});
    void readLines();
    // A server line (or response) as the transcript and error messages show it: during a
    // SASL exchange every challenge becomes "+ <redacted>", anything unreadable "<redacted>".
    [[nodiscard]] QByteArray shownServerLine(const QByteArray &line) const;
    [[nodiscard]] bool inSaslExchange() const;
    // `certificates`: the server's chain, on the event that reports TLS established.
    void emitEvent(const QString &text, const QList<QSslCertificate> &certificates = {});
    void emitStep(const QString &text, const QList<QSslCertificate> &certificates = {});
    void armTimeout(const QString &waitingFor);

    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void onTimeout();

    void startTls();
    void afterTlsEstablished();

    // IMAP, one function per state.
    void handleImapResponse(const QByteArray &line);
    void imapGreeting(const Imap::Response &response);
    void imapSend(const QByteArray &command, const QByteArray &shownAs = {});
    void imapRequestCapabilities();
    void imapCapabilities(const Imap::Response &response);
    void imapCapabilitiesKnown();
    void imapStartTls(const Imap::Response &response);
    void imapAuthenticate();
    void imapLogin();
    void imapAuthenticating(const Imap::Response &response);
    void imapLoggingOut(const Imap::Response &response);

    // POP3, one function per state.
    void handlePop3Line(const QByteArray &line);
    void pop3Greeting(const QByteArray &line);
    void pop3Capabilities(const QByteArray &line);
    void pop3CapabilitiesKnown();
    void pop3StartTls(const QByteArray &line);
    void pop3Authenticate();
    void pop3Authenticating(const QByteArray &line);
    void pop3LoggingOut(const QByteArray &line);

    // SASL shared by both protocols. createMechanism() sets m_mechanism if one is to be used;
    // false (after failing) when the configured mechanism is unavailable.
    [[nodiscard]] bool createMechanism();
    // The next response to a challenge, or false with m_saslError.
    [[nodiscard]] bool saslRespond(const QByteArray &base64Challenge, QByteArray *base64Response);
    void loggedIn();

    [[nodiscard]] QString serverText(const QByteArray &text) const;
    [[nodiscard]] QString hostAndPort() const;
    [[nodiscard]] bool isImap() const
    {
        return m_settings.protocol == MailboxServerSettings::Protocol::Imap;
    }

    MailboxServerSettings m_settings;
    SaslCredentials m_credentials;
    TlsPolicy m_policy;
    quint64 m_sessionId;
    QSslSocket *m_socket = nullptr;
    QTimer m_timer;
    QString m_waitingFor;

    State m_state = State::Idle;
    Error m_error = Error::NoError;
    QString m_errorString;
    bool m_started = false;
    bool m_tlsDone = false; // STARTTLS or implicit TLS completed
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_peerCertificateChain;

    QByteArrayList m_capabilities; // IMAP capability atoms / POP3 CAPA names, upper-case
    QByteArrayList m_mechanisms; // SASL mechanisms offered, upper-case
    bool m_pop3UserAllowed = false;
    bool m_capabilitiesKnown = false;
    QByteArrayList m_pop3CapaLines;
    bool m_pop3InCapa = false;
    bool m_pop3CapaFailed = false;

    // What the server sent since our last command (or since connecting): lines and bytes,
    // literals included, both capped so that a hostile server cannot exhaust memory.
    qint64 m_responseBytes = 0;
    int m_responseLines = 0;

    // IMAP tags and literals in server responses.
    int m_nextTag = 1;
    QByteArray m_currentTag;
    QByteArray m_pendingResponse; // a response line interrupted by a literal
    qint64 m_literalRemaining = 0;
    // LOGIN with synchronising literals: the parts still to send after each "+".
    QList<QPair<QByteArray, QByteArray>> m_pendingParts;

    std::unique_ptr<SaslMechanism> m_mechanism;
    std::optional<QByteArray> m_pendingInitialResponse; // when not sent with the command
    QString m_saslError; // our side gave up ("*" sent); reported with the server's answer
    enum class Pop3LoginStep { None, User, Pass, Sasl } m_pop3Step = Pop3LoginStep::None;
    QByteArray m_loginMethod;
};
