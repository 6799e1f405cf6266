// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// sendyardstick: the floor a one-shot `outboundctl send` is measured against (bench/
// run-smtp-bench.sh): a bare QCoreApplication and QTcpSocket that read a message from stdin and
// hand it to HOST:PORT in one plain SMTP transaction, with no checks, no TLS, no MIME, no
// profile. What a Qt command-line sender cannot do with less.
//
//   sendyardstick HOST:PORT FROM TO < message.eml
#include <QCoreApplication>
#include <QFile>
#include <QTcpSocket>

#include <cstdio>

namespace {

// Waits for one whole reply (its last line has a space after the code); true if it is 2xx/3xx.
bool reply(QTcpSocket &socket)
{
    for (;;) {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(10'000))
                return false;
        }
        const QByteArray line = socket.readLine();
        if (line.size() >= 4 && line[3] == ' ')
            return line[0] == '2' || line[0] == '3';
    }
}

bool send(QTcpSocket &socket, const QByteArray &command)
{
    socket.write(command + "\r\n");
    return reply(socket);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 || args[1].count(QLatin1Char(':')) != 1) {
        std::fprintf(stderr, "usage: sendyardstick HOST:PORT FROM TO < message\n");
        return 64;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 66;
    QByteArray data = in.readAll();
    // Dot-stuffing and the final dot: the least any SMTP client must do with the bytes.
    data.replace("\r\n.", "\r\n..");
    if (data.startsWith('.'))
        data.prepend('.');
    if (!data.endsWith("\r\n"))
        data += "\r\n";
    data += ".";

    QTcpSocket socket;
    const QStringList server = args[1].split(QLatin1Char(':'));
    socket.connectToHost(server[0], server[1].toUShort());
    const bool ok = socket.waitForConnected(10'000) && reply(socket)
        && send(socket, "EHLO yardstick.test")
        && send(socket, "MAIL FROM:<" + args[2].toUtf8() + '>')
        && send(socket, "RCPT TO:<" + args[3].toUtf8() + '>') && send(socket, "DATA")
        && send(socket, data) && send(socket, "QUIT");
    return ok ? 0 : 69;
}
