#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# desktop-file-validate accepts the desktop file with no error, warning or hint, and the keys
# the package relies on are there. Usage: desktop_file_valid.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
source_dir=${2:?usage: $0 BUILD_DIR SOURCE_DIR}
desktop=$source_dir/resources/org.outbound.Outbound.desktop

command -v desktop-file-validate >/dev/null || {
    echo "FAIL: desktop-file-validate is missing (package desktop-file-utils)"; exit 1; }
[ -f "$desktop" ] || { echo "FAIL: no $desktop"; exit 1; }

status=0
output=$(desktop-file-validate "$desktop" 2>&1) || status=$?
if [ "$status" -ne 0 ] || [ -n "$output" ]; then
    echo "FAIL: desktop-file-validate (exit $status):"
    echo "$output"
    exit 1
fi

# What the rest of the desktop integration depends on.
for line in 'Exec=outbound %u' 'Icon=outbound' 'Categories=Network;Email;' \
    'MimeType=x-scheme-handler/mailto;'; do
    grep -qxF "$line" "$desktop" || { echo "FAIL: the desktop file lacks '$line'"; exit 1; }
done
for lang in pl ru is zh_CN; do
    for key in Name GenericName Comment; do
        grep -q "^$key\[$lang\]=." "$desktop" || {
            echo "FAIL: the desktop file has no ${key}[$lang]"; exit 1; }
    done
done
echo "desktop_file_valid: $desktop passes desktop-file-validate"
