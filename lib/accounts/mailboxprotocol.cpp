// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#include "mailboxprotocol.h"

#include <algorithm>

namespace {

// Splits off the first space-separated word.
QByteArrayView takeWord(QByteArrayView &rest)
{
    const qsizetype space = rest.indexOf(' ');
    QByteArrayView word;
    if (space < 0) {
        word = rest;
        rest = {};
    } else {
        word = rest.first(space);
        rest = rest.sliced(space + 1);
    }
    return word;
}

// "[CODE args] text" → code, text (RFC 9051 resp-text, RFC 2449 §8 resp-code).
void splitResponseText(QByteArrayView rest, QByteArray *code, QByteArray *text)
{
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        if (close > 0) {
            *code = rest.sliced(1, close - 1).toByteArray();
            rest = rest.sliced(close + 1);
            if (rest.startsWith(' '))
                rest = rest.sliced(1);
        }
    }
    *text = rest.toByteArray();
}

bool isStatusWord(const QByteArray &word)
{
    return word == "OK" || word == "NO" || word == "BAD" || word == "BYE" || word == "PREAUTH";
}

} // namespace

namespace Imap {

bool Response::isStatus() const
{
    return kind != Kind::Continuation && isStatusWord(status);
}

QByteArray Response::codeName() const
{
    const qsizetype space = code.indexOf(' ');
    return (space < 0 ? code : code.left(space)).toUpper();
}

QByteArray Response::codeArguments() const
{
    const qsizetype space = code.indexOf(' ');
    return space < 0 ? QByteArray() : code.mid(space + 1);
}

std::optional<Response> parseResponse(QByteArrayView line)
{
    Response response;
    if (line.startsWith('+')) {
        // RFC 9051 §7.5: "+ text"; some servers send a bare "+".
        response.kind = Response::Kind::Continuation;
        QByteArrayView rest = line.sliced(1);
        if (rest.startsWith(' '))
            rest = rest.sliced(1);
        response.text = rest.toByteArray();
        return response;
    }

    QByteArrayView rest = line;
    const QByteArrayView tag = takeWord(rest);
    if (tag.isEmpty())
        return std::nullopt;
    if (tag == "*") {
        response.kind = Response::Kind::Untagged;
    } else {
        response.kind = Response::Kind::Tagged;
        response.tag = tag.toByteArray();
    }

    QByteArrayView word = takeWord(rest);
    // "* 3 EXISTS": a number before the keyword.
    if (response.kind == Response::Kind::Untagged && !word.isEmpty()
        && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        word = takeWord(rest);
    }
    if (word.isEmpty())
        return std::nullopt;
    response.status = word.toByteArray().toUpper();

    if (isStatusWord(response.status)) {
        splitResponseText(rest, &response.code, &response.text);
    } else if (response.kind == Response::Kind::Tagged) {
        return std::nullopt; // tagged responses are always OK, NO or BAD
    } else {
        response.data = rest.toByteArray();
    }
    return response;
}

QByteArrayList parseCapabilities(QByteArrayView list)
{
    QByteArrayList capabilities;
    for (const QByteArray &atom : list.toByteArray().split(' ')) {
        if (!atom.isEmpty())
            capabilities.append(atom.toUpper());
    }
    return capabilities;
}

QByteArrayList authMechanisms(const QByteArrayList &capabilities)
{
    QByteArrayList mechanisms;
    for (const QByteArray &capability : capabilities) {
        if (capability.startsWith("AUTH=") && capability.size() > 5)
            mechanisms.append(capability.mid(5));
    }
    return mechanisms;
}

std::optional<QByteArray> quoted(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size() + 2);
    out.append('"');
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0 || byte == '\r' || byte == '\n' || byte >= 0x80)
            return std::nullopt;
        if (c == '"' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append('"');
    return out;
}

std::optional<qint64> trailingLiteralSize(QByteArrayView line)
{
    if (!line.endsWith('}'))
        return std::nullopt;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return std::nullopt;
    QByteArrayView digits = line.sliced(open + 1, line.size() - open - 2);
    if (digits.endsWith('+') || digits.endsWith('-'))
        digits.chop(1);
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    qint64 size = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        size = size * 10 + (c - '0');
    }
    return size;
}

} // namespace Imap

namespace Pop3 {

std::optional<Response> parseResponse(QByteArrayView line)
{
    Response response;
    QByteArrayView rest;
    if (line.startsWith("+OK") && (line.size() == 3 || line.at(3) == ' ')) {
        response.status = Response::Status::Ok;
        rest = line.sliced(3);
    } else if (line.startsWith("-ERR") && (line.size() == 4 || line.at(4) == ' ')) {
        response.status = Response::Status::Err;
        rest = line.sliced(4);
    } else if (line == "+" || line.startsWith("+ ")) {
        response.status = Response::Status::Continuation;
        response.text = line.sliced(qMin<qsizetype>(2, line.size())).toByteArray();
        return response;
    } else {
        return std::nullopt;
    }
    if (rest.startsWith(' '))
        rest = rest.sliced(1);
    splitResponseText(rest, &response.code, &response.text);
    return response;
}

QByteArray unstuff(QByteArrayView line)
{
    if (line.startsWith(".."))
        return line.sliced(1).toByteArray();
    return line.toByteArray();
}

Capabilities Capabilities::parse(const QByteArrayList &lines)
{
    Capabilities capabilities;
    for (const QByteArray &line : lines) {
        QByteArrayView rest = line;
        const QByteArray name = takeWord(rest).toByteArray().toUpper();
        if (name.isEmpty())
            continue;
        capabilities.names.append(name);
        if (name == "STLS") {
            capabilities.stls = true;
        } else if (name == "USER") {
            capabilities.user = true;
        } else if (name == "SASL") {
            for (const QByteArray &mechanism : rest.toByteArray().split(' ')) {
                if (!mechanism.isEmpty())
                    capabilities.sasl.append(mechanism.toUpper());
            }
        }
    }
    return capabilities;
}

} // namespace Pop3
