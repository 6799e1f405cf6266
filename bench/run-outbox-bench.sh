#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
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
# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh"

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
