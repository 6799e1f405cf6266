// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "mailaddress.h"

#include "mime_p.h"

using namespace Mime::Detail;

namespace {

// For people: GMime's unencoded form.
QString displayForm(const QList<MailAddress> &addresses)
{
    ensureGMimeInitialized();
    GObjectPtr<InternetAddressList> list(internet_address_list_new());
    for (const MailAddress &address : addresses) {
        GObjectPtr<InternetAddress> mailbox(internet_address_mailbox_new(
            address.displayName().toUtf8().constData(), address.address().toUtf8().constData()));
        // Without this GMime picks the smallest charset that fits, often ISO-8859-1.
        internet_address_set_charset(mailbox.get(), "UTF-8");
        internet_address_list_add(list.get(), mailbox.get());
    }
    const FormatOptionsPtr options = crlfFormatOptions();
    const GCharPtr text(internet_address_list_to_string(list.get(), options.get(), FALSE));
    return fromUtf8(text.get());
}

} // namespace

QString MailAddress::localPart() const
{
    const qsizetype at = m_address.lastIndexOf(u'@');
    return at < 0 ? m_address : m_address.left(at);
}

QString MailAddress::domain() const
{
    const qsizetype at = m_address.lastIndexOf(u'@');
    return at < 0 ? QString() : m_address.mid(at + 1);
}

QString MailAddress::validationError() const
{
    if (m_address.isEmpty())
        return tr("The address is empty.");
    if (hasLineBreakOrNul(m_displayName))
        return tr("The name “%1” contains a line break or a NUL character.")
            .arg(m_displayName.simplified());
    if (hasLineBreakOrNul(m_address))
        return tr("The address “%1” contains a line break or a NUL character.")
            .arg(m_address.simplified());

    const MailAddressParseResult parsed = parseAddressBytes(m_address.toUtf8());
    if (!parsed.isValid())
        return parsed.errorString;
    // Exactly the one addr-spec, nothing around it: not "a@b.c, d@e.f", "<a@b.c>" or
    // "a@b.c (comment)". GMime may show an A-label domain in Unicode; that is the same address.
    const bool same = parsed.addresses.size() == 1
        && parsed.addresses.first().displayName().isEmpty()
        && (parsed.addresses.first().address() == m_address
            || MailAddress::toHeaderValue(parsed.addresses) == m_address);
    if (!same)
        return tr("“%1” is not a single address of the form name@example.org.").arg(m_address);
    return {};
}

MailAddressParseResult MailAddress::parseList(const QString &text)
{
    if (hasLineBreakOrNul(text)) {
        MailAddressParseResult result;
        result.errorString = tr("The address list contains a line break or a NUL character.");
        return result;
    }
    return parseAddressBytes(text.toUtf8());
}

QString MailAddress::toHeaderValue(const QList<MailAddress> &addresses)
{
    // The writer's encoding (headerencoding_p.h), unfolded.
    const HeaderTokens tokens = addressListTokens(addresses, HeaderCharset::Ascii);
    return QString::fromUtf8(tokens.join(' '));
}

QString MailAddress::toDisplayString(const QList<MailAddress> &addresses)
{
    return displayForm(addresses);
}
