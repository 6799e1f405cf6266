// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// The IMAP and POP3 codecs of the login test, without a socket.

#include "accounts/mailboxprotocol.h"
#include "accounts/mailboxserver.h"

#include <QTest>

class tst_MailboxProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imapResponses();
    void imapMalformed();
    void imapCapabilities();
    void imapQuoted();
    void imapLiteralSize();
    void pop3Responses();
    void pop3Capabilities();
    void defaultPorts();
};

void tst_MailboxProtocol::imapResponses()
{
    auto r = Imap::parseResponse("* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] Dovecot ready.");
    QVERIFY(r);
    QCOMPARE(r->kind, Imap::Response::Kind::Untagged);
    QCOMPARE(r->status, QByteArray("OK"));
    QVERIFY(r->isStatus());
    QCOMPARE(r->codeName(), QByteArray("CAPABILITY"));
    QCOMPARE(r->codeArguments(), QByteArray("IMAP4rev1 STARTTLS AUTH=PLAIN"));
    QCOMPARE(r->text, QByteArray("Dovecot ready."));

    r = Imap::parseResponse("a3 no [AUTHENTICATIONFAILED] Authentication failed.");
    QVERIFY(r);
    QCOMPARE(r->kind, Imap::Response::Kind::Tagged);
    QCOMPARE(r->tag, QByteArray("a3"));
    QCOMPARE(r->status, QByteArray("NO"));
    QCOMPARE(r->codeName(), QByteArray("AUTHENTICATIONFAILED"));
    QCOMPARE(r->text, QByteArray("Authentication failed."));

    r = Imap::parseResponse("* CAPABILITY IMAP4rev1 LITERAL+");
    QVERIFY(r);
    QVERIFY(!r->isStatus());
    QCOMPARE(r->status, QByteArray("CAPABILITY"));
    QCOMPARE(r->data, QByteArray("IMAP4rev1 LITERAL+"));

    r = Imap::parseResponse("* 3 EXISTS");
    QVERIFY(r);
    QCOMPARE(r->status, QByteArray("EXISTS"));

    r = Imap::parseResponse("+ cmVhZHk=");
    QVERIFY(r);
    QCOMPARE(r->kind, Imap::Response::Kind::Continuation);
    QCOMPARE(r->text, QByteArray("cmVhZHk="));
    r = Imap::parseResponse("+");
    QVERIFY(r);
    QCOMPARE(r->kind, Imap::Response::Kind::Continuation);
    QVERIFY(r->text.isEmpty());

    r = Imap::parseResponse("a1 OK");
    QVERIFY(r);
    QCOMPARE(r->status, QByteArray("OK"));
    QVERIFY(r->text.isEmpty());

    r = Imap::parseResponse("* BYE shutting down");
    QVERIFY(r);
    QCOMPARE(r->status, QByteArray("BYE"));
    QCOMPARE(r->text, QByteArray("shutting down"));
}

void tst_MailboxProtocol::imapMalformed()
{
    QVERIFY(!Imap::parseResponse(""));
    QVERIFY(!Imap::parseResponse("*"));
    QVERIFY(!Imap::parseResponse("a1"));
    QVERIFY(!Imap::parseResponse("a1 CAPABILITY IMAP4rev1")); // tagged must be OK/NO/BAD
    QVERIFY(!Imap::parseResponse(" OK"));
}

void tst_MailboxProtocol::imapCapabilities()
{
    const QByteArrayList caps
        = Imap::parseCapabilities("IMAP4rev1  starttls AUTH=plain AUTH=SCRAM-SHA-256 ");
    QCOMPARE(caps, QByteArrayList({ "IMAP4REV1", "STARTTLS", "AUTH=PLAIN", "AUTH=SCRAM-SHA-256" }));
    QCOMPARE(Imap::authMechanisms(caps), QByteArrayList({ "PLAIN", "SCRAM-SHA-256" }));
    QVERIFY(Imap::authMechanisms({ "AUTH=" }).isEmpty());
}

void tst_MailboxProtocol::imapQuoted()
{
    QCOMPARE(*Imap::quoted("tester"), QByteArray("\"tester\""));
    QCOMPARE(*Imap::quoted("a \"b\" \\c"), QByteArray("\"a \\\"b\\\" \\\\c\""));
    QCOMPARE(*Imap::quoted(""), QByteArray("\"\""));
    QVERIFY(!Imap::quoted("line\r\nbreak"));
    QVERIFY(!Imap::quoted("caf\xc3\xa9"));
    QVERIFY(!Imap::quoted(QByteArrayView("nul\0", 4)));
}

void tst_MailboxProtocol::imapLiteralSize()
{
    QCOMPARE(Imap::trailingLiteralSize("* 1 FETCH (BODY[] {42}"), std::optional<qint64>(42));
    QCOMPARE(Imap::trailingLiteralSize("a LOGIN {5+}"), std::optional<qint64>(5));
    QCOMPARE(Imap::trailingLiteralSize("* OK {0}"), std::optional<qint64>(0));
    QVERIFY(!Imap::trailingLiteralSize("* OK done"));
    QVERIFY(!Imap::trailingLiteralSize("* OK {}"));
    QVERIFY(!Imap::trailingLiteralSize("* OK {x1}"));
    QVERIFY(!Imap::trailingLiteralSize("* OK {1234567890123456789}"));
}

void tst_MailboxProtocol::pop3Responses()
{
    auto r = Pop3::parseResponse("+OK Dovecot ready.");
    QVERIFY(r);
    QCOMPARE(r->status, Pop3::Response::Status::Ok);
    QCOMPARE(r->text, QByteArray("Dovecot ready."));

    r = Pop3::parseResponse("-ERR [AUTH] Authentication failed.");
    QVERIFY(r);
    QCOMPARE(r->status, Pop3::Response::Status::Err);
    QCOMPARE(r->code, QByteArray("AUTH"));
    QCOMPARE(r->text, QByteArray("Authentication failed."));

    r = Pop3::parseResponse("+OK");
    QVERIFY(r);
    QCOMPARE(r->status, Pop3::Response::Status::Ok);

    r = Pop3::parseResponse("+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2U+");
    QVERIFY(r);
    QCOMPARE(r->status, Pop3::Response::Status::Continuation);
    QCOMPARE(r->text, QByteArray("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2U+"));
    r = Pop3::parseResponse("+");
    QVERIFY(r);
    QCOMPARE(r->status, Pop3::Response::Status::Continuation);

    QVERIFY(!Pop3::parseResponse("+OKAY"));
    QVERIFY(!Pop3::parseResponse("* OK IMAP"));
    QVERIFY(!Pop3::parseResponse(""));

    QCOMPARE(Pop3::unstuff("..hidden"), QByteArray(".hidden"));
    QCOMPARE(Pop3::unstuff("USER"), QByteArray("USER"));
}

void tst_MailboxProtocol::pop3Capabilities()
{
    const auto caps = Pop3::Capabilities::parse(
        { "TOP", "UIDL", "STLS", "user", "SASL PLAIN login SCRAM-SHA-256", "IMPLEMENTATION x y" });
    QVERIFY(caps.stls);
    QVERIFY(caps.user);
    QCOMPARE(caps.sasl, QByteArrayList({ "PLAIN", "LOGIN", "SCRAM-SHA-256" }));
    QVERIFY(caps.names.contains("IMPLEMENTATION"));

    const auto none = Pop3::Capabilities::parse({ "TOP" });
    QVERIFY(!none.stls);
    QVERIFY(!none.user);
    QVERIFY(none.sasl.isEmpty());
}

void tst_MailboxProtocol::defaultPorts()
{
    using P = MailboxServerSettings::Protocol;
    QCOMPARE(MailboxServerSettings::defaultPort(P::Imap, ConnectionSecurity::ImplicitTls), 993);
    QCOMPARE(MailboxServerSettings::defaultPort(P::Imap, ConnectionSecurity::StartTls), 143);
    QCOMPARE(MailboxServerSettings::defaultPort(P::Imap, ConnectionSecurity::None), 143);
    QCOMPARE(MailboxServerSettings::defaultPort(P::Pop3, ConnectionSecurity::ImplicitTls), 995);
    QCOMPARE(MailboxServerSettings::defaultPort(P::Pop3, ConnectionSecurity::StartTls), 110);
    MailboxServerSettings settings;
    settings.protocol = P::Pop3;
    settings.security = ConnectionSecurity::ImplicitTls;
    QCOMPARE(settings.effectivePort(), 995);
    settings.port = 2995;
    QCOMPARE(settings.effectivePort(), 2995);
}

QTEST_GUILESS_MAIN(tst_MailboxProtocol)
#include "tst_mailboxprotocol.moc"
