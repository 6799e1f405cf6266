// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QByteArrayView>
#include <QHostAddress>
#include <QString>

#include <optional>

// Who is at the other end of a connection on this machine. Two programs of the same user
// trust each other; a program of another local user is a stranger even on loopback, where
// TCP itself says nothing about who listens or connects.
namespace LocalPeer {

// The effective user id of this process (geteuid(2)), which owns the sockets it makes.
[[nodiscard]] uint currentUid();

// The owner of the TCP socket whose own end is `socketAddress`:`socketPort` and whose other
// end is `peerAddress`:`peerPort`, as Linux lists it in /proc/net/tcp and /proc/net/tcp6
// (the "uid" column, proc(5)). For a connection on loopback, pass the other program's end
// first and ours second: a server learns the uid of the client that connected, a client the
// uid of the server that accepted it (an accepted socket keeps its listener's owner).
// nullopt when no such socket is listed (it closed, or /proc is not there): the caller
// cannot prove who it is and treats it as a stranger.
[[nodiscard]] std::optional<uint> tcpSocketOwner(const QHostAddress &socketAddress,
    quint16 socketPort, const QHostAddress &peerAddress, quint16 peerPort);

// The same lookup in the text of one /proc/net/tcp or /proc/net/tcp6 file (socket-free, for
// tests). Addresses compare with IPv4-mapped IPv6 addresses equal to their IPv4 form.
[[nodiscard]] std::optional<uint> findTcpSocketOwner(QByteArrayView table,
    const QHostAddress &socketAddress, quint16 socketPort, const QHostAddress &peerAddress,
    quint16 peerPort);

// The user id of the process at the other end of a connected Unix domain socket
// (SO_PEERCRED, unix(7)); nullopt when the descriptor is not one or the kernel cannot say.
[[nodiscard]] std::optional<uint> unixSocketPeerUid(qintptr descriptor);

} // namespace LocalPeer
