#!/usr/bin/env bash
# Builds the fuzz targets with clang and libFuzzer and runs each for a while.
#   run-fuzzers.sh [BUILD_DIR] [SECONDS]    (defaults: build-fuzz, 20)
# SECONDS is per fuzzer; with three fuzzers, the CTest's 20 keeps the fuzzing to 60 s in all.
# Exits non-zero when a fuzzer finds a crash (the input is kept in BUILD_DIR/artifacts/),
# zero with "skipped: clang not found" when there is no clang++.
set -euo pipefail

script="${BASH_SOURCE[0]}"
[[ "$script" == */* ]] || script="./$script"
here="$(cd "${script%/*}" && pwd)"
build_dir="${1:-build-fuzz}"
seconds="${2:-20}"
fuzzers=(fuzz_replyparser fuzz_address fuzz_roundtrip)

if ! command -v clang++ >/dev/null 2>&1 || ! command -v clang >/dev/null 2>&1; then
  echo "skipped: clang not found"
  exit 0
fi

generator=()
if command -v ninja >/dev/null 2>&1; then
  generator=(-G Ninja)
fi

mkdir -p "$build_dir"
build_dir="$(cd "$build_dir" && pwd)"
CC=clang CXX=clang++ cmake -S "$here" -B "$build_dir" "${generator[@]}" >"$build_dir/configure.log" 2>&1 \
  || { cat "$build_dir/configure.log"; echo "fuzz: configure failed" >&2; exit 1; }
cmake --build "$build_dir" -j2

status=0
for fuzzer in "${fuzzers[@]}"; do
  name="${fuzzer#fuzz_}"
  seeds="$here/corpus/$name"
  corpus="$build_dir/corpus/$name"  # grows as the fuzzer learns; the seeds stay untouched
  artifacts="$build_dir/artifacts/$name/"
  mkdir -p "$corpus" "$artifacts"
  echo "fuzz: running $fuzzer for ${seconds}s"
  asan_options="detect_leaks=1"
  # GMime and GLib have no frame pointers: the fast unwinder stops inside them, and
  # lsan.supp could not see which call leaked (the address parser's, see there). GMime's
  # parser recurses, so the stacks kept are as deep as the sanitizer allows.
  [[ "$fuzzer" != fuzz_address ]] || asan_options+=":fast_unwind_on_malloc=0:malloc_context_size=255"
  if ! ASAN_OPTIONS="${ASAN_OPTIONS:-$asan_options}" \
      LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/lsan.supp:print_suppressions=0}" \
      UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}" \
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
