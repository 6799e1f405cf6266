#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# appstreamcli validates the AppStream metainfo with no error and no warning (pedantic notes,
# such as the upper-case letters of the reverse-DNS id, are allowed), and it names the desktop
# file and the programs. Usage: metainfo_valid.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
source_dir=${2:?usage: $0 BUILD_DIR SOURCE_DIR}
metainfo=$source_dir/resources/org.outbound.Outbound.metainfo.xml

command -v appstreamcli >/dev/null || {
    echo "FAIL: appstreamcli is missing (package appstream)"; exit 1; }
[ -f "$metainfo" ] || { echo "FAIL: no $metainfo"; exit 1; }

status=0
output=$(appstreamcli validate --no-net --strict --no-color "$metainfo" 2>&1) || status=$?
echo "$output"
if [ "$status" -ne 0 ]; then
    echo "FAIL: appstreamcli validate exited with $status"
    exit 1
fi
# appstreamcli prints each issue as "E: …", "W: …", "I: …" or "P: …".
if grep -qE '^[EWI]: ' <<<"$output"; then
    echo "FAIL: appstreamcli reported errors, warnings or infos (above)"
    exit 1
fi

for needle in '<launchable type="desktop-id">org.outbound.Outbound.desktop</launchable>' \
    '<mediatype>x-scheme-handler/mailto</mediatype>' '<binary>outbound</binary>' \
    '<binary>outboundctl</binary>' '<release version="0.1.0" date="2026-11-22"'; do
    grep -qF "$needle" "$metainfo" || { echo "FAIL: the metainfo lacks $needle"; exit 1; }
done
echo "metainfo_valid: $metainfo passes appstreamcli validate"
