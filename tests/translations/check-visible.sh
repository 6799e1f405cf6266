#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# Starts the app (offscreen, fresh profile) in each shipped language. Its screenshot tour opens
# every window and writes the words each one shows (MainWindow::scheduleScreenshots()); then
# check-visible-texts.py compares every language with English and fails on a string left in
# English or one that no catalogue had.
set -euo pipefail
root=$1
app=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for language in en pl ru is zh_CN; do
  echo "--- starting the app in $language"
  env -u LC_ALL -u LC_MESSAGES LANG="$language.UTF-8" LANGUAGE="$language" \
    QT_QPA_PLATFORM=offscreen OUTBOUND_SCREENSHOTS="$scratch/$language" \
    timeout 120 "$app" --profile "$scratch/profile-$language" 2>"$scratch/$language.log" \
    || { cat "$scratch/$language.log"; echo "the app failed in $language"; exit 1; }
  [ -s "$scratch/$language/main.txt" ] || { echo "no texts written in $language"; exit 1; }
done
exec /usr/bin/python3 "$(dirname "$0")/check-visible-texts.py" "$root/translations" "$scratch"
