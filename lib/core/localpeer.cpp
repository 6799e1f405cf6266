// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "localpeer.h"

#include <QFile>
#include <QList>
#include <QThread>

#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace LocalPeer {

namespace {

// "0100007F:0019" (IPv4) or 32 hex digits ":" port (IPv6). The kernel prints each 32-bit
// word of the address as a number in host byte order, so the bytes of that number, as laid
// out in memory here, are the address in network order.
bool parseEndpoint(const QByteArray &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.indexOf(':');
    if (colon != 8 && colon != 32)
        return false;
    quint8 bytes[16];
    for (qsizetype word = 0; word < colon / 8; ++word) {
        bool ok = false;
        const quint32 value = text.mid(word * 8, 8).toUInt(&ok, 16);
        if (!ok)
            return false;
        std::memcpy(bytes + word * 4, &value, 4);
    }
    bool ok = false;
    const uint portValue = text.mid(colon + 1).toUInt(&ok, 16);
    if (!ok || portValue > 0xffff)
        return false;
    if (colon == 8) {
        quint32 ipv4 = 0;
        for (int i = 0; i < 4; ++i)
            ipv4 = (ipv4 << 8) | bytes[i];
        address->setAddress(ipv4);
    } else {
        address->setAddress(bytes);
    }
    *port = quint16(portValue);
    return true;
}

bool sameAddress(const QHostAddress &a, const QHostAddress &b)
{
    return a.isEqual(b, QHostAddress::TolerantConversion);
}

} // namespace

uint currentUid()
{
    return uint(::geteuid());
}

std::optional<uint> findTcpSocketOwner(QByteArrayView table, const QHostAddress &socketAddress,
    quint16 socketPort, const QHostAddress &peerAddress, quint16 peerPort)
{
    // proc(5): "sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid …",
    // one socket a line after a header line.
    const QList<QByteArray> lines = table.toByteArray().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].simplified().split(' ');
        // A connection in TIME_WAIT (06) has no owner any more; the kernel shows uid 0.
        if (fields.size() < 8 || fields[3] == "06")
            continue;
        QHostAddress local, remote;
        quint16 localPort = 0, remotePort = 0;
        if (!parseEndpoint(fields[1], &local, &localPort)
            || !parseEndpoint(fields[2], &remote, &remotePort))
            continue;
        if (localPort != socketPort || remotePort != peerPort || !sameAddress(local, socketAddress)
            || !sameAddress(remote, peerAddress))
            continue;
        bool ok = false;
        const uint uid = fields[7].toUInt(&ok);
        if (ok)
            return uid;
    }
    return std::nullopt;
}

std::optional<uint> tcpSocketOwner(const QHostAddress &socketAddress, quint16 socketPort,
    const QHostAddress &peerAddress, quint16 peerPort)
{
    // A connection being accepted is listed first as a request (SYN_RECV, with its listener's
    // uid), then as a socket of its own; a read that falls between the two misses it, so a
    // miss is checked twice more before it counts.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (attempt > 0)
            QThread::usleep(1000);
        // An IPv6 socket can carry IPv4-mapped addresses, so look in both lists.
        for (const char *path : { "/proc/net/tcp", "/proc/net/tcp6" }) {
            QFile file(QString::fromLatin1(path));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            // Files in /proc have no size: read until the end.
            const QByteArray table = file.readAll();
            if (const std::optional<uint> uid
                = findTcpSocketOwner(table, socketAddress, socketPort, peerAddress, peerPort))
                return uid;
        }
    }
    return std::nullopt;
}

std::optional<uint> unixSocketPeerUid(qintptr descriptor)
{
#ifdef SO_PEERCRED
    if (descriptor < 0)
        return std::nullopt;
    struct ucred credentials = {};
    socklen_t length = sizeof credentials;
    if (::getsockopt(int(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0
        || length != sizeof credentials)
        return std::nullopt;
    return uint(credentials.uid);
#else
    Q_UNUSED(descriptor);
    return std::nullopt;
#endif
}

} // namespace LocalPeer
