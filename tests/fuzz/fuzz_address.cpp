// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// libFuzzer target for the address-list parser (MailAddress::parseList, GMime underneath).
// Besides "does not crash" it checks the properties the writer relies on: a list is either
// an error with no addresses or a list of mailboxes with no CR, LF or NUL anywhere, each of
// which MailAddress::validationError() accepts; and the header form of the list
// (toHeaderValue(), the writer's encoding) is ASCII without line breaks and parses back to
// the same mailboxes.
#include "mime/mailaddress.h"
#include "mime/mime_p.h"

#include <QString>
#include <QUrl>

#include <cstdint>
#include <cstdio>

namespace {

// Names the failed property's line before stopping, so a reproducer explains itself.
void check(bool ok, int line = __builtin_LINE())
{
    if (!ok) {
        std::fprintf(stderr, "%s:%d: check failed\n", __FILE__, line);
        __builtin_trap();
    }
}

// Domains compare in one form: GMime shows A-labels in Unicode, the writer writes A-labels.
QString comparableAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QString domain = address.mid(at + 1);
    const QByteArray ace = domain.startsWith(u'[') ? QByteArray() : QUrl::toAce(domain);
    return address.left(at + 1) + (ace.isEmpty() ? domain : QString::fromLatin1(ace)).toLower();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const MailAddressParseResult parsed = MailAddress::parseList(text);
    if (!parsed.isValid()) {
        check(parsed.addresses.isEmpty());
        return 0;
    }
    for (const MailAddress &address : parsed.addresses) {
        check(!address.address().isEmpty());
        check(!Mime::Detail::hasLineBreakOrNul(address.address()));
        check(!Mime::Detail::hasLineBreakOrNul(address.displayName()));
        check(address.validationError().isEmpty());
    }
    if (parsed.addresses.isEmpty())
        return 0;

    const QString header = MailAddress::toHeaderValue(parsed.addresses);
    check(!Mime::Detail::hasLineBreakOrNul(header));
    bool ascii = true;
    for (const MailAddress &address : parsed.addresses)
        ascii = ascii && !Mime::Detail::hasNonAsciiLocalPart(address.address());
    if (ascii) {
        for (QChar c : header) // printable ASCII, and tab inside a quoted-string
            check((c.unicode() >= 0x20 && c.unicode() < 0x7f) || c == u'\t');
    }
    const MailAddressParseResult again = MailAddress::parseList(header);
    check(again.isValid());
    check(again.addresses.size() == parsed.addresses.size());
    for (qsizetype i = 0; i < parsed.addresses.size(); ++i) {
        const MailAddress &a = parsed.addresses.at(i);
        const MailAddress &b = again.addresses.at(i);
        check(comparableAddress(a.address()) == comparableAddress(b.address()));
        // GMime trims the white space around a display name, however it is written.
        check(a.displayName().trimmed() == b.displayName().trimmed());
    }
    return 0;
}
