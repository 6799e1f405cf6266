// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// SingleInstance: a second launch hands mailto:/--compose requests (subjects, bodies,
// attachment paths) to the running app, and to nobody else. The other local user is uid
// 65534 (nobody), reached with setpriv where the test runs as root (as CI does).
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr uint Nobody = 65534;
const QStringList Requests = { QStringLiteral(
    "mailto:bob@example.org?subject=Salary%20review&body=confidential&attach=/home/ada/x.pdf") };

QString whyNoSecondUser()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root to act as a second local user (setpriv to uid 65534)");
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        return QStringLiteral("setpriv (util-linux) is not installed");
    return {};
}

// A Unix socket server run by nobody at `path`, open to everyone: it prints "READY", then
// "GOT <hex>" for whatever a client sends it.
class Squatter
{
public:
    bool start(const QString &path, QString *error)
    {
        static const char script[] = R"(
import os, socket, sys
path = sys.argv[1]
srv = socket.socket(socket.AF_UNIX)
srv.bind(path)
os.chmod(path, 0o777)
srv.listen(4)
print('READY', flush=True)
while True:
    c, _ = srv.accept()
    c.settimeout(3)
    data = b''
    try:
        while True:
            chunk = c.recv(4096)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    if data:
        print('GOT', data.hex(), flush=True)
    c.close()
)";
        m_process.start(QStringLiteral("setpriv"),
            { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), QStringLiteral("/usr/bin/python3"),
                QStringLiteral("-c"), QString::fromLatin1(script), path });
        bool ready = m_process.waitForStarted(5000);
        while (ready && !m_process.canReadLine())
            ready = m_process.waitForReadyRead(10000);
        if (!ready || !m_process.readLine().startsWith("READY")) {
            *error = QStringLiteral("the squatter did not start: ")
                + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        return true;
    }
    ~Squatter()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QByteArray received()
    {
        (void)m_process.waitForReadyRead(1000);
        return m_process.readAllStandardOutput();
    }

private:
    QProcess m_process;
};

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void socketIsNeverInSharedTmp();
    void forwardsToOwnInstance();
    void squatterOnTheOldNameGetsNothing();
    void instanceOfAnotherUserGetsNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_runtime;
    QByteArray m_savedRuntime;
};

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A private runtime folder, as systemd-logind makes one (0700, this user's).
    m_runtime = m_dir->filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(m_runtime));
    QVERIFY(QFile::setPermissions(
        m_runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    m_savedRuntime = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", m_runtime.toUtf8());
}

void TestSingleInstance::cleanup()
{
    if (m_savedRuntime.isNull())
        qunsetenv("XDG_RUNTIME_DIR");
    else
        qputenv("XDG_RUNTIME_DIR", m_savedRuntime);
    m_dir.reset();
}

void TestSingleInstance::socketIsNeverInSharedTmp()
{
    const Profile profile = Profile::resolve(m_dir->filePath(QStringLiteral("profile")));
    QString path = SingleInstance::socketPath(profile);
    QVERIFY2(path.startsWith(m_runtime + QLatin1Char('/')), qPrintable(path));

    // A runtime folder others can enter is not used; the (0700) profile is.
    QVERIFY(QFile::setPermissions(m_runtime,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
    path = SingleInstance::socketPath(profile);
    QCOMPARE(path, profile.path() + QStringLiteral("/instance.socket"));
    qunsetenv("XDG_RUNTIME_DIR");
    QCOMPARE(
        SingleInstance::socketPath(profile), profile.path() + QStringLiteral("/instance.socket"));
    QVERIFY(!SingleInstance::socketPath(profile).startsWith(
        QDir::tempPath() + QStringLiteral("/outbound-")));
}

void TestSingleInstance::forwardsToOwnInstance()
{
    const Profile profile = Profile::resolve(m_dir->filePath(QStringLiteral("profile")));
    QString error;
    QVERIFY2(profile.ensureExists(&error), qPrintable(error));
    SingleInstance running(profile);
    QVERIFY2(running.listen(&error), qPrintable(error));
    QSignalSpy received(&running, &SingleInstance::requestsReceived);
    SingleInstance second(profile);
    QVERIFY(second.forwardToRunning(Requests));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received[0][0].toStringList(), Requests);
}

void TestSingleInstance::squatterOnTheOldNameGetsNothing()
{
    if (const QString why = whyNoSecondUser(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const Profile profile = Profile::resolve(m_dir->filePath(QStringLiteral("profile")));
    QString error;
    QVERIFY2(profile.ensureExists(&error), qPrintable(error));
    // The name the app used to listen on, in the shared /tmp: anyone could compute it from
    // the profile path and listen there first.
    const QString oldName = QDir::tempPath() + QStringLiteral("/outbound-")
        + QString::fromLatin1(
            QCryptographicHash::hash(profile.path().toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(24));
    QFile::remove(oldName);
    Squatter squatter;
    QVERIFY2(squatter.start(oldName, &error), qPrintable(error));
    SingleInstance launch(profile);
    QVERIFY(!launch.forwardToRunning(Requests));
    const QByteArray got = squatter.received();
    QFile::remove(oldName);
    QVERIFY2(!got.contains("GOT"), got.constData());
}

void TestSingleInstance::instanceOfAnotherUserGetsNothing()
{
    if (const QString why = whyNoSecondUser(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const Profile profile = Profile::resolve(m_dir->filePath(QStringLiteral("profile")));
    QString error;
    QVERIFY2(profile.ensureExists(&error), qPrintable(error));
    // nobody listens in a folder of its own; the socket is then moved to where this user's
    // instance would be (a bound socket keeps working under a new name). Whatever trick puts
    // another user's socket there, the peer's uid gives it away.
    const QString theirs = m_dir->filePath(QStringLiteral("theirs"));
    QVERIFY(QDir().mkpath(theirs));
    QCOMPARE(::chown(QFile::encodeName(theirs).constData(), Nobody, Nobody), 0);
    QCOMPARE(::chmod(QFile::encodeName(theirs).constData(), 0755), 0);
    QCOMPARE(::chmod(QFile::encodeName(m_dir->path()).constData(), 0755), 0);
    Squatter squatter;
    QVERIFY2(squatter.start(theirs + QStringLiteral("/s"), &error), qPrintable(error));
    const QString path = SingleInstance::socketPath(profile);
    QVERIFY(QFile::rename(theirs + QStringLiteral("/s"), path));

    SingleInstance launch(profile);
    QVERIFY(!launch.forwardToRunning(Requests));
    const QByteArray got = squatter.received();
    QVERIFY2(!got.contains("GOT"), got.constData());
    // The launch then becomes the running instance itself, in place of the impostor.
    QVERIFY2(launch.listen(&error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
