#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# Builds the fuzz targets with clang and libFuzzer and runs each for a while.
#   run-fuzzers.sh [BUILD_DIR] [SECONDS]    (defaults: build-fuzz, 20)
# SECONDS is per fuzzer; with six fuzzers, the CTest's 20 keeps the fuzzing to 2 min in all.
# Exits non-zero when a fuzzer finds a crash (the input is kept in BUILD_DIR/artifacts/),
# zero with "skipped: clang not found" when there is no clang++.
# For long runs with figures per target, see bench/fuzz-long.sh.
set -euo pipefail

script="${BASH_SOURCE[0]}"
[[ "$script" == */* ]] || script="./$script"
here="$(cd "${script%/*}" && pwd)"
build_dir="${1:-build-fuzz}"
seconds="${2:-20}"
# shellcheck source=tests/fuzz/common.sh
source "$here/common.sh"

if ! have_clang; then
  echo "skipped: clang not found"
  exit 0
fi

mkdir -p "$build_dir"
build_dir="$(cd "$build_dir" && pwd)"
fuzz_build "$build_dir"

status=0
for fuzzer in "${fuzzers[@]}"; do
  name="${fuzzer#fuzz_}"
  seeds="$here/corpus/$name"
  corpus="$build_dir/corpus/$name"  # grows as the fuzzer learns; the seeds stay untouched
  artifacts="$build_dir/artifacts/$name/"
  mkdir -p "$corpus" "$artifacts"
  echo "fuzz: running $fuzzer for ${seconds}s"
  fuzz_env "$fuzzer"
  if ! env "${fuzz_env_vars[@]}" \
      "$build_dir/$fuzzer" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts" \
        "$corpus" "$seeds" >"$build_dir/$fuzzer.log" 2>&1; then
    tail -n 60 "$build_dir/$fuzzer.log"
    echo "fuzz: $fuzzer FAILED; reproducer(s) in $artifacts:" >&2
    ls -1 "$artifacts" >&2 || true
    status=1
  else
    grep -E '^(stat::number_of_executed_units|stat::new_units_added|Done)' "$build_dir/$fuzzer.log" || true
    echo "fuzz: $fuzzer passed"
  fi
done
exit "$status"
