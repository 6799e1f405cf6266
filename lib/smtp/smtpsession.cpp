// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "smtpsession.h"

#include "dataencoder.h"
#include "smtpaddress.h"
#include "smtpcommands.h"
#include "smtptransport.h"

#include "core/localpeer.h"

#include <QIODevice>
#include <QLoggingCategory>
#include <QSet>
#include <QSslSocket>

#include <atomic>
#include <cctype>

// Diagnostics for developers (QT_LOGGING_RULES="outbound.smtp.debug=true"), not the user's
// transcript.
Q_LOGGING_CATEGORY(lcSmtp, "outbound.smtp", QtWarningMsg)

namespace {

std::atomic<quint64> s_nextSessionId { 1 };

// Message data is read and written in chunks of this size; at most WriteHighWater bytes wait
// in the socket's buffer, so memory stays constant whatever the message's size.
constexpr qint64 BodyChunkSize = 64 * 1024;
constexpr qint64 WriteHighWater = 256 * 1024;
// Waiting for the 221 to QUIT is a courtesy; never let it hold a session for minutes.
constexpr int QuitTimeoutMs = 10'000;

void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

// What the transcript shows of a line the server sent while `authenticating`. Every 334
// during AUTH carries a SASL challenge (RFC 4954 §4), and challenges are as secret as the
// answers: SCRAM's server-first (nonce, salt, iterations) and server-final (the server's
// signature) are enough for an offline dictionary attack on the password (RFC 5802 §9).
// Only the outcome is kept (235, 535, 454 …); a line that is not a reply at all may be a
// challenge a broken server sent without its code, so it goes too.
QByteArray shownServerLine(const QByteArray &line, bool authenticating)
{
    if (!authenticating)
        return line;
    const bool hasCode = line.size() >= 3 && std::isdigit(uchar(line[0]))
        && std::isdigit(uchar(line[1])) && std::isdigit(uchar(line[2]));
    if (hasCode && !line.startsWith("334"))
        return line;
    return hasCode ? QByteArrayLiteral("334 <redacted>") : QByteArrayLiteral("<redacted>");
}

// A 334 challenge reply made fit for an error message, which reaches the transcript's
// "Failed:" line, the outbox's stored attempt and the CLI's output: its code stays, its
// challenge does not.
SmtpReply withoutChallenge(const SmtpReply &reply)
{
    SmtpReply redacted;
    redacted.code = reply.code;
    redacted.lines = { QByteArrayLiteral("<redacted>") };
    return redacted;
}

} // namespace

// A message waiting for or in its transaction. The reply is a QPointer because the caller
// owns it and may delete it; the message still finishes cleanly on the wire.
struct SmtpSession::Job
{
    QPointer<SmtpSendReply> reply;
    SmtpEnvelope envelope;
    std::unique_ptr<QIODevice> body;
    qint64 size = -1;
    QList<QByteArray> recipientPaths;
    QList<SmtpRecipientResult> results; // one per recipient, over every transaction
    QByteArray mailCommand; // MAIL FROM, the same for every transaction of this message
    qint64 bodyStart = 0; // where the message starts in `body`, read again per transaction
    QList<int> batch; // the recipients (indexes into `results`) of the transaction in progress
    QList<int> untried; // recipients for further transactions, in order
    bool inTransaction = false;
    SmtpError failure; // of this transaction, decided while pipelined replies are outstanding
    bool recipientsAllRefused = false; // `failure` is only that no RCPT TO was accepted
    bool mailRefused = false; // MAIL FROM was refused: pipelined RCPT replies say nothing
    qint64 bytesRead = 0;
    bool useBdat = false; // RFC 3030 CHUNKING instead of DATA
    bool streaming = false; // DATA accepted, message bytes going out
    bool finalDotQueued = false; // the end of data (or BDAT LAST) has been written to the socket
    bool finalDotSent = false; // ... and has left our buffers for the network
    bool emptyDataSent = false; // the RFC 2920 §3.1 lone dot after a DATA we should not have had
};

SmtpSession::SmtpSession(SmtpServerSettings settings, QObject *parent)
    : SmtpSession(std::move(settings), nullptr, parent)
{ }

SmtpSession::SmtpSession(
    SmtpServerSettings settings, std::unique_ptr<SmtpTransport> transport, QObject *parent)
    : QObject(parent)
    , m_id(s_nextSessionId++)
    , m_settings(std::move(settings))
    , m_tlsPolicy(m_settings.trust)
{
    m_credentials.user = m_settings.user;
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &SmtpSession::onTimeout);

    m_transport = transport ? transport.release() : new SmtpSocketTransport(m_tlsPolicy);
    m_transport->setParent(this);
    connect(m_transport, &SmtpTransport::connected, this, &SmtpSession::onConnected);
    connect(m_transport, &SmtpTransport::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_transport, &SmtpTransport::sslErrors, this, &SmtpSession::onSslErrors);
    connect(m_transport, &SmtpTransport::readyRead, this, &SmtpSession::onReadyRead);
    connect(m_transport, &SmtpTransport::bytesWritten, this, &SmtpSession::onBytesWritten);
    connect(m_transport, &SmtpTransport::errorOccurred, this, &SmtpSession::onSocketError);
}

SmtpSession::~SmtpSession()
{
    m_transport->disconnect(this);
    m_transport->abort();
    const SmtpError aborted(SmtpError::Aborted, tr("the session was closed"));
    if (m_job)
        finishJob(errorForCurrentJob(aborted));
    finishQueuedJobs(aborted);
}

void SmtpSession::setCredentials(const SaslCredentials &credentials)
{
    m_credentials = credentials;
    if (m_credentials.user.isEmpty())
        m_credentials.user = m_settings.user;
}

QString SmtpSession::stateName(State state)
{
    switch (state) {
    case State::Disconnected:
        return tr("not connected");
    case State::Connecting:
        return tr("connecting");
    case State::Greeting:
        return tr("waiting for the greeting");
    case State::Ehlo:
        return tr("saying EHLO");
    case State::Helo:
        return tr("saying HELO");
    case State::StartTls:
        return tr("asking for STARTTLS");
    case State::TlsHandshake:
        return tr("negotiating TLS");
    case State::Authenticating:
        return tr("authenticating");
    case State::UserCommand:
        return tr("waiting for the reply to your command");
    case State::Ready:
        return tr("ready");
    case State::MailTransaction:
        return tr("sending the envelope");
    case State::Data:
        return tr("sending the message");
    case State::Resetting:
        return tr("resetting");
    case State::Quitting:
        return tr("saying goodbye");
    case State::Closed:
        return tr("closed");
    }
    return {};
}

bool SmtpSession::isEncrypted() const
{
    return m_transport->isEncrypted();
}

QList<QSslCertificate> SmtpSession::peerCertificateChain() const
{
    return m_transport->peerCertificateChain();
}

void SmtpSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcSmtp) << "session" << m_id << "->" << state;
    Q_EMIT stateChanged(state);
}

void SmtpSession::emitEvent(const QString &text, const QList<QSslCertificate> &certificates)
{
    TranscriptEntry entry = TranscriptEntry::event(m_id, text);
    entry.peerCertificates = certificates;
    Q_EMIT transcriptEntry(entry);
}

// ---- opening -------------------------------------------------------------------------------

void SmtpSession::open()
{
    if (m_state != State::Disconnected)
        return;
    if (m_settings.host.isEmpty()) {
        failSession(SmtpError(SmtpError::InvalidConfiguration, tr("no server host name is set")));
        return;
    }
    if (!m_tlsPolicy.isUsable()) {
        failSession(SmtpError(SmtpError::InvalidConfiguration, m_tlsPolicy.errorString()));
        return;
    }
    if (SmtpCommand::ehlo(m_settings.effectiveHeloName()).isEmpty()) {
        failSession(SmtpError(SmtpError::InvalidConfiguration,
            tr("\"%1\" cannot be given in EHLO: use a domain name").arg(m_settings.heloName)));
        return;
    }
    if (m_settings.security != ConnectionSecurity::None && !QSslSocket::supportsSsl()) {
        failSession(SmtpError(SmtpError::TlsUnsupported, QSslSocket::sslLibraryVersionString()));
        return;
    }

    setState(State::Connecting);
    emitEvent(tr("Connecting to %1 port %2 (%3)")
                  .arg(m_settings.host)
                  .arg(m_settings.port)
                  .arg(securityName(m_settings.security)));
    // The transport prepares its socket first: loading the system's CA certificates takes a
    // moment (seconds under sanitizers) that is not the server's. Transports report only from
    // the event loop; an error they report at once has closed the session already.
    m_transport->connectToHost(m_settings.host, m_settings.port, m_settings.security);
    if (m_state == State::Connecting)
        m_timeout.start(m_settings.timeouts.connect);
}

void SmtpSession::onConnected()
{
    if (m_settings.requireOwnServer) {
        // The server's socket has our end as its peer; see LocalPeer::tcpSocketOwner().
        const std::optional<uint> owner = LocalPeer::tcpSocketOwner(m_transport->peerAddress(),
            m_transport->peerPort(), m_transport->localAddress(), m_transport->localPort());
        if (owner != LocalPeer::currentUid()) {
            failSession(SmtpError(SmtpError::ServerNotOwn,
                owner ? tr("%1 port %2 is held by a program of user id %3")
                            .arg(m_transport->peerAddress().toString())
                            .arg(m_transport->peerPort())
                            .arg(*owner)
                      : tr("who runs the server on %1 port %2 cannot be found out")
                            .arg(m_transport->peerAddress().toString())
                            .arg(m_transport->peerPort())));
            return;
        }
    }
    emitEvent(tr("Connected to %1 port %2")
                  .arg(m_transport->peerAddress().toString())
                  .arg(m_transport->peerPort()));
    if (m_settings.security == ConnectionSecurity::ImplicitTls)
        return; // the greeting comes after the handshake
    m_timeout.stop();
    setState(State::Greeting);
    m_outstanding.enqueue({ Expect::Greeting, -1, m_settings.timeouts.greeting });
    armTimeout();
}

void SmtpSession::onEncrypted()
{
    m_timeout.stop();
    TlsPolicy::PeerProblem kind = TlsPolicy::PeerProblem::None;
    const QString problem = m_transport->checkPeer(m_tlsPolicy, &kind);
    if (!problem.isEmpty()) {
        // Nothing has been sent over this TLS session yet, and nothing will be (no QUIT).
        const bool pinned = !m_settings.trust.pinnedSha256.isEmpty();
        const SmtpError::Code code = kind == TlsPolicy::PeerProblem::NameMismatch
            ? SmtpError::CertificateUntrusted
            : pinned ? SmtpError::CertificatePinMismatch
                     : SmtpError::TlsHandshakeFailed;
        failSession(SmtpError(code, problem));
        return;
    }
    m_tlsDescription = m_transport->describeSession();
    emitEvent(tr("TLS established: %1").arg(m_tlsDescription), m_transport->peerCertificateChain());
    if (m_state == State::Connecting) {
        setState(State::Greeting);
        m_outstanding.enqueue({ Expect::Greeting, -1, m_settings.timeouts.greeting });
        armTimeout();
    } else if (m_state == State::TlsHandshake) {
        sendEhlo();
    }
}

void SmtpSession::onSslErrors(const QList<QSslError> &errors)
{
    const QList<QSslError> acceptable
        = m_tlsPolicy.acceptableErrors(errors, m_transport->peerCertificate());
    if (!acceptable.isEmpty() && acceptable.size() == errors.size()) {
        // Only the exact errors caused by the pinned certificate, never a blanket ignore.
        m_transport->ignoreSslErrors(acceptable);
        emitEvent(tr("Certificate accepted because it matches the pinned SHA-256 fingerprint"));
        return;
    }
    QStringList reasons;
    for (const QSslError &error : errors)
        reasons << m_transport->describeSslError(error);
    m_sslErrorText = tr("%1; the server presented %2")
                         .arg(reasons.join(QStringLiteral("; ")),
                             TlsPolicy::describeCertificate(m_transport->peerCertificate()));
}

void SmtpSession::onSocketError()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Quitting) {
        closeWith(State::Closed); // the server hung up after QUIT, as it may
        return;
    }
    const QString detail = m_transport->errorString();
    SmtpError::Code code = SmtpError::NetworkError;
    switch (m_transport->error()) {
    case QAbstractSocket::HostNotFoundError:
        code = SmtpError::HostNotFound;
        break;
    case QAbstractSocket::ConnectionRefusedError:
        code = SmtpError::ConnectionRefused;
        break;
    case QAbstractSocket::RemoteHostClosedError:
        code = SmtpError::ConnectionClosed;
        break;
    case QAbstractSocket::SocketTimeoutError:
        code = SmtpError::Timeout;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        code = m_sslErrorText.isEmpty() ? SmtpError::TlsHandshakeFailed
                                        : SmtpError::CertificateUntrusted;
        break;
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        code = SmtpError::TlsHandshakeFailed;
        break;
    default:
        break;
    }
    failSession(SmtpError(code, m_sslErrorText.isEmpty() ? detail : m_sslErrorText));
}

// ---- the choke points ------------------------------------------------------------------------

void SmtpSession::writeToServer(
    Outgoing what, const QByteArray &bytes, const QList<QByteArray> &shown)
{
    if (m_state == State::Closed)
        return;
    m_transport->write(bytes);
    switch (what) {
    case Outgoing::Commands: {
        qsizetype i = 0;
        qsizetype start = 0;
        for (; start < bytes.size(); ++i) {
            qsizetype end = bytes.indexOf("\r\n", start);
            const qsizetype next = end < 0 ? bytes.size() : end + 2;
            if (end < 0)
                end = bytes.size();
            const QByteArray replacement = shown.value(i);
            Q_EMIT transcriptEntry(
                TranscriptEntry::fromWire(m_id, TranscriptEntry::Direction::Client,
                    replacement.isEmpty() ? QByteArrayView(bytes).sliced(start, end - start)
                                          : QByteArrayView(replacement)));
            start = next;
        }
        return;
    }
    case Outgoing::MessageData:
    case Outgoing::MessageDataEnd:
    case Outgoing::BdatChunk:
        if (m_settings.transcriptIncludesBody) {
            transcribeBody(bytes);
            return;
        }
        if (what == Outgoing::BdatChunk) {
            emitEvent(tr("Message data: %1 bytes").arg(bytes.size()));
        } else if (what == Outgoing::MessageDataEnd) {
            emitEvent(tr("Message data: %1 lines, %2 bytes")
                          .arg(m_encoder->linesWritten())
                          .arg(m_encoder->bytesWritten()));
            Q_EMIT transcriptEntry(
                TranscriptEntry::fromWire(m_id, TranscriptEntry::Direction::Client, "."));
        }
        return;
    }
}

void SmtpSession::writeCommands(const QList<QByteArray> &lines, const QList<Outstanding> &expected,
    const QList<QByteArray> &transcriptLines)
{
    if (m_state == State::Closed)
        return;
    // One write for a pipelined group (RFC 2920 §3.1): one segment, one round trip.
    writeToServer(
        Outgoing::Commands, lines.size() == 1 ? lines.first() : lines.join(), transcriptLines);
    const bool wasIdle = m_outstanding.isEmpty();
    for (const Outstanding &o : expected)
        m_outstanding.enqueue(o);
    if (wasIdle)
        armTimeout();
}

void SmtpSession::writeCommand(
    const QByteArray &line, Outstanding expected, const QByteArray &transcriptLine)
{
    writeCommands({ line }, { expected }, { transcriptLine });
}

void SmtpSession::onReadyRead()
{
    m_parser.feed(m_transport->readAll());
    while (m_state != State::Closed) {
        const SmtpReplyParser::Status status = m_parser.step();
        // Secrets never reach an entry: SASL challenges are replaced here, at the source.
        const auto serverLine = [this] {
            return TranscriptEntry::fromWire(m_id, TranscriptEntry::Direction::Server,
                shownServerLine(m_parser.lastLine(), m_state == State::Authenticating));
        };
        switch (status) {
        case SmtpReplyParser::Status::NeedMoreData:
            return;
        case SmtpReplyParser::Status::LineConsumed:
            Q_EMIT transcriptEntry(serverLine());
            break;
        case SmtpReplyParser::Status::ReplyComplete:
            Q_EMIT transcriptEntry(serverLine());
            handleReply(m_parser.takeReply());
            break;
        case SmtpReplyParser::Status::Malformed: {
            const TranscriptEntry line = serverLine();
            Q_EMIT transcriptEntry(line);
            // The server's own words, made safe to show, so the user sees what it said.
            failSession(SmtpError(SmtpError::MalformedReply,
                QStringLiteral("%1 \"%2\"").arg(m_parser.errorString(), line.text)));
            return;
        }
        case SmtpReplyParser::Status::LineTooLong:
        case SmtpReplyParser::Status::TooManyLines:
            failSession(SmtpError(SmtpError::ReplyTooLong, m_parser.errorString()));
            return;
        }
    }
}

qint64 SmtpSession::pendingWriteBytes() const
{
    return m_transport->bytesToWrite();
}

void SmtpSession::onBytesWritten()
{
    if (!m_job)
        return;
    if (m_job->streaming) {
        pumpBody();
        return;
    }
    if (!isDataOutstanding())
        return;
    // Message data (a last chunk, a BDAT chunk) is still leaving: what counts now is that it
    // keeps moving (RFC 5321 §4.5.3.2.5). Once it is all out, the reply's own timeout runs.
    if (pendingWriteBytes() > 0) {
        m_timeout.start(m_settings.timeouts.dataBlock);
        return;
    }
    if (m_job->finalDotQueued)
        m_job->finalDotSent = true;
    armTimeout();
}

void SmtpSession::armTimeout()
{
    if (!m_outstanding.isEmpty())
        m_timeout.start(m_outstanding.head().timeoutMs);
}

void SmtpSession::onTimeout()
{
    QString what;
    if (m_state == State::Connecting || m_state == State::TlsHandshake)
        what = tr("the connection was not established within %1 s")
                   .arg(m_settings.timeouts.connect / 1000.0);
    else if (m_job && m_job->streaming)
        what = tr("the server accepted no message data for %1 s")
                   .arg(m_settings.timeouts.dataBlock / 1000.0);
    else
        what = tr("no reply within %1 s while %2")
                   .arg(m_outstanding.isEmpty() ? 0 : m_outstanding.head().timeoutMs / 1000.0)
                   .arg(stateName(m_state));
    emitEvent(tr("Timeout: %1").arg(what));
    failSession(SmtpError(SmtpError::Timeout, what));
}

// ---- replies ---------------------------------------------------------------------------------

void SmtpSession::handleReply(const SmtpReply &reply)
{
    m_timeout.stop();
    if (m_outstanding.isEmpty()) {
        handleUnsolicited(reply);
        return;
    }
    const Outstanding o = m_outstanding.dequeue();
    // RFC 5321 §3.8: 421 may come at any time and means the server is closing the channel.
    if (reply.code == 421 && o.expect != Expect::Quit) {
        failSession(SmtpError::fromReply(reply, stateName(m_state)));
        return;
    }
    switch (o.expect) {
    case Expect::Greeting:
        handleGreeting(reply);
        break;
    case Expect::Ehlo:
        handleEhlo(reply);
        break;
    case Expect::Helo:
        handleHelo(reply);
        break;
    case Expect::StartTls:
        handleStartTls(reply);
        break;
    case Expect::Auth:
        handleAuth(reply);
        break;
    case Expect::MailFrom:
        handleMailFrom(reply);
        break;
    case Expect::RcptTo:
        handleRcptTo(reply, o.recipient);
        break;
    case Expect::Data:
        handleData(reply);
        break;
    case Expect::DataEnd:
        handleDataEnd(reply);
        break;
    case Expect::Bdat:
        handleBdat(reply);
        break;
    case Expect::Rset:
        handleRset(reply);
        break;
    case Expect::UserCommand:
        setState(State::Ready);
        Q_EMIT userCommandReplied(reply);
        startNextJob();
        break;
    case Expect::Quit:
        handleQuit(reply);
        break;
    }
    if (m_state == State::Closed)
        return;
    // A failed transaction ends once the replies to its pipelined commands are all in.
    if (m_job && m_job->inTransaction && m_job->failure.isError() && m_outstanding.isEmpty()
        && !m_job->streaming) {
        endTransaction();
        if (m_state == State::Closed)
            return;
    }
    armTimeout();
}

void SmtpSession::handleUnsolicited(const SmtpReply &reply)
{
    if (reply.code == 421) { // an idle connection closed by the server (RFC 5321 §4.5.3.2.7)
        failSession(SmtpError::fromReply(reply, stateName(m_state)));
        return;
    }
    failSession(SmtpError(
        SmtpError::ProtocolViolation, tr("the server sent a reply nobody asked for"), reply));
}

void SmtpSession::handleGreeting(const SmtpReply &reply)
{
    if (reply.code != 220) { // 554: no service here (RFC 5321 §3.1)
        failSession(SmtpError::fromReply(reply, tr("greeting")), true);
        return;
    }
    sendEhlo();
}

void SmtpSession::sendEhlo()
{
    setState(State::Ehlo);
    writeCommand(SmtpCommand::ehlo(m_settings.effectiveHeloName()),
        { Expect::Ehlo, -1, m_settings.timeouts.command });
}

void SmtpSession::handleEhlo(const SmtpReply &reply)
{
    if (reply.isPositiveCompletion()) {
        m_capabilities = SmtpCapabilities::fromEhloReply(reply);
        Q_EMIT capabilitiesChanged(m_capabilities, isEncrypted());
        emitEvent(tr("Capabilities%1: %2")
                      .arg(isEncrypted() ? tr(" (encrypted)") : QString(),
                          m_capabilities.toDisplayString()));
        afterCapabilities();
        return;
    }
    if (!reply.isPermanentFailure()) {
        failSession(SmtpError::fromReply(reply, QStringLiteral("EHLO")), true);
        return;
    }
    // RFC 5321 §3.2: a server that does not know EHLO gets HELO — but HELO cannot carry
    // STARTTLS, so a connection that must be secured ends here instead of going on in plaintext.
    if (m_settings.security == ConnectionSecurity::StartTls && !isEncrypted()) {
        failSession(SmtpError(SmtpError::StartTlsNotOffered,
                        tr("the server refused EHLO, so STARTTLS is not possible; refusing to "
                           "continue in plaintext"),
                        reply),
            true);
        return;
    }
    setState(State::Helo);
    writeCommand(SmtpCommand::helo(m_settings.effectiveHeloName()),
        { Expect::Helo, -1, m_settings.timeouts.command });
}

void SmtpSession::handleHelo(const SmtpReply &reply)
{
    if (!reply.isPositiveCompletion()) {
        failSession(SmtpError::fromReply(reply, QStringLiteral("HELO")), true);
        return;
    }
    m_capabilities = SmtpCapabilities();
    Q_EMIT capabilitiesChanged(m_capabilities, isEncrypted());
    emitEvent(tr("The server speaks plain SMTP only (HELO): no extensions"));
    afterCapabilities();
}

void SmtpSession::afterCapabilities()
{
    if (m_settings.security == ConnectionSecurity::StartTls && !isEncrypted()) {
        if (!m_capabilities.startTls()) {
            failSession(
                SmtpError(SmtpError::StartTlsNotOffered,
                    tr("the server did not offer STARTTLS; refusing to continue in plaintext")),
                true);
            return;
        }
        setState(State::StartTls);
        writeCommand(
            SmtpCommand::startTls(), { Expect::StartTls, -1, m_settings.timeouts.command });
        return;
    }
    if (needsAuthentication())
        startAuthentication();
    else
        becomeReady();
}

void SmtpSession::handleStartTls(const SmtpReply &reply)
{
    if (reply.code != 220) {
        // 454 "TLS not available due to temporary reason" (RFC 3207 §4) is a 4yz like any
        // other: worth trying again later, never a reason to go on in plaintext.
        const bool temporary = reply.isTransientFailure();
        failSession(SmtpError(temporary ? SmtpError::TransientFailure : SmtpError::StartTlsRefused,
                        temporary ? tr("the server refused STARTTLS for now; refusing to "
                                       "continue in plaintext")
                                  : tr("the server refused STARTTLS; refusing to continue in "
                                       "plaintext"),
                        reply),
            true);
        return;
    }
    // RFC 3207 §4 and the STARTTLS command-injection attacks (CVE-2011-0411): anything the
    // server sent after its 220 arrived in plaintext and could have been injected by anyone
    // on the path. Nothing may be acted on, so the connection ends here.
    const qint64 injected = m_parser.bufferedBytes() + m_transport->bytesAvailable();
    if (injected > 0) {
        failSession(SmtpError(SmtpError::UnexpectedDataAfterStartTls,
            tr("%1 bytes arrived after the server's 220 to STARTTLS and before TLS began")
                .arg(injected)));
        return;
    }
    // RFC 3207 §4.2: forget everything learnt before TLS; EHLO again once encrypted.
    m_parser.reset();
    m_capabilities = SmtpCapabilities();
    setState(State::TlsHandshake);
    emitEvent(tr("Starting TLS"));
    m_timeout.start(m_settings.timeouts.connect);
    m_transport->startClientEncryption();
}

// ---- authentication ----------------------------------------------------------------------------

bool SmtpSession::needsAuthentication() const
{
    return !m_credentials.user.isEmpty();
}

void SmtpSession::startAuthentication()
{
    // RFC 4954 §4 and RFC 8314: credentials never cross an unencrypted connection unless
    // the user chose plaintext for this account.
    if (!isEncrypted() && m_settings.security != ConnectionSecurity::None) {
        failSession(SmtpError(SmtpError::AuthRequiresEncryption,
                        tr("refusing to authenticate without TLS")),
            true);
        return;
    }
    const QByteArrayList offered = m_capabilities.authMechanisms();
    if (offered.isEmpty()) {
        failSession(SmtpError(SmtpError::AuthMechanismUnavailable,
                        tr("the server offers no AUTH mechanism")),
            true);
        return;
    }
    const std::optional<QByteArray> chosen
        = Sasl::choose(offered, m_credentials, m_settings.authMechanism);
    if (!chosen) {
        const QString wanted = m_settings.authMechanism.isEmpty()
            ? tr("none that Outbound supports for this kind of credential")
            : QString::fromLatin1(m_settings.authMechanism);
        failSession(SmtpError(SmtpError::AuthMechanismUnavailable,
                        tr("the server offers %1; wanted %2")
                            .arg(QString::fromLatin1(offered.join(' ')), wanted)),
            true);
        return;
    }
    m_sasl = Sasl::create(*chosen, m_credentials, m_settings.host, m_settings.port);
    if (!m_sasl) {
        failSession(
            SmtpError(SmtpError::AuthMechanismUnavailable, QString::fromLatin1(*chosen)), true);
        return;
    }
    m_authMechanismName = *chosen;
    m_authAbortError = SmtpError();
    setState(State::Authenticating);

    std::optional<QByteArray> initial = m_sasl->initialResponse();
    if (initial) {
        QByteArray encoded = initial->toBase64();
        QByteArray line = SmtpCommand::auth(*chosen, &encoded);
        writeCommand(line, { Expect::Auth, -1, m_settings.timeouts.command },
            "AUTH " + *chosen + " <redacted>");
        wipe(*initial);
        wipe(encoded);
        wipe(line);
    } else {
        writeCommand(
            SmtpCommand::auth(*chosen, nullptr), { Expect::Auth, -1, m_settings.timeouts.command });
    }
}

void SmtpSession::handleAuth(const SmtpReply &reply)
{
    const Outstanding next { Expect::Auth, -1, m_settings.timeouts.command };
    if (reply.code == 334 && !m_authAbortError.isError()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            reply.lines.value(0).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            m_authAbortError = SmtpError(SmtpError::ProtocolViolation,
                tr("the server's AUTH challenge is not base64"), withoutChallenge(reply));
            writeCommand("*\r\n", next); // RFC 4954 §4: cancel the exchange
            return;
        }
        SaslMechanism::Step step = m_sasl->respond(*decoded);
        if (!step.error.isEmpty()) {
            m_authAbortError
                = SmtpError(SmtpError::AuthServerUnverified, step.error, withoutChallenge(reply));
            writeCommand("*\r\n", next);
            return;
        }
        QByteArray line = step.response.toBase64() + "\r\n";
        writeCommand(line, next, "<redacted>");
        wipe(step.response);
        wipe(line);
        return;
    }
    if (m_authAbortError.isError()) { // the server's answer to our "*"
        failSession(m_authAbortError, true);
        return;
    }
    if (reply.code == 235) {
        // SCRAM is complete only once the server has proved it knows the password too.
        if (!m_sasl->isComplete()) {
            failSession(
                SmtpError(SmtpError::AuthServerUnverified,
                    tr("the server accepted the login without proving its own identity"), reply),
                true);
            return;
        }
        emitEvent(tr("Authenticated as %1 with %2")
                      .arg(m_credentials.user, QString::fromLatin1(m_authMechanismName)));
        m_sasl.reset();
        becomeReady();
        return;
    }
    const SmtpError::Code code = reply.isTransientFailure() ? SmtpError::TransientFailure
        : reply.code == 538                                 ? SmtpError::AuthRequiresEncryption
                                                            : SmtpError::AuthenticationFailed;
    failSession(SmtpError(code,
                    tr("AUTH %1 was refused").arg(QString::fromLatin1(m_authMechanismName)), reply),
        true);
}

// ---- transactions ------------------------------------------------------------------------------

SmtpSendReply *SmtpSession::send(
    const SmtpEnvelope &envelope, std::unique_ptr<QIODevice> body, qint64 size)
{
    auto *reply = new SmtpSendReply(envelope, size, nullptr);
    auto job = std::make_unique<Job>();
    job->reply = reply;
    job->envelope = envelope;
    job->body = std::move(body);
    job->size = size;
    connect(reply, &SmtpSendReply::abortRequested, this, [this, reply] { abortJob(reply); });

    if (!job->body || !job->body->isReadable() || job->body->isSequential()) {
        reply->finish(SmtpError(SmtpError::MessageUnreadable,
            tr("the message must come from a file or a buffer that is open for reading")));
        return reply;
    }
    if (m_state == State::Closed) {
        m_jobs.enqueue(job.release());
        finishQueuedJobs(m_error.isError()
                ? m_error
                : SmtpError(SmtpError::ConnectionClosed, tr("the session is closed")));
        return reply;
    }
    m_jobs.enqueue(job.release());
    if (m_state == State::Disconnected)
        open();
    else
        startNextJob();
    return reply;
}

void SmtpSession::quit()
{
    m_quitRequested = true;
    if (m_state == State::Disconnected)
        closeWith(State::Closed);
    else
        startNextJob();
}

bool SmtpSession::sendUserCommand(const QString &line, QString *error)
{
    const QByteArray bytes = line.trimmed().toUtf8();
    const QByteArray verb = bytes.split(' ').constFirst().toUpper();
    if (m_state != State::Ready || m_job) {
        *error = tr("the session is %1; wait until it is ready").arg(stateName(m_state));
        return false;
    }
    if (bytes.isEmpty() || !SmtpCommand::isSafeArgument(bytes)) {
        *error = tr("a command is one line of text");
        return false;
    }
    if (verb == "DATA" || verb == "BDAT") {
        *error = tr("%1 sends a message: use New Message, which streams it safely")
                     .arg(QString::fromLatin1(verb));
        return false;
    }
    if (verb == "STARTTLS" || verb == "AUTH") {
        *error = tr("%1 is done by Outbound from the account's settings when the session opens")
                     .arg(QString::fromLatin1(verb));
        return false;
    }
    if (verb == "QUIT") {
        quit();
        return true;
    }
    setState(State::UserCommand);
    writeCommand(bytes + "\r\n", { Expect::UserCommand, -1, m_settings.timeouts.command });
    return true;
}

void SmtpSession::abort()
{
    failSession(SmtpError(SmtpError::Aborted, tr("cancelled")));
}

void SmtpSession::abortJob(SmtpSendReply *reply)
{
    const SmtpError aborted(SmtpError::Aborted, tr("cancelled"));
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs[i]->reply == reply) {
            std::unique_ptr<Job> job(m_jobs.takeAt(i));
            reply->finish(aborted);
            return;
        }
    }
    if (!m_job || m_job->reply != reply)
        return;
    // Once DATA may have been accepted the only way to take the message back is to drop the
    // connection (RFC 5321 has no way to cancel DATA); before that, RSET is enough.
    if (m_job->streaming || m_job->finalDotQueued || isDataOutstanding())
        failSession(aborted, false,
            SmtpError(SmtpError::ConnectionClosed,
                tr("the connection was dropped to cancel another message on it")));
    else if (!m_job->failure.isError() || m_job->recipientsAllRefused) {
        m_job->failure = aborted;
        m_job->recipientsAllRefused = false;
    }
}

bool SmtpSession::isDataOutstanding() const
{
    for (const Outstanding &o : m_outstanding) {
        if (o.expect == Expect::Data || o.expect == Expect::Bdat || o.expect == Expect::DataEnd)
            return true;
    }
    return false;
}

void SmtpSession::becomeReady()
{
    setState(State::Ready);
    if (!m_readyEmitted) {
        m_readyEmitted = true;
        Q_EMIT ready();
    }
    startNextJob();
}

void SmtpSession::startNextJob()
{
    if (m_state != State::Ready || m_job)
        return;
    while (!m_jobs.isEmpty()) {
        m_job.reset(m_jobs.dequeue());
        if (m_job->reply) {
            startTransaction();
            return;
        }
        m_job.reset(); // its owner deleted the reply before its turn: nothing to send it for
    }
    if (m_quitRequested) {
        setState(State::Quitting);
        writeCommand(SmtpCommand::quit(),
            { Expect::Quit, -1, qMin(m_settings.timeouts.command, QuitTimeoutMs) });
    }
}

void SmtpSession::startTransaction()
{
    Job &job = *m_job;
    const SmtpEnvelope &envelope = job.envelope;
    const bool serverUtf8 = m_capabilities.smtpUtf8();

    // Everything that can be known to fail is refused here, before a byte is sent.
    auto refuse = [this](SmtpError::Code code, const QString &detail) {
        finishJob(SmtpError(code, detail));
        becomeReady();
    };
    if (envelope.recipients.isEmpty())
        return refuse(SmtpError::NoRecipients, tr("the message has no recipients"));
    if (envelope.requiresSmtpUtf8 && !serverUtf8)
        return refuse(SmtpError::Utf8NotSupported,
            tr("the message has UTF-8 headers but the server does not offer SMTPUTF8"));
    if (envelope.bodyType == SmtpCommand::BodyType::EightBitMime && !m_capabilities.eightBitMime())
        return refuse(SmtpError::EightBitNotSupported,
            tr("the message has 8-bit data but the server does not offer 8BITMIME"));
    const std::optional<qint64> limit = m_capabilities.sizeLimit();
    if (limit && job.size > *limit)
        return refuse(SmtpError::MessageTooLarge,
            tr("the message is %1 bytes; the server accepts at most %2").arg(job.size).arg(*limit));

    bool needsUtf8 = envelope.requiresSmtpUtf8;
    auto toPath = [&](const QString &text, bool allowNull, const QString &role, QByteArray *path) {
        const SmtpAddress address = SmtpAddress::parse(text, allowNull);
        if (!address.isValid()) {
            refuse(SmtpError::InvalidAddress,
                tr("%1 <%2>: %3").arg(role, text, address.errorString()));
            return false;
        }
        *path = address.toWire(serverUtf8);
        if (path->isEmpty() && !address.isNull()) {
            refuse(SmtpError::Utf8NotSupported,
                tr("%1 <%2> has a non-ASCII local part and the server does not offer SMTPUTF8")
                    .arg(role, text));
            return false;
        }
        needsUtf8 = needsUtf8 || !address.isAscii();
        return true;
    };
    QByteArray senderPath;
    if (!toPath(envelope.sender, true, tr("sender"), &senderPath))
        return;
    job.recipientPaths.clear();
    job.results.clear();
    for (const QString &recipient : envelope.recipients) {
        QByteArray path;
        if (!toPath(recipient, false, tr("recipient"), &path))
            return;
        job.recipientPaths << path;
        job.results << SmtpRecipientResult { recipient, {} };
    }

    SmtpCommand::MailParameters mail;
    if (m_capabilities.has("SIZE") && job.size >= 0)
        mail.size = job.size;
    mail.body = envelope.bodyType;
    mail.smtpUtf8 = needsUtf8 && serverUtf8;
    if (m_capabilities.dsn()) {
        mail.ret = envelope.dsnReturn;
        mail.envelopeId = envelope.dsnEnvelopeId;
    }
    job.mailCommand = SmtpCommand::mailFrom(senderPath, mail);
    bool linesValid = !job.mailCommand.isEmpty();
    for (int i = 0; i < job.recipientPaths.size(); ++i)
        linesValid = linesValid && !rcptCommand(i).isEmpty();
    if (!linesValid)
        return refuse(
            SmtpError::InvalidAddress, tr("an address or parameter contains a line break or NUL"));
    if (transactionLimitReached())
        return refuse(SmtpError::TransactionLimitReached,
            tr("the server takes at most %n message(s) per connection (LIMITS MAILMAX)", nullptr,
                *m_capabilities.limits().mailMax));

    job.bodyStart = job.body->pos();
    job.untried.clear();
    for (int i = 0; i < job.recipientPaths.size(); ++i)
        job.untried << i;
    beginTransaction();
}

QList<int> SmtpSession::takeBatch()
{
    // RFC 9422 §5.2, §5.3: no more recipients, nor recipient domains, per transaction than
    // the server advertised. The first untried recipient always fits, so a batch is never
    // empty; the others keep their order.
    Job &job = *m_job;
    const SmtpLimits limits = m_capabilities.limits();
    QList<int> batch;
    QSet<QByteArray> domains;
    for (auto it = job.untried.begin(); it != job.untried.end();) {
        if (limits.rcptMax && batch.size() >= *limits.rcptMax)
            break;
        const QByteArray &path = job.recipientPaths[*it];
        const QByteArray domain = path.mid(path.lastIndexOf('@') + 1).toLower();
        if (limits.rcptDomainMax && !domains.contains(domain)
            && domains.size() >= *limits.rcptDomainMax) {
            ++it;
            continue;
        }
        domains.insert(domain);
        batch << *it;
        it = job.untried.erase(it);
    }
    return batch;
}

bool SmtpSession::transactionLimitReached() const
{
    const std::optional<int> mailMax = m_capabilities.limits().mailMax;
    return mailMax && m_transactions >= *mailMax;
}

void SmtpSession::beginTransaction()
{
    Job &job = *m_job;
    job.batch = takeBatch();
    job.failure = SmtpError();
    job.recipientsAllRefused = false;
    job.mailRefused = false;
    job.bytesRead = 0;
    job.streaming = false;
    job.finalDotQueued = false;
    job.finalDotSent = false;
    job.emptyDataSent = false;
    job.inTransaction = true;
    m_encoder.reset();
    m_bodyTranscriptLine.clear();
    // A further transaction sends the same message again, from its start.
    if (job.body->pos() != job.bodyStart && !job.body->seek(job.bodyStart)) {
        failSession(SmtpError(SmtpError::MessageUnreadable, job.body->errorString()), false,
            SmtpError(SmtpError::ConnectionClosed,
                tr("the connection was dropped because another message could not be read")));
        return;
    }

    QList<QByteArray> lines { job.mailCommand };
    QList<Outstanding> expected { { Expect::MailFrom, -1, m_settings.timeouts.mailFrom } };
    for (const int i : std::as_const(job.batch)) {
        lines << rcptCommand(i);
        expected << Outstanding { Expect::RcptTo, i, m_settings.timeouts.rcptTo };
    }
    ++m_transactions;
    job.useBdat = m_capabilities.chunking();
    setState(State::MailTransaction);
    if (m_capabilities.pipelining()) {
        // RFC 2920 §3.1: MAIL and RCPT may be grouped, DATA ends the group. With CHUNKING we
        // wait for the RCPT replies first, so no message bytes go out for nobody.
        if (!job.useBdat) {
            lines << SmtpCommand::data();
            expected << Outstanding { Expect::Data, -1, m_settings.timeouts.dataInitiation };
        }
        writeCommands(lines, expected);
    } else {
        writeCommand(lines.first(), expected.first());
    }
}

void SmtpSession::endTransaction()
{
    Job &job = *m_job;
    job.inTransaction = false;
    const bool completed = !job.failure.isError();
    if (!completed) {
        // A RCPT TO's 250 counts for nothing once its transaction failed: the server did
        // not take the message for that recipient.
        for (const int i : std::as_const(job.batch)) {
            if (job.results[i].isAccepted())
                job.results[i].reply = job.failure.serverReply();
        }
    } else {
        // RFC 5321 §4.5.3.1.10: the recipients the server had no room for go in the next
        // transaction at once. Only after a transaction that took someone: otherwise the
        // server would just say the same again.
        QList<int> again;
        for (const int i : std::as_const(job.batch)) {
            if (job.results[i].reply.isTooManyRecipients())
                again << i;
        }
        job.untried = again + job.untried;
    }
    const bool goOn
        = !job.untried.isEmpty() && (completed || job.recipientsAllRefused) && job.reply;
    auto reset = [this] {
        setState(State::Resetting);
        writeCommand(SmtpCommand::rset(), { Expect::Rset, -1, m_settings.timeouts.command });
    };
    if (goOn && !transactionLimitReached()) {
        if (completed) {
            beginTransaction();
        } else {
            job.failure = SmtpError(); // RSET first; handleRset() begins the next transaction
            reset();
        }
        return;
    }
    if (goOn) {
        finishJob(SmtpError(SmtpError::TransactionLimitReached,
            tr("the server takes at most %n message(s) per connection (LIMITS MAILMAX); "
               "recipients left for another connection: %1",
                nullptr, *m_capabilities.limits().mailMax)
                .arg(job.untried.size())));
    } else {
        finishJob(completed || job.recipientsAllRefused ? messageOutcome() : job.failure);
    }
    if (completed)
        becomeReady();
    else
        reset();
}

SmtpError SmtpSession::messageOutcome() const
{
    QList<int> all;
    for (int i = 0; i < m_job->results.size(); ++i) {
        if (m_job->results[i].isAccepted())
            return SmtpError(); // the refused ones are in the per-recipient results
        all << i;
    }
    return allRecipientsRefused(all);
}

QByteArray SmtpSession::rcptCommand(int recipient) const
{
    const SmtpEnvelope &envelope = m_job->envelope;
    SmtpCommand::RcptParameters rcpt;
    // RFC 3461: DSN parameters only when the server offers DSN and the user asked for one.
    if (m_capabilities.dsn() && envelope.dsnNotify != SmtpCommand::DsnNotifyFlags()) {
        rcpt.notify = envelope.dsnNotify;
        // ORCPT's "rfc822" type carries ASCII addresses only (RFC 3461 §4.2).
        if (SmtpAddress::parse(envelope.recipients[recipient]).isAscii())
            rcpt.originalRecipient = envelope.recipients[recipient].toUtf8();
    }
    return SmtpCommand::rcptTo(m_job->recipientPaths[recipient], rcpt);
}

void SmtpSession::handleMailFrom(const SmtpReply &reply)
{
    if (!reply.isPositiveCompletion()) {
        failTransaction(SmtpError::fromReply(reply, QStringLiteral("MAIL FROM")));
        m_job->mailRefused = true;
        return;
    }
    if (!m_capabilities.pipelining() && !m_job->failure.isError()) {
        const int first = m_job->batch.first();
        writeCommand(rcptCommand(first), { Expect::RcptTo, first, m_settings.timeouts.rcptTo });
    }
}

void SmtpSession::handleRcptTo(const SmtpReply &reply, int recipient)
{
    Job &job = *m_job;
    // After a refused MAIL FROM the pipelined RCPT TOs get "503 bad sequence", which is no
    // answer about the recipient: it stays untried (code 0).
    if (!job.mailRefused)
        job.results[recipient].reply = reply;
    if (job.failure.isError())
        return;
    const qsizetype position = job.batch.indexOf(recipient);
    if (position + 1 < job.batch.size()) {
        const int next = job.batch[position + 1];
        if (!m_capabilities.pipelining())
            writeCommand(rcptCommand(next), { Expect::RcptTo, next, m_settings.timeouts.rcptTo });
        return;
    }
    // The last recipient is answered. With pipelined DATA its reply is next in line.
    if (!m_capabilities.pipelining() || job.useBdat)
        afterRecipients();
}

void SmtpSession::afterRecipients()
{
    if (acceptedRecipientCount() == 0) {
        failTransactionForRecipients();
        return;
    }
    if (m_job->useBdat) {
        setState(State::Data);
        m_encoder = std::make_unique<SmtpDataEncoder>(SmtpDataEncoder::Mode::Raw);
        sendNextBdatChunk();
        return;
    }
    writeCommand(SmtpCommand::data(), { Expect::Data, -1, m_settings.timeouts.dataInitiation });
}

int SmtpSession::acceptedRecipientCount() const
{
    int accepted = 0;
    for (const int i : std::as_const(m_job->batch))
        accepted += m_job->results[i].isAccepted() ? 1 : 0;
    return accepted;
}

SmtpError SmtpSession::allRecipientsRefused(const QList<int> &recipients) const
{
    // If any refusal was temporary the message may yet go through later.
    for (const int i : recipients) {
        const SmtpRecipientResult &result = m_job->results[i];
        if (result.reply.isTransientFailure())
            return SmtpError(SmtpError::TransientFailure,
                tr("every recipient was refused, some only for now"), result.reply);
    }
    const SmtpReply first
        = recipients.isEmpty() ? SmtpReply() : m_job->results[recipients.first()].reply;
    return SmtpError(SmtpError::AllRecipientsRejected, tr("every recipient was refused"), first);
}

void SmtpSession::failTransactionForRecipients()
{
    if (m_job->failure.isError())
        return;
    m_job->failure = allRecipientsRefused(m_job->batch);
    m_job->recipientsAllRefused = true;
}

void SmtpSession::handleData(const SmtpReply &reply)
{
    Job &job = *m_job;
    if (reply.code == 354) {
        if (job.failure.isError() || acceptedRecipientCount() == 0) {
            if (acceptedRecipientCount() > 0) {
                // A cancelled message whose DATA was accepted: a lone dot would send an
                // empty message to real recipients, so the connection must go instead.
                failSession(job.failure);
                return;
            }
            // RFC 2920 §3.1: DATA was accepted although no recipient was; end it with a
            // lone dot, which the server must reject, and carry on.
            failTransactionForRecipients();
            job.emptyDataSent = true;
            writeCommand(".\r\n", { Expect::DataEnd, -1, m_settings.timeouts.dataTermination });
            return;
        }
        setState(State::Data);
        m_encoder = std::make_unique<SmtpDataEncoder>(SmtpDataEncoder::Mode::DotStuffed);
        job.streaming = true;
        pumpBody();
        return;
    }
    if (acceptedRecipientCount() == 0)
        failTransactionForRecipients();
    else
        failTransaction(SmtpError::fromReply(reply, QStringLiteral("DATA")));
}

bool SmtpSession::readBodyChunk(QByteArray *out, bool *atEnd)
{
    QIODevice *body = m_job->body.get();
    if (!body || !body->isReadable())
        return false;
    out->resize(BodyChunkSize);
    const qint64 n = body->read(out->data(), BodyChunkSize);
    if (n < 0)
        return false;
    out->resize(n);
    m_job->bytesRead += n;
    *atEnd = n == 0 || body->atEnd();
    return true;
}

bool SmtpSession::checkBodyComplete()
{
    // Never end a message with less than the caller said it has: the server would accept a
    // truncated message as if it were whole.
    const Job &job = *m_job;
    if (job.bytesRead > 0 && (job.size < 0 || job.bytesRead == job.size))
        return true;
    const QString why = job.bytesRead == 0
        ? tr("the message is empty")
        : tr("only %1 of the message's %2 bytes could be read").arg(job.bytesRead).arg(job.size);
    failSession(SmtpError(SmtpError::MessageUnreadable, why), false,
        SmtpError(SmtpError::ConnectionClosed,
            tr("the connection was dropped because another message could not be read")));
    return false;
}

bool SmtpSession::checkEncodedData()
{
    // The last guard (callers check before they send or queue): bytes SMTP cannot carry are
    // never written, and without the final dot the server keeps none of what it got.
    const SmtpDataProblem &problem = m_encoder->problem();
    if (!problem.isProblem())
        return true;
    failSession(SmtpError(SmtpError::InvalidMessageData, problem.toString()), false,
        SmtpError(SmtpError::ConnectionClosed,
            tr("the connection was dropped because another message could not be sent")));
    return false;
}

void SmtpSession::pumpBody()
{
    Job &job = *m_job;
    while (job.streaming && pendingWriteBytes() < WriteHighWater) {
        QByteArray chunk;
        bool atEnd = false;
        if (!readBodyChunk(&chunk, &atEnd)) {
            // Never end a message we could not read in full: without the final dot the
            // server discards what it got. Dropping the connection is the only way.
            const QString why = job.body ? job.body->errorString() : tr("no message body");
            failSession(SmtpError(SmtpError::MessageUnreadable, why), false,
                SmtpError(SmtpError::ConnectionClosed,
                    tr("the connection was dropped because another message could not be read")));
            return;
        }
        QByteArray wire = m_encoder->encode(chunk);
        if (!checkEncodedData())
            return;
        if (atEnd) {
            if (!checkBodyComplete())
                return;
            wire += m_encoder->finish();
            job.streaming = false;
            job.finalDotQueued = true;
            if (job.reply)
                Q_EMIT job.reply->endOfDataImminent();
        }
        writeToServer(atEnd ? Outgoing::MessageDataEnd : Outgoing::MessageData, wire);
        if (job.reply) {
            job.reply->m_bytesSent = job.bytesRead;
            Q_EMIT job.reply->progress(job.bytesRead, job.size);
        }
        if (atEnd) {
            m_outstanding.enqueue({ Expect::DataEnd, -1, m_settings.timeouts.dataTermination });
            // Until the last bytes have left, the data-block timeout applies (onBytesWritten).
            m_timeout.start(m_settings.timeouts.dataBlock);
            return;
        }
    }
    // RFC 5321 §4.5.3.2.5: each chunk of data must be taken within the data-block timeout.
    if (job.streaming)
        m_timeout.start(m_settings.timeouts.dataBlock);
}

void SmtpSession::transcribeBody(const QByteArray &wire)
{
    // The user asked for the body: show it line by line as it went on the wire.
    const qsizetype scanFrom = qMax<qsizetype>(0, m_bodyTranscriptLine.size() - 1);
    m_bodyTranscriptLine += wire;
    qsizetype start = 0;
    for (qsizetype end; (end = m_bodyTranscriptLine.indexOf("\r\n", qMax(start, scanFrom))) >= 0;
         start = end + 2) {
        Q_EMIT transcriptEntry(TranscriptEntry::fromWire(m_id, TranscriptEntry::Direction::Client,
            QByteArrayView(m_bodyTranscriptLine).sliced(start, end - start)));
    }
    m_bodyTranscriptLine.remove(0, start);
    // A line with no end in sight is shown in pieces rather than held without bound.
    if (m_bodyTranscriptLine.size() > 64 * 1024) {
        Q_EMIT transcriptEntry(TranscriptEntry::fromWire(
            m_id, TranscriptEntry::Direction::Client, m_bodyTranscriptLine));
        m_bodyTranscriptLine.clear();
    }
}

void SmtpSession::sendNextBdatChunk()
{
    Job &job = *m_job;
    QByteArray wire;
    bool atEnd = false;
    // Skip over chunks that encode to nothing (a lone CR is held for the next chunk).
    while (wire.isEmpty() && !atEnd) {
        QByteArray chunk;
        if (!readBodyChunk(&chunk, &atEnd)) {
            failSession(SmtpError(SmtpError::MessageUnreadable,
                            job.body ? job.body->errorString() : QString()),
                false,
                SmtpError(SmtpError::ConnectionClosed,
                    tr("the connection was dropped because another message could not be read")));
            return;
        }
        wire = m_encoder->encode(chunk);
        if (!checkEncodedData())
            return;
    }
    if (atEnd) {
        if (!checkBodyComplete())
            return;
        wire += m_encoder->finish();
        job.finalDotQueued = true;
        if (job.reply)
            Q_EMIT job.reply->endOfDataImminent();
    }
    const QByteArray command = SmtpCommand::bdat(wire.size(), atEnd);
    // RFC 3030 §2: the chunk follows its BDAT line directly; no reply comes in between.
    writeToServer(Outgoing::Commands, command);
    writeToServer(Outgoing::BdatChunk, wire);
    if (job.reply) {
        job.reply->m_bytesSent = job.bytesRead;
        Q_EMIT job.reply->progress(job.bytesRead, job.size);
    }
    if (atEnd)
        m_outstanding.enqueue({ Expect::DataEnd, -1, m_settings.timeouts.dataTermination });
    else
        m_outstanding.enqueue({ Expect::Bdat, -1, m_settings.timeouts.dataBlock });
    // Until the chunk has left our buffers, the data-block timeout applies (onBytesWritten).
    m_timeout.start(m_settings.timeouts.dataBlock);
}

void SmtpSession::handleBdat(const SmtpReply &reply)
{
    if (!reply.isPositiveCompletion()) {
        failTransaction(SmtpError::fromReply(reply, QStringLiteral("BDAT")));
        return;
    }
    sendNextBdatChunk();
}

void SmtpSession::handleDataEnd(const SmtpReply &reply)
{
    Job &job = *m_job;
    if (job.emptyDataSent)
        return; // the failure is already recorded; RSET follows
    if (job.reply)
        job.reply->setFinalReply(reply);
    if (!reply.isPositiveCompletion()) {
        failTransaction(SmtpError::fromReply(reply, tr("end of data")));
        return;
    }
    endTransaction();
}

void SmtpSession::handleRset(const SmtpReply &reply)
{
    if (!reply.isPositiveCompletion()) {
        failSession(SmtpError::fromReply(reply, QStringLiteral("RSET")), true);
        return;
    }
    if (m_job) {
        // Between two transactions of one message: go on, unless it was cancelled meanwhile.
        if (!m_job->failure.isError()) {
            beginTransaction();
            return;
        }
        finishJob(m_job->failure);
    }
    becomeReady();
}

void SmtpSession::handleQuit(const SmtpReply &)
{
    closeWith(State::Closed);
}

void SmtpSession::failTransaction(const SmtpError &error)
{
    if (m_job && !m_job->failure.isError())
        m_job->failure = error;
}

void SmtpSession::finishJob(const SmtpError &error)
{
    std::unique_ptr<Job> job = std::move(m_job);
    m_encoder.reset();
    m_bodyTranscriptLine.clear();
    if (!job || !job->reply)
        return;
    if (job->inTransaction && error.isError()) {
        // The transaction in progress did not complete: its RCPT TO replies count for nothing.
        for (const int i : std::as_const(job->batch)) {
            if (job->results[i].isAccepted())
                job->results[i].reply = error.serverReply();
        }
    }
    job->reply->m_recipients = job->results;
    job->reply->finish(error);
}

void SmtpSession::finishQueuedJobs(const SmtpError &error)
{
    while (!m_jobs.isEmpty()) {
        std::unique_ptr<Job> job(m_jobs.dequeue());
        if (job->reply) {
            for (const QString &recipient : std::as_const(job->envelope.recipients))
                job->reply->m_recipients << SmtpRecipientResult { recipient, {} };
            job->reply->finish(error);
        }
    }
}

// ---- ending
// --------------------------------------------------------------------------------------

SmtpError SmtpSession::errorForCurrentJob(const SmtpError &error) const
{
    // After the end of data has reached the network, anything but an explicit reply leaves
    // the outcome unknown: the server may have queued the message, so it must not be sent
    // again blindly — even if the user cancelled it.
    // A failure noticed before bytesWritten() counts as sent once nothing is left to write.
    const bool endOfDataOut
        = m_job->finalDotSent || (m_job->finalDotQueued && pendingWriteBytes() == 0);
    if (endOfDataOut && !m_job->emptyDataSent && error.serverReply().code == 0)
        return SmtpError(SmtpError::ConnectionLostAfterData,
            tr("%1 after the whole message was sent").arg(error.toString()));
    if (m_job->failure.isError() && error.code() != SmtpError::Aborted)
        return m_job->failure;
    return error;
}

void SmtpSession::failSession(
    const SmtpError &error, bool sayQuit, const std::optional<SmtpError> &queuedError)
{
    if (m_state == State::Closed)
        return;
    m_timeout.stop();
    m_error = error;
    emitEvent(tr("Failed: %1").arg(error.toString()));
    if (m_job)
        finishJob(errorForCurrentJob(error));
    finishQueuedJobs(queuedError.value_or(error));

    m_transport->disconnect(this);
    if (sayQuit && m_transport->isConnected()) {
        writeCommands({ SmtpCommand::quit() }, {});
        m_timeout.stop();
        // Hand QUIT to the kernel now: the caller may exit as soon as closed() is emitted.
        m_transport->flush();
        m_transport->disconnectFromHost();
    } else {
        m_transport->abort();
    }
    setState(State::Closed);
    m_outstanding.clear();
    Q_EMIT errorOccurred(error);
    Q_EMIT closed();
}

void SmtpSession::closeWith(State finalState)
{
    m_timeout.stop();
    m_outstanding.clear();
    m_transport->disconnect(this);
    m_transport->disconnectFromHost();
    finishQueuedJobs(SmtpError(SmtpError::ConnectionClosed, tr("the session was closed")));
    setState(finalState);
    emitEvent(tr("Connection closed"));
    Q_EMIT closed();
}
