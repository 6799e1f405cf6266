#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# Fails when a translatable string in the sources is missing from the .ts files (or a file
# still holds one the sources dropped), or when lupdate has a complaint about the sources
# (a tr() it cannot give a context). Runs translations/update.sh on scratch copies.
set -euo pipefail
root=$1
export LUPDATE=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$root"/translations/outbound_*.ts "$scratch"/
bash "$root/translations/update.sh" "$scratch" >"$scratch/lupdate.log" 2>&1
status=0
if grep -Ev '^(Scanning directory|Updating|    Found|Stripping non plural|Same-text heuristic|    Kept|    Removed|    Same-text)' \
    "$scratch/lupdate.log"; then
  echo "lupdate complained about the sources (above)"
  status=1
fi
for ts in "$root"/translations/outbound_*.ts; do
  if ! diff -u "$ts" "$scratch/$(basename "$ts")" >"$scratch/diff"; then
    echo "$(basename "$ts") is out of date with the sources; run translations/update.sh:"
    grep '^[-+] *<source>' "$scratch/diff" | head -20
    status=1
  fi
done
[ $status -eq 0 ] && echo "the .ts files hold exactly the sources' strings"
exit $status
