// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// LocalPeer: who owns a TCP socket on this machine, read from /proc/net/tcp and tcp6: the
// socket-free table and a live loopback connection.
#include "core/localpeer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

class TestLocalPeer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tcpSocketOwnerFromProcNet_data();
    void tcpSocketOwnerFromProcNet();
    void tcpSocketOwnerOfLiveConnection();
};

void TestLocalPeer::tcpSocketOwnerFromProcNet_data()
{
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<QString>("socket");
    QTest::addColumn<int>("socketPort");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<int>("peerPort");
    QTest::addColumn<int>("uid"); // -1: not found
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    // The kernel prints each 32-bit word of an address as a host-order number (proc(5)).
    const QByteArray tcp
        = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
          "timeout inode\n"
          "   0: 0100007F:0019 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0 "
          "       0 1001 1 0000000000000000 100 0 0 10 0\n"
          "   1: 0100007F:9C40 0100007F:0019 01 00000000:00000000 00:00000000 00000000  1000 "
          "       0 1002 1 0000000000000000 20 4 30 10 -1\n"
          "   2: 0100007F:0019 0100007F:9C40 01 00000000:00000000 00:00000000 00000000 65534 "
          "       0 1003 1 0000000000000000 20 4 30 10 -1\n";
    QTest::newRow("client of a connection")
        << tcp << "127.0.0.1" << 0x9C40 << "127.0.0.1" << 25 << 1000;
    QTest::newRow("server of a connection")
        << tcp << "127.0.0.1" << 25 << "127.0.0.1" << 0x9C40 << 65534;
    QTest::newRow("no such connection") << tcp << "127.0.0.1" << 25 << "127.0.0.1" << 0x9C41 << -1;
    QTest::newRow("address differs") << tcp << "127.0.0.2" << 25 << "127.0.0.1" << 0x9C40 << -1;
    const QByteArray tcp6
        = "  sl  local_address                         remote_address                        st "
          "tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
          "   0: 00000000000000000000000001000000:0019 00000000000000000000000001000000:A000 01 "
          "00000000:00000000 00:00000000 00000000   123        0 2001 1 0 20 4 30 10 -1\n"
          "   1: 0000000000000000FFFF00000100007F:0019 0000000000000000FFFF00000100007F:A001 01 "
          "00000000:00000000 00:00000000 00000000   456        0 2002 1 0 20 4 30 10 -1\n";
    QTest::newRow("IPv6 ::1") << tcp6 << "::1" << 25 << "::1" << 0xA000 << 123;
    QTest::newRow("IPv4-mapped") << tcp6 << "127.0.0.1" << 25 << "127.0.0.1" << 0xA001 << 456;
    QTest::newRow("garbage") << QByteArray("header\nnot a socket line\n\n") << "127.0.0.1" << 25
                             << "127.0.0.1" << 1 << -1;
#endif
}

void TestLocalPeer::tcpSocketOwnerFromProcNet()
{
#if Q_BYTE_ORDER != Q_LITTLE_ENDIAN
    QSKIP("the sample tables are written as a little-endian kernel prints them");
#endif
    QFETCH(QByteArray, table);
    QFETCH(QString, socket);
    QFETCH(int, socketPort);
    QFETCH(QString, peer);
    QFETCH(int, peerPort);
    QFETCH(int, uid);
    const std::optional<uint> owner = LocalPeer::findTcpSocketOwner(
        table, QHostAddress(socket), quint16(socketPort), QHostAddress(peer), quint16(peerPort));
    QCOMPARE(owner.has_value(), uid >= 0);
    if (owner)
        QCOMPARE(int(*owner), uid);
}

void TestLocalPeer::tcpSocketOwnerOfLiveConnection()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, listener.serverPort());
    QVERIFY(client.waitForConnected(3000));
    // Both ends, looked up from either side, belong to this process's user.
    const std::optional<uint> server = LocalPeer::tcpSocketOwner(
        client.peerAddress(), client.peerPort(), client.localAddress(), client.localPort());
    const std::optional<uint> ours = LocalPeer::tcpSocketOwner(
        client.localAddress(), client.localPort(), client.peerAddress(), client.peerPort());
    QVERIFY(server.has_value());
    QCOMPARE(*server, LocalPeer::currentUid());
    QCOMPARE(ours, server);
    QVERIFY(!LocalPeer::tcpSocketOwner(client.peerAddress(), client.peerPort(),
        client.localAddress(), quint16(client.localPort() + 1))
                 .has_value());
}

QTEST_GUILESS_MAIN(TestLocalPeer)
#include "tst_localpeer.moc"
