#!/usr/bin/env bash
# Outbox benchmark. Prints figures; never fails on time. Every comparison runs against the
# same smtp-sink in the same run, because these machines are noisy.
#   bash bench/run-outbox-bench.sh [BUILD_DIR] [MESSAGES]
# 1. Enqueue N durable 1 KiB messages, then flush them with 1 and 4 connections (outboxbench),
#    beside Postfix's smtp-source -s 4 -m N -l 1024, which keeps no queue at all.
# 2. Wall time of one `outboundctl sendmail --queue-only` (a durable enqueue) and of one
#    `outboundctl sendmail` (enqueue + delivery) beside one msmtp send (median of runs).
set -euo pipefail
build=${1:-build}
n=${2:-10000}
bin=$(cd "$build/bin" && pwd)
work=$(mktemp -d)
trap 'kill $sink_pid 2>/dev/null || true; rm -rf "$work"' EXIT

port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
user_args=()
[ "$(id -u)" -eq 0 ] && user_args=(-u nobody)
/usr/sbin/smtp-sink "${user_args[@]}" 127.0.0.1:"$port" 1024 &
sink_pid=$!
sleep 0.5

echo "== Enqueue then flush $n messages of 1 KiB to smtp-sink on 127.0.0.1:$port"
start=$(date +%s.%N)
/usr/sbin/smtp-source -s 4 -m "$n" -l 1024 -f a@example.org -t b@example.org 127.0.0.1:"$port" >/dev/null
end=$(date +%s.%N)
/usr/bin/python3 -c "import sys; print(f'  smtp-source -s 4: {int(sys.argv[1])/(float(sys.argv[3])-float(sys.argv[2])):.0f} msg/s (no queue)')" "$n" "$start" "$end"
for c in 1 4; do
  echo "  $("$bin/outboxbench" --server 127.0.0.1:"$port" --messages "$n" --connections "$c")"
done

echo "== One process, one message (median of 31 runs)"
"$bin/outboundctl" --profile "$work/p" account add bench --server 127.0.0.1:"$port" --security none \
  --address a@example.org >/dev/null
printf 'From: a@example.org\r\nTo: b@example.org\r\nSubject: one\r\n\r\nHello\r\n' >"$work/one.eml"
median_ms() {
  /usr/bin/python3 - "$work/one.eml" "$@" <<'PY'
import statistics, subprocess, sys, time
message, cmd = sys.argv[1], sys.argv[2:]
times = []
for _ in range(31):
    with open(message, "rb") as stdin:
        start = time.perf_counter()
        subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
print(f"{statistics.median(times) * 1000:.1f}")
PY
}
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
