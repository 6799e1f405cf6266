// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
// libFuzzer target for the pure SMTP codecs: the reply parser, the EHLO capability parser and
// the DATA encoder. Besides "does not crash" it checks the properties the tests state:
// chunking never changes what the parser or the encoder produce, the parser never buffers
// more than a line, and encoded data never holds a bare CR or LF.
#include "smtp/dataencoder.h"
#include "smtp/smtpcapabilities.h"
#include "smtp/smtpreply.h"

#include <QByteArray>
#include <QByteArrayList>

#include <algorithm>
#include <cstdint>

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

// Feeds `input` in chunks of the given sizes (cycled), stepping until the parser wants more;
// returns everything observable, flattened, and exercises the reply accessors.
QByteArrayList runParser(QByteArrayView input, QByteArrayView chunkSizes)
{
    SmtpReplyParser parser;
    QByteArrayList events;
    qsizetype pos = 0;
    qsizetype next = 0;
    while (pos < input.size()) {
        qsizetype size = chunkSizes.isEmpty()
            ? input.size()
            : 1 + uchar(chunkSizes.at(next++ % chunkSizes.size())) % 64;
        size = std::min(size, input.size() - pos);
        parser.feed(input.sliced(pos, size));
        pos += size;
        check(parser.bufferedBytes() <= size + SmtpReplyParser::MaxLineLength + 1);
        for (;;) {
            const SmtpReplyParser::Status status = parser.step();
            if (status == SmtpReplyParser::Status::NeedMoreData)
                break;
            QByteArray event = QByteArray::number(int(status)) + ' ' + parser.lastLine();
            if (status == SmtpReplyParser::Status::ReplyComplete) {
                const SmtpReply reply = parser.takeReply();
                check(reply.isValid() && !reply.lines.isEmpty());
                check(reply.lines.size() <= SmtpReplyParser::MaxLinesPerReply);
                const QString text = reply.text();
                check(!reply.summary().isEmpty());
                for (QChar c : text)
                    check(c == u'\n' || c.unicode() >= 0x20);
                const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(reply);
                (void)caps.toDisplayString();
                (void)caps.sizeLimit();
                (void)caps.authMechanisms();
                check(caps == SmtpCapabilities::fromEhloReply(reply));
                event += ' ' + reply.lines.join('|') + ' ' + reply.enhancedCode;
            } else if (status != SmtpReplyParser::Status::LineConsumed) {
                check(!parser.errorString().isEmpty());
                check(parser.step() == status); // errors are sticky
                events << event;
                return events;
            }
            events << event;
        }
        check(parser.bufferedBytes() <= SmtpReplyParser::MaxLineLength + 1);
    }
    return events;
}

bool hasOnlyCrlf(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n'))
            return false;
        if (bytes.at(i) == '\n' && (i == 0 || bytes.at(i - 1) != '\r'))
            return false;
    }
    return true;
}

QByteArray encode(SmtpDataEncoder::Mode mode, QByteArrayView input, qsizetype split)
{
    SmtpDataEncoder encoder(mode);
    QByteArray out = encoder.encode(input.first(split));
    out += encoder.encode(input.sliced(split));
    out += encoder.finish();
    check(encoder.bytesWritten() == out.size());
    check(encoder.linesWritten() == out.count("\r\n"));
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    // The first bytes choose chunk sizes; the whole input is what the server "sent".
    const QByteArrayView chunkSizes = input.first(std::min<qsizetype>(input.size(), 4));
    const QByteArrayList whole = runParser(input, {});
    check(runParser(input, chunkSizes) == whole);
    check(runParser(input, QByteArrayView("\0", 1)) == whole); // one byte at a time
    if (const std::optional<SmtpReply> one = SmtpReplyParser::parseOne(input))
        check(one->isValid());

    const qsizetype split = input.isEmpty() ? 0 : uchar(input.at(0)) % (input.size() + 1);
    for (const auto mode : { SmtpDataEncoder::Mode::DotStuffed, SmtpDataEncoder::Mode::Raw }) {
        const QByteArray once = encode(mode, input, input.size());
        check(encode(mode, input, split) == once);
        check(hasOnlyCrlf(once));
        if (mode == SmtpDataEncoder::Mode::DotStuffed)
            check(once.endsWith(".\r\n") && !once.chopped(3).contains("\r\n.\r\n"));
    }
    return 0;
}
