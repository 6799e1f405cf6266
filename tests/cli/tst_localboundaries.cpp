// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// outboundctl and the other users of the machine: a profile someone else can write is refused,
// what outboundctl writes is private whatever the umask, and the Sandbox account never hands
// mail to a server another user runs on its port. The other user is uid 65534 (nobody),
// reached with setpriv where the test runs as root (as CI does); elsewhere those cases skip.
#include "clirunner.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr uint Nobody = 65534;

using Result = CliRunner::Result;

Result run(const QString &profile, const QStringList &args, const QByteArray &stdinData = {})
{
    return CliRunner(profile).run(args, stdinData);
}

// Why a second local user cannot be simulated here, or empty when it can.
QString whyNoSecondUser()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root to act as a second local user (setpriv to uid 65534)");
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        return QStringLiteral("setpriv (util-linux) is not installed");
    return {};
}

// An SMTP server run by nobody on a free loopback port, the way another user could take the
// Sandbox port while the app is not running. It answers like a real server and prints every
// line it receives ("GOT …"), so the test sees whether any mail reached it.
class Squatter
{
public:
    bool start(QString *error)
    {
        static const char script[] = R"(
import socket, sys, threading
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(8)
print('READY', srv.getsockname()[1], flush=True)
def serve(c):
    c.sendall(b'220 squatter ESMTP\r\n')
    data = False
    for line in c.makefile('rb'):
        print('GOT', line.decode(errors='replace').rstrip(), flush=True)
        if data:
            if line.rstrip(b'\r\n') == b'.':
                data = False
                c.sendall(b'250 2.0.0 got it\r\n')
            continue
        verb = line[:4].upper()
        if verb == b'DATA':
            data = True
            c.sendall(b'354 go ahead\r\n')
        elif verb == b'QUIT':
            c.sendall(b'221 bye\r\n')
            break
        else:
            c.sendall(b'250 ok\r\n')
    c.close()
while True:
    conn, _ = srv.accept()
    threading.Thread(target=serve, args=(conn,), daemon=True).start()
)";
        m_process.start(QStringLiteral("setpriv"),
            { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), QStringLiteral("/usr/bin/python3"),
                QStringLiteral("-c"), QString::fromLatin1(script) });
        if (!m_process.waitForStarted(5000) || !waitForLine()) {
            *error = QStringLiteral("the squatter did not start: ") + m_process.errorString()
                + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        const QByteArray ready = m_process.readLine().trimmed();
        if (!ready.startsWith("READY ")) {
            *error = QStringLiteral("the squatter said: ") + QString::fromUtf8(ready);
            return false;
        }
        m_port = quint16(ready.mid(6).toUInt());
        return m_port != 0;
    }
    ~Squatter()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    [[nodiscard]] quint16 port() const { return m_port; }
    bool waitForLine()
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(10000))
                return false;
        }
        return true;
    }
    // Everything it received so far.
    QByteArray received()
    {
        (void)m_process.waitForReadyRead(500);
        m_seen += m_process.readAllStandardOutput();
        return m_seen;
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_seen;
};

// Every file and folder under `dir` whose mode lets anyone but the owner in.
QStringList notPrivate(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat info = {};
        if (::lstat(QFile::encodeName(path).constData(), &info) == 0 && !S_ISLNK(info.st_mode)
            && !S_ISSOCK(info.st_mode) && (info.st_mode & (S_IRWXG | S_IRWXO)))
            found << QStringLiteral("%1 (%2)").arg(path).arg(info.st_mode & 07777, 4, 8);
    }
    return found;
}

// Restores the umask when it goes out of scope.
class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask)
        : m_old(::umask(mask))
    { }
    ~UmaskGuard() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

class TestLocalBoundaries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusesUnsafeProfile_data();
    void refusesUnsafeProfile();
    void filesArePrivateUnderAnyUmask();
    void sandboxOnAnotherUsersPortGetsNothing_data();
    void sandboxOnAnotherUsersPortGetsNothing();
};

void TestLocalBoundaries::initTestCase()
{
    QVERIFY(QFile::exists(CliRunner::binary()));
}

void TestLocalBoundaries::refusesUnsafeProfile_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("needsRoot");
    QTest::addColumn<QString>("fix"); // what the message must tell the user to do
    QTest::newRow("folder writable by others") << "folder 0777" << false << "chmod 700";
    QTest::newRow("folder writable by its group") << "folder 0770" << false << "chmod 700";
    QTest::newRow("link to a folder writable by others") << "symlink" << false << "chmod 700";
    QTest::newRow("accounts.ini writable by others") << "accounts 0666" << false << "chmod 600";
    QTest::newRow("folder of another user") << "folder nobody" << true << "--profile";
    QTest::newRow("accounts.ini of another user") << "accounts nobody" << true << "chmod 600";
}

void TestLocalBoundaries::refusesUnsafeProfile()
{
    QFETCH(QString, what);
    QFETCH(bool, needsRoot);
    QFETCH(QString, fix);
    if (needsRoot && ::geteuid() != 0)
        QSKIP("needs root to give a file to another user (chown to uid 65534)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString profile = dir.filePath(QStringLiteral("profile"));
    // An account whose password command leaves a mark: with a profile someone else could
    // have written, it must never run.
    const QString marker = dir.filePath(QStringLiteral("ran"));
    Result r = run(profile,
        { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("work"),
            QStringLiteral("--server"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--security"),
            QStringLiteral("none"), QStringLiteral("--user"), QStringLiteral("ada"),
            QStringLiteral("--password-command"), QStringLiteral("touch '%1'; echo pw").arg(marker),
            QStringLiteral("--address"), QStringLiteral("ada@example.org") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QByteArray folder = QFile::encodeName(profile);
    const QByteArray accounts = QFile::encodeName(profile + QStringLiteral("/accounts.ini"));
    QString named = profile; // the path the error must name
    if (what == QLatin1String("folder 0777")) {
        QCOMPARE(::chmod(folder.constData(), 0777), 0);
    } else if (what == QLatin1String("folder 0770")) {
        QCOMPARE(::chmod(folder.constData(), 0770), 0);
    } else if (what == QLatin1String("symlink")) {
        QCOMPARE(::chmod(folder.constData(), 0777), 0);
        const QString link = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(profile, link));
        profile = named = link;
    } else if (what == QLatin1String("accounts 0666")) {
        QCOMPARE(::chmod(accounts.constData(), 0666), 0);
        named = profile + QStringLiteral("/accounts.ini");
    } else if (what == QLatin1String("folder nobody")) {
        QCOMPARE(::chown(folder.constData(), Nobody, Nobody), 0);
    } else if (what == QLatin1String("accounts nobody")) {
        QCOMPARE(::chown(accounts.constData(), Nobody, Nobody), 0);
        named = profile + QStringLiteral("/accounts.ini");
    }

    for (const QStringList &args :
        { QStringList { QStringLiteral("queue"), QStringLiteral("list") },
            QStringList { QStringLiteral("send"), QStringLiteral("--account"),
                QStringLiteral("work"), QStringLiteral("--to"), QStringLiteral("bob@example.org"),
                QStringLiteral("--subject"), QStringLiteral("x"), QStringLiteral("--body"),
                QStringLiteral("y") } }) {
        r = run(profile, args);
        QVERIFY2(r.exitCode == 78, qPrintable(describe(r))); // EX_CONFIG
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(named), qPrintable(describe(r)));
        QVERIFY2(err.contains(fix), qPrintable(describe(r)));
    }
    QVERIFY2(!QFile::exists(marker), "the password command of an unsafe profile ran");
}

void TestLocalBoundaries::filesArePrivateUnderAnyUmask()
{
    const UmaskGuard umask(0); // inherited by outboundctl
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString profile = dir.filePath(QStringLiteral("profile"));
    Result r = run(profile,
        { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("work"),
            QStringLiteral("--server"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--security"),
            QStringLiteral("none"), QStringLiteral("--address"),
            QStringLiteral("ada@example.org") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString outside = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(outside));
    const QString copy = outside + QStringLiteral("/copy.eml");
    r = run(profile,
        { QStringLiteral("enqueue"), QStringLiteral("--account"), QStringLiteral("work"),
            QStringLiteral("--to"), QStringLiteral("bob@example.org"), QStringLiteral("--subject"),
            QStringLiteral("private"), QStringLiteral("--body"), QStringLiteral("confidential"),
            QStringLiteral("--save-copy"), copy });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    // Nothing listens on port 1: the send fails, the transcript is still saved.
    const QString transcript = outside + QStringLiteral("/send.transcript");
    const QString copy2 = outside + QStringLiteral("/copy2.eml");
    r = run(profile,
        { QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("work"),
            QStringLiteral("--to"), QStringLiteral("bob@example.org"), QStringLiteral("--subject"),
            QStringLiteral("private"), QStringLiteral("--body"), QStringLiteral("confidential"),
            QStringLiteral("--transcript-file"), transcript, QStringLiteral("--save-copy"),
            copy2 });
    QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));
    QVERIFY2(QFile::exists(transcript), qPrintable(describe(r)));
    QVERIFY(QFile::exists(copy));
    QVERIFY(QFile::exists(profile + QStringLiteral("/queue.sqlite")));

    const QStringList open = notPrivate(profile) + notPrivate(outside);
    QVERIFY2(open.isEmpty(), qPrintable(open.join(QLatin1Char('\n'))));
    for (const QString &file : { copy, copy2, transcript }) {
        if (!QFile::exists(file))
            continue;
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }
}

void TestLocalBoundaries::sandboxOnAnotherUsersPortGetsNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("recordedAsOwn"); // accounts.ini says ownServer, or only the name
    QTest::newRow("send") << "send" << false;
    QTest::newRow("send, recorded") << "send" << true;
    QTest::newRow("sendmail") << "sendmail" << false;
    QTest::newRow("queue flush") << "flush" << true;
}

void TestLocalBoundaries::sandboxOnAnotherUsersPortGetsNothing()
{
    QFETCH(QString, command);
    QFETCH(bool, recordedAsOwn);
    if (const QString why = whyNoSecondUser(); !why.isEmpty())
        QSKIP(qPrintable(why));
    Squatter squatter;
    QString error;
    QVERIFY2(squatter.start(&error), qPrintable(error));

    // The Sandbox account as the app leaves it, naming the port the squatter now holds.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString profile = dir.filePath(QStringLiteral("profile"));
    QVERIFY(QDir().mkpath(profile));
    QFile::setPermissions(
        profile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile ini(profile + QStringLiteral("/accounts.ini"));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[Sandbox]\ndisplayName=Outbound Sandbox\naddress=you@sandbox.invalid\n"
              "smtp\\host=127.0.0.1\nsmtp\\port="
        + QByteArray::number(squatter.port()) + "\nsmtp\\security=none\nsmtp\\heloName=localhost\n"
        + (recordedAsOwn ? "smtp\\ownServer=true\n" : ""));
    ini.close();

    const QByteArray message = "From: you@sandbox.invalid\r\nTo: bob@example.org\r\n"
                               "Subject: Quarterly figures\r\n\r\nConfidential: the numbers\r\n";
    Result r;
    if (command == QLatin1String("send")) {
        r = run(profile,
            { QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Sandbox"),
                QStringLiteral("--to"), QStringLiteral("bob@example.org"),
                QStringLiteral("--subject"), QStringLiteral("Quarterly figures"),
                QStringLiteral("--body"), QStringLiteral("Confidential: the numbers") });
    } else if (command == QLatin1String("sendmail")) {
        r = run(profile, { QStringLiteral("sendmail"), QStringLiteral("-t"), QStringLiteral("-i") },
            message);
    } else {
        r = run(profile,
            { QStringLiteral("enqueue"), QStringLiteral("--account"), QStringLiteral("Sandbox"),
                QStringLiteral("--to"), QStringLiteral("bob@example.org"),
                QStringLiteral("--subject"), QStringLiteral("Quarterly figures"),
                QStringLiteral("--body"), QStringLiteral("Confidential: the numbers") });
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = run(profile, { QStringLiteral("queue"), QStringLiteral("flush") });
    }
    const QByteArray received = squatter.received();
    // Not a byte of the conversation: no EHLO, no envelope, no message.
    QVERIFY2(!received.contains("GOT"), received.constData());
    QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("not run by you"), qPrintable(describe(r)));
}

QTEST_GUILESS_MAIN(TestLocalBoundaries)
#include "tst_localboundaries.moc"
