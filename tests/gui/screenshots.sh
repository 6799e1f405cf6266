#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# Writes PNG screenshots of the desktop app into OUTDIR: main.png (the outbox window),
# transcript.png (the live transcript dock), compose.png, accounts.png, console.png and
# sandbox.png, each with NAME.txt listing the words it shows (tests/translations uses those). Builds nothing: run it after building, e.g.
#
#   cmake --build build --target outbound && tests/gui/screenshots.sh /tmp/outbound-shots
#
# It starts build/bin/outbound (or $OUTBOUND_BUILD_DIR/bin/outbound) under Xvfb on a fresh
# profile in a temporary folder, with OUTBOUND_SCREENSHOTS=OUTDIR: once the window is up, the
# app sends one message to its built-in sandbox, takes the pictures with QWidget::grab() and
# quits (MainWindow::scheduleScreenshots(), ScreenshotTour in app/gui/screenshottour.cpp).
# Needs xvfb-run (Debian package xvfb).
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 OUTDIR" >&2
    exit 64
fi
mkdir -p "$1"
out=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${OUTBOUND_BUILD_DIR:-$root/build}/bin/outbound
if [ ! -x "$bin" ]; then
    echo "$0: $bin not found; build the outbound target first" >&2
    exit 66
fi
command -v xvfb-run >/dev/null || { echo "$0: xvfb-run not found (apt install xvfb)" >&2; exit 69; }

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT INT TERM

# A light Fusion look, the same on every machine; the app itself follows the desktop's palette.
OUTBOUND_SCREENSHOTS="$out" QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion \
    timeout 120 xvfb-run -a -s "-screen 0 1280x960x24" "$bin" --profile "$profile"

ls -1 "$out"/*.png
