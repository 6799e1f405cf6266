// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// libFuzzer target for the POP3 response codecs of the login test (lib/accounts/
// mailboxprotocol.h): the input is what a server sends, cut into lines at LF as the login test
// reads it; the lines together are also read as one CAPA response. Besides "does not crash" it
// checks: a response's status is the line's own prefix, its code holds no ']', unstuffing only
// ever removes the one leading dot, and capabilities are non-empty upper-case names whose
// flags agree with the list.
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

bool isName(const QByteArray &word)
{
    return !word.isEmpty() && !word.contains(' ') && word == word.toUpper();
}

void checkLine(QByteArrayView line)
{
    if (const std::optional<Pop3::Response> response = Pop3::parseResponse(line)) {
        switch (response->status) {
        case Pop3::Response::Status::Ok:
            check(line.startsWith("+OK"));
            break;
        case Pop3::Response::Status::Err:
            check(line.startsWith("-ERR"));
            break;
        case Pop3::Response::Status::Continuation:
            check(line == "+" || line.startsWith("+ "));
            check(response->code.isEmpty());
            break;
        }
        check(!response->code.contains(']'));
        check(line.endsWith(response->text));
        check(response->code.size() + response->text.size() <= line.size());
    } else {
        check(!line.startsWith("+OK ") && !line.startsWith("-ERR ") && line != "+OK"
            && line != "-ERR" && line != "+" && !line.startsWith("+ "));
    }

    const QByteArray unstuffed = Pop3::unstuff(line);
    if (line.startsWith(".."))
        check(unstuffed == line.sliced(1));
    else
        check(unstuffed == line);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArrayList lines = input.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        checkLine(line);
    }

    const Pop3::Capabilities capabilities = Pop3::Capabilities::parse(lines);
    for (const QByteArray &name : capabilities.names)
        check(isName(name));
    for (const QByteArray &mechanism : capabilities.sasl)
        check(isName(mechanism));
    check(capabilities.stls == capabilities.names.contains("STLS"));
    check(capabilities.user == capabilities.names.contains("USER"));
    check(capabilities.sasl.isEmpty() || capabilities.names.contains("SASL"));
    return 0;
}
