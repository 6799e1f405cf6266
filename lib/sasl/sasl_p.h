// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

// Internal to lib/sasl: helpers shared by the mechanism implementations and the factories
// that Sasl::create() dispatches to. Not part of the library's API.

#include "saslmechanism.h"

#include <QCryptographicHash>

namespace Sasl::Detail {

// Overwrites a buffer that held a secret with zeros, then empties it. A buffer shared with
// another QByteArray/QString is only released: its other owner is responsible for it, and
// writing through data() would merely detach and wipe a fresh copy.
void wipe(QByteArray &bytes);
void wipe(QString &text);

// Wipes a local buffer when the scope ends, however it ends.
class ScopedWipe
{
public:
    explicit ScopedWipe(QByteArray &bytes)
        : m_bytes(bytes)
    { }
    ~ScopedWipe() { wipe(m_bytes); }
    ScopedWipe(const ScopedWipe &) = delete;
    ScopedWipe &operator=(const ScopedWipe &) = delete;

private:
    QByteArray &m_bytes;
};

// RFC 5802 §5.1 / RFC 5801 §4 "saslname": UTF-8 with ',' as "=2C" and '=' as "=3D".
[[nodiscard]] QByteArray escapeSaslName(const QString &name);

// Whether `text` contains a C0 control character or DEL. Such characters would break the
// framing of the token mechanisms (0x01 separates their fields) and PLAIN (NUL).
[[nodiscard]] bool containsControlCharacter(const QString &text);

[[nodiscard]] std::unique_ptr<SaslMechanism> createPlain(const SaslCredentials &credentials);
[[nodiscard]] std::unique_ptr<SaslMechanism> createLogin(const SaslCredentials &credentials);
[[nodiscard]] std::unique_ptr<SaslMechanism> createCramMd5(const SaslCredentials &credentials);
// `clientNonce`: empty for 24 random bytes, base64; otherwise it must be printable ASCII
// without ',' (RFC 5802 §7), else the result is null.
[[nodiscard]] std::unique_ptr<SaslMechanism> createScram(const QByteArray &name,
    QCryptographicHash::Algorithm algorithm, const SaslCredentials &credentials,
    const QByteArray &clientNonce);
[[nodiscard]] std::unique_ptr<SaslMechanism> createXOAuth2(const SaslCredentials &credentials);
[[nodiscard]] std::unique_ptr<SaslMechanism> createOAuthBearer(
    const SaslCredentials &credentials, const QString &host, quint16 port);

} // namespace Sasl::Detail
