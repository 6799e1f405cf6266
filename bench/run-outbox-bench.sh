#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# Outbox benchmark. Prints figures; never fails on time. Every comparison runs against the
# same smtp-sink in the same run, because these machines are noisy.
#   bash bench/run-outbox-bench.sh [BUILD_DIR] [MESSAGES] [BIG_PROFILE_MESSAGES]
# 1. Enqueue N durable 1 KiB messages, then flush them with 1 and 4 connections (outboxbench),
#    beside Postfix's smtp-source -s 4 -m N -l 1024, which keeps no queue at all (target:
#    1.5x), and smtp-source -d -s 4, which also reuses its connections (stretch: 0.5x).
# 2. Batch enqueue: N durable messages in batches of 1000 through the library, and 1000 files
#    in one `outboundctl enqueue` (target: 5,000 durable messages/s).
# 3. One `outboundctl enqueue` into a profile of BIG_PROFILE_MESSAGES (default 100,000; filled
#    through the library in one process, most sent, each attempt with its transcript) beside
#    the same into an empty profile, runs interleaved: median time and largest RSS (target:
#    within 1.5x). With OLD_OUTBOUNDCTL=path, an older build does the same, in the same run.
# 4. Wall time of one `outboundctl sendmail --queue-only` (a durable enqueue) and of one
#    `outboundctl sendmail` (enqueue + delivery) beside one msmtp send (median of runs).
set -euo pipefail
build=${1:-build}
n=${2:-10000}
big=${3:-100000}
# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh"

echo "== Enqueue then flush $n messages of 1 KiB to smtp-sink on 127.0.0.1:$port"
start=$(date +%s.%N)
/usr/sbin/smtp-source -s 4 -m "$n" -l 1024 -f a@example.org -t b@example.org 127.0.0.1:"$port" >/dev/null
end=$(date +%s.%N)
/usr/bin/python3 -c "import sys; print(f'  smtp-source -s 4: {int(sys.argv[1])/(float(sys.argv[3])-float(sys.argv[2])):.0f} msg/s (no queue)')" "$n" "$start" "$end"
start=$(date +%s.%N)
/usr/sbin/smtp-source -d -s 4 -m "$n" -l 1024 -f a@example.org -t b@example.org 127.0.0.1:"$port" >/dev/null
end=$(date +%s.%N)
/usr/bin/python3 -c "import sys; print(f'  smtp-source -d -s 4: {int(sys.argv[1])/(float(sys.argv[3])-float(sys.argv[2])):.0f} msg/s (no queue, connections reused)')" "$n" "$start" "$end"
for c in 1 4; do
  echo "  $("$bin/outboxbench" --server 127.0.0.1:"$port" --messages "$n" --connections "$c")"
done

echo "== Batch enqueue of $n durable 1 KiB messages"
echo "  $("$bin/outboxbench" --batch --messages "$n" --batch-size 1000)"
"$bin/outboundctl" --profile "$work/batch" account add bench --server 127.0.0.1:"$port" \
  --security none --address a@example.org >/dev/null
mkdir -p "$work/files"
/usr/bin/python3 - "$work/files" <<'PY'
import sys
body = "".join("x" * 76 + "\r\n" for _ in range(12))
for i in range(1000):
    with open(f"{sys.argv[1]}/{i:04d}.eml", "w", newline="") as f:
        f.write(f"From: a@example.org\r\nTo: user{i}@example.org\r\nSubject: batch {i}\r\n\r\n{body}")
PY
start=$(date +%s.%N)
"$bin/outboundctl" --profile "$work/batch" enqueue "$work"/files/*.eml >/dev/null
end=$(date +%s.%N)
/usr/bin/python3 -c "import sys; print(f'  outboundctl enqueue of 1000 files: {float(sys.argv[2])-float(sys.argv[1]):.3f} s: {1000/(float(sys.argv[2])-float(sys.argv[1])):.0f} messages/s')" "$start" "$end"

echo "== One outboundctl enqueue: an empty profile beside one of $big messages"
echo "  $("$bin/outboxbench" --fill "$work/big" --messages "$big" --server 127.0.0.1:"$port")"
echo "  spool: $(find "$work/big/spool" -type f | wc -l) files; queue.sqlite: $(du -sh "$work/big/queue.sqlite" | cut -f1)"
"$bin/outboundctl" --profile "$work/empty" account add bench --server 127.0.0.1:"$port" \
  --security none --address a@example.org >/dev/null
# enqueue_pair LABEL OUTBOUNDCTL: 21 runs into each profile, interleaved.
enqueue_pair() {
  /usr/bin/python3 - "$1" "$2" "$work/one.eml" "$work/empty" "$work/big" <<'PY'
import os, statistics, subprocess, sys, time
label, tool, message, empty, big = sys.argv[1:]
results = {empty: [], big: []}
for _ in range(21):
    for profile in (empty, big):
        with open(message, "rb") as stdin:
            start = time.perf_counter()
            p = subprocess.Popen([tool, "--profile", profile, "enqueue", "-"], stdin=stdin,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(p.pid, 0)
            elapsed = time.perf_counter() - start
        if status != 0:
            sys.exit(f"{tool} enqueue failed on {profile}")
        results[profile].append((elapsed, usage.ru_maxrss))
def figures(runs):
    return statistics.median(t for t, _ in runs) * 1000, max(r for _, r in runs) / 1024
te, re_ = figures(results[empty])
tb, rb = figures(results[big])
print(f"  {label}: empty profile {te:.1f} ms, {re_:.0f} MB max RSS;"
      f" big profile {tb:.1f} ms, {rb:.0f} MB max RSS; big/empty {tb / te:.2f}x time, {rb / re_:.2f}x RSS")
PY
}
enqueue_pair "this build" "$bin/outboundctl"
if [ -n "${OLD_OUTBOUNDCTL:-}" ]; then
  enqueue_pair "OLD_OUTBOUNDCTL" "$OLD_OUTBOUNDCTL"
fi

echo "== One process, one message (median of 31 runs)"
"$bin/outboundctl" --profile "$work/p" account add bench --server 127.0.0.1:"$port" --security none \
  --address a@example.org >/dev/null
queued=$(median_ms "$bin/outboundctl" --profile "$work/p" sendmail --queue-only -t -i)
delivered=$(median_ms "$bin/outboundctl" --profile "$work/p" sendmail -t -i)
if command -v msmtp >/dev/null; then
  theirs=$(median_ms msmtp --host=127.0.0.1 --port="$port" --auth=off --tls=off --from=a@example.org -t)
else
  theirs="(msmtp not installed)"
fi
echo "  outboundctl sendmail --queue-only (durable enqueue): $queued ms"
echo "  outboundctl sendmail (enqueue and deliver): $delivered ms"
echo "  msmtp send: $theirs ms"
