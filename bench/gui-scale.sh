#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# The window with a big outbox (issue 16). Prints figures; never fails on time, only when
# something does not work (the app does not start, a step never comes).
#   bash bench/gui-scale.sh [N] [BUILD_DIR]        (N: default 100000)
# For a profile of 100 messages (the yardstick, same run) and one of N, each filled through the
# library in one process (outboxbench --fill: mostly sent, some deferred, held, failed and
# uncertain, each attempt with its transcript), it starts the app under Xvfb with
# OUTBOUND_BENCH_PROBE (app/gui/benchprobe.h: first painted row, sort, filter, compose open,
# GUI-thread stalls), reads its RSS after the first row, then enqueues 500 messages for the
# Sandbox account with one `outboundctl enqueue` each and waits until the app has delivered
# them to its built-in sandbox (5 minutes at most), reads the RSS again and quits the app.
# Needs Xvfb (Debian package xvfb). Uses a private HOME and XDG_RUNTIME_DIR and no session bus.
set -euo pipefail
n=${1:-100000}
build=${2:-${OUTBOUND_BUILD_DIR:-build}}
bin=$(cd "$build/bin" && pwd)
for program in outbound outboundctl outboxbench; do
  [ -x "$bin/$program" ] || { echo "$0: $bin/$program not built" >&2; exit 66; }
done
command -v Xvfb >/dev/null || { echo "$0: Xvfb not found (apt install xvfb)" >&2; exit 69; }

work=$(mktemp -d)
app='' xvfb='' log=''
trap '[ -n "$app" ] && kill -9 "$app" 2>/dev/null; kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
fail() {
  echo "gui-scale: $*" >&2
  [ -s "$log" ] && tail -n 20 "$log" >&2
  exit 1
}

mkdir -m 700 "$work/home" "$work/run"
export HOME=$work/home XDG_RUNTIME_DIR=$work/run LANG=C.UTF-8 LANGUAGE=en
export DBUS_SESSION_BUS_ADDRESS=unix:path=$work/no-bus QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion
Xvfb -displayfd 3 -screen 0 1280x960x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
xvfb=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || fail "Xvfb did not start"
display=$(cat "$work/display")
export DISPLAY=:$display

now() { echo "${EPOCHREALTIME/./}"; } # microseconds
since() { echo $((($(now) - $1) / 1000)); } # milliseconds since NOW
# wait_for FIGURE SECONDS: until the probe wrote FIGURE; fails if the app ends first.
wait_for() {
  for _ in $(seq $(($2 * 10))); do
    grep -qs "\"figure\":\"$1\"" "$figures" && return 0
    kill -0 "$app" 2>/dev/null || fail "the app ended before $1"
    sleep 0.1
  done
  fail "no $1 from the app within $2 s"
}
# rss WHEN: the app's VmRSS and VmHWM, in MiB, as a figure.
rss() {
  awk -v when="$1" '/^VmRSS/ { r = $2 } /^VmHWM/ { h = $2 }
    END { printf "{\"figure\":\"rss\",\"when\":\"%s\",\"VmRSSMiB\":%.1f,\"VmHWMMiB\":%.1f}\n", when, r / 1024, h / 1024 }' \
    "/proc/$app/status" >>"$figures"
}
free_port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
delivered() { find "$profile/sandbox" -name '*.json' 2>/dev/null | wc -l; }

# measure LABEL MESSAGES: one profile, one app run; figures in $work/LABEL.jsonl.
measure() {
  profile=$work/$1 figures=$work/$1.jsonl log=$work/$1.log
  echo "== $2 messages ($(cut -d' ' -f1-3 /proc/loadavg) load)"
  filled=$("$bin/outboxbench" --fill "$profile" --messages "$2")
  echo "  $filled"
  # The app makes the Sandbox account only in a profile with none; it moves it to its port.
  "$bin/outboundctl" --profile "$profile" account add Sandbox --server 127.0.0.1:"$free_port" \
    --security none --address you@sandbox.invalid >/dev/null
  OUTBOUND_BENCH_PROBE=$figures "$bin/outbound" --profile "$profile" >"$log" 2>&1 &
  app=$!
  wait_for firstRow 120
  rss firstRow
  wait_for ready 120
  kill -USR1 "$app" # the burst phase begins
  start=$(now)
  for i in $(seq 500); do
    printf 'From: you@sandbox.invalid\r\nTo: burst%s@example.org\r\nSubject: burst %s\r\n\r\nHello\r\n' "$i" "$i" |
      "$bin/outboundctl" --profile "$profile" enqueue --account Sandbox - >/dev/null ||
      fail "outboundctl enqueue failed"
  done
  enqueued=$(since "$start") during=$(delivered)
  while [ "$(delivered)" -lt 500 ] && [ "$(since "$start")" -lt 300000 ]; do sleep 0.2; done
  echo "{\"figure\":\"burst\",\"enqueueMs\":$enqueued,\"deliveredDuring\":$during,\"delivered\":$(delivered),\"ms\":$(since "$start")}" >>"$figures"
  kill -USR1 "$app"
  rss burst
  kill -TERM "$app"
  for _ in $(seq 300); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$app" 2>/dev/null && fail "the app did not quit on SIGTERM"
  wait "$app" || fail "the app exited with status $?"
  app=
}

measure small 100
measure big "$n"
echo "== Figures beside the targets ($(cut -d' ' -f1-3 /proc/loadavg) load)"
/usr/bin/python3 - "$work/small.jsonl" "$work/big.jsonl" "$n" <<'PY'
import json, sys
runs = []
for path in sys.argv[1:3]:
    lines = [json.loads(line) for line in open(path)]
    runs.append({(l["figure"], l.get("column") or l.get("phase") or l.get("when")): l for l in lines})
def ms(key, field="ms"):
    def get(run):
        f = run.get(key)
        return "-" if f is None else ("timeout" if f.get("timeout") else f"{f[field]:.0f} ms")
    return get
def stall(phase):
    def get(run):
        f = run.get(("stall", phase))
        return "-" if f is None else f"{f['longestStallMs']:.0f} ms, {f['stallsOver100ms']} > 100 ms"
    return get
def rss(when):
    return lambda run: "{VmRSSMiB:.0f} MiB (peak {VmHWMMiB:.0f})".format(**run[("rss", when)])
def burst(run):
    f = run[("burst", None)]
    return (f"{f['delivered']}/500 in {f['ms'] / 1e3:.1f} s"
            f" ({f['deliveredDuring']} by the last enqueue, at {f['enqueueMs'] / 1e3:.1f} s)")
rows = [
    ("launch to window built", ms(("probe", None)), "-"),
    ("launch to first painted row", ms(("firstRow", None)), "< 1 s"),
    ("RSS after the first row", rss("firstRow"), "< 150 MB"),
    ("sort by Subject", ms(("sort", "Subject")), "< 100 ms"),
    ("sort by State", ms(("sort", "State")), "< 100 ms"),
    ("filter: last key to shown", ms(("filter", None)), "< 100 ms"),
    ("filter: longest stall typing", stall("typing"), "< 100 ms"),
    ("filter cleared", ms(("filterClear", None)), "< 100 ms"),
    ("compose window open", ms(("compose", None)), "-"),
    ("burst of 500: delivered", burst, "during the burst"),
    ("burst: longest GUI stall", stall("burst"), "none > 100 ms"),
    ("RSS after the burst", rss("burst"), "< 150 MB"),
]
head = ("figure", "100 messages", f"{sys.argv[3]} messages", "target")
table = [head] + [(name, get(runs[0]), get(runs[1]), target) for name, get, target in rows]
widths = [max(len(row[i]) for row in table) for i in range(4)]
for row in table:
    print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
for head, run in zip(table[0][1:3], runs):
    phases = [f for key, f in run.items() if key[0] == "stall"]
    print(f"  {head}, longest GUI stall by phase: "
          + ", ".join(f"{f['phase']} {f['longestStallMs']:.0f} ms" for f in phases))
PY
