# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# shellcheck shell=bash disable=SC2034,SC2154 # sourced: sets fuzzers and fuzz_env_vars, reads $here
# Shared by run-fuzzers.sh and bench/fuzz-long.sh (sourced, not run): the fuzz targets, how to
# build them, and the sanitizer options each one runs with.
# Needs $here (this folder). Sets fuzzers.

fuzzers=(fuzz_replyparser fuzz_address fuzz_roundtrip fuzz_imap fuzz_pop3 fuzz_mailto)

have_clang() {
  command -v clang++ >/dev/null 2>&1 && command -v clang >/dev/null 2>&1
}

# fuzz_build BUILD_DIR: configures and builds every target with clang and libFuzzer.
fuzz_build() {
  local build_dir="$1" generator=()
  if command -v ninja >/dev/null 2>&1; then
    generator=(-G Ninja)
  fi
  mkdir -p "$build_dir"
  CC=clang CXX=clang++ cmake -S "$here" -B "$build_dir" "${generator[@]}" >"$build_dir/configure.log" 2>&1 \
    || { cat "$build_dir/configure.log"; echo "fuzz: configure failed" >&2; return 1; }
  cmake --build "$build_dir" -j2
}

# fuzz_env FUZZER: sets the array fuzz_env_vars to the environment (NAME=value) FUZZER runs
# with; any ASAN_OPTIONS or UBSAN_OPTIONS already set win. GMime's known address-list leak
# needs no suppression here: lib/mime holds LeakSanitizer off around that one call.
fuzz_env() {
  fuzz_env_vars=("ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}"
    "UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}")
}
