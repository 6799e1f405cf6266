#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# SMTP engine benchmark. Prints figures; never fails on time. Every comparison runs against the
# same smtp-sink in the same run, because these machines are noisy.
#   bash bench/run-smtp-bench.sh [BUILD_DIR] [MESSAGES]
# 1. Throughput: N 1 KiB messages over 1 and 4 connections, outbound (bench/smtpbench) beside
#    Postfix's smtp-source (-d: connections reused, as ours are).
# 2. Wall time of one `outboundctl send` process beside one msmtp process and beside the floor
#    of any Qt sender, bench/sendyardstick (a bare QCoreApplication + QTcpSocket), median of runs.
# 3. Peak RSS of `outboundctl send` for 5 MiB and 25 MiB messages (base64 attachments).
set -euo pipefail
build=${1:-build}
n=${2:-5000}
# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh"

rate() { # messages seconds
  /usr/bin/python3 -c "import sys; print(f'{int(sys.argv[1])/float(sys.argv[2]):.0f}')" "$1" "$2"
}
timed() { # prints seconds taken by "$@"
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  /usr/bin/python3 -c "import sys; print(f'{float(sys.argv[2])-float(sys.argv[1]):.3f}')" "$start" "$end"
}

echo "== Throughput: $n messages of 1 KiB to smtp-sink on 127.0.0.1:$port"
for c in 1 4; do
  src=$(timed /usr/sbin/smtp-source -d -s "$c" -m "$n" -l 1024 -f a@example.org -t b@example.org 127.0.0.1:"$port")
  ours=$("$bin/smtpbench" --server 127.0.0.1:"$port" --messages "$n" --connections "$c" --size 1024)
  ours_s=$(echo "$ours" | sed -E 's/.* in ([0-9.]+) s.*/\1/')
  echo "  $c connection(s): smtp-source $(rate "$n" "$src") msg/s; outbound $(rate "$n" "$ours_s") msg/s;" \
       "ratio outbound/smtp-source $(/usr/bin/python3 -c "print(f'{float($src)/float($ours_s):.2f}')")"
done

echo "== One process, one message (median of 31 runs, each tool timed the same way)"
ours=$(median_ms "$bin/outboundctl" --profile "$work/p" send --server 127.0.0.1:"$port" --security none -)
floor=$(median_ms "$bin/outboundctl" --version)
yardstick=$(median_ms "$bin/sendyardstick" 127.0.0.1:"$port" a@example.org b@example.org)
echo "  outboundctl send: $ours ms; sendyardstick (bare QCoreApplication + QtNetwork): $yardstick ms;" \
     "ratio $(/usr/bin/python3 -c "print(f'{float($ours)/float($yardstick):.2f}')") (target <= 1.5)"
if command -v msmtp >/dev/null; then
  theirs=$(median_ms msmtp --host=127.0.0.1 --port="$port" --auth=off --tls=off --from=a@example.org b@example.org)
  echo "  outboundctl send: $ours ms; msmtp: $theirs ms; outboundctl --version alone (start-up floor): $floor ms"
else
  echo "  outboundctl send: $ours ms; outboundctl --version alone: $floor ms; msmtp not installed"
fi

echo "== Peak RSS of outboundctl send"
for mib in 5 25; do
  /usr/bin/python3 - "$work/big$mib.eml" "$mib" <<'PY'
import base64, os, sys
path, mib = sys.argv[1], int(sys.argv[2])
with open(path, "wb") as f:
    f.write(b"From: a@example.org\r\nTo: b@example.org\r\nSubject: big\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\n"
            b"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n")
    raw = os.urandom(57 * 1024)
    line = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    for _ in range(mib * 1024 * 1024 // len(line) + 1):
        f.write(line)
    f.write(b"--b--\r\n")
PY
  rss=$(/usr/bin/time -f %M "$bin/outboundctl" --profile "$work/p" send --server 127.0.0.1:"$port" --security none \
        "$work/big$mib.eml" 2>&1 >/dev/null | tail -n 1)
  echo "  $(du -m "$work/big$mib.eml" | cut -f1) MiB message: peak RSS $((rss / 1024)) MiB"
done
