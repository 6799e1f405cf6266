// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "sandboxconnection.h"

#include "sandboxlivesettings.h"

#include <QTcpSocket>

#include <optional>

namespace {

// The reply text when the sandbox's quota is reached (RFC 3463 4.3.1: mail system full).
QByteArray quotaText(const SandboxSettings &settings, const SandboxStore::Usage &usage)
{
    return "The sandbox is full (" + QByteArray::number(qint64(usage.messages)) + " of "
        + QByteArray::number(settings.maxStoredMessages) + " messages, "
        + QByteArray::number(usage.bytes) + " of " + QByteArray::number(settings.maxStoredBytes)
        + " octets): clear it to make room";
}

// "CODE-text" / "CODE text" lines (RFC 5321 §4.2.1), each ended by CRLF; a non-empty
// enhanced code (RFC 2034 §3) goes in front of every line's text.
QByteArray formatReply(int code, const QByteArray &enhanced, const QList<QByteArray> &lines)
{
    QByteArray wire;
    const QByteArray number = QByteArray::number(code);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        wire += number;
        wire += i + 1 < lines.size() ? '-' : ' ';
        if (!enhanced.isEmpty()) {
            wire += enhanced;
            if (!lines[i].isEmpty())
                wire += ' ';
        }
        wire += lines[i];
        wire += "\r\n";
    }
    return wire;
}

bool startsWithNoCase(const QByteArray &bytes, QByteArrayView prefix)
{
    return bytes.size() >= prefix.size()
        && qstrnicmp(bytes.constData(), prefix.data(), prefix.size()) == 0;
}

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

// A path and its parameters, from "FROM:<path> KEY=VALUE ..." (RFC 5321 §4.1.2).
struct PathArgument
{
    QByteArray path; // without angle brackets or source route
    QList<QByteArray> parameters;
};

std::optional<PathArgument> parsePathArgument(const QByteArray &argument, QByteArrayView keyword)
{
    if (!startsWithNoCase(argument, keyword))
        return std::nullopt;
    qsizetype i = keyword.size();
    while (i < argument.size() && argument[i] == ' ') // tolerated, though not in the grammar
        ++i;
    if (i >= argument.size() || argument[i] != '<')
        return std::nullopt;
    const qsizetype open = i++;
    bool quoted = false;
    for (; i < argument.size(); ++i) {
        const char c = argument[i];
        if (quoted && c == '\\') {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '>') {
            break;
        } else if (!quoted && (c == ' ' || c == '<')) {
            return std::nullopt;
        }
    }
    if (i >= argument.size())
        return std::nullopt;
    PathArgument result;
    result.path = argument.mid(open + 1, i - open - 1);
    // RFC 5321 §4.1.2: a source route ("@a,@b:") is accepted and ignored (Appendix C).
    if (result.path.startsWith('@')) {
        const qsizetype colon = result.path.indexOf(':');
        if (colon < 0)
            return std::nullopt;
        result.path.remove(0, colon + 1);
    }
    const QByteArray rest = argument.mid(i + 1);
    if (!rest.isEmpty() && !rest.startsWith(' '))
        return std::nullopt;
    for (const QByteArray &parameter : rest.split(' ')) {
        if (!parameter.isEmpty())
            result.parameters << parameter;
    }
    return result;
}

// A mailbox "local@domain" with no controls or unquoted spaces.
bool isPlausibleMailbox(const QByteArray &path)
{
    for (const char c : path) {
        if (uchar(c) < 0x20 || c == 0x7f)
            return false;
    }
    const qsizetype at = path.lastIndexOf('@');
    return at > 0 && at + 1 < path.size();
}

QByteArray keywordOf(const QByteArray &parameter)
{
    const qsizetype equals = parameter.indexOf('=');
    return (equals < 0 ? parameter : parameter.left(equals)).toUpper();
}

QByteArray valueOf(const QByteArray &parameter)
{
    const qsizetype equals = parameter.indexOf('=');
    return equals < 0 ? QByteArray() : parameter.mid(equals + 1);
}

QString redactedCommand(const QByteArray &line)
{
    // AUTH's initial response carries the password (PLAIN) or the user name (LOGIN).
    if (startsWithNoCase(line, "AUTH ")) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() > 2)
            return QString::fromUtf8(words[0] + ' ' + words[1] + " <redacted>");
    }
    return QString::fromUtf8(line);
}

} // namespace

SandboxConnection::SandboxConnection(QTcpSocket *socket, quint64 id, SandboxSettings settings,
    SandboxLiveSettings *live, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_settings(std::move(settings))
    , m_live(live)
    , m_store(m_settings.folder)
    , m_socket(socket)
{
    m_socket->setParent(this);
    // Bounded input: Qt stops reading from the kernel once this much is waiting for us, so a
    // client that sends while we hold back a reply fills its own socket buffers, not ours.
    m_socket->setReadBufferSize(InputChunk);
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SandboxConnection::processInput);
    connect(m_socket, &QTcpSocket::disconnected, this, &SandboxConnection::onDisconnected);

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(qMax(1, m_settings.idleTimeoutMs));
    connect(&m_idleTimer, &QTimer::timeout, this, &SandboxConnection::onIdleTimeout);
    m_replyDelay.setSingleShot(true);
    connect(&m_replyDelay, &QTimer::timeout, this, &SandboxConnection::flushDelayedReply);
}

SandboxConnection::~SandboxConnection() = default;

QString SandboxConnection::stateName(State state)
{
    switch (state) {
    case State::Greeting:
        return tr("Greeting");
    case State::Command:
        return tr("Waiting for a command");
    case State::AuthResponse:
        return tr("Authenticating");
    case State::Data:
        return tr("Receiving message data");
    case State::BdatChunk:
        return tr("Receiving a BDAT chunk");
    case State::Closing:
        return tr("Closing");
    case State::Closed:
        return tr("Closed");
    }
    return {};
}

void SandboxConnection::setState(State state)
{
    m_state = state;
}

void SandboxConnection::emitEvent(SandboxEvent::Kind kind, const QString &text)
{
    SandboxEvent e;
    e.connection = m_id;
    e.kind = kind;
    e.text = text;
    e.time = QDateTime::currentDateTimeUtc();
    Q_EMIT event(e);
}

void SandboxConnection::start(bool busy, std::optional<uint> strangerUid)
{
    emitEvent(SandboxEvent::Kind::Opened,
        QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort()));
    m_idleTimer.start();
    setState(State::Command);
    if (busy) {
        reply(421, {}, m_settings.hostName + " Too many connections, try again later",
            AfterReply::Close);
        return;
    }
    if (strangerUid) {
        m_refused = true;
        emitEvent(SandboxEvent::Kind::Note,
            *strangerUid == uint(-1)
                ? tr("refused: the program that connected could not be identified")
                : tr("refused: the program that connected belongs to another user (uid %1)")
                      .arg(*strangerUid));
        // RFC 5321 §3.1: 554 instead of 220 refuses the session; the client may QUIT.
        reply(554, {},
            m_settings.hostName
                + " This sandbox takes mail only from the programs of the user who runs it");
        return;
    }
    // RFC 2034 §3: the greeting carries no enhanced status code.
    reply(
        220, {}, m_settings.hostName + " ESMTP Outbound sandbox: messages are kept, not delivered");
}

void SandboxConnection::abort(const QString &why)
{
    if (m_state == State::Closed)
        return;
    close(why);
    m_socket->abort();
}

void SandboxConnection::close(const QString &why)
{
    if (m_state == State::Closed)
        return;
    resetTransaction();
    m_idleTimer.stop();
    m_replyDelay.stop();
    setState(State::Closed);
    emitEvent(SandboxEvent::Kind::Closed, why);
    Q_EMIT closed();
}

// ---- Reading -------------------------------------------------------------------------

void SandboxConnection::onReadyRead()
{
    if (m_state == State::Closing || m_state == State::Closed) {
        m_socket->readAll(); // nothing more is listened to
        return;
    }
    m_idleTimer.start();
    processInput();
}

bool SandboxConnection::isInputPaused() const
{
    return m_replyDelay.isActive() || m_socket->bytesToWrite() > InputChunk;
}

void SandboxConnection::processInput()
{
    if (m_processing)
        return;
    m_processing = true;
    bool needMore = false;
    while ((m_state != State::Closing && m_state != State::Closed) && !isInputPaused()) {
        if (needMore) {
            if (m_socket->bytesAvailable() <= 0)
                break;
            m_input.remove(0, m_inputPos);
            m_inputPos = 0;
            if (m_input.size() >= InputChunk)
                break; // cannot happen: every state makes progress on a full buffer
            m_input += m_socket->read(InputChunk - m_input.size());
        }
        needMore = !step();
    }
    if (m_inputPos == m_input.size()) {
        m_input.clear();
        m_inputPos = 0;
    }
    m_processing = false;
}

bool SandboxConnection::step()
{
    switch (m_state) {
    case State::Command:
        return stepLine(false);
    case State::AuthResponse:
        return stepLine(true);
    case State::Data:
        return stepData();
    case State::BdatChunk:
        return stepBdat();
    case State::Greeting:
    case State::Closing:
    case State::Closed:
        return false;
    }
    return false;
}

bool SandboxConnection::stepLine(bool sasl)
{
    const qsizetype available = m_input.size() - m_inputPos;
    const qsizetype newline = m_input.indexOf('\n', m_inputPos);
    if (newline < 0) {
        // Without a line end in sight, a line longer than the limit is dropped as it
        // arrives and refused once it ends, so it is never buffered whole.
        if (m_discardingLongLine || available > MaxCommandLine + 1) {
            m_discardingLongLine = true;
            m_inputPos = m_input.size();
            return available > 0;
        }
        return false;
    }
    QByteArray line = m_input.mid(m_inputPos, newline - m_inputPos);
    m_inputPos = newline + 1;
    // RFC 5321 §2.3.8 wants CRLF; a bare LF ending a command is accepted, as most servers do.
    // (Message data is stricter: see stepData().)
    if (line.endsWith('\r'))
        line.chop(1);
    if (m_discardingLongLine || line.size() > MaxCommandLine) {
        m_discardingLongLine = false;
        emitEvent(SandboxEvent::Kind::Note, tr("a line longer than %1 octets").arg(MaxCommandLine));
        if (sasl) {
            m_authStep = AuthStep::None;
            setState(State::Command);
        }
        refuse(500, "5.5.2", "Line too long");
        return true;
    }
    if (sasl) {
        emitEvent(SandboxEvent::Kind::Command, QStringLiteral("<redacted>"));
        handleAuthResponse(line);
    } else
        handleCommand(line);
    return true;
}

// RFC 5321 §4.5.2: the message ends with a line holding only "." and a line that starts
// with "." has lost its first one. Lines are found by CRLF only, so a bare LF followed by
// ".\r\n" (or ".\n") never ends the message: the ambiguity behind "SMTP smuggling" is
// refused rather than guessed at. Bytes are stored as they go; no line is buffered whole.
bool SandboxConnection::stepData()
{
    const qsizetype available = m_input.size() - m_inputPos;
    if (available <= 0)
        return false;
    const char *p = m_input.constData() + m_inputPos;
    if (m_atLineStart && p[0] == '.') {
        if (available < 2 || (p[1] == '\r' && available < 3))
            return false;
        if (p[1] == '\r' && p[2] == '\n') {
            m_inputPos += 3;
            emitEvent(SandboxEvent::Kind::Note, tr("message data: %1 octets").arg(m_messageBytes));
            finishMessage("DATA");
            return true;
        }
        ++m_inputPos; // the stuffed dot
        m_atLineStart = false;
        m_lastWasCr = false;
        return true;
    }
    const qsizetype newline = m_input.indexOf('\n', m_inputPos);
    const qsizetype end = newline < 0 ? m_input.size() : newline + 1;
    const QByteArrayView bytes(p, end - m_inputPos);
    if (newline >= 0) {
        const bool crBefore = newline > m_inputPos ? m_input[newline - 1] == '\r' : m_lastWasCr;
        m_atLineStart = crBefore;
        m_lastWasCr = false;
    } else {
        m_atLineStart = false;
        m_lastWasCr = bytes.endsWith('\r');
    }
    m_inputPos = end;
    m_messageBytes += bytes.size();
    if (!m_tooLarge && m_messageBytes > m_settings.maxMessageSize) {
        m_tooLarge = true;
        m_writer.reset();
    }
    if (m_writer)
        m_writer->write(bytes);
    return true;
}

bool SandboxConnection::stepBdat()
{
    if (m_bdatRemaining > 0) {
        const qsizetype available = m_input.size() - m_inputPos;
        if (available <= 0)
            return false;
        const qsizetype n = qsizetype(qMin<qint64>(available, m_bdatRemaining));
        if (m_bdatErrorCode == 0) {
            m_messageBytes += n;
            if (!m_tooLarge && m_messageBytes > m_settings.maxMessageSize) {
                m_tooLarge = true;
                m_writer.reset();
            }
            if (m_writer)
                m_writer->write(QByteArrayView(m_input.constData() + m_inputPos, n));
        }
        m_inputPos += n;
        m_bdatRemaining -= n;
        if (m_bdatRemaining > 0)
            return true;
    }
    // RFC 3030 §2: the reply to a BDAT comes once its whole chunk is in, error or not.
    setState(State::Command);
    if (m_bdatErrorCode != 0) {
        resetTransaction();
        refuse(m_bdatErrorCode, m_bdatErrorEnhanced, m_bdatErrorText);
    } else if (m_tooLarge) {
        resetTransaction();
        refuse(552, "5.3.4",
            "Message too big (the limit is " + QByteArray::number(m_settings.maxMessageSize)
                + " octets)");
    } else if (m_bdatLast) {
        emitEvent(SandboxEvent::Kind::Note, tr("message data: %1 octets").arg(m_messageBytes));
        finishMessage("BDAT");
    } else {
        reply(250, "2.0.0", QByteArray::number(m_messageBytes) + " octets received");
    }
    return true;
}

// ---- Writing -------------------------------------------------------------------------

void SandboxConnection::reply(
    int code, const QByteArray &enhanced, const QByteArray &text, AfterReply after)
{
    replyLines(code, enhanced, { text }, after);
}

void SandboxConnection::replyLines(
    int code, const QByteArray &enhanced, const QList<QByteArray> &lines, AfterReply after)
{
    if (code < 400)
        m_errors = 0;
    queueReply(formatReply(code, enhanced, lines), after);
}

void SandboxConnection::refuse(int code, const QByteArray &enhanced, const QByteArray &text)
{
    if (++m_errors >= MaxErrors) {
        reply(421, "4.7.0", m_settings.hostName + " Too many errors, closing connection",
            AfterReply::Close);
        return;
    }
    reply(code, enhanced, text);
}

// Slow-reply rehearsal: the reply waits, and so does all further input, so that pipelined
// commands are answered one delay apart, as from a slow server.
void SandboxConnection::queueReply(const QByteArray &wire, AfterReply after)
{
    const int delay = m_live->failures().replyDelayMs;
    if (m_replyDelay.isActive()) {
        m_delayedReply += wire;
        if (after == AfterReply::Close)
            m_delayedAfter = AfterReply::Close;
        return;
    }
    if (delay <= 0) {
        write(wire, after);
        return;
    }
    m_delayedReply = wire;
    m_delayedAfter = after;
    m_replyDelay.start(delay);
}

void SandboxConnection::flushDelayedReply()
{
    const QByteArray wire = std::exchange(m_delayedReply, {});
    write(wire, m_delayedAfter);
    m_delayedAfter = AfterReply::Continue;
    processInput();
}

void SandboxConnection::write(const QByteArray &wire, AfterReply after)
{
    if (m_state == State::Closed || m_state == State::Closing)
        return;
    for (const QByteArray &line : wire.split('\n')) {
        if (!line.isEmpty())
            emitEvent(SandboxEvent::Kind::Reply, QString::fromUtf8(line.chopped(1)));
    }
    m_socket->write(wire);
    m_idleTimer.start();
    if (after == AfterReply::Close) {
        setState(State::Closing);
        m_socket->disconnectFromHost(); // after the reply has gone out
    }
}

void SandboxConnection::onDisconnected()
{
    if (m_state == State::Closing)
        close(tr("closed by the sandbox"));
    else
        close(tr("closed by the client"));
}

void SandboxConnection::onIdleTimeout()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Closing) { // the client is not reading our last reply
        abort(tr("the client did not take the last reply in time"));
        return;
    }
    emitEvent(SandboxEvent::Kind::Note,
        tr("no input for %1 s: closing").arg(m_settings.idleTimeoutMs / 1000.0));
    m_replyDelay.stop();
    m_delayedReply.clear();
    write(formatReply(421, "4.4.2", { m_settings.hostName + " Idle timeout, closing connection" }),
        AfterReply::Close);
}

// ---- Commands ------------------------------------------------------------------------

void SandboxConnection::handleCommand(const QByteArray &line)
{
    emitEvent(SandboxEvent::Kind::Command, redactedCommand(line));
    if (line.contains('\0')) {
        refuse(500, "5.5.2", "NUL in command line");
        return;
    }
    const qsizetype space = line.indexOf(' ');
    const QByteArray word = (space < 0 ? line : line.left(space)).toUpper();
    QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1);
    while (argument.endsWith(' ') || argument.endsWith('\t'))
        argument.chop(1);

    static const QList<QPair<QByteArray, Verb>> verbs = {
        { "HELO", Verb::Helo },
        { "EHLO", Verb::Ehlo },
        { "MAIL", Verb::Mail },
        { "RCPT", Verb::Rcpt },
        { "DATA", Verb::Data },
        { "BDAT", Verb::Bdat },
        { "RSET", Verb::Rset },
        { "NOOP", Verb::Noop },
        { "QUIT", Verb::Quit },
        { "VRFY", Verb::Vrfy },
        { "EXPN", Verb::Expn },
        { "HELP", Verb::Help },
        { "AUTH", Verb::Auth },
        { "STARTTLS", Verb::StartTls },
    };
    Verb verb = Verb::Unknown;
    for (const auto &[name, value] : verbs) {
        if (word == name)
            verb = value;
    }

    if (m_refused && verb != Verb::Quit) {
        refuse(503, "5.5.1", "This session was refused; only QUIT is accepted");
        return;
    }
    switch (verb) {
    case Verb::Helo:
        handleHelo(argument, false);
        break;
    case Verb::Ehlo:
        handleHelo(argument, true);
        break;
    case Verb::Mail:
        handleMail(argument);
        break;
    case Verb::Rcpt:
        handleRcpt(argument);
        break;
    case Verb::Data:
        handleData(argument);
        break;
    case Verb::Bdat:
        handleBdat(argument);
        break;
    case Verb::Rset:
        if (!argument.isEmpty()) {
            refuse(501, "5.5.4", "RSET takes no argument");
            break;
        }
        resetTransaction();
        reply(250, "2.0.0", "OK");
        break;
    case Verb::Noop:
        reply(250, "2.0.0", "OK");
        break;
    case Verb::Quit:
        reply(221, "2.0.0", m_settings.hostName + " closing connection", AfterReply::Close);
        break;
    case Verb::Vrfy:
        if (argument.isEmpty())
            refuse(501, "5.5.4", "Syntax: VRFY <address>");
        else
            reply(252, "2.5.0", "Cannot VRFY user, but will accept the message and keep it");
        break;
    case Verb::Expn:
        refuse(502, "5.5.1", "EXPN is not implemented");
        break;
    case Verb::Help:
        replyLines(214, "2.0.0",
            { "Outbound sandbox: a local capture server; nothing is delivered",
                "Commands: HELO EHLO MAIL RCPT DATA "
                    + QByteArray(m_settings.chunking ? "BDAT " : "") + "RSET NOOP QUIT VRFY HELP"
                    + QByteArray(m_settings.acceptAuth ? " AUTH" : "") });
        break;
    case Verb::Auth:
        handleAuth(argument);
        break;
    case Verb::StartTls:
        refuse(502, "5.5.1", "STARTTLS is not available: the sandbox is plaintext on loopback");
        break;
    case Verb::Unknown:
        refuse(500, "5.5.2", "Command not recognized");
        break;
    }
}

void SandboxConnection::handleHelo(const QByteArray &argument, bool extended)
{
    if (argument.isEmpty() || argument.contains(' ')) {
        refuse(501, "5.5.4", extended ? "Syntax: EHLO domain" : "Syntax: HELO domain");
        return;
    }
    // RFC 5321 §4.1.4: EHLO/HELO also ends any transaction in progress.
    resetTransaction();
    m_heloName = QString::fromUtf8(argument);
    m_extended = extended;
    const QByteArray greeting = m_settings.hostName + " Hello " + argument;
    if (!extended) {
        reply(250, {}, greeting);
        return;
    }
    QList<QByteArray> lines = {
        greeting,
        "PIPELINING",
        "SIZE " + QByteArray::number(m_settings.maxMessageSize),
        "8BITMIME",
        "SMTPUTF8",
        "ENHANCEDSTATUSCODES",
        "DSN",
    };
    if (m_settings.chunking)
        lines << "CHUNKING";
    if (m_settings.acceptAuth)
        lines << "AUTH PLAIN LOGIN";
    lines << "HELP";
    // RFC 2034 §3: the EHLO reply carries no enhanced status codes.
    replyLines(250, {}, lines);
}

void SandboxConnection::handleMail(const QByteArray &argument)
{
    if (m_heloName.isEmpty()) {
        refuse(503, "5.5.1", "Say EHLO first");
        return;
    }
    if (m_inTransaction) {
        refuse(503, "5.5.1", "Nested MAIL command");
        return;
    }
    const std::optional<PathArgument> parsed = parsePathArgument(argument, "FROM:");
    if (!parsed) {
        refuse(501, "5.5.4", "Syntax: MAIL FROM:<address> [parameters]");
        return;
    }
    if (!parsed->parameters.isEmpty() && !m_extended) {
        refuse(555, "5.5.4", "Parameters need EHLO");
        return;
    }
    if (const SandboxStore::Usage usage = m_store.usage();
        usage.messages >= m_settings.maxStoredMessages
        || usage.bytes >= m_settings.maxStoredBytes) {
        emitEvent(SandboxEvent::Kind::Note,
            tr("refused: the sandbox is full (%1 messages, %2 octets); clear it to make room")
                .arg(usage.messages)
                .arg(usage.bytes));
        refuse(452, "4.3.1", quotaText(m_settings, usage));
        return;
    }
    bool smtpUtf8 = false;
    for (const QByteArray &parameter : parsed->parameters) {
        const QByteArray keyword = keywordOf(parameter);
        const QByteArray value = valueOf(parameter);
        if (keyword == "SIZE") {
            // RFC 1870 §6.1: a declared size over the limit is refused at once.
            bool ok = false;
            const qint64 size = value.toLongLong(&ok);
            if (!ok || size < 0) {
                refuse(501, "5.5.4", "Syntax: SIZE=<octets>");
                return;
            }
            if (size > m_settings.maxMessageSize) {
                refuse(552, "5.3.4",
                    "Message too big (the limit is " + QByteArray::number(m_settings.maxMessageSize)
                        + " octets)");
                return;
            }
        } else if (keyword == "BODY") {
            const QByteArray body = value.toUpper();
            if (body != "7BIT" && body != "8BITMIME") {
                refuse(555, "5.5.4", "BODY=" + value + " is not supported");
                return;
            }
        } else if (keyword == "SMTPUTF8") {
            if (!value.isEmpty()) {
                refuse(501, "5.5.4", "SMTPUTF8 takes no value");
                return;
            }
            smtpUtf8 = true;
        } else if (keyword == "RET") {
            const QByteArray ret = value.toUpper();
            if (ret != "FULL" && ret != "HDRS") {
                refuse(501, "5.5.4", "Syntax: RET=FULL or RET=HDRS");
                return;
            }
        } else if (keyword == "ENVID" || (keyword == "AUTH" && m_settings.acceptAuth)) {
            if (value.isEmpty()) {
                refuse(501, "5.5.4", keyword + " needs a value");
                return;
            }
        } else {
            refuse(555, "5.5.4", "Parameter " + keyword + " is not supported");
            return;
        }
    }
    if (!parsed->path.isEmpty() && !isPlausibleMailbox(parsed->path)) {
        refuse(553, "5.1.7", "Invalid sender address");
        return;
    }
    // RFC 6531 §3.4: an address in UTF-8 needs the SMTPUTF8 parameter.
    if (!smtpUtf8 && !isAscii(parsed->path)) {
        refuse(553, "5.6.7", "A non-ASCII address needs SMTPUTF8");
        return;
    }
    resetTransaction();
    m_inTransaction = true;
    m_smtpUtf8 = smtpUtf8;
    m_envelope.mailFrom = QString::fromUtf8(parsed->path);
    for (const QByteArray &parameter : parsed->parameters)
        m_envelope.mailParameters << QString::fromUtf8(parameter);
    reply(250, "2.1.0", "Sender <" + parsed->path + "> OK");
}

void SandboxConnection::handleRcpt(const QByteArray &argument)
{
    if (!m_inTransaction) {
        refuse(503, "5.5.1", "Need MAIL before RCPT");
        return;
    }
    const std::optional<PathArgument> parsed = parsePathArgument(argument, "TO:");
    if (!parsed) {
        refuse(501, "5.5.4", "Syntax: RCPT TO:<address> [parameters]");
        return;
    }
    if (!parsed->parameters.isEmpty() && !m_extended) {
        refuse(555, "5.5.4", "Parameters need EHLO");
        return;
    }
    for (const QByteArray &parameter : parsed->parameters) {
        const QByteArray keyword = keywordOf(parameter);
        if (keyword != "NOTIFY" && keyword != "ORCPT") {
            refuse(555, "5.5.4", "Parameter " + keyword + " is not supported");
            return;
        }
        if (valueOf(parameter).isEmpty()) {
            refuse(501, "5.5.4", keyword + " needs a value");
            return;
        }
    }
    // RFC 5321 §4.1.1.3: "<Postmaster>" without a domain must be accepted.
    const bool postmaster = parsed->path.compare("postmaster", Qt::CaseInsensitive) == 0;
    if (!postmaster && !isPlausibleMailbox(parsed->path)) {
        refuse(553, "5.1.3", "Invalid recipient address");
        return;
    }
    if (!m_smtpUtf8 && !isAscii(parsed->path)) {
        refuse(553, "5.6.7", "A non-ASCII address needs SMTPUTF8");
        return;
    }
    if (m_envelope.rcptTos.size() >= m_settings.maxRecipients) {
        // RFC 5321 §4.5.3.1.10: "452 too many recipients", and the client sends the rest later.
        reply(452, "4.5.3", "Too many recipients");
        return;
    }
    if (const SandboxFailures::Recipient failure = m_live->nextRecipient();
        failure != SandboxFailures::Recipient::Accept) {
        emitEvent(SandboxEvent::Kind::Note, tr("recipient failure rehearsed"));
        if (failure == SandboxFailures::Recipient::TransientFailure)
            reply(450, "4.2.1", "Mailbox <" + parsed->path + "> temporarily unavailable (sandbox)");
        else
            reply(550, "5.1.1", "Mailbox <" + parsed->path + "> unavailable (sandbox)");
        return;
    }
    m_envelope.rcptTos << QString::fromUtf8(parsed->path);
    reply(250, "2.1.5", "Recipient <" + parsed->path + "> OK");
}

void SandboxConnection::handleData(const QByteArray &argument)
{
    if (!argument.isEmpty()) {
        refuse(501, "5.5.4", "DATA takes no argument");
        return;
    }
    if (!m_inTransaction) {
        refuse(503, "5.5.1", "Need MAIL before DATA");
        return;
    }
    if (m_usedBdat) {
        refuse(503, "5.5.1", "DATA cannot follow BDAT");
        return;
    }
    if (m_envelope.rcptTos.isEmpty()) {
        // RFC 2920 §3.1: with pipelining, DATA after refused recipients gets 554.
        refuse(554, "5.5.1", "No valid recipients");
        return;
    }
    beginMessage();
    if (!m_writer) {
        resetTransaction();
        reply(451, "4.3.0", "Cannot store messages now");
        return;
    }
    setState(State::Data);
    m_atLineStart = true;
    m_lastWasCr = false;
    reply(354, {}, "End data with <CR><LF>.<CR><LF>");
}

void SandboxConnection::handleBdat(const QByteArray &argument)
{
    // RFC 3030 §2: "BDAT <chunk-size> [LAST]".
    const QList<QByteArray> words = argument.split(' ');
    bool ok = words.size() <= 2 && !words[0].isEmpty() && words[0].size() <= 18;
    for (const char c : words[0])
        ok = ok && c >= '0' && c <= '9';
    if (words.size() == 2 && words[1].toUpper() != "LAST")
        ok = false;
    if (!ok) {
        refuse(501, "5.5.4", "Syntax: BDAT <size> [LAST]");
        return;
    }
    m_bdatRemaining = words[0].toLongLong();
    m_bdatLast = words.size() == 2;
    m_bdatErrorCode = 0;
    auto failLater = [this](int code, const QByteArray &enhanced, const QByteArray &text) {
        m_bdatErrorCode = code;
        m_bdatErrorEnhanced = enhanced;
        m_bdatErrorText = text;
    };
    // Whatever the verdict, the chunk follows the command and has to be read first.
    if (!m_settings.chunking) {
        failLater(502, "5.5.1", "BDAT is not available (CHUNKING is not offered)");
    } else if (!m_inTransaction) {
        failLater(503, "5.5.1", "Need MAIL before BDAT");
    } else if (m_envelope.rcptTos.isEmpty()) {
        failLater(554, "5.5.1", "No valid recipients");
    } else if (!m_usedBdat) {
        m_usedBdat = true;
        beginMessage();
        if (!m_writer)
            failLater(451, "4.3.0", "Cannot store messages now");
    }
    setState(State::BdatChunk);
}

void SandboxConnection::handleAuth(const QByteArray &argument)
{
    if (!m_settings.acceptAuth) {
        refuse(502, "5.5.1", "AUTH is not available: the sandbox needs no login");
        return;
    }
    if (!m_extended) {
        refuse(503, "5.5.1", "Say EHLO first");
        return;
    }
    if (!m_authUser.isEmpty()) {
        refuse(503, "5.5.1", "Already authenticated");
        return;
    }
    if (m_inTransaction) {
        refuse(503, "5.5.1", "AUTH is not allowed during a mail transaction");
        return;
    }
    const QList<QByteArray> words = argument.split(' ');
    const QByteArray mechanism = words[0].toUpper();
    if (words.size() > 2 || (mechanism != "PLAIN" && mechanism != "LOGIN")) {
        refuse(504, "5.5.4", "Unrecognized authentication mechanism");
        return;
    }
    setState(State::AuthResponse);
    if (words.size() == 2) {
        m_authStep = mechanism == "PLAIN" ? AuthStep::PlainResponse : AuthStep::LoginUser;
        // RFC 4954 §4: "=" is an empty initial response.
        handleAuthResponse(words[1] == "=" ? QByteArray() : words[1]);
        return;
    }
    if (mechanism == "PLAIN") {
        m_authStep = AuthStep::PlainResponse;
        reply(334, {}, {});
    } else {
        m_authStep = AuthStep::LoginUser;
        reply(334, {}, QByteArray("Username:").toBase64());
    }
}

void SandboxConnection::handleAuthResponse(const QByteArray &line)
{
    auto fail = [this](int code, const QByteArray &enhanced, const QByteArray &text) {
        m_authStep = AuthStep::None;
        m_loginUser.clear();
        setState(State::Command);
        refuse(code, enhanced, text);
    };
    if (line == "*") {
        fail(501, "5.0.0", "Authentication cancelled");
        return;
    }
    const QByteArray::FromBase64Result result
        = QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    if (!result) {
        fail(501, "5.5.2", "Invalid base64 data");
        return;
    }
    const QByteArray decoded = *result;
    switch (m_authStep) {
    case AuthStep::PlainResponse: {
        // RFC 4616 §2: [authzid] NUL authcid NUL passwd; any password is good here.
        const QList<QByteArray> parts = decoded.split('\0');
        if (parts.size() != 3 || parts[1].isEmpty()) {
            fail(501, "5.5.2", "Malformed PLAIN response");
            return;
        }
        m_authUser = QString::fromUtf8(parts[1]);
        break;
    }
    case AuthStep::LoginUser:
        if (decoded.isEmpty()) {
            fail(501, "5.5.2", "Empty user name");
            return;
        }
        m_loginUser = decoded;
        m_authStep = AuthStep::LoginPassword;
        reply(334, {}, QByteArray("Password:").toBase64());
        return;
    case AuthStep::LoginPassword:
        m_authUser = QString::fromUtf8(m_loginUser);
        break;
    case AuthStep::None:
        fail(503, "5.5.1", "No authentication in progress");
        return;
    }
    m_authStep = AuthStep::None;
    m_loginUser.clear();
    setState(State::Command);
    emitEvent(SandboxEvent::Kind::Note,
        tr("authenticated as %1 (any password is accepted)").arg(m_authUser));
    reply(235, "2.7.0", "Authentication successful");
}

// ---- The message -----------------------------------------------------------------------

void SandboxConnection::beginMessage()
{
    m_messageBytes = 0;
    m_tooLarge = false;
    m_writer.reset();
    QString error;
    if (!m_store.ensureFolder(&error)) {
        emitEvent(SandboxEvent::Kind::Note, error);
        return;
    }
    m_writer = m_store.begin();
    if (!m_writer->errorString().isEmpty()) {
        emitEvent(SandboxEvent::Kind::Note, m_writer->errorString());
        m_writer.reset();
    }
}

void SandboxConnection::finishMessage(const QByteArray &transfer)
{
    setState(State::Command);
    if (m_tooLarge) {
        resetTransaction();
        refuse(552, "5.3.4",
            "Message too big (the limit is " + QByteArray::number(m_settings.maxMessageSize)
                + " octets)");
        return;
    }
    const SandboxFailures::EndOfData failure = m_live->failures().endOfData;
    switch (failure) {
    case SandboxFailures::EndOfData::TransientFailure:
        resetTransaction();
        emitEvent(SandboxEvent::Kind::Note, tr("end-of-data failure rehearsed; nothing stored"));
        reply(451, "4.3.0", "Temporary failure, try again later (sandbox)");
        return;
    case SandboxFailures::EndOfData::PermanentFailure:
        resetTransaction();
        emitEvent(SandboxEvent::Kind::Note, tr("end-of-data failure rehearsed; nothing stored"));
        reply(554, "5.3.0", "Message refused (sandbox)");
        return;
    case SandboxFailures::EndOfData::Accept:
    case SandboxFailures::EndOfData::DropConnection:
        break;
    }
    // The quota again, with this message counted: MAIL only saw what was there before, and
    // other connections may have stored since.
    SandboxStore::Usage usage = m_store.usage();
    usage.bytes += m_messageBytes;
    if (usage.messages >= m_settings.maxStoredMessages || usage.bytes > m_settings.maxStoredBytes) {
        resetTransaction();
        emitEvent(SandboxEvent::Kind::Note,
            tr("refused: the message does not fit in the sandbox (%1 messages, %2 octets); "
               "nothing stored")
                .arg(usage.messages)
                .arg(usage.bytes));
        reply(452, "4.3.1", quotaText(m_settings, usage));
        return;
    }
    CapturedMessage envelope = m_envelope;
    envelope.heloName = m_heloName;
    envelope.authUser = m_authUser;
    envelope.transfer = QString::fromLatin1(transfer);
    const CapturedMessage stored = m_writer ? m_writer->commit(envelope) : CapturedMessage();
    if (!stored.isValid()) {
        emitEvent(SandboxEvent::Kind::Note,
            m_writer ? m_writer->errorString() : tr("the message could not be stored"));
        resetTransaction();
        reply(451, "4.3.0", "Could not store the message, try again later");
        return;
    }
    resetTransaction();
    emitEvent(SandboxEvent::Kind::Note,
        tr("stored message %1 (%2 octets)").arg(stored.id).arg(stored.size));
    Q_EMIT captured(stored);
    if (failure == SandboxFailures::EndOfData::DropConnection) {
        abort(tr("dropped after the end of data, before replying (rehearsal)"));
        return;
    }
    reply(250, "2.0.0", "Ok: queued as " + stored.id.toLatin1());
}

void SandboxConnection::resetTransaction()
{
    m_inTransaction = false;
    m_smtpUtf8 = false;
    m_envelope = CapturedMessage();
    m_writer.reset();
    m_messageBytes = 0;
    m_tooLarge = false;
    m_usedBdat = false;
}
