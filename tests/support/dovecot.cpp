// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "dovecot.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace {

const QString DovecotBinary = QStringLiteral("/usr/sbin/dovecot");

bool writeFile(const QString &path, const QByteArray &contents,
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ReadGroup | QFileDevice::ReadOther)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (file.write(contents) != contents.size())
        return false;
    file.close();
    return file.setPermissions(permissions);
}

QString userName(uid_t uid)
{
    const passwd *entry = getpwuid(uid);
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

QString groupName(gid_t gid)
{
    const group *entry = getgrgid(gid);
    return entry ? QString::fromLocal8Bit(entry->gr_name) : QString();
}

} // namespace

DovecotServer::DovecotServer()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

DovecotServer::~DovecotServer()
{
    stop();
}

bool DovecotServer::isAvailable()
{
    return QFileInfo(DovecotBinary).isExecutable()
        && !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty();
}

bool DovecotServer::fail(const QString &message)
{
    m_error = message;
    const QString tail = log().right(4000);
    if (!tail.isEmpty())
        m_error += QStringLiteral("\n--- dovecot log ---\n") + tail;
    const QByteArray output = m_process.readAll();
    if (!output.isEmpty())
        m_error += QStringLiteral("\n--- dovecot output ---\n") + QString::fromLocal8Bit(output);
    stop();
    return false;
}

bool DovecotServer::start(int timeoutMs)
{
    if (!isAvailable())
        return fail(QStringLiteral("Dovecot (%1) or openssl is not installed").arg(DovecotBinary));
    if (!m_dir.isValid())
        return fail(QStringLiteral("Cannot create a temporary directory"));
    // Dovecot's unprivileged processes (dovenull, dovecot, nobody) must traverse it.
    QFile::setPermissions(m_dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::ExeOther);
    if (!makeCertificates() || !pickPorts() || !writeConfiguration())
        return false;

    m_process.start(DovecotBinary,
        { QStringLiteral("-F"), QStringLiteral("-c"), path(QStringLiteral("dovecot.conf")) });
    if (!m_process.waitForStarted(5000))
        return fail(
            QStringLiteral("Cannot run %1: %2").arg(DovecotBinary, m_process.errorString()));

    // Ready when every listener accepts.
    const QDeadlineTimer deadline(timeoutMs);
    for (const quint16 port : m_ports) {
        for (;;) {
            if (m_process.state() != QProcess::Running)
                return fail(
                    QStringLiteral("Dovecot exited with code %1").arg(m_process.exitCode()));
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(500)) {
                probe.abort();
                break;
            }
            if (deadline.hasExpired())
                return fail(QStringLiteral("Dovecot did not listen on port %1 in time").arg(port));
            // Also notices the process's exit (QProcess updates its state only when asked).
            if (m_process.waitForFinished(50))
                return fail(
                    QStringLiteral("Dovecot exited with code %1").arg(m_process.exitCode()));
        }
    }
    return true;
}

void DovecotServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // SIGTERM: the master stops its children and exits.
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool DovecotServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QString DovecotServer::log() const
{
    QFile file(path(QStringLiteral("dovecot.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QByteArray DovecotServer::certificateSha256() const
{
    const auto certificates = QSslCertificate::fromPath(
        certificateFile(), QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    return certificates.isEmpty() ? QByteArray()
                                  : certificates.first().digest(QCryptographicHash::Sha256);
}

bool DovecotServer::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2")
                      .arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool DovecotServer::makeCertificates()
{
    const QStringList key = { QStringLiteral("-newkey"), QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("30") };
    const bool ok
        = openssl(QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + key
              + QStringList { QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                  QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=Outbound Dovecot Test CA"), QStringLiteral("-addext"),
                  QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                  QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") })
        && openssl(QStringList { QStringLiteral("req") } + key
            + QStringList { QStringLiteral("-keyout"), QStringLiteral("server.key"),
                QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                QStringLiteral("/CN=localhost") })
        && writeFile(path(QStringLiteral("server.ext")),
            "subjectAltName=DNS:localhost,IP:127.0.0.1\n"
            "basicConstraints=CA:FALSE\n"
            "extendedKeyUsage=serverAuth\n")
        && openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
            QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"),
            QStringLiteral("server.ext"), QStringLiteral("-out"), QStringLiteral("server.pem") });
    if (!ok)
        return fail(m_error.isEmpty() ? QStringLiteral("Cannot write certificate files") : m_error);
    return true;
}

bool DovecotServer::pickPorts()
{
    // Bound together so the four differ, then released for Dovecot. Another process could
    // take one in between; start() then fails clearly rather than hanging.
    QTcpServer servers[PortCount];
    for (int i = 0; i < PortCount; ++i) {
        if (!servers[i].listen(QHostAddress::LocalHost, 0))
            return fail(
                QStringLiteral("Cannot find a free port: %1").arg(servers[i].errorString()));
        m_ports[i] = servers[i].serverPort();
    }
    return true;
}

bool DovecotServer::writeConfiguration()
{
    const bool root = geteuid() == 0;
    const QString dir = m_dir.path();
    for (const QString &sub :
        { QStringLiteral("run"), QStringLiteral("state"), QStringLiteral("mail") }) {
        if (!QDir(dir).mkpath(sub))
            return fail(QStringLiteral("Cannot create %1").arg(path(sub)));
    }
    // Mail processes run as nobody when we are root: they create the maildirs here.
    QFile::setPermissions(path(QStringLiteral("mail")),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);

    // passwd-file: user:{scheme}password:uid:gid:gecos:home:shell:extra. A plaintext scheme
    // lets Dovecot serve every mechanism (CRAM-MD5 and SCRAM need more than a hash).
    if (!writeFile(path(QStringLiteral("passwd")),
            user().toUtf8() + ":{PLAIN}" + password().toUtf8() + "::::::\n"))
        return fail(QStringLiteral("Cannot write the passwd file"));

    QString uid = QStringLiteral("65534");
    QString gid = QStringLiteral("65534");
    QString processUsers;
    if (!root) {
        // As an ordinary user every Dovecot process runs as us, without chroots (%10 below).
        const QString me = userName(geteuid());
        const QString myGroup = groupName(getegid());
        if (me.isEmpty() || myGroup.isEmpty())
            return fail(QStringLiteral("The current user or group has no name"));
        uid = QString::number(geteuid());
        gid = QString::number(getegid());
        processUsers = QStringLiteral("default_login_user = %1\n"
                                      "default_internal_user = %1\n"
                                      "default_internal_group = %2\n")
                           .arg(me, myGroup);
    }

    const QString config = QStringLiteral(
        "# Written by the Outbound test suite; nothing here comes from /etc/dovecot.\n"
        "protocols = imap pop3\n"
        "listen = 127.0.0.1\n"
        "base_dir = %1/run\n"
        "state_dir = %1/state\n"
        "instance_name = outbound-test-%2\n"
        "log_path = %1/dovecot.log\n"
        "info_log_path = %1/dovecot.log\n"
        "auth_verbose = yes\n"
        "auth_failure_delay = 0\n"
        "ssl = yes\n"
        "ssl_cert = <%1/server.pem\n"
        "ssl_key = <%1/server.key\n"
        "ssl_min_protocol = TLSv1.2\n"
        "disable_plaintext_auth = no\n"
        "auth_mechanisms = plain login cram-md5 scram-sha-1 scram-sha-256\n"
        "passdb {\n"
        "  driver = passwd-file\n"
        "  args = %1/passwd\n"
        "}\n"
        "userdb {\n"
        "  driver = static\n"
        "  args = uid=%3 gid=%4 home=%1/mail/%u\n"
        "}\n"
        "mail_location = maildir:~/Maildir\n"
        "first_valid_uid = 1\n"
        // Without this, each failed login (the wrong-password tests) delays the next login
        // from 127.0.0.1 by seconds, growing (Dovecot's auth penalty).
        "service anvil {\n"
        "  unix_listener anvil-auth-penalty {\n    mode = 0\n  }\n"
        "%10"
        "}\n"
        "service imap-login {\n"
        "%10"
        "  inet_listener imap {\n    port = %5\n  }\n"
        "  inet_listener imaps {\n    port = %6\n    ssl = yes\n  }\n"
        "}\n"
        "service pop3-login {\n"
        "%10"
        "  inet_listener pop3 {\n    port = %7\n  }\n"
        "  inet_listener pop3s {\n    port = %8\n    ssl = yes\n  }\n"
        "}\n"
        "%9")
                               .arg(dir, QString::number(m_ports[Imap]), uid, gid,
                                   QString::number(m_ports[Imap]), QString::number(m_ports[Imaps]),
                                   QString::number(m_ports[Pop3]), QString::number(m_ports[Pop3s]),
                                   processUsers, root ? QString() : QStringLiteral("  chroot =\n"));
    if (!writeFile(path(QStringLiteral("dovecot.conf")), config.toUtf8()))
        return fail(QStringLiteral("Cannot write dovecot.conf"));
    return true;
}
