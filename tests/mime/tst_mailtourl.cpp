// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// MailtoUrl: the examples of RFC 6068 §6, read as the RFC says they read, and the §7 cases a
// link must not get through (header injection, choosing the sender).
#include "mime/mailtourl.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QStringList addressesOf(const QList<MailAddress> &list)
{
    QStringList addresses;
    for (const MailAddress &address : list)
        addresses << address.address();
    return addresses;
}

} // namespace

class tst_MailtoUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void otherScheme();
    void draftHasOnlyTheUrlsFields();
    void toDraft_data();
    void toDraft();
};

void tst_MailtoUrl::parse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QStringList>("cc");
    QTest::addColumn<QStringList>("bcc");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");

    const QStringList none;
    // RFC 6068 §6.1, basic examples.
    QTest::newRow("6.1 chris") << u"mailto:chris@example.com"_s
                               << QStringList { u"chris@example.com"_s } << none << none << u""_s
                               << u""_s;
    QTest::newRow("6.1 subject") << u"mailto:infobot@example.com?subject=current-issue"_s
                                 << QStringList { u"infobot@example.com"_s } << none << none
                                 << u"current-issue"_s << u""_s;
    QTest::newRow("6.1 body") << u"mailto:infobot@example.com?body=send%20current-issue"_s
                              << QStringList { u"infobot@example.com"_s } << none << none << u""_s
                              << u"send current-issue"_s;
    QTest::newRow("6.1 two body lines")
        << u"mailto:infobot@example.com?body=send%20current-issue%0D%0Asend%20index"_s
        << QStringList { u"infobot@example.com"_s } << none << none << u""_s
        << u"send current-issue\nsend index"_s;
    // In-Reply-To is a header a link may not add (§7): ignored.
    QTest::newRow("6.1 in-reply-to")
        << u"mailto:list@example.org?In-Reply-To=%3C3469A91.D10AF4C@example.com%3E"_s
        << QStringList { u"list@example.org"_s } << none << none << u""_s << u""_s;
    QTest::newRow("6.1 subscribe") << u"mailto:majordomo@example.com?body=subscribe%20bamboo-l"_s
                                   << QStringList { u"majordomo@example.com"_s } << none << none
                                   << u""_s << u"subscribe bamboo-l"_s;
    QTest::newRow("6.1 cc and body")
        << u"mailto:joe@example.com?cc=bob@example.com&body=hello"_s
        << QStringList { u"joe@example.com"_s } << QStringList { u"bob@example.com"_s } << none
        << u""_s << u"hello"_s;
    QTest::newRow("6.1 percent in local part")
        << u"mailto:gorby%25kremvax@example.com"_s << QStringList { u"gorby%kremvax@example.com"_s }
        << none << none << u""_s << u""_s;
    QTest::newRow("6.1 question mark and unknown field")
        << u"mailto:unlikely%3Faddress@example.com?blat=foop"_s
        << QStringList { u"unlikely?address@example.com"_s } << none << none << u""_s << u""_s;
    QTest::newRow("6.1 ampersand in local part")
        << u"mailto:Mike%26family@example.org"_s << QStringList { u"Mike&family@example.org"_s }
        << none << none << u""_s << u""_s;
    // §6.2, complicated email addresses.
    QTest::newRow("6.2 quoted at sign")
        << u"mailto:%22not%40me%22@example.org"_s << QStringList { u"\"not@me\"@example.org"_s }
        << none << none << u""_s << u""_s;
    QTest::newRow("6.2 quoted backslash")
        << u"mailto:%22oh%5C%5Cno%22@example.org"_s << QStringList { u"\"oh\\\\no\"@example.org"_s }
        << none << none << u""_s << u""_s;
    // §6.3, non-ASCII: UTF-8, percent-encoded, in values and in the domain.
    QTest::newRow("6.3 subject café")
        << u"mailto:user@example.org?subject=caf%C3%A9"_s << QStringList { u"user@example.org"_s }
        << none << none << u"café"_s << u""_s;
    QTest::newRow("6.3 body café")
        << u"mailto:user@example.org?body=caf%C3%A9"_s << QStringList { u"user@example.org"_s }
        << none << none << u""_s << u"café"_s;
    QTest::newRow("6.3 IDN domain")
        << u"mailto:user@%E7%B4%8D%E8%B1%86.example.org?subject=Test&body=NATTO"_s
        << QStringList { u"user@納豆.example.org"_s } << none << none << u"Test"_s << u"NATTO"_s;
    // §2: more than one address, in the path and in "to" fields, which add up.
    QTest::newRow("2 addresses in path and to")
        << u"mailto:addr1@an.example,addr2@an.example?to=addr3@an.example"_s
        << QStringList { u"addr1@an.example"_s, u"addr2@an.example"_s, u"addr3@an.example"_s }
        << none << none << u""_s << u""_s;
    QTest::newRow("2 empty path") << u"mailto:?to=addr1@an.example,addr2@an.example"_s
                                  << QStringList { u"addr1@an.example"_s, u"addr2@an.example"_s }
                                  << none << none << u""_s << u""_s;
    QTest::newRow("first subject counts")
        << u"mailto:a@example.org?subject=one&subject=two&bcc=b@example.org"_s
        << QStringList { u"a@example.org"_s } << none << QStringList { u"b@example.org"_s }
        << u"one"_s << u""_s;
    // §7: nothing a link holds may become a header of its own, or choose the sender.
    QTest::newRow("7 subject injects Bcc")
        << u"mailto:a@example.org?subject=Hi%0D%0ABcc:%20evil@example.org"_s
        << QStringList { u"a@example.org"_s } << none << none << u""_s << u""_s;
    QTest::newRow("7 cc injects a header")
        << u"mailto:a@example.org?cc=b@example.org%0AX-Evil:1"_s
        << QStringList { u"a@example.org"_s } << none << none << u""_s << u""_s;
    QTest::newRow("7 NUL in body")
        << u"mailto:a@example.org?body=a%00b"_s << QStringList { u"a@example.org"_s } << none
        << none << u""_s << u""_s;
    QTest::newRow("7 from ignored")
        << u"mailto:a@example.org?from=evil@example.org"_s << QStringList { u"a@example.org"_s }
        << none << none << u""_s << u""_s;
    QTest::newRow("invalid address left out")
        << u"mailto:not-an-address?subject=s"_s << none << none << none << u"s"_s << u""_s;
}

void tst_MailtoUrl::parse()
{
    QFETCH(QString, url);
    QFETCH(QStringList, to);
    QFETCH(QStringList, cc);
    QFETCH(QStringList, bcc);
    QFETCH(QString, subject);
    QFETCH(QString, body);

    const MailtoUrl mailto = MailtoUrl::parse(QUrl(url));
    QVERIFY(mailto.isMailto());
    QCOMPARE(addressesOf(mailto.to()), to);
    QCOMPARE(addressesOf(mailto.cc()), cc);
    QCOMPARE(addressesOf(mailto.bcc()), bcc);
    QCOMPARE(mailto.subject(), subject);
    QCOMPARE(mailto.body(), body);
}

void tst_MailtoUrl::otherScheme()
{
    const MailtoUrl mailto = MailtoUrl::parse(QUrl(u"https://example.org/?subject=x&to=a@b.org"_s));
    QVERIFY(!mailto.isMailto());
    QVERIFY(mailto.to().isEmpty());
    QVERIFY(mailto.subject().isEmpty());
    QVERIFY(MailtoUrl::parse(QUrl(u"MAILTO:a@example.org"_s)).isMailto());
}

void tst_MailtoUrl::draftHasOnlyTheUrlsFields()
{
    const MessageDraft draft = MailtoUrl::parse(
        QUrl(u"mailto:a@example.org?cc=b@example.org&bcc=c@example.org&subject=s&body=x%0D%0Ay"
             u"&from=evil@example.org&reply-to=evil@example.org"_s))
                                   .toDraft();
    QCOMPARE(addressesOf(draft.to), QStringList { u"a@example.org"_s });
    QCOMPARE(addressesOf(draft.cc), QStringList { u"b@example.org"_s });
    QCOMPARE(addressesOf(draft.bcc), QStringList { u"c@example.org"_s });
    QCOMPARE(draft.subject, u"s"_s);
    QCOMPARE(draft.plainBody, u"x\ny"_s);
    QVERIFY(draft.from.isNull());
    QVERIFY(draft.replyTo.isEmpty());
    QVERIFY(draft.extraHeaders.isEmpty());
    QVERIFY(draft.htmlBody.isEmpty());
}

// The draft a link opens in the compose window: the cases the window was first tested with.
void tst_MailtoUrl::toDraft_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QStringList>("cc");
    QTest::addColumn<QStringList>("bcc");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");

    const QStringList none;
    QTest::newRow("address") << u"mailto:ada@example.org"_s << QStringList { u"ada@example.org"_s }
                             << none << none << u""_s << u""_s;
    QTest::newRow("two addresses and every field")
        << u"mailto:ada@example.org,bob@example.org?cc=carol@example.org&bcc=dan@example.org"_s
           u"&subject=Hello%20there&body=Line%201%0D%0ALine%202"_s
        << QStringList { u"ada@example.org"_s, u"bob@example.org"_s }
        << QStringList { u"carol@example.org"_s } << QStringList { u"dan@example.org"_s }
        << u"Hello there"_s << u"Line 1\nLine 2"_s;
    QTest::newRow("to in the query") << u"mailto:?to=ada@example.org&to=bob@example.org"_s
                                     << QStringList { u"ada@example.org"_s, u"bob@example.org"_s }
                                     << none << none << u""_s << u""_s;
    QTest::newRow("field names ignore case")
        << u"mailto:ada@example.org?SUBJECT=Hi&Cc=bob@example.org"_s
        << QStringList { u"ada@example.org"_s } << QStringList { u"bob@example.org"_s } << none
        << u"Hi"_s << u""_s;
    QTest::newRow("utf-8") << u"mailto:ada@example.org?subject=Gr%C3%BC%C3%9Fe&body=%E2%82%AC"_s
                           << QStringList { u"ada@example.org"_s } << none << none << u"Grüße"_s
                           << u"€"_s;
    QTest::newRow("plus is a plus")
        << u"mailto:ada+tag@example.org?subject=1+1"_s << QStringList { u"ada+tag@example.org"_s }
        << none << none << u"1+1"_s << u""_s;
    QTest::newRow("encoded ampersand")
        << u"mailto:ada@example.org?body=fish%26chips"_s << QStringList { u"ada@example.org"_s }
        << none << none << u""_s << u"fish&chips"_s;
    QTest::newRow("display name") << u"mailto:%22Ada%20L%22%20%3Cada@example.org%3E"_s
                                  << QStringList { u"ada@example.org"_s } << none << none << u""_s
                                  << u""_s;
    QTest::newRow("subject injects Bcc")
        << u"mailto:ada@example.org?subject=Hi%0D%0ABcc:%20evil@example.org"_s
        << QStringList { u"ada@example.org"_s } << none << none << u""_s << u""_s;
    QTest::newRow("bare LF in subject")
        << u"mailto:ada@example.org?subject=Hi%0ABcc:evil@example.org"_s
        << QStringList { u"ada@example.org"_s } << none << none << u""_s << u""_s;
    QTest::newRow("to injects a header")
        << u"mailto:?to=ada@example.org%0D%0ABcc:evil@example.org&subject=ok"_s << none << none
        << none << u"ok"_s << u""_s;
    QTest::newRow("path injects a header") << u"mailto:ada@example.org%0ABcc:evil@example.org"_s
                                           << none << none << none << u""_s << u""_s;
    QTest::newRow("cc with NUL") << u"mailto:ada@example.org?cc=bob@example.org%00evil"_s
                                 << QStringList { u"ada@example.org"_s } << none << none << u""_s
                                 << u""_s;
    QTest::newRow("body with NUL")
        << u"mailto:ada@example.org?body=a%00b"_s << QStringList { u"ada@example.org"_s } << none
        << none << u""_s << u""_s;
    QTest::newRow("from and other headers ignored")
        << u"mailto:ada@example.org?from=evil@example.org&X-Evil=1&in-reply-to=%3Cx@y%3E"_s
        << QStringList { u"ada@example.org"_s } << none << none << u""_s << u""_s;
    QTest::newRow("invalid address left out")
        << u"mailto:not-an-address?subject=s"_s << none << none << none << u"s"_s << u""_s;
    QTest::newRow("other scheme") << u"https://example.org/?subject=x"_s << none << none << none
                                  << u""_s << u""_s;
}

void tst_MailtoUrl::toDraft()
{
    QFETCH(QString, url);
    QFETCH(QStringList, to);
    QFETCH(QStringList, cc);
    QFETCH(QStringList, bcc);
    QFETCH(QString, subject);
    QFETCH(QString, body);

    const MessageDraft draft = MailtoUrl::parse(QUrl(url)).toDraft();
    QCOMPARE(addressesOf(draft.to), to);
    QCOMPARE(addressesOf(draft.cc), cc);
    QCOMPARE(addressesOf(draft.bcc), bcc);
    QCOMPARE(draft.subject, subject);
    QCOMPARE(draft.plainBody, body);
    QVERIFY(draft.from.isNull());
    QVERIFY(draft.extraHeaders.isEmpty());
}

QTEST_GUILESS_MAIN(tst_MailtoUrl)
#include "tst_mailtourl.moc"
