// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

struct MailAddressParseResult;

// One mailbox as it appears in a message header (RFC 5322 §3.4): an optional display name and
// an addr-spec. The address keeps the form the header used: a quoted local part keeps its
// quotes ("john doe"@example.org), an internationalised domain is kept in Unicode. Groups do
// not appear here: parsing flattens them to their members.
class MailAddress
{
    Q_DECLARE_TR_FUNCTIONS(MailAddress)
public:
    MailAddress() = default;
    // No checks: see validationError(), which MessageWriter applies before writing.
    explicit MailAddress(QString address, QString displayName = {})
        : m_displayName(std::move(displayName))
        , m_address(std::move(address))
    { }

    [[nodiscard]] const QString &displayName() const { return m_displayName; }
    [[nodiscard]] const QString &address() const { return m_address; }
    [[nodiscard]] bool isNull() const { return m_address.isEmpty(); }
    [[nodiscard]] QString localPart() const; // before the last '@'
    [[nodiscard]] QString domain() const; // after the last '@'

    // Empty when this can be written into a header: the address is a single addr-spec with a
    // domain, as GMime reads it, and neither part holds CR, LF or NUL. Otherwise, why not.
    [[nodiscard]] QString validationError() const;

    // Parses an RFC 5322 address-list as a user types it into a To field or as it stands in a
    // header (unfolded): display names, quoted strings, comments, RFC 2047 encoded words,
    // groups (flattened). A CR, LF or NUL anywhere, an address GMime cannot read, or a mailbox
    // without a domain make the whole list an error; an empty or blank text is an empty list.
    // A display name with a comma must be quoted: "Doe, John" <j@example.org>. (GMime alone
    // would take Doe, John <j@example.org> as one name; we refuse the guess.)
    [[nodiscard]] static MailAddressParseResult parseList(const QString &text);

    // For a header (RFC 5322 §3.4, RFC 2047): display names quoted as needed, non-ASCII names
    // as Q encoded words (as MessageWriter writes them), internationalised domains as A-labels. A
    // non-ASCII local part stays raw UTF-8 (RFC 6532), which needs SMTPUTF8. Not folded: a message
    // writer folds.
    [[nodiscard]] static QString toHeaderValue(const QList<MailAddress> &addresses);
    // For people and for input fields: names in Unicode, quoted as needed, so parseList()
    // reads it back. GMime writes internationalised domains as A-labels here too.
    [[nodiscard]] static QString toDisplayString(const QList<MailAddress> &addresses);
    [[nodiscard]] QString toDisplayString() const { return toDisplayString({ *this }); }

    friend bool operator==(const MailAddress &a, const MailAddress &b)
    {
        return a.m_address == b.m_address && a.m_displayName == b.m_displayName;
    }
    friend bool operator!=(const MailAddress &a, const MailAddress &b) { return !(a == b); }

private:
    QString m_displayName;
    QString m_address;
};

struct MailAddressParseResult
{
    QList<MailAddress> addresses;
    QString errorString; // empty on success
    [[nodiscard]] bool isValid() const { return errorString.isEmpty(); }
};

Q_DECLARE_METATYPE(MailAddress)
