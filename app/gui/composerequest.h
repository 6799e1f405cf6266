// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include "mime/messagedraft.h"

#include <QString>

// What `outbound --compose SPEC` asks for. SPEC is a mailto: URL (RFC 6068) or the
// Thunderbird-style list "to='a@example.org,b@example.org',cc=…,bcc=…,subject='Hi',body='…',
// attachment='/path/file'" (values may be quoted with ' or "). Returns the draft, or an empty
// optional with *error when SPEC holds a malformed address or an unknown key.
[[nodiscard]] std::optional<MessageDraft> draftFromComposeSpec(const QString &spec, QString *error);
