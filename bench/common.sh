# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# Shared by the bench scripts (sourced, not run): a Postfix smtp-sink on a free loopback port,
# a work folder removed on exit, and the same timing for every tool compared.
# Needs $build set; sets bin, work, port and sink_pid.
bin=$(cd "$build/bin" && pwd)
work=$(mktemp -d)
trap 'kill $sink_pid 2>/dev/null || true; rm -rf "$work"' EXIT

port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
user_args=()
[ "$(id -u)" -eq 0 ] && user_args=(-u nobody) # smtp-sink refuses to run as root
/usr/sbin/smtp-sink "${user_args[@]}" 127.0.0.1:"$port" 1024 &
sink_pid=$!
sleep 0.5

# A one-line message every timed tool reads on stdin.
printf 'From: a@example.org\r\nTo: b@example.org\r\nSubject: one\r\n\r\nHello\r\n' >"$work/one.eml"

# median_ms COMMAND...: runs it 31 times with stdin from one.eml, prints the median in ms.
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
