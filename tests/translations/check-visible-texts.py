#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
"""Compares the words the app's windows show in each language with English.

usage: check-visible-texts.py TRANSLATIONS_DIR TOUR_DIR

TOUR_DIR holds one folder per language (en, pl, ...), each with NAME.txt files of
"PATH\\tTEXT" lines and missing-translations.txt ("CONTEXT\\tSOURCE" lines no catalogue
had). A text at the same PATH that is the same as in English counts as untranslated unless it
holds no words but names, protocol keywords and data, or the catalogue translates it to
itself on purpose (a finished entry equal to its source, like Polish "Port").
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

# Words that stay as they are in every language: the product, protocol keywords, data the
# tour itself puts on screen (the Sandbox account, its addresses and host names).
NEUTRAL_WORDS = set("""
Outbound Sandbox SMTP ESMTP IMAP POP POP3 TLS SSL STARTTLS EHLO HELO AUTH PLAIN LOGIN CRAM MD5
SCRAM SHA XOAUTH2 OAUTHBEARER MIME UTF DSN SIZE PIPELINING 8BITMIME SMTPUTF8 BITMIME
ENHANCEDSTATUSCODES CHUNKING BDAT HELP NOOP VRFY EXPN RSET QUIT ETRN DATA RCPT MAIL FROM TO
OK CA PEM DER URL localhost sandbox invalid example org com net you friend Ctrl Shift Alt
Return Enter Esc Del Tab Ins
""".split())
TRANSCRIPT_LINE = re.compile(r"^\d\d:\d\d:\d\d\.\d{3} \[\d+\] (.*)$")
SERVER_REPLY = re.compile(r"^[2-5]\d\d(?:[ -]|$)")
ADDRESS_OR_HOST = re.compile(r"[\w.+-]+@[\w.-]+|\b(?:[\w-]+\.)+[a-z]{2,}\b|\d+(?:\.\d+)+")


def read_lines(path):
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        where, _, text = line.partition("\t")
        if text:
            pairs.setdefault(where, text)
    return pairs


def deliberate_same(ts_file):
    """Finished entries whose translation is their source: the translator said so."""
    same = set()
    if not ts_file.exists():
        return same
    for message in ET.parse(ts_file).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        if (translation.text or "") == source:
            same.add(" ".join(source.replace("&", "").split()))
    return same


def needs_translation(text):
    if SERVER_REPLY.match(text):
        return False  # the server's words
    transcript = TRANSCRIPT_LINE.match(text)
    if transcript:
        text = transcript.group(1)
        if text.startswith(("C:", "S:")):
            return False  # the protocol itself
    words = re.findall(r"[A-Za-z][A-Za-z0-9]+", ADDRESS_OR_HOST.sub(" ", text))
    return any(word not in NEUTRAL_WORDS for word in words)


def main():
    translations, tour = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    english = {f.name: read_lines(f) for f in sorted((tour / "en").glob("*.txt"))
               if f.name != "missing-translations.txt"}
    failures = 0
    for language in ("pl", "ru", "is", "zh_CN"):
        allowed = deliberate_same(translations / f"outbound_{language}.ts")
        untranslated, compared, translated = [], 0, 0
        for name, english_lines in english.items():
            lines = read_lines(tour / language / name) if (tour / language / name).exists() else {}
            for where, text in lines.items():
                if where not in english_lines:
                    continue
                compared += 1
                if text != english_lines[where]:
                    translated += 1
                elif needs_translation(text) and " ".join(text.replace("&", "").split()) not in allowed:
                    untranslated.append(f"  {name}: {where}\n      {text}")
        missing = (tour / language / "missing-translations.txt").read_text(encoding="utf-8").split("\n")
        missing = [m for m in missing if m]
        print(f"{language}: {compared} texts compared with English, {translated} differ, "
              f"{len(untranslated)} left in English, {len(missing)} strings no catalogue had")
        for line in untranslated:
            print(line)
        for line in missing:
            print("  no translation:", line.replace("\t", ": "))
        if untranslated or missing or translated * 2 < compared:
            failures += 1
    if failures:
        print(f"{failures} language(s) show untranslated strings")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
