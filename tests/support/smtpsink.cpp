// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "smtpsink.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <unistd.h>

namespace {

QString findTool(const QString &name)
{
    // Postfix installs its tools in /usr/sbin, which is often not on a user's PATH.
    return QStandardPaths::findExecutable(name,
        { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
            QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/local/bin") });
}

quint16 pickFreePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QFileInfoList dumpFiles(const QString &dir)
{
    QFileInfoList files = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
    // Names are "YYYYmmddHHMMSS.<random hex>": within one second only the write time orders.
    std::stable_sort(files.begin(), files.end(),
        [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() < b.lastModified(); });
    return files;
}

} // namespace

SmtpSink::SmtpSink(QStringList extraArguments, int maxSeconds)
    : m_extraArguments(std::move(extraArguments))
    , m_maxSeconds(maxSeconds)
{
    // With "-u nobody" the sink writes its dumps as nobody.
    QFile::setPermissions(m_dump.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther
            | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup);
}

QString SmtpSink::smtpSinkPath()
{
    return findTool(QStringLiteral("smtp-sink"));
}

QString SmtpSink::smtpSourcePath()
{
    return findTool(QStringLiteral("smtp-source"));
}

bool SmtpSink::start()
{
    const QString sink = smtpSinkPath();
    const QString timeout = findTool(QStringLiteral("timeout"));
    if (sink.isEmpty() || timeout.isEmpty()) {
        qWarning("SmtpSink: smtp-sink (package postfix) or timeout (coreutils) not found");
        return false;
    }
    // The port is free when picked and taken again by the sink a moment later; another test
    // can win that race, so a sink that cannot bind is retried on a new port.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint16 port = pickFreePort();
        if (port == 0)
            continue;
        QStringList args { QStringLiteral("--kill-after=5"), QString::number(m_maxSeconds), sink };
        if (::geteuid() == 0)
            args << QStringLiteral("-u") << QStringLiteral("nobody");
        args << QStringLiteral("-h") << QStringLiteral("localhost") << QStringLiteral("-d")
             << m_dump.path() + QStringLiteral("/%Y%m%d%H%M%S.");
        args << m_extraArguments;
        args << QStringLiteral("127.0.0.1:%1").arg(port) << QStringLiteral("16");
        if (m_process.startListening(timeout, args, port))
            return true;
    }
    return false;
}

SinkMessage SmtpSink::parseDump(const QByteArray &dump)
{
    SinkMessage message;
    message.rawDump = dump;
    QList<QByteArray> lines = dump.split('\n');
    // Every line ends with LF, and the dump ends with an extra empty line.
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    int i = 0;
    for (; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith("X-Helo-Args: ")) {
            message.heloArgs = QString::fromUtf8(line.mid(13));
        } else if (line.startsWith("X-Mail-Args: ")) {
            message.mailArgs = QString::fromUtf8(line.mid(13));
        } else if (line.startsWith("X-Rcpt-Args: ")) {
            message.rcptArgs.append(QString::fromUtf8(line.mid(13)));
        } else if (line.startsWith("Received: ")) {
            // Three lines: "Received: from …", "\tby … id …;", "\t<date>".
            i += 3;
            break;
        }
    }
    for (; i < lines.size(); ++i)
        message.content += lines.at(i) + "\r\n";
    return message;
}

QList<SinkMessage> SmtpSink::messages() const
{
    QList<SinkMessage> result;
    const QFileInfoList files = dumpFiles(m_dump.path());
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        SinkMessage message = parseDump(file.readAll());
        message.path = info.filePath();
        result.append(message);
    }
    return result;
}

QList<SinkMessage> SmtpSink::waitForMessages(int count, int timeoutMs)
{
    // The sink writes a dump while the transaction runs; the files are taken as complete once
    // their sizes held still for one poll.
    QHash<QString, qint64> lastSizes;
    // A timeout is not an error here: the caller compares the number of messages.
    (void)QTest::qWaitFor(
        [&] {
            const QFileInfoList files = dumpFiles(m_dump.path());
            if (files.size() < count)
                return false;
            bool stable = true;
            QHash<QString, qint64> sizes;
            for (const QFileInfo &info : files) {
                sizes.insert(info.filePath(), info.size());
                if (lastSizes.value(info.filePath(), -1) != info.size())
                    stable = false;
            }
            lastSizes = sizes;
            return stable;
        },
        timeoutMs);
    return messages();
}
