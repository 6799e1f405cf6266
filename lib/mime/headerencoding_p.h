// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

// Internal to lib/mime: how header values are encoded and folded. Pure functions on Qt types.
//
// Why not GMime's encoder: GMime picks base64 ("B") encoded words for mostly non-ASCII text,
// and GMime before 3.2.14 (Debian 12 ships 3.2.13) decodes adjacent B words by joining their
// base64 text, so everything after the first padded word is lost: a long non-ASCII subject
// or display name written by GMime comes back truncated in every GMime-based reader. Q words
// (RFC 2047 §4.2) join without loss, so we write only Q words. Parameters (filenames) still
// go through GMime, whose RFC 2231 encoding is read back correctly.

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace Mime::Detail {

// What a header value may contain.
enum class HeaderCharset {
    Ascii, // RFC 5322 with RFC 2047 encoded words for everything else
    Utf8, // raw UTF-8 allowed (RFC 6532), which needs SMTPUTF8 (RFC 6531)
};

// A header value as tokens: the value is the tokens joined by single spaces, and each of
// those spaces is a place where the writer may fold (RFC 5322 §2.2.3).
using HeaderTokens = QList<QByteArray>;

// Unstructured text (Subject, Comments, X-… values; RFC 5322 §3.2.5): words stay as they
// are where they can; runs of words that cannot (non-ASCII in Ascii mode, control
// characters, something that looks like an encoded word, a word too long for one line)
// become encoded words that carry their spaces inside, so that decoding gives back exactly
// `text`. `text` must not hold CR, LF or NUL.
[[nodiscard]] HeaderTokens unstructuredTokens(QStringView text, HeaderCharset charset);

// A display name (RFC 5322 §3.2.5 phrase): atoms where the name is made of atoms, else one
// quoted-string, else encoded words with the restricted characters of RFC 2047 §5 (3). Atoms
// and a quoted-string come as one token, since GMime keeps a fold inside them in the name.
[[nodiscard]] HeaderTokens phraseTokens(QStringView name, HeaderCharset charset);

// Encoded words for `text` ("=?UTF-8?Q?…?="), each at most 75 characters (RFC 2047 §2), none
// splitting a character (§5), using only characters allowed in a phrase. Spaces are encoded,
// so the words may be separated by folding white space, which decoders drop (§6.2).
[[nodiscard]] HeaderTokens encodedWords(QStringView text);

// Whether GMime's own formatting would not read back as `text`: non-ASCII, control
// characters, or something a reader would take for an encoded word ("=?"), which readers
// decode even where RFC 2047 does not allow it (inside a quoted parameter, for one).
[[nodiscard]] bool needsOwnEncoding(QStringView text);

// A parameter in RFC 2231 form (§3, §4): attribute*=UTF-8''%XX…, split into continuations
// attribute*0*=…; attribute*1*=… of at most 60 characters each. The tokens end in ';' but
// the last.
[[nodiscard]] HeaderTokens rfc2231Tokens(const char *attribute, QStringView value);

// The value as written after "Name:", without the final line break: a space, then the
// tokens, folded with "\n " so that lines stay within 78 octets where the tokens allow
// (RFC 5322 §2.1.1). Folds only after a non-empty token and before a later one, so that no
// line is only white space.
[[nodiscard]] QByteArray foldedValue(int fieldNameLength, const HeaderTokens &tokens);

// The longest token we write as it is; longer words are encoded so they can be folded.
constexpr qsizetype MaxLiteralTokenOctets = 900;

// Rewrites every B encoded word in a raw header value as the equivalent Q word, byte for
// byte, so that GMime < 3.2.14 decodes a run of them in full (see the top of this file).
// Everything else is unchanged.
[[nodiscard]] QByteArray qEncodedWordsFromB(const QByteArray &raw);

} // namespace Mime::Detail
