// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// libFuzzer target for the mailto: parser (MailtoUrl, RFC 6068), which reads URLs that any web
// page or program can hand to the app. The input is a URL; an input whose first byte is odd is
// read after "mailto:", so most runs reach the field parsing. Besides "does not crash" it checks
// what RFC 6068 §7 asks: nothing read from a link can hold a CR, LF or NUL that would start a
// header (the body keeps its breaks as LF only), every address is one the writer accepts, a URL
// of another scheme yields nothing, and the draft carries nothing but the URL's fields.
#include "mime/mailtourl.h"
#include "mime/mime_p.h"

#include <QString>
#include <QUrl>

#include <cstdint>
#include <cstdio>

namespace {

void check(bool ok, int line = __builtin_LINE())
{
    if (!ok) {
        std::fprintf(stderr, "%s:%d: check failed\n", __FILE__, line);
        __builtin_trap();
    }
}

void checkAddresses(const QList<MailAddress> &addresses)
{
    for (const MailAddress &address : addresses) {
        check(!address.address().isEmpty());
        check(!Mime::Detail::hasLineBreakOrNul(address.address()));
        check(!Mime::Detail::hasLineBreakOrNul(address.displayName()));
        check(address.validationError().isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] & 1)
        text.prepend(QLatin1String("mailto:"));
    const QUrl url(text);
    const MailtoUrl mailto = MailtoUrl::parse(url);

    check(mailto.isMailto()
        == (url.scheme().compare(QLatin1String("mailto"), Qt::CaseInsensitive) == 0));
    if (!mailto.isMailto()) {
        check(mailto.to().isEmpty() && mailto.cc().isEmpty() && mailto.bcc().isEmpty());
        check(mailto.subject().isEmpty() && mailto.body().isEmpty());
    }
    checkAddresses(mailto.to());
    checkAddresses(mailto.cc());
    checkAddresses(mailto.bcc());
    check(!Mime::Detail::hasLineBreakOrNul(mailto.subject()));
    check(!mailto.body().contains(QChar(0)) && !mailto.body().contains(u'\r'));

    const MessageDraft draft = mailto.toDraft();
    check(draft.to == mailto.to() && draft.cc == mailto.cc() && draft.bcc == mailto.bcc());
    check(draft.subject == mailto.subject() && draft.plainBody == mailto.body());
    check(draft.from.isNull() && draft.replyTo.isEmpty() && draft.extraHeaders.isEmpty());
    check(draft.htmlBody.isEmpty() && draft.attachments.isEmpty());
    return 0;
}
