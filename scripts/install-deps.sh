#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# Installs every Debian 12 package that Outbound's build, app, tests and benchmarks need.
# Idempotent: installs only what is missing. Works as root or through sudo.
set -euo pipefail

packages=(
  # build
  cmake g++ make pkg-config ninja-build
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libsqlite3-dev qtkeychain-qt6-dev libgmime-3.0-dev
  # app at run time (xcb platform plugin and TLS backend)
  qt6-qpa-plugins libqt6network6 qt6-translations-l10n
  # test peers and tools
  python3 python3-aiosmtpd openssl postfix dovecot-imapd dovecot-pop3d
  clang libclang-rt-14-dev
  dbus-daemon dbus-bin  # a private session bus for the notification test
  # packaging: icons rendered at build time, the .deb and its checks
  librsvg2-bin desktop-file-utils appstream man-db groff-base dpkg-dev file
  # benchmarks and screenshots
  msmtp time xvfb xauth
)

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && { echo "install-deps: everything is installed"; exit 0; }

echo "install-deps: installing ${missing[*]}"
# Postfix is only wanted for smtp-sink/smtp-source: "No configuration" keeps its daemon off.
echo "postfix postfix/main_mailer_type select No configuration" | "${sudo[@]}" debconf-set-selections
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
# Package scripts may start daemons; the tests run their own instances on loopback ports.
for svc in postfix dovecot; do
  "${sudo[@]}" systemctl stop "$svc" >/dev/null 2>&1 || "${sudo[@]}" service "$svc" stop >/dev/null 2>&1 || true
done
