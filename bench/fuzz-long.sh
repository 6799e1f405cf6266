#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# Long fuzzing: runs every fuzz target of tests/fuzz (or the ones named) for EXECS executions
# each and prints, per target, the executions done, executions per second, the crashes found
# and the corpus units added. A figure-printing benchmark, never a test; CI keeps the short
# runs of tests/fuzz/run-fuzzers.sh.
#   bash bench/fuzz-long.sh EXECS [TARGET…]     e.g. nice -n 19 bash bench/fuzz-long.sh 10000000
# The build and the growing corpus live in $FUZZ_BUILD_DIR (default build-fuzz-long); each
# crash's input is kept in its artifacts/TARGET/ folder. After a crash the target is started
# again for the executions left, up to $FUZZ_MAX_CRASHES (default 5) crashes per target. Stopped
# early (Ctrl+C, kill), it prints the figures reached so far. $FUZZ_TIMEOUT (default 10) is the
# seconds one input may take: fuzz_roundtrip fsyncs its spool file, which on a busy disk alone
# can take longer (a "timeout" whose CPU time is a fraction of a second is that).
# Leak checks are off unless $FUZZ_DETECT_LEAKS=1: libFuzzer scans the whole heap after every
# input that frees less than it allocates, and GMime's own caches and its address-list leak
# (held off in lib/mime) make that most inputs of the MIME targets: 800 instead of 15,000
# executions a second. CI's short runs keep the leak check on every input.
# AddressSanitizer's allocator is most of fuzz_roundtrip's time (allocation stacks, filling new
# memory, recycling the quarantine), so a long run keeps no allocation stacks, fills nothing and
# keeps a smaller quarantine: 1.7 times the executions a second. A crash found that way is
# still found; run its input through the target alone for the full report. $ASAN_OPTIONS, when
# set, wins.
set -euo pipefail
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=0:max_malloc_fill_size=0:quarantine_size_mb=8}"

execs="${1:?usage: fuzz-long.sh EXECS [TARGET…]}"
shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tests/fuzz" && pwd)"
# shellcheck source=tests/fuzz/common.sh
source "$here/common.sh"
(($# == 0)) || fuzzers=("$@")
max_crashes="${FUZZ_MAX_CRASHES:-5}"

if ! have_clang; then
  echo "fuzz-long: clang not found" >&2
  exit 1
fi
build_dir="${FUZZ_BUILD_DIR:-build-fuzz-long}"
mkdir -p "$build_dir"
build_dir="$(cd "$build_dir" && pwd)"
fuzz_build "$build_dir" >"$build_dir/build.log" 2>&1 \
  || { tail -n 40 "$build_dir/build.log"; echo "fuzz-long: build failed" >&2; exit 1; }

# The last executions count a libFuzzer log shows: its final stats, or else its last status line.
executed_in() {
  local log="$1" n
  n=$(grep -E '^stat::number_of_executed_units:' "$log" | tail -n 1 | awk '{print $2}') || true
  [[ -n "$n" ]] || n=$(grep -oE '^#[0-9]+' "$log" | tail -n 1 | tr -d '#') || true
  echo "${n:-0}"
}

printf '%-18s %12s %9s %8s %10s %9s\n' target executions exec/s crashes new_units seconds
current=""
report() { # target executions crashes new_units started_at
  local seconds=$(($(date +%s) - $5))
  ((seconds > 0)) || seconds=1
  printf '%-18s %12d %9d %8d %10d %9d\n' "$1" "$2" $(($2 / seconds)) "$3" "$4" "$seconds"
}
interrupted() {
  [[ -z "${pid:-}" ]] || kill "$pid" 2>/dev/null || true
  if [[ -n "$current" ]]; then
    report "$current" $((done_execs + $(executed_in "$log"))) "$crashes" 0 "$started"
    echo "fuzz-long: stopped early; $current reached the executions above" >&2
  fi
  exit 130
}
trap interrupted INT TERM

for fuzzer in "${fuzzers[@]}"; do
  name="${fuzzer#fuzz_}"
  seeds="$here/corpus/$name"
  corpus="$build_dir/corpus/$name"
  artifacts="$build_dir/artifacts/$name/"
  mkdir -p "$corpus" "$artifacts"
  fuzz_env "$fuzzer"
  current="$fuzzer" done_execs=0 crashes=0 new_units=0 started=$(date +%s) run=0
  while ((done_execs < execs)); do
    log="$build_dir/$fuzzer.$run.log"
    status=0
    env "${fuzz_env_vars[@]}" "$build_dir/$fuzzer" -runs=$((execs - done_execs)) \
      -max_len=16384 -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -print_final_stats=1 \
      -detect_leaks="${FUZZ_DETECT_LEAKS:-0}" \
      -artifact_prefix="$artifacts" "$corpus" "$seeds" >"$log" 2>&1 &
    pid=$!
    wait "$pid" || status=$?
    pid=""
    n=$(executed_in "$log")
    done_execs=$((done_execs + n))
    added=$(grep -E '^stat::new_units_added:' "$log" | tail -n 1 | awk '{print $2}') || true
    new_units=$((new_units + ${added:-0}))
    run=$((run + 1))
    ((status != 0)) || break
    # Stopped from outside (a signal to the target alone, e.g. when this script was started
    # in the background, where SIGINT cannot be trapped): a stop, not a crash.
    if grep -q 'libFuzzer: run interrupted' "$log"; then
      report "$fuzzer" "$done_execs" "$crashes" "$new_units" "$started"
      echo "fuzz-long: $fuzzer was stopped; it reached the executions above" >&2
      exit 130
    fi
    crashes=$((crashes + 1))
    echo "fuzz-long: $fuzzer crashed after $done_execs executions (log $log):" >&2
    grep -E 'check failed|ERROR: |SUMMARY: |Test unit written' "$log" | head -n 5 >&2 || true
    if ((crashes >= max_crashes)) || ((n == 0)); then
      echo "fuzz-long: $fuzzer stopped after $crashes crash(es)" >&2
      break
    fi
  done
  report "$fuzzer" "$done_execs" "$crashes" "$new_units" "$started"
  current=""
done
