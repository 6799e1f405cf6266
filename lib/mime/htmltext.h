// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Outbound developers
#pragma once

#include <QString>
#include <QStringView>

// A plain-text rendering of an HTML body, for the text/plain alternative of a message that was
// written in HTML only (RFC 2046 §5.1.4: the plain part is what a text-only reader shows).
//
// A small tag stripper, not a browser (lib/ has no Qt GUI, so no QTextDocument): the content of
// script, style, head, title, template and comments is dropped; block elements (p, div, h1–h6,
// tr, blockquote, …) and <br> end lines; list items start with "- " or "1. "; table cells are
// separated by a space; <img> gives its alt text in brackets; a link's target follows its text
// in angle brackets when it differs from it. Outside <pre>, white space collapses as a browser
// collapses it. Character references are decoded: all numeric ones, and the named ones of HTML 4
// (Latin-1, symbols, punctuation) plus &apos;. Unknown names stay as written.
//
// Total on any input: malformed markup never fails, it degrades to text. The result has LF line
// ends, no trailing spaces, at most one blank line in a row, and ends with one LF unless empty.
[[nodiscard]] QString plainTextFromHtml(QStringView html);
