// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "serverprocess.h"

#include "testca.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

namespace {

QString supportFile(const char *name)
{
    return QStringLiteral(OUTBOUND_TEST_SUPPORT_DIR "/") + QLatin1String(name);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        result.append(item.toString());
    return result;
}

} // namespace

// ---- ServerProcess -----------------------------------------------------------------------

ServerProcess::ServerProcess()
{
    // Linux only, like the rest of the harness: the child gets SIGTERM when this thread's
    // process dies, even by SIGKILL, so no server outlives a crashed test.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

ServerProcess::~ServerProcess()
{
    stop(1000);
    if (QTest::currentTestFunction() && QTest::currentTestFailed() && !m_stderr.isEmpty()) {
        qWarning().noquote() << "stderr of" << commandLine() << ":\n"
                             << QString::fromLocal8Bit(m_stderr);
    }
}

bool ServerProcess::launch(const QString &program, const QStringList &arguments)
{
    stop();
    m_port = 0;
    m_error.clear();
    m_stderr.clear();
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    // stdin stays an open pipe: the Python servers exit when it reaches EOF.
    m_process.start(QIODevice::ReadWrite);
    if (!m_process.waitForStarted(5000)) {
        fail(QStringLiteral("cannot start: %1").arg(m_process.errorString()));
        return false;
    }
    return true;
}

bool ServerProcess::start(const QString &program, const QStringList &arguments, int timeoutMs)
{
    if (!launch(program, arguments))
        return false;
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    for (;;) {
        out += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
        const int newline = out.indexOf('\n');
        if (newline >= 0) {
            const QByteArray line = out.left(newline).trimmed();
            bool ok = false;
            const uint port = line.startsWith("READY ") ? line.mid(6).toUInt(&ok) : 0;
            if (ok && port > 0 && port < 65536) {
                m_port = quint16(port);
                return true;
            }
            fail(QStringLiteral("expected \"READY <port>\", got \"%1\"")
                     .arg(QString::fromLocal8Bit(line)));
            stop();
            return false;
        }
        if (m_process.state() == QProcess::NotRunning) {
            fail(QStringLiteral("exited with code %1 before it was ready")
                     .arg(m_process.exitCode()));
            return false;
        }
        const qint64 remaining = timeoutMs - timer.elapsed();
        if (remaining <= 0) {
            fail(QStringLiteral("no READY line within %1 ms").arg(timeoutMs));
            stop();
            return false;
        }
        m_process.waitForReadyRead(int(qMin<qint64>(remaining, 100)));
    }
}

bool ServerProcess::startListening(
    const QString &program, const QStringList &arguments, quint16 port, int timeoutMs)
{
    if (!launch(program, arguments))
        return false;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (probe.waitForConnected(500)) {
            probe.abort();
            m_port = port;
            return true;
        }
        m_stderr += m_process.readAllStandardError();
        if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(50)) {
            fail(QStringLiteral("exited with code %1 before it listened on port %2")
                     .arg(m_process.exitCode())
                     .arg(port));
            return false;
        }
        if (timer.elapsed() > timeoutMs) {
            fail(QStringLiteral("not listening on port %1 within %2 ms").arg(port).arg(timeoutMs));
            stop();
            return false;
        }
    }
}

bool ServerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

bool ServerProcess::waitForExit(int timeoutMs)
{
    const bool exited
        = QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    m_stderr += m_process.readAllStandardError();
    return exited;
}

void ServerProcess::stop(int graceMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(graceMs)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    m_stderr += m_process.readAllStandardError();
}

QByteArray ServerProcess::standardError() const
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

void ServerProcess::fail(const QString &reason)
{
    m_error = reason;
}

QString ServerProcess::commandLine() const
{
    return (QStringList(m_process.program()) + m_process.arguments()).join(QLatin1Char(' '));
}

QString ServerProcess::errorString() const
{
    QString text = m_error.isEmpty() ? QStringLiteral("server process") : m_error;
    text += QStringLiteral("\ncommand: ") + commandLine();
    const QByteArray err = standardError();
    if (!err.isEmpty())
        text += QStringLiteral("\nstderr:\n") + QString::fromLocal8Bit(err);
    return text;
}

// ---- SmtpTestServer ----------------------------------------------------------------------

SmtpTestServer::SmtpTestServer(Options options)
    : m_options(std::move(options))
{ }

bool SmtpTestServer::start()
{
    const Options &o = m_options;
    QStringList args { supportFile("smtp_server.py"), QStringLiteral("--spool"), m_spool.path(),
        QStringLiteral("--max-seconds"), QString::number(o.maxSeconds) };
    if (o.tls != Options::Tls::None) {
        const TestCa &ca = TestCa::instance();
        args << QStringLiteral("--tls")
             << (o.tls == Options::Tls::StartTls ? QStringLiteral("starttls")
                                                 : QStringLiteral("implicit"))
             << QStringLiteral("--cert")
             << (o.certPath.isEmpty() ? ca.serverCertPath() : o.certPath) << QStringLiteral("--key")
             << (o.keyPath.isEmpty() ? ca.serverKeyPath() : o.keyPath);
    }
    if (o.requireStartTls)
        args << QStringLiteral("--require-starttls");
    for (const Options::User &user : o.users)
        args << QStringLiteral("--auth") << user.name + QLatin1Char(':') + user.password;
    if (!o.mechanisms.isEmpty())
        args << QStringLiteral("--auth-mechanisms") << o.mechanisms.join(QLatin1Char(','));
    if (o.authRequireTls.has_value()) {
        args << (*o.authRequireTls ? QStringLiteral("--auth-require-tls")
                                   : QStringLiteral("--no-auth-require-tls"));
    }
    if (o.smtpUtf8)
        args << QStringLiteral("--smtputf8");
    if (o.dsn)
        args << QStringLiteral("--dsn");
    if (o.sizeLimit > 0)
        args << QStringLiteral("--size-limit") << QString::number(o.sizeLimit);
    for (const QString &glob : o.rejectRcpt)
        args << QStringLiteral("--reject-rcpt") << glob;
    for (const QString &glob : o.tempfailRcpt)
        args << QStringLiteral("--tempfail-rcpt") << glob;
    if (o.maxRecipients > 0)
        args << QStringLiteral("--max-recipients") << QString::number(o.maxRecipients);
    if (!o.limits.isEmpty())
        args << QStringLiteral("--limits") << o.limits;
    return m_process.start(QStringLiteral(OUTBOUND_SYSTEM_PYTHON), args);
}

QList<ReceivedMessage> SmtpTestServer::messages() const
{
    QList<ReceivedMessage> result;
    const QDir dir(m_spool.path());
    const QStringList names = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile json(dir.filePath(name));
        QFile eml(dir.filePath(name.chopped(5) + QStringLiteral(".eml")));
        if (!json.open(QIODevice::ReadOnly) || !eml.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
        ReceivedMessage message;
        message.id = o.value(QLatin1String("id")).toString();
        message.content = eml.readAll();
        message.mailFrom = o.value(QLatin1String("mail_from")).toString();
        message.rcptTos = toStringList(o.value(QLatin1String("rcpt_tos")));
        message.mailOptions = toStringList(o.value(QLatin1String("mail_options")));
        message.rcptOptions = toStringList(o.value(QLatin1String("rcpt_options")));
        message.smtpUtf8 = o.value(QLatin1String("smtputf8")).toBool();
        message.authUser = o.value(QLatin1String("auth_user")).toString();
        message.tls = o.value(QLatin1String("tls")).toBool();
        result.append(message);
    }
    return result;
}

QList<ReceivedMessage> SmtpTestServer::waitForMessages(int count, int timeoutMs)
{
    const QDir dir(m_spool.path());
    // A timeout is not an error here: the caller compares the number of messages.
    (void)QTest::qWaitFor(
        [&] { return dir.entryList({ QStringLiteral("*.json") }, QDir::Files).size() >= count; },
        timeoutMs);
    return messages();
}

// ---- ScriptedRecord ----------------------------------------------------------------------

const ScriptedConnection &ScriptedRecord::first() const
{
    static const ScriptedConnection none;
    return connections.isEmpty() ? none : connections.first();
}

bool ScriptedRecord::passed() const
{
    if (!isValid() || connections.isEmpty())
        return false;
    for (const ScriptedConnection &c : connections) {
        if (!c.completed || !c.deviations.isEmpty())
            return false;
    }
    return true;
}

QString ScriptedRecord::describe() const
{
    QStringList lines;
    if (!error.isEmpty())
        lines << QStringLiteral("error: ") + error;
    if (connections.isEmpty())
        lines << QStringLiteral("no connection was made");
    for (int i = 0; i < connections.size(); ++i) {
        const ScriptedConnection &c = connections.at(i);
        lines << QStringLiteral("connection %1: completed=%2 tls=%3")
                     .arg(i)
                     .arg(c.completed ? QStringLiteral("yes") : QStringLiteral("no"),
                         c.tls ? QStringLiteral("yes") : QStringLiteral("no"));
        for (const QString &d : c.deviations)
            lines << QStringLiteral("  deviation: ") + d;
        if (!c.tlsError.isEmpty())
            lines << QStringLiteral("  tls error: ") + c.tlsError;
        for (const QString &r : c.received)
            lines << QStringLiteral("  C: ") + r;
        if (!c.bytesAfterClose.isEmpty())
            lines << QStringLiteral("  after close: ") + QString::fromUtf8(c.bytesAfterClose);
    }
    if (!serverStderr.isEmpty())
        lines << QStringLiteral("server stderr:\n") + QString::fromLocal8Bit(serverStderr);
    return lines.join(QLatin1Char('\n'));
}

// ---- ScriptedServer ----------------------------------------------------------------------

QString ScriptedServer::oneRecipientPerConnection()
{
    return QStringLiteral(
        "S: 220 limits.test ESMTP\nC: EHLO client.test\nS: 250-limits.test\n"
        "S: 250 LIMITS MAILMAX=1 RCPTMAX=1\n"
        "C: MAIL FROM:<ada@example.org>*\nS: 250 ok\nC: RCPT TO:<*>\nS: 250 ok\n"
        "C: DATA\nS: 354 go\nX: read-data\nS: 250 2.0.0 ok queued as Q\nC: QUIT\nS: 221 bye\n");
}

ScriptedServer::ScriptedServer(const QString &scenario, int connections)
    : m_scenario(scenario)
    , m_connections(connections)
{ }

void ScriptedServer::setCertificate(const QString &certPath, const QString &keyPath)
{
    m_certPath = certPath;
    m_keyPath = keyPath;
}

bool ScriptedServer::start(bool implicitTls)
{
    const QString scenarioPath = m_dir.filePath(QStringLiteral("scenario.txt"));
    QFile file(scenarioPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(m_scenario.toUtf8()) < 0) {
        qWarning("ScriptedServer: cannot write %s", qPrintable(scenarioPath));
        return false;
    }
    file.close();
    QFile::remove(m_dir.filePath(QStringLiteral("record.json")));

    QString cert = m_certPath;
    QString key = m_keyPath;
    if (cert.isEmpty()) {
        cert = TestCa::instance().serverCertPath();
        key = TestCa::instance().serverKeyPath();
    }
    QStringList args { supportFile("scripted_server.py"), QStringLiteral("--scenario"),
        scenarioPath, QStringLiteral("--record"), m_dir.filePath(QStringLiteral("record.json")),
        QStringLiteral("--connections"), QString::number(m_connections),
        QStringLiteral("--read-timeout"), QString::number(m_readTimeoutSeconds),
        QStringLiteral("--cert"), cert, QStringLiteral("--key"), key };
    if (implicitTls)
        args << QStringLiteral("--implicit-tls");
    return m_process.start(QStringLiteral(OUTBOUND_SYSTEM_PYTHON), args);
}

ScriptedServer::Record ScriptedServer::finish(int timeoutMs)
{
    Record record;
    if (m_process.port() == 0) {
        record.error
            = QStringLiteral("the scripted server was not started: ") + m_process.errorString();
        return record;
    }
    if (!m_process.waitForExit(timeoutMs))
        m_process.stop();
    record.serverStderr = m_process.standardError();

    QFile file(m_dir.filePath(QStringLiteral("record.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        record.error = QStringLiteral("no record: ") + file.errorString();
        return record;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        record.error = QStringLiteral("unreadable record: ") + parseError.errorString();
        return record;
    }
    const QJsonArray connections = doc.object().value(QLatin1String("connections")).toArray();
    for (const QJsonValue &value : connections) {
        const QJsonObject o = value.toObject();
        ScriptedConnection c;
        c.received = toStringList(o.value(QLatin1String("received")));
        const QStringList blobs = toStringList(o.value(QLatin1String("data")));
        for (const QString &blob : blobs)
            c.data.append(QByteArray::fromBase64(blob.toLatin1()));
        c.deviations = toStringList(o.value(QLatin1String("deviations")));
        c.tls = o.value(QLatin1String("tls")).toBool();
        c.completed = o.value(QLatin1String("completed")).toBool();
        c.bytesAfterClose = QByteArray::fromBase64(
            o.value(QLatin1String("bytes_after_close")).toString().toLatin1());
        c.tlsError = o.value(QLatin1String("tls_error")).toString();
        record.connections.append(c);
    }
    return record;
}
