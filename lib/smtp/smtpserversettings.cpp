// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "smtpserversettings.h"

#include <QSysInfo>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace {

// A host name fit for EHLO: at least two labels of letters, digits and hyphens, so that it
// at least looks like the FQDN RFC 5321 §4.1.4 asks for.
bool looksLikeFqdn(const QByteArray &name)
{
    if (name.size() > 255 || !name.contains('.'))
        return false;
    for (const QByteArray &label : name.split('.')) {
        if (label.isEmpty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
            return false;
        const bool ldh = std::all_of(label.begin(), label.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-';
        });
        if (!ldh)
            return false;
    }
    return true;
}

} // namespace

SmtpTimeouts SmtpTimeouts::uniform(int ms)
{
    SmtpTimeouts t;
    t.connect = t.greeting = t.command = t.mailFrom = t.rcptTo = ms;
    t.dataInitiation = t.dataBlock = t.dataTermination = ms;
    return t;
}

SmtpTimeouts SmtpTimeouts::scaled(int commandMs, int dataTerminationMs)
{
    SmtpTimeouts t;
    t.connect = t.greeting = t.command = t.mailFrom = t.rcptTo = t.dataInitiation = commandMs;
    // §4.5.3.2.5: 3 minutes for each data block where §4.5.3.2.2-3 give commands 5.
    t.dataBlock = int(qint64(commandMs) * 3 / 5);
    t.dataTermination = dataTerminationMs > 0 ? dataTerminationMs : dataTerminationFor(commandMs);
    return t;
}

int SmtpTimeouts::dataTerminationFor(int commandMs)
{
    // §4.5.3.2.6: 10 minutes where commands get 5.
    return int(qMin<qint64>(qint64(commandMs) * 2, std::numeric_limits<int>::max()));
}

quint16 SmtpServerSettings::defaultPort(ConnectionSecurity security)
{
    switch (security) {
    case ConnectionSecurity::ImplicitTls:
        return 465; // RFC 8314 §7.3 submissions
    case ConnectionSecurity::StartTls:
    case ConnectionSecurity::None:
        return 587; // RFC 6409 submission
    }
    return 587;
}

QByteArray SmtpServerSettings::effectiveHeloName() const
{
    // What the user configured goes out as given (A-labels for an internationalised name);
    // a value with a space or line break is left for SmtpCommand::ehlo() to refuse, and an
    // internationalised name with no A-label form comes back empty, which it refuses too.
    const QString configured = heloName.trimmed();
    if (!configured.isEmpty()) {
        const bool ascii = std::all_of(
            configured.begin(), configured.end(), [](QChar c) { return c.unicode() < 0x80; });
        if (ascii || configured.startsWith(u'['))
            return configured.toUtf8();
        const QByteArray ace = QUrl::toAce(configured);
        return ace;
    }

    // The machine's name if it is a plausible FQDN; many machines only know a bare host name
    // ("laptop"), which servers are right to reject, so that falls back to "localhost".
    // An address literal would need our public address, which we do not know behind NAT.
    const QByteArray host = QUrl::toAce(QSysInfo::machineHostName());
    if (looksLikeFqdn(host))
        return host;
    return QByteArrayLiteral("localhost");
}
