// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// libFuzzer target for the IMAP response codecs of the login test (lib/accounts/
// mailboxprotocol.h): the input is what a server sends, cut into lines at LF as the login test
// reads it. Besides "does not crash" it checks what the login test relies on: a parsed response
// has a non-empty tag and an upper-case status word without spaces, a tagged one is always a
// status, capabilities are upper-case atoms, an AUTH= mechanism names a capability, a quoted
// string is 7-bit and unquotes to its input, and a literal size is what the line announces.
#include "accounts/mailboxprotocol.h"

#include <QByteArray>
#include <QByteArrayList>

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

bool isAtom(const QByteArray &word)
{
    return !word.isEmpty() && !word.contains(' ') && word == word.toUpper();
}

// Reads an IMAP quoted string back (RFC 9051 §4.3): the inverse of Imap::quoted().
QByteArray unquote(const QByteArray &quoted)
{
    QByteArray out;
    for (qsizetype i = 1; i + 1 < quoted.size(); ++i) {
        if (quoted.at(i) == '\\')
            ++i;
        out.append(quoted.at(i));
    }
    return out;
}

void checkLine(QByteArrayView line)
{
    if (const std::optional<Imap::Response> response = Imap::parseResponse(line)) {
        switch (response->kind) {
        case Imap::Response::Kind::Continuation:
            check(line.startsWith('+'));
            check(line.endsWith(response->text));
            check(response->tag.isEmpty() && response->status.isEmpty());
            break;
        case Imap::Response::Kind::Tagged:
            check(!response->tag.isEmpty() && !response->tag.contains(' '));
            check(response->tag != "*");
            check(line.startsWith(response->tag));
            check(response->isStatus()); // OK, NO, BAD (BYE and PREAUTH pass the parser too)
            [[fallthrough]];
        case Imap::Response::Kind::Untagged:
            check(isAtom(response->status));
            if (!response->isStatus())
                check(response->code.isEmpty() && response->text.isEmpty());
            else
                check(response->data.isEmpty());
            check(!response->code.contains(']'));
            check(response->codeName() == response->codeName().toUpper());
            check(response->codeName().size() + response->codeArguments().size()
                <= response->code.size());
            break;
        }
    }

    const QByteArrayList capabilities = Imap::parseCapabilities(line);
    for (const QByteArray &capability : capabilities)
        check(isAtom(capability));
    for (const QByteArray &mechanism : Imap::authMechanisms(capabilities)) {
        check(!mechanism.isEmpty());
        check(capabilities.contains("AUTH=" + mechanism));
    }

    if (const std::optional<QByteArray> quoted = Imap::quoted(line)) {
        check(quoted->size() >= 2 && quoted->startsWith('"') && quoted->endsWith('"'));
        for (const char c : *quoted)
            check(c != '\0' && c != '\r' && c != '\n' && uchar(c) < 0x80);
        check(unquote(*quoted) == line);
    } else {
        bool literalOnly = false;
        for (const char c : line)
            literalOnly = literalOnly || c == '\0' || c == '\r' || c == '\n' || uchar(c) >= 0x80;
        check(literalOnly);
    }

    if (const std::optional<qint64> size = Imap::trailingLiteralSize(line)) {
        check(*size >= 0);
        check(line.endsWith('}') && line.contains('{'));
        const qsizetype open = line.lastIndexOf('{');
        QByteArray digits = line.sliced(open + 1, line.size() - open - 2).toByteArray();
        if (digits.endsWith('+') || digits.endsWith('-')) // RFC 7888 LITERAL+ and LITERAL-
            digits.chop(1);
        bool ok = false;
        check(digits.toLongLong(&ok) == *size && ok);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    for (QByteArray line : input.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        checkLine(line);
    }
    return 0;
}
