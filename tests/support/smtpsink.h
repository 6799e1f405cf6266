// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "serverprocess.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// One mail transaction as Postfix's smtp-sink dumped it (-d, see smtp-sink(1) "DUMP FILE
// FORMAT"). smtp-sink unstuffs dots but stores lines with LF ends; content has the CRLF ends
// back (so a bare LF or CR sent by the client cannot be told apart), rawDump is the file.
struct SinkMessage
{
    QString heloArgs; // X-Helo-Args, e.g. "client.example"
    QString mailArgs; // X-Mail-Args, e.g. "<a@example> BODY=8BITMIME"
    QStringList rcptArgs; // X-Rcpt-Args, one per RCPT, in order
    QByteArray content; // the message after dot-unstuffing, CRLF line ends
    QByteArray rawDump;
    QString path;
};

// Postfix's smtp-sink on 127.0.0.1 and a free port: a fast, pipelining, always-accepting SMTP
// peer (8BITMIME, DSN, PIPELINING, AUTH PLAIN LOGIN that accepts anything, no TLS). Every
// transaction is dumped into a temporary directory the sink owns. It runs as "nobody" when the
// test runs as root (smtp-sink insists), under coreutils timeout(1) for --max-seconds.
class SmtpSink
{
public:
    // extraArguments go to smtp-sink before the address, e.g. {"-r", "RCPT"} or {"-w", "2"}.
    explicit SmtpSink(QStringList extraArguments = {}, int maxSeconds = 120);

    // Picks a free port and starts the sink; retries with another port (up to 5 times) when
    // the sink cannot bind. False with errorString() when it never came up.
    [[nodiscard]] bool start();
    [[nodiscard]] quint16 port() const { return m_process.port(); }
    [[nodiscard]] QString dumpDir() const { return m_dump.path(); }
    void stop() { m_process.stop(); }

    // Waits, spinning the event loop, until at least count transactions are dumped (and the
    // dump files stopped growing), or timeoutMs passes. Returns all of them, oldest first.
    [[nodiscard]] QList<SinkMessage> waitForMessages(int count, int timeoutMs = 5000);
    [[nodiscard]] QList<SinkMessage> messages() const;

    [[nodiscard]] QString errorString() const { return m_process.errorString(); }

    // Full paths of Postfix's test tools; empty when not installed.
    [[nodiscard]] static QString smtpSinkPath();
    [[nodiscard]] static QString smtpSourcePath();
    // Parses one dump file's bytes.
    [[nodiscard]] static SinkMessage parseDump(const QByteArray &dump);

private:
    QStringList m_extraArguments;
    int m_maxSeconds;
    QTemporaryDir m_dump;
    ServerProcess m_process;
};
