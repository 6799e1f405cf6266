// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "mailboxlogintest.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSslSocket>

#include <utility>

Q_LOGGING_CATEGORY(lcMailbox, "outbound.mailbox", QtInfoMsg)

namespace {

// Longest response line accepted (capability lists are the longest a login sees), and the
// largest literal inside a response.
constexpr qint64 MaxLineLength = 64 * 1024;
constexpr qint64 MaxLiteralLength = 1024 * 1024;
// Everything the server may send in answer to one command (or before the first), literals
// included: a login needs a handful of lines, so more is hostile, not informative. Without
// these caps, chained literals or an endless CAPA list grow without bound, as SMTP replies
// would without SmtpReplyParser's.
constexpr qint64 MaxResponseBytes = 2 * 1024 * 1024;
constexpr int MaxResponseLines = 1000;
// RFC 5034 §4: an AUTH command line, CRLF included, may not exceed 255 octets.
constexpr int Pop3MaxAuthLine = 255;

const QByteArray Redacted = QByteArrayLiteral("<redacted>");

quint64 nextSessionId()
{
    // Shared with nothing else: mailbox login tests number their own sessions.
    static QAtomicInteger<quint64> counter;
    return ++counter;
}

QByteArray stripLineEnd(QByteArray line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

MailboxLoginTest::MailboxLoginTest(
    MailboxServerSettings settings, SaslCredentials credentials, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_credentials(std::move(credentials))
    , m_policy(m_settings.trust)
    , m_sessionId(nextSessionId())
{
    if (m_credentials.user.isEmpty())
        m_credentials.user = m_settings.user;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MailboxLoginTest::onTimeout);
}

MailboxLoginTest::~MailboxLoginTest()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QString MailboxLoginTest::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return tr("idle");
    case State::Connecting:
        return tr("connecting");
    case State::AwaitingGreeting:
        return tr("waiting for the greeting");
    case State::RequestingCapabilities:
        return tr("asking for capabilities");
    case State::StartingTls:
        return tr("starting TLS");
    case State::TlsHandshake:
        return tr("TLS handshake");
    case State::Authenticating:
        return tr("logging in");
    case State::LoggingOut:
        return tr("logging out");
    case State::Finished:
        return tr("finished");
    }
    return {};
}

void MailboxLoginTest::start()
{
    if (m_started) {
        qCWarning(lcMailbox) << "start() called twice";
        return;
    }
    m_started = true;
    const bool usesTls = m_settings.security != ConnectionSecurity::None;
    if (m_settings.host.isEmpty())
        return failLater(Error::InvalidConfiguration, tr("No server host name is set."));
    if (m_credentials.user.isEmpty())
        return failLater(Error::InvalidConfiguration, tr("No user name is set."));
    if (usesTls && !QSslSocket::supportsSsl())
        return failLater(Error::TlsUnsupported, tr("This build has no TLS support."));
    if (usesTls && !m_policy.isUsable())
        return failLater(Error::InvalidConfiguration, m_policy.errorString());

    m_socket = new QSslSocket(this);
    if (usesTls)
        m_policy.prepare(m_socket);
    connect(m_socket, &QSslSocket::connected, this, &MailboxLoginTest::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &MailboxLoginTest::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &MailboxLoginTest::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &MailboxLoginTest::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &MailboxLoginTest::onDisconnected);
    connect(m_socket, &QSslSocket::readyRead, this, &MailboxLoginTest::readLines);

    setState(State::Connecting);
    emitEvent(tr("Connecting to %1 (%2, %3)")
                  .arg(hostAndPort(), protocolName(m_settings.protocol),
                      securityName(m_settings.security)));
    armTimeout(tr("the connection"));
    // The configured host is also the name the certificate is verified against (TlsPolicy).
    if (m_settings.security == ConnectionSecurity::ImplicitTls)
        m_socket->connectToHostEncrypted(m_settings.host, m_settings.effectivePort());
    else
        m_socket->connectToHost(m_settings.host, m_settings.effectivePort());
}

void MailboxLoginTest::abort()
{
    if (m_state == State::Finished)
        return;
    fail(Error::Aborted, tr("Cancelled."));
}

void MailboxLoginTest::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void MailboxLoginTest::fail(Error error, const QString &message)
{
    if (m_state == State::Finished)
        return;
    m_error = error;
    m_errorString = message;
    qCDebug(lcMailbox) << m_sessionId << "failed:" << error << message;
    emitEvent(tr("Failed: %1").arg(message));
    finish();
}

void MailboxLoginTest::failLater(Error error, const QString &message)
{
    // finished() is never emitted from within start().
    QMetaObject::invokeMethod(
        this, [this, error, message] { fail(error, message); }, Qt::QueuedConnection);
}

void MailboxLoginTest::succeed()
{
    if (m_state == State::Finished)
        return;
    emitEvent(tr("Login test succeeded"));
    finish();
}

void MailboxLoginTest::finish()
{
    m_timer.stop();
    m_mechanism.reset();
    if (m_socket) {
        m_peerCertificateChain = m_socket->peerCertificateChain();
        m_socket->disconnect(this);
        // After a failure nothing more is owed to the server; after LOGOUT/QUIT it is done.
        if (m_error == Error::NoError)
            m_socket->disconnectFromHost();
        else
            m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setState(State::Finished);
    Q_EMIT finished(m_error == Error::NoError, m_errorString);
}

// ---------------------------------------------------------------------------------------------
// The I/O choke points

void MailboxLoginTest::writeLine(const QByteArray &line, const QByteArray &shownAs)
{
    Q_EMIT transcriptEntry(TranscriptEntry::fromWire(
        m_sessionId, TranscriptEntry::Direction::Client, shownAs.isNull() ? line : shownAs));
    m_socket->write(line + "\r\n");
    m_responseBytes = 0;
    m_responseLines = 0;
}

bool MailboxLoginTest::inSaslExchange() const
{
    // m_mechanism is set only for AUTHENTICATE / AUTH; LOGIN and USER/PASS get no challenges.
    return m_state == State::Authenticating && m_mechanism;
}

QByteArray MailboxLoginTest::shownServerLine(const QByteArray &line) const
{
    if (!inSaslExchange())
        return line;
    // RFC 9051 §6.2.2, RFC 5034 §4: the server's challenges come as continuation requests,
    // and they are as secret as our answers: SCRAM's server-first (nonce, salt, iterations)
    // and server-final (the server's signature) allow an offline dictionary attack on the
    // password (RFC 5802 §9). The transcript keeps that a challenge came, and the outcome.
    // A line that is no response at all may be a challenge sent without its "+": it goes too.
    if (line == "+" || line.startsWith("+ "))
        return "+ " + Redacted;
    std::optional<bool> continuation;
    if (isImap()) {
        if (const auto response = Imap::parseResponse(line))
            continuation = response->kind == Imap::Response::Kind::Continuation;
    } else if (const auto response = Pop3::parseResponse(line)) {
        continuation = response->status == Pop3::Response::Status::Continuation;
    }
    if (!continuation)
        return Redacted;
    return *continuation ? "+ " + Redacted : line;
}

void MailboxLoginTest::readLines()
{
    const auto reading = [this] {
        return m_socket && m_state != State::Finished && m_state != State::Connecting
            && m_state != State::TlsHandshake;
    };
    while (reading()) {
        if (m_literalRemaining > 0) {
            const QByteArray chunk = m_socket->read(m_literalRemaining);
            if (chunk.isEmpty())
                return;
            m_pendingResponse += chunk;
            m_literalRemaining -= chunk.size();
            continue;
        }
        if (!m_socket->canReadLine()) {
            if (m_socket->bytesAvailable() > MaxLineLength)
                fail(Error::ResponseTooLong,
                    tr("The server sent a line longer than %1 bytes.").arg(MaxLineLength));
            return;
        }
        const QByteArray raw = m_socket->readLine();
        if (raw.size() > MaxLineLength) {
            Q_EMIT transcriptEntry(TranscriptEntry::fromWire(
                m_sessionId, TranscriptEntry::Direction::Server, shownServerLine(raw)));
            return fail(Error::ResponseTooLong,
                tr("The server sent a line longer than %1 bytes.").arg(MaxLineLength));
        }
        m_responseBytes += raw.size();
        if (++m_responseLines > MaxResponseLines) {
            return fail(Error::ResponseTooLong,
                tr("The server sent a response of more than %1 lines.").arg(MaxResponseLines));
        }
        if (m_responseBytes > MaxResponseBytes) {
            return fail(Error::ResponseTooLong,
                tr("The server sent a response of more than %1 bytes.").arg(MaxResponseBytes));
        }
        const QByteArray line = stripLineEnd(raw);
        Q_EMIT transcriptEntry(TranscriptEntry::fromWire(
            m_sessionId, TranscriptEntry::Direction::Server, shownServerLine(line)));

        if (!isImap()) {
            handlePop3Line(line);
            continue;
        }
        // IMAP: a line ending in {n} continues after n bytes of literal data (RFC 9051 §4.3).
        if (const auto literal = Imap::trailingLiteralSize(line)) {
            if (*literal > MaxLiteralLength)
                return fail(Error::ResponseTooLong,
                    tr("The server announced a literal of %1 bytes.").arg(*literal));
            // Counted when announced, so chained literals stop before they are read.
            m_responseBytes += *literal;
            if (m_responseBytes > MaxResponseBytes) {
                return fail(Error::ResponseTooLong,
                    tr("The server sent a response of more than %1 bytes.").arg(MaxResponseBytes));
            }
            m_pendingResponse += line + "\r\n";
            m_literalRemaining = *literal;
            emitEvent(tr("(%1 bytes of literal data not shown)").arg(*literal));
            continue;
        }
        const QByteArray response = m_pendingResponse + line;
        m_pendingResponse.clear();
        handleImapResponse(response);
    }
}

void MailboxLoginTest::emitEvent(const QString &text, const QList<QSslCertificate> &certificates)
{
    TranscriptEntry entry = TranscriptEntry::event(m_sessionId, text);
    entry.peerCertificates = certificates;
    Q_EMIT transcriptEntry(entry);
}

void MailboxLoginTest::emitStep(const QString &text, const QList<QSslCertificate> &certificates)
{
    emitEvent(text, certificates);
    Q_EMIT step(text);
}

void MailboxLoginTest::armTimeout(const QString &waitingFor)
{
    m_waitingFor = waitingFor;
    m_timer.start(m_settings.timeoutMs);
}

// ---------------------------------------------------------------------------------------------
// Socket and TLS

void MailboxLoginTest::onConnected()
{
    emitStep(tr("Connected to %1").arg(hostAndPort()));
    if (m_settings.security == ConnectionSecurity::ImplicitTls) {
        armTimeout(tr("the TLS handshake"));
        return; // the greeting comes after encrypted()
    }
    setState(State::AwaitingGreeting);
    armTimeout(tr("the greeting"));
    readLines();
}

void MailboxLoginTest::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    const QList<QSslError> acceptable
        = m_policy.acceptableErrors(errors, m_socket->peerCertificate());
    for (const QSslError &error : errors) {
        const bool ignored = acceptable.contains(error);
        emitEvent(ignored ? tr("Certificate problem accepted by the pinned certificate: %1")
                                .arg(error.errorString())
                          : tr("Certificate problem: %1").arg(error.errorString()));
    }
    // Only ever this exact list (TlsPolicy's contract): never a blanket ignoreSslErrors().
    if (!acceptable.isEmpty())
        m_socket->ignoreSslErrors(acceptable);
}

void MailboxLoginTest::onEncrypted()
{
    if (m_state == State::Finished)
        return;
    TlsPolicy::PeerProblem kind = TlsPolicy::PeerProblem::None;
    const QString problem = m_policy.checkPeer(m_socket, &kind);
    if (!problem.isEmpty()) {
        if (kind == TlsPolicy::PeerProblem::NameMismatch)
            return fail(Error::CertificateUntrusted,
                tr("The server's certificate is not trusted: %1.").arg(problem));
        const bool pinMismatch = !m_settings.trust.pinnedSha256.isEmpty()
            && TlsPolicy::sha256(m_socket->peerCertificate()) != m_settings.trust.pinnedSha256;
        return fail(
            pinMismatch ? Error::CertificatePinMismatch : Error::TlsHandshakeFailed, problem);
    }
    m_tlsDone = true;
    emitStep(tr("TLS established: %1").arg(TlsPolicy::describeSession(m_socket)),
        m_socket->peerCertificateChain());

    if (m_state == State::Connecting) {
        setState(State::AwaitingGreeting);
        armTimeout(tr("the greeting"));
        readLines();
        return;
    }
    afterTlsEstablished();
}

void MailboxLoginTest::onSocketError()
{
    if (m_state == State::Finished)
        return;
    const QAbstractSocket::SocketError code = m_socket->error();
    const QString detail = m_socket->errorString();
    switch (code) {
    case QAbstractSocket::HostNotFoundError:
        return fail(Error::HostNotFound, tr("Host %1 not found.").arg(m_settings.host));
    case QAbstractSocket::ConnectionRefusedError:
        return fail(Error::ConnectionRefused, tr("%1 refused the connection.").arg(hostAndPort()));
    case QAbstractSocket::RemoteHostClosedError:
        return onDisconnected();
    case QAbstractSocket::SocketTimeoutError:
        return fail(Error::Timeout, detail);
    case QAbstractSocket::SslHandshakeFailedError: {
        if (m_sslErrors.isEmpty())
            return fail(Error::TlsHandshakeFailed, tr("The TLS handshake failed: %1").arg(detail));
        QStringList reasons;
        for (const QSslError &error : std::as_const(m_sslErrors))
            reasons << TlsPolicy::describeError(error, m_socket);
        const QSslCertificate peer = m_socket->peerCertificate();
        QString message = tr("The server's certificate is not trusted: %1.")
                              .arg(reasons.join(QStringLiteral("; ")));
        if (!peer.isNull())
            message += QLatin1Char(' ')
                + tr("Certificate: %1.").arg(TlsPolicy::describeCertificate(peer));
        const bool pinMismatch = !m_settings.trust.pinnedSha256.isEmpty() && !peer.isNull()
            && TlsPolicy::sha256(peer) != m_settings.trust.pinnedSha256;
        return fail(
            pinMismatch ? Error::CertificatePinMismatch : Error::CertificateUntrusted, message);
    }
    default:
        return fail(Error::NetworkError, detail);
    }
}

void MailboxLoginTest::onDisconnected()
{
    if (m_state == State::Finished)
        return;
    if (m_state == State::LoggingOut)
        return succeed(); // the server may close before answering LOGOUT/QUIT
    fail(Error::ConnectionClosed,
        tr("The server closed the connection while we were waiting for %1.").arg(m_waitingFor));
}

void MailboxLoginTest::onTimeout()
{
    if (m_state == State::LoggingOut) {
        emitEvent(tr("No answer to the logout; the login itself succeeded"));
        return succeed();
    }
    fail(Error::Timeout,
        tr("%1 did not answer within %2 seconds while we were waiting for %3.")
            .arg(hostAndPort())
            .arg(m_settings.timeoutMs / 1000.0)
            .arg(m_waitingFor));
}

void MailboxLoginTest::startTls()
{
    // RFC 9051 §6.2.1, RFC 2595 §4, RFC 3207 §4.2 and CVE-2011-0411: anything the server sent
    // after its go-ahead and before the handshake was not protected by TLS and may have been
    // injected. It is discarded, and the session is not to be trusted.
    const qint64 extra = m_socket->bytesAvailable() + m_pendingResponse.size();
    if (extra > 0) {
        m_socket->readAll();
        m_pendingResponse.clear();
        return fail(Error::UnexpectedDataAfterStartTls,
            tr("The server sent %n byte(s) after agreeing to start TLS and before the "
               "handshake; they may have been injected, so the connection was closed.",
                nullptr, int(extra)));
    }
    setState(State::TlsHandshake);
    armTimeout(tr("the TLS handshake"));
    m_socket->startClientEncryption();
}

void MailboxLoginTest::afterTlsEstablished()
{
    // Everything learnt before TLS is forgotten (RFC 9051 §6.2.1, RFC 2595 §4).
    m_capabilities.clear();
    m_mechanisms.clear();
    m_capabilitiesKnown = false;
    m_pop3UserAllowed = false;
    m_pop3CapaFailed = false;
    if (isImap()) {
        imapRequestCapabilities();
    } else {
        setState(State::RequestingCapabilities);
        m_pop3InCapa = false;
        writeLine("CAPA");
        armTimeout(tr("the capabilities"));
    }
    readLines();
}

// ---------------------------------------------------------------------------------------------
// IMAP

void MailboxLoginTest::imapSend(const QByteArray &command, const QByteArray &shownAs)
{
    m_currentTag = "a" + QByteArray::number(m_nextTag++);
    writeLine(m_currentTag + ' ' + command,
        shownAs.isNull() ? QByteArray() : m_currentTag + ' ' + shownAs);
}

void MailboxLoginTest::handleImapResponse(const QByteArray &line)
{
    const std::optional<Imap::Response> response = Imap::parseResponse(line);
    if (!response) {
        return fail(Error::MalformedResponse,
            tr("The server sent something that is not an IMAP response: %1")
                .arg(serverText(shownServerLine(line))));
    }
    if (response->kind == Imap::Response::Kind::Tagged && response->tag != m_currentTag) {
        return fail(Error::ProtocolViolation,
            tr("The server answered a command we did not send (tag %1).")
                .arg(serverText(response->tag)));
    }
    // An untagged BYE ends the session (RFC 9051 §7.1.5), except while logging out.
    if (response->kind == Imap::Response::Kind::Untagged && response->status == "BYE"
        && m_state != State::LoggingOut) {
        return fail(
            m_state == State::AwaitingGreeting ? Error::ServerUnavailable : Error::ConnectionClosed,
            tr("The server is closing the connection: %1").arg(serverText(response->text)));
    }

    switch (m_state) {
    case State::AwaitingGreeting:
        return imapGreeting(*response);
    case State::RequestingCapabilities:
        return imapCapabilities(*response);
    case State::StartingTls:
        return imapStartTls(*response);
    case State::Authenticating:
        return imapAuthenticating(*response);
    case State::LoggingOut:
        return imapLoggingOut(*response);
    case State::Idle:
    case State::Connecting:
    case State::TlsHandshake:
    case State::Finished:
        return;
    }
}

void MailboxLoginTest::imapGreeting(const Imap::Response &response)
{
    if (response.kind != Imap::Response::Kind::Untagged) {
        return fail(Error::ProtocolViolation, tr("The server did not start with a greeting."));
    }
    if (response.status == "PREAUTH") {
        // RFC 9051 §6.2.1: STARTTLS is only possible before authentication.
        if (m_settings.security == ConnectionSecurity::StartTls && !m_tlsDone) {
            return fail(Error::StartTlsNotOffered,
                tr("The server logged us in before STARTTLS (PREAUTH), so the connection "
                   "cannot be secured."));
        }
        m_loginMethod = "PREAUTH";
        emitStep(tr("The server pre-authenticated the connection; no credentials were tested"));
        setState(State::LoggingOut);
        imapSend("LOGOUT");
        armTimeout(tr("the logout"));
        return;
    }
    if (response.status != "OK") {
        return fail(Error::ProtocolViolation,
            tr("Unexpected greeting: %1").arg(serverText(response.status)));
    }
    emitStep(tr("Greeting: %1").arg(serverText(response.text)));
    if (response.codeName() == "CAPABILITY") {
        m_capabilities = Imap::parseCapabilities(response.codeArguments());
        m_capabilitiesKnown = true;
        return imapCapabilitiesKnown();
    }
    imapRequestCapabilities();
}

void MailboxLoginTest::imapRequestCapabilities()
{
    setState(State::RequestingCapabilities);
    imapSend("CAPABILITY");
    armTimeout(tr("the capabilities"));
}

void MailboxLoginTest::imapCapabilities(const Imap::Response &response)
{
    if (response.kind == Imap::Response::Kind::Untagged && response.status == "CAPABILITY") {
        m_capabilities = Imap::parseCapabilities(response.data);
        m_capabilitiesKnown = true;
        return;
    }
    if (response.kind != Imap::Response::Kind::Tagged)
        return;
    if (response.status != "OK") {
        return fail(Error::ProtocolViolation,
            tr("The server refused CAPABILITY: %1").arg(serverText(response.text)));
    }
    if (!m_capabilitiesKnown && response.codeName() == "CAPABILITY") {
        m_capabilities = Imap::parseCapabilities(response.codeArguments());
        m_capabilitiesKnown = true;
    }
    if (!m_capabilitiesKnown) {
        return fail(Error::MalformedResponse,
            tr("The server answered CAPABILITY without listing its capabilities."));
    }
    imapCapabilitiesKnown();
}

void MailboxLoginTest::imapCapabilitiesKnown()
{
    m_mechanisms = Imap::authMechanisms(m_capabilities);
    emitStep(tr("Capabilities: %1").arg(QString::fromLatin1(m_capabilities.join(' '))));
    if (m_settings.security == ConnectionSecurity::StartTls && !m_tlsDone) {
        if (!m_capabilities.contains("STARTTLS")) {
            return fail(Error::StartTlsNotOffered,
                tr("The server does not offer STARTTLS; nothing was sent in plaintext."));
        }
        setState(State::StartingTls);
        imapSend("STARTTLS");
        armTimeout(tr("the answer to STARTTLS"));
        return;
    }
    imapAuthenticate();
}

void MailboxLoginTest::imapStartTls(const Imap::Response &response)
{
    if (response.kind != Imap::Response::Kind::Tagged)
        return; // untagged data before the tagged answer is ignored (and forgotten after TLS)
    if (response.status != "OK") {
        return fail(Error::StartTlsRefused,
            tr("The server refused STARTTLS: %1").arg(serverText(response.text)));
    }
    startTls();
}

void MailboxLoginTest::imapAuthenticate()
{
    setState(State::Authenticating);
    armTimeout(tr("the login"));
    if (!createMechanism())
        return;
    if (!m_mechanism) {
        if (m_credentials.kind == SaslCredentials::Kind::OAuthToken) {
            return fail(Error::AuthMechanismUnavailable,
                tr("The server offers no OAuth mechanism (it offers: %1).")
                    .arg(QString::fromLatin1(m_mechanisms.join(' '))));
        }
        // RFC 9051 §6.2.3: LOGIN is refused where the server says LOGINDISABLED.
        if (m_capabilities.contains("LOGINDISABLED")) {
            return fail(Error::AuthMechanismUnavailable,
                tr("The server disables LOGIN here and offers no mechanism we support "
                   "(it offers: %1).")
                    .arg(QString::fromLatin1(m_mechanisms.join(' '))));
        }
        return imapLogin();
    }

    m_loginMethod = m_mechanism->name();
    const bool redact = m_mechanism->exchangesSecrets();
    const QByteArray command = "AUTHENTICATE " + m_loginMethod;
    std::optional<QByteArray> initial = m_mechanism->initialResponse();
    if (initial && m_capabilities.contains("SASL-IR")) {
        // RFC 4959 §3: "=" stands for an empty initial response.
        const QByteArray encoded = initial->isEmpty() ? QByteArray("=") : initial->toBase64();
        imapSend(command + ' ' + encoded, command + ' ' + (redact ? Redacted : encoded));
    } else {
        m_pendingInitialResponse = std::move(initial);
        imapSend(command);
    }
}

void MailboxLoginTest::imapLogin()
{
    // RFC 9051 §6.2.3 LOGIN userid password, as quoted strings or, when they cannot be quoted,
    // literals: non-synchronising where the server allows (RFC 7888), else synchronising,
    // sending each part after the server's "+".
    m_loginMethod = "LOGIN";
    m_currentTag = "a" + QByteArray::number(m_nextTag++);
    QByteArray wire = m_currentTag + " LOGIN ";
    QByteArray shown = wire;
    m_pendingParts.clear();
    const auto addArgument = [&](const QByteArray &value, bool secret) {
        if (const std::optional<QByteArray> quoted = Imap::quoted(value)) {
            wire += *quoted;
            shown += secret ? Redacted : *quoted;
            return;
        }
        const bool nonSynchronising = m_capabilities.contains("LITERAL+")
            || (m_capabilities.contains("LITERAL-") && value.size() <= 4096);
        const QByteArray announce
            = '{' + QByteArray::number(value.size()) + (nonSynchronising ? "+}" : "}");
        wire += announce;
        shown += announce;
        if (nonSynchronising) {
            wire += "\r\n" + value;
            shown += "\r\n" + (secret ? Redacted : value);
        } else {
            m_pendingParts.append({ wire, shown });
            wire = value;
            shown = secret ? Redacted : value;
        }
    };
    addArgument(m_credentials.user.toUtf8(), false);
    wire += ' ';
    shown += ' ';
    addArgument(m_credentials.secret.toUtf8(), true);
    m_pendingParts.append({ wire, shown });

    const auto first = m_pendingParts.takeFirst();
    writeLine(first.first, first.second);
}

void MailboxLoginTest::imapAuthenticating(const Imap::Response &response)
{
    if (response.kind == Imap::Response::Kind::Continuation) {
        armTimeout(tr("the login"));
        if (!m_pendingParts.isEmpty()) {
            const auto part = m_pendingParts.takeFirst();
            return writeLine(part.first, part.second);
        }
        if (!m_mechanism || !m_saslError.isEmpty()) {
            return fail(
                Error::ProtocolViolation, tr("The server asked for more than the login needs."));
        }
        const bool redact = m_mechanism->exchangesSecrets();
        if (m_pendingInitialResponse) {
            const QByteArray encoded = m_pendingInitialResponse->toBase64();
            m_pendingInitialResponse.reset();
            return writeLine(encoded, redact && !encoded.isEmpty() ? Redacted : encoded);
        }
        QByteArray encoded;
        if (!saslRespond(response.text, &encoded))
            return writeLine("*"); // RFC 9051 §6.2.2: cancel; the tagged BAD follows
        return writeLine(encoded, redact && !encoded.isEmpty() ? Redacted : encoded);
    }
    if (response.kind != Imap::Response::Kind::Tagged)
        return;
    if (!m_saslError.isEmpty())
        return fail(Error::AuthenticationFailed, m_saslError);
    if (response.status != "OK") {
        const QString code = response.code.isEmpty()
            ? QString()
            : QStringLiteral(" [%1]").arg(serverText(response.code));
        return fail(Error::AuthenticationFailed,
            tr("The server rejected the login for %1 (%2):%3 %4")
                .arg(m_credentials.user, QString::fromLatin1(m_loginMethod), code,
                    serverText(response.text)));
    }
    if (m_mechanism && !m_mechanism->isComplete()) {
        return fail(Error::AuthServerUnverified,
            tr("The server accepted the login without proving that it knows the "
               "password (%1); it may be an impostor.")
                .arg(QString::fromLatin1(m_loginMethod)));
    }
    loggedIn();
}

void MailboxLoginTest::imapLoggingOut(const Imap::Response &response)
{
    if (response.kind == Imap::Response::Kind::Tagged)
        succeed();
}

// ---------------------------------------------------------------------------------------------
// POP3

void MailboxLoginTest::handlePop3Line(const QByteArray &line)
{
    switch (m_state) {
    case State::AwaitingGreeting:
        return pop3Greeting(line);
    case State::RequestingCapabilities:
        return pop3Capabilities(line);
    case State::StartingTls:
        return pop3StartTls(line);
    case State::Authenticating:
        return pop3Authenticating(line);
    case State::LoggingOut:
        return pop3LoggingOut(line);
    case State::Idle:
    case State::Connecting:
    case State::TlsHandshake:
    case State::Finished:
        return;
    }
}

void MailboxLoginTest::pop3Greeting(const QByteArray &line)
{
    const std::optional<Pop3::Response> response = Pop3::parseResponse(line);
    if (!response || response->status == Pop3::Response::Status::Continuation) {
        return fail(Error::MalformedResponse,
            tr("The server's greeting is not a POP3 greeting: %1").arg(serverText(line)));
    }
    if (response->status == Pop3::Response::Status::Err) {
        return fail(Error::ServerUnavailable,
            tr("The server refused the connection: %1").arg(serverText(response->text)));
    }
    emitStep(tr("Greeting: %1").arg(serverText(response->text)));
    setState(State::RequestingCapabilities);
    m_pop3InCapa = false;
    writeLine("CAPA");
    armTimeout(tr("the capabilities"));
}

void MailboxLoginTest::pop3Capabilities(const QByteArray &line)
{
    if (m_pop3InCapa) {
        if (line != ".") {
            m_pop3CapaLines.append(Pop3::unstuff(line));
            return;
        }
        m_pop3InCapa = false;
        const Pop3::Capabilities capabilities = Pop3::Capabilities::parse(m_pop3CapaLines);
        m_pop3CapaLines.clear();
        m_capabilities = capabilities.names;
        m_mechanisms = capabilities.sasl;
        m_pop3UserAllowed = capabilities.user;
        m_capabilitiesKnown = true;
        return pop3CapabilitiesKnown();
    }
    const std::optional<Pop3::Response> response = Pop3::parseResponse(line);
    if (!response || response->status == Pop3::Response::Status::Continuation) {
        return fail(
            Error::MalformedResponse, tr("Unexpected answer to CAPA: %1").arg(serverText(line)));
    }
    if (response->status == Pop3::Response::Status::Ok) {
        m_pop3InCapa = true;
        m_pop3CapaLines.clear();
        return;
    }
    // A server without RFC 2449 CAPA: only USER/PASS can be assumed, and no STLS.
    m_pop3CapaFailed = true;
    m_capabilitiesKnown = false;
    pop3CapabilitiesKnown();
}

void MailboxLoginTest::pop3CapabilitiesKnown()
{
    emitStep(m_capabilitiesKnown
            ? tr("Capabilities: %1").arg(QString::fromLatin1(m_capabilities.join(' ')))
            : tr("Capabilities: none listed (no CAPA)"));
    if (m_settings.security == ConnectionSecurity::StartTls && !m_tlsDone) {
        if (!m_capabilities.contains("STLS")) {
            return fail(Error::StartTlsNotOffered,
                tr("The server does not offer STLS; nothing was sent in plaintext."));
        }
        setState(State::StartingTls);
        writeLine("STLS");
        armTimeout(tr("the answer to STLS"));
        return;
    }
    pop3Authenticate();
}

void MailboxLoginTest::pop3StartTls(const QByteArray &line)
{
    const std::optional<Pop3::Response> response = Pop3::parseResponse(line);
    if (!response || response->status == Pop3::Response::Status::Continuation) {
        return fail(
            Error::MalformedResponse, tr("Unexpected answer to STLS: %1").arg(serverText(line)));
    }
    if (response->status == Pop3::Response::Status::Err) {
        return fail(Error::StartTlsRefused,
            tr("The server refused STLS: %1").arg(serverText(response->text)));
    }
    startTls();
}

void MailboxLoginTest::pop3Authenticate()
{
    setState(State::Authenticating);
    armTimeout(tr("the login"));
    if (!createMechanism())
        return;
    if (m_mechanism) {
        // RFC 5034 §4: AUTH mechanism [initial-response], "=" for an empty one; an initial
        // response that would make the line longer than 255 octets waits for the server's
        // empty challenge instead.
        m_pop3Step = Pop3LoginStep::Sasl;
        m_loginMethod = m_mechanism->name();
        const bool redact = m_mechanism->exchangesSecrets();
        const QByteArray command = "AUTH " + m_loginMethod;
        std::optional<QByteArray> initial = m_mechanism->initialResponse();
        if (initial) {
            const QByteArray encoded = initial->isEmpty() ? QByteArray("=") : initial->toBase64();
            if (command.size() + 1 + encoded.size() + 2 <= Pop3MaxAuthLine)
                return writeLine(
                    command + ' ' + encoded, command + ' ' + (redact ? Redacted : encoded));
        }
        m_pendingInitialResponse = std::move(initial);
        return writeLine(command);
    }
    if (m_credentials.kind == SaslCredentials::Kind::OAuthToken) {
        return fail(Error::AuthMechanismUnavailable,
            tr("The server offers no OAuth mechanism (it offers: %1).")
                .arg(QString::fromLatin1(m_mechanisms.join(' '))));
    }
    if (m_capabilitiesKnown && !m_pop3UserAllowed) {
        return fail(Error::AuthMechanismUnavailable,
            tr("The server allows neither USER/PASS nor a mechanism we support here "
               "(it offers: %1).")
                .arg(QString::fromLatin1(m_mechanisms.join(' '))));
    }
    m_pop3Step = Pop3LoginStep::User;
    m_loginMethod = "USER";
    writeLine("USER " + m_credentials.user.toUtf8());
}

void MailboxLoginTest::pop3Authenticating(const QByteArray &line)
{
    const std::optional<Pop3::Response> response = Pop3::parseResponse(line);
    if (!response) {
        return fail(Error::MalformedResponse,
            tr("Unexpected answer during login: %1").arg(serverText(shownServerLine(line))));
    }
    armTimeout(tr("the login"));
    if (response->status == Pop3::Response::Status::Continuation) {
        if (m_pop3Step != Pop3LoginStep::Sasl || !m_mechanism || !m_saslError.isEmpty()) {
            return fail(
                Error::ProtocolViolation, tr("The server asked for more than the login needs."));
        }
        const bool redact = m_mechanism->exchangesSecrets();
        if (m_pendingInitialResponse) {
            const QByteArray encoded = m_pendingInitialResponse->toBase64();
            m_pendingInitialResponse.reset();
            return writeLine(encoded, redact && !encoded.isEmpty() ? Redacted : encoded);
        }
        QByteArray encoded;
        if (!saslRespond(response->text, &encoded))
            return writeLine("*"); // RFC 5034 §4: cancel; the -ERR follows
        return writeLine(encoded, redact && !encoded.isEmpty() ? Redacted : encoded);
    }

    if (response->status == Pop3::Response::Status::Err) {
        if (!m_saslError.isEmpty())
            return fail(Error::AuthenticationFailed, m_saslError);
        const QString code = response->code.isEmpty()
            ? QString()
            : QStringLiteral(" [%1]").arg(serverText(response->code));
        return fail(Error::AuthenticationFailed,
            tr("The server rejected the login for %1 (%2):%3 %4")
                .arg(m_credentials.user, QString::fromLatin1(m_loginMethod), code,
                    serverText(response->text)));
    }

    switch (m_pop3Step) {
    case Pop3LoginStep::User:
        m_pop3Step = Pop3LoginStep::Pass;
        return writeLine("PASS " + m_credentials.secret.toUtf8(), "PASS " + Redacted);
    case Pop3LoginStep::Pass:
        return loggedIn();
    case Pop3LoginStep::Sasl:
        if (!m_saslError.isEmpty())
            return fail(Error::AuthenticationFailed, m_saslError);
        if (!m_mechanism->isComplete()) {
            return fail(Error::AuthServerUnverified,
                tr("The server accepted the login without proving that it knows the "
                   "password (%1); it may be an impostor.")
                    .arg(QString::fromLatin1(m_loginMethod)));
        }
        return loggedIn();
    case Pop3LoginStep::None:
        return fail(Error::ProtocolViolation, tr("Unexpected answer during login."));
    }
}

void MailboxLoginTest::pop3LoggingOut(const QByteArray &)
{
    succeed();
}

// ---------------------------------------------------------------------------------------------
// Shared

bool MailboxLoginTest::createMechanism()
{
    const QByteArray &preferred = m_settings.authMechanism;
    const std::optional<QByteArray> chosen
        = Sasl::choose(m_mechanisms, m_credentials, preferred.toUpper());
    if (chosen) {
        m_mechanism
            = Sasl::create(*chosen, m_credentials, m_settings.host, m_settings.effectivePort());
    }
    if (!m_mechanism && !preferred.isEmpty()) {
        fail(Error::AuthMechanismUnavailable,
            tr("The server does not offer %1 (it offers: %2), or it does not fit the "
               "credentials.")
                .arg(QString::fromLatin1(preferred), QString::fromLatin1(m_mechanisms.join(' '))));
        return false;
    }
    return true;
}

bool MailboxLoginTest::saslRespond(const QByteArray &base64Challenge, QByteArray *base64Response)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(base64Challenge, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        m_saslError = tr("The server sent a malformed %1 challenge.")
                          .arg(QString::fromLatin1(m_loginMethod));
        return false;
    }
    const SaslMechanism::Step step = m_mechanism->respond(*decoded);
    if (!step.error.isEmpty()) {
        m_saslError = step.error;
        return false;
    }
    *base64Response = step.response.toBase64();
    return true;
}

void MailboxLoginTest::loggedIn()
{
    m_pendingParts.clear();
    emitStep(
        tr("Logged in as %1 (%2)").arg(m_credentials.user, QString::fromLatin1(m_loginMethod)));
    setState(State::LoggingOut);
    if (isImap())
        imapSend("LOGOUT");
    else
        writeLine("QUIT");
    armTimeout(tr("the logout"));
}

QString MailboxLoginTest::serverText(const QByteArray &text) const
{
    return makeControlsVisible(QString::fromUtf8(text));
}

QString MailboxLoginTest::hostAndPort() const
{
    return QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.effectivePort());
}
