#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# The man pages format without a single warning under `groff -man -ww -z` and
# `man --warnings -l`; outboundctl.1 documents every command that `outboundctl --help` lists
# and every long option that each command's --help lists, and outbound.1 every option of
# `outbound --help`.
# Usage: man_pages_clean.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build_dir=${1:?usage: $0 BUILD_DIR SOURCE_DIR}
source_dir=${2:?usage: $0 BUILD_DIR SOURCE_DIR}
man_dir=$source_dir/installer/man
outboundctl=$build_dir/bin/outboundctl
outbound=$build_dir/bin/outbound
export LC_ALL=C.UTF-8 MANWIDTH=80

for tool in groff man; do
    command -v "$tool" >/dev/null || {
        echo "FAIL: $tool is missing (packages groff-base, man-db)"; exit 1; }
done
for program in "$outboundctl" "$outbound"; do
    [ -x "$program" ] || { echo "FAIL: no $program: build first"; exit 1; }
done

failed=0
fail() { echo "FAIL: $*"; failed=1; }

for page in outbound.1 outboundctl.1; do
    file=$man_dir/$page
    [ -f "$file" ] || { fail "no $file"; continue; }
    warnings=$(groff -man -ww -z "$file" 2>&1) || fail "groff exited with $? on $page"
    [ -z "$warnings" ] || fail "groff -man -ww -z $page:"$'\n'"$warnings"
    # The copy that is installed, compressed, too: man reads it the way users will.
    for copy in "$file" "$build_dir/installer/man/$page.gz"; do
        [ -f "$copy" ] || { fail "no $copy: build first"; continue; }
        warnings=$(man --warnings -l "$copy" 2>&1 >/dev/null) || fail "man exited with $? on $copy"
        [ -z "$warnings" ] || fail "man --warnings -l $copy:"$'\n'"$warnings"
    done
done

page=$man_dir/outboundctl.1
# "  send      send one message now, …" under "Commands:" in `outboundctl --help`.
commands=$("$outboundctl" --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p')
[ -n "$commands" ] || fail "found no commands in \`outboundctl --help\`"
for command in $commands; do
    grep -qE "^\.SS \"?$command( |\"|\$)" "$page" \
        || fail "outboundctl.1 has no section (.SS) for the command '$command'"
done

# Every long option of every command's own --help; `sendmail` takes sendmail's options and
# `queue` prints a one-line summary, so those two are checked by their code's options below.
for invocation in send probe show enqueue "account add" "account list" "account show" \
    "account remove" "account test"; do
    # shellcheck disable=SC2086 # the invocation is split into words on purpose
    help=$("$outboundctl" $invocation --help) || fail "outboundctl $invocation --help failed"
    # --help and Qt's --help-all come with every command and are described once.
    # shellcheck disable=SC2013 # option names hold no spaces
    for option in $(grep -oE -- '--[a-z0-9][a-z0-9-]*' <<<"$help" | sort -u \
        | grep -vxE -- '--help|--help-all'); do
        grep -qF -- "${option//-/\\-}" "$page" \
            || fail "outboundctl.1 does not mention $option (from outboundctl $invocation --help)"
    done
done
# As a tagged paragraph of its own: ".B \-t", ".BI \-f " address"", ".BI show " id…"".
for option in -t -i -oi -f -r -F -oem -odb -odi -v --account --queue-only \
    list show retry hold release delete flush run; do
    grep -qE -- "^\.B[IR]? ${option//-/\\\\-}( |\$)" "$page" \
        || fail "outboundctl.1 has no paragraph for $option"
done

# outbound --help needs no display.
help=$(env -u DISPLAY -u WAYLAND_DISPLAY "$outbound" --help) || fail "outbound --help failed"
# shellcheck disable=SC2013 # option names hold no spaces
for option in $(grep -oE -- '--[a-z0-9][a-z0-9-]*' <<<"$help" | sort -u); do
    grep -qF -- "${option//-/\\-}" "$man_dir/outbound.1" \
        || fail "outbound.1 does not mention $option (from outbound --help)"
done

[ "$failed" -eq 0 ] || exit 1
echo "man_pages_clean: both pages are warning-free; every command and option is documented"
