#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# Brings the .ts files up to date with the translatable strings of the library and the GUI.
# New strings arrive unfinished; translate them in Qt Linguist (or by hand) and commit.
# English needs translations only for plural forms ("%n message(s)").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
target="${1:-$here}" # tests pass a scratch copy
sources=("$root/lib" "$root/app/gui")
options=(-locations none -no-obsolete -extensions cpp,h)

for language in pl ru is zh_CN; do
  "$lupdate" "${options[@]}" "${sources[@]}" -target-language "$language" \
    -ts "$target/outbound_$language.ts"
done
"$lupdate" "${options[@]}" -pluralonly "${sources[@]}" -target-language en \
  -ts "$target/outbound_en.ts"
