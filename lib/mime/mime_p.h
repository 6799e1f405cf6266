// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

// Internal to lib/mime: GMime setup and the small pieces the writer, the envelope reader and
// the address parser share. Not part of the library's API; the only header that includes
// GMime, so that the rest of the code sees Qt types only.

#include "headerencoding_p.h"
#include "mailaddress.h"
#include "smtp/smtpdatacheck.h"

#include <QByteArray>
#include <QList>
#include <QString>

// GLib's headers use "signals" as a struct member name, which Qt defines as a keyword.
#pragma push_macro("signals")
#pragma push_macro("slots")
#undef signals
#undef slots
#include <gmime/gmime.h>
#pragma pop_macro("slots")
#pragma pop_macro("signals")

#include <memory>
#include <sys/types.h>

class QIODevice;

namespace Mime::Detail {

// Calls g_mime_init() once per process, from whichever thread gets here first. GMime is never
// shut down: other threads may still hold its objects when the application ends.
void ensureGMimeInitialized();

// Owns one GObject reference.
struct GObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template<typename T> using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

struct ParserOptionsFree
{
    void operator()(GMimeParserOptions *options) const { g_mime_parser_options_free(options); }
};
using ParserOptionsPtr = std::unique_ptr<GMimeParserOptions, ParserOptionsFree>;

struct FormatOptionsFree
{
    void operator()(GMimeFormatOptions *options) const { g_mime_format_options_free(options); }
};
using FormatOptionsPtr = std::unique_ptr<GMimeFormatOptions, FormatOptionsFree>;

struct GFree
{
    void operator()(gpointer p) const { g_free(p); }
};
using GCharPtr = std::unique_ptr<char, GFree>;

// Format options for everything we write: CRLF line endings (RFC 5322 §2.1).
[[nodiscard]] FormatOptionsPtr crlfFormatOptions();

// Parses an RFC 5322 address-list (already unfolded, no CR/LF/NUL) with GMime's strict
// address parser. GMime skips an address it cannot read and carries on, reporting some of
// them through its warning callback and others not at all; so any warning is an error, and
// the mailboxes GMime returns are counted against the list's comma-separated slots. Groups
// are flattened to their members; every mailbox must have a domain.
[[nodiscard]] MailAddressParseResult parseAddressBytes(const QByteArray &text);

[[nodiscard]] QString fromUtf8(const char *text);

// True if `text` has a CR, LF or NUL: the characters that could end a header line.
[[nodiscard]] bool hasLineBreakOrNul(QStringView text);

// The envelope's recipient list: duplicates removed, where the domain compares
// case-insensitively (RFC 5321 §2.4) and the local part exactly.
[[nodiscard]] QStringList uniqueRecipients(const QList<MailAddress> &addresses);

// Whether the local part (before the last '@') has a non-ASCII character, which only an
// SMTPUTF8 server can carry (RFC 6531 §3.2); a non-ASCII domain can travel as A-labels.
[[nodiscard]] bool hasNonAsciiLocalPart(const QString &address);

// The addr-spec of `address` as GMime writes it into a header: the local part as given, the
// domain in A-labels where it is a valid internationalised domain name (else unchanged).
[[nodiscard]] QByteArray addrSpecForHeader(const QString &address);

// Header tokens for an address list (RFC 5322 §3.4): per mailbox the display name
// (phraseTokens()) and the angle address, or the bare addr-spec; commas between mailboxes. The
// addr-spec is as GMime writes it: the local part as given (quoted if it was), the domain in
// A-labels (RFC 5890).
[[nodiscard]] HeaderTokens addressListTokens(
    const QList<MailAddress> &addresses, HeaderCharset charset);

// Checks a message as it is written: every line ends in CRLF, and it is valid SMTP data
// (SmtpDataCheck: no NUL, no line longer than 998 octets; RFC 5322 §2.1.1, §2.3). Feed it
// every byte in order.
class LineChecker
{
public:
    // False once a line is bad; then line() is the bad line's number (1-based).
    bool feed(const char *data, qsizetype size);
    // The end of the message: false if it ends in the middle of a CR LF pair.
    bool finish();
    [[nodiscard]] bool isValid() const { return m_badLine == 0; }
    [[nodiscard]] int badLine() const { return m_badLine; }
    [[nodiscard]] bool lineTooLong() const
    {
        return m_data.problem().kind == SmtpDataProblem::Kind::LineTooLong;
    }
    [[nodiscard]] bool hasNul() const
    {
        return m_data.problem().kind == SmtpDataProblem::Kind::NulByte;
    }

private:
    SmtpDataCheck m_data;
    int m_line = 1;
    int m_badLine = 0;
    bool m_pendingCr = false;
};

// A write-only GMimeStream on an open QIODevice: the one place where a written message
// leaves GMime. Every byte also goes through `checker` when one is given; a write fails
// (GMime stops) when the device fails or the checker finds a bad line. Neither is owned.
[[nodiscard]] GObjectPtr<GMimeStream> newDeviceStream(QIODevice *device, LineChecker *checker);
// Whether a write failed because the device refused bytes (see QIODevice::errorString()).
[[nodiscard]] bool deviceWriteFailed(GMimeStream *deviceStream);

// GMime before 3.2.14 loses text after the first padded B encoded word of a run; the
// parsers give it raw header values through this (see headerencoding_p.h).
[[nodiscard]] QByteArray decodableHeaderValue(const QByteArray &raw);

// A GMime parser over a message file that the caller has open as `fd`, from offset `start`.
// GMime reads through its own duplicate of the descriptor, which shares the file offset with
// the caller's, so the caller's offset is put back by restoreOffset() or at destruction.
class MessageFileParser
{
public:
    // Part bodies stay in the file and are read when needed, never copied to memory, so a
    // message of any size parses in about constant memory.
    MessageFileParser(int fd, qint64 start);
    ~MessageFileParser();
    MessageFileParser(const MessageFileParser &) = delete;
    MessageFileParser &operator=(const MessageFileParser &) = delete;

    // False when the descriptor could not be duplicated or positioned.
    [[nodiscard]] bool isOpen() const { return m_parser != nullptr; }
    // The message, or null when the file does not start like one.
    [[nodiscard]] GObjectPtr<GMimeMessage> construct(GMimeParserOptions *options);
    [[nodiscard]] GMimeStream *stream() const { return m_stream.get(); }
    void restoreOffset();

private:
    int m_fd;
    off_t m_savedOffset;
    bool m_restored = false;
    GObjectPtr<GMimeStream> m_stream;
    GObjectPtr<GMimeParser> m_parser;
};

} // namespace Mime::Detail
