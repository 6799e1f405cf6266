#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
"""The scripted (hostile) SMTP server: replays a scenario for behaviour no real server shows.

Scenario file, one step per line (the saved C:/S: transcript format, so a transcript replays):
  S: text               send text + CRLF
  C: pattern            read one client line (CRLF stripped) and match it: "*" is any run,
                        "?" one character, the token <redacted> any run; case-sensitive.
                        On mismatch: record a deviation, send
                        "500 5.5.2 scenario expected <pattern>" and close.
  X: starttls           server side of a TLS handshake now (--cert/--key)
  X: send BYTES         raw bytes with Python escapes (\\r \\n \\xNN), no CRLF added
  X: sleep SECONDS
  X: close              close the connection now
  X: expect-close [S]   wait up to S seconds (default 5) for the client to close; bytes it sends
                        meanwhile are recorded in bytes_after_close
  X: read-data          read DATA content up to and including CRLF.CRLF; record it
  X: read-bdat          read one "BDAT n [LAST]" line, then exactly n bytes; record both
  X: flood LIMIT BYTES  send BYTES (escapes as in X: send) again and again until the client
                        closes the connection or LIMIT bytes went out, then wait up to 5 s for
                        the close (last step); flood_bytes records how much went out
  # TLS established     same as X: starttls (how saved transcripts mark it)
  # anything else       comment; blank lines are ignored

Listens on 127.0.0.1, prints "READY <port>", serves --connections connections one after the
other (each runs the scenario from the top) and exits. Exits early on SIGTERM, stdin EOF or
--max-seconds. --record FILE gets a JSON record after every connection and at exit.
"""

import argparse
import base64
import codecs
import json
import os
import re
import signal
import socket
import ssl
import sys
import threading
import time

MAX_LINE = 64 * 1024
MAX_DATA = 64 * 1024 * 1024


class ScenarioError(Exception):
    pass


class Stop(Exception):
    """SIGTERM, SIGALRM (--max-seconds) or stdin EOF: write the record and leave."""


class ClientClosed(Exception):
    pass


class Deviation(Exception):
    """The client did something the scenario does not allow; the connection ends."""


def parse_scenario(text):
    steps = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        if line.startswith("# TLS established"):
            steps.append((number, "starttls", None))
            continue
        if line.startswith("#"):
            continue
        kind, sep, rest = line.partition(":")
        if not sep or kind not in ("S", "C", "X"):
            raise ScenarioError("line %d: expected S:, C:, X: or #, got %r" % (number, line))
        # Exactly one space after the colon belongs to the prefix; the rest is kept verbatim
        # (trailing spaces matter: "334 " is a valid SASL challenge).
        if rest.startswith(" "):
            rest = rest[1:]
        if kind == "S":
            steps.append((number, "send-line", rest))
        elif kind == "C":
            steps.append((number, "expect", (rest, compile_pattern(rest))))
        else:
            verb, _, arg = rest.strip().partition(" ")
            verb = verb.lower()
            arg = arg.strip()
            if verb == "starttls":
                steps.append((number, "starttls", None))
            elif verb == "send":
                # The argument is kept verbatim apart from the separating space.
                raw_arg = rest.lstrip()[len("send"):]
                raw_arg = raw_arg[1:] if raw_arg.startswith(" ") else raw_arg
                try:
                    data = codecs.escape_decode(raw_arg.encode("utf-8"))[0]
                except ValueError as e:
                    raise ScenarioError("line %d: bad escape in X: send: %s" % (number, e))
                steps.append((number, "send", data))
            elif verb == "sleep":
                steps.append((number, "sleep", float(arg)))
            elif verb == "close":
                steps.append((number, "close", None))
            elif verb == "expect-close":
                steps.append((number, "expect-close", float(arg) if arg else 5.0))
            elif verb == "read-data":
                steps.append((number, "read-data", None))
            elif verb == "read-bdat":
                steps.append((number, "read-bdat", None))
            elif verb == "flood":
                # "flood LIMIT BYTES": BYTES kept verbatim apart from the separating space.
                limit_text, _, raw_arg = rest.lstrip()[len("flood"):].lstrip().partition(" ")
                try:
                    limit = int(limit_text)
                    data = codecs.escape_decode(raw_arg.encode("utf-8"))[0]
                except ValueError as e:
                    raise ScenarioError("line %d: X: flood LIMIT BYTES: %s" % (number, e))
                if not data or limit <= 0:
                    raise ScenarioError("line %d: X: flood needs a LIMIT and BYTES" % number)
                steps.append((number, "flood", (limit, data)))
            else:
                raise ScenarioError("line %d: unknown X: command %r" % (number, verb))
    for index, (number, kind, _) in enumerate(steps):
        if kind in ("close", "expect-close", "flood") and index != len(steps) - 1:
            raise ScenarioError("line %d: X: %s must be the last step" % (number, kind))
    return steps


def compile_pattern(pattern):
    out = []
    # A saved transcript cuts long lines and appends " [N bytes omitted]": match any rest.
    truncated = re.search(r" \[[0-9]+ bytes omitted\]$", pattern)
    if truncated:
        pattern = pattern[:truncated.start()] + "*"
    for token in re.split(r"(<redacted>|\*|\?)", pattern):
        if token in ("<redacted>", "*"):
            out.append(".*")
        elif token == "?":
            out.append(".")
        else:
            out.append(re.escape(token))
    return re.compile("".join(out), re.DOTALL)


VISIBLE_NAMED = {"\r": "\\r", "\n": "\\n", "\t": "\\t"}
# Line/paragraph separators, directional marks and bidi overrides: escaped like controls.
VISIBLE_SPECIAL = {0x061C, 0x200E, 0x200F, 0x2028, 0x2029}


def needs_escape(code):
    return (code < 0x20 or 0x7F <= code <= 0x9F or code in VISIBLE_SPECIAL
            or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069)


def visible(line):
    """Client bytes as text the way transcripts show them (makeControlsVisible() in
    lib/transcript): UTF-8, controls as \\r \\n \\t \\xNN, bidi and separators as \\uNNNN."""
    out = []
    for ch in line.decode("utf-8", "replace"):
        code = ord(ch)
        if not needs_escape(code):
            out.append(ch)
        elif ch in VISIBLE_NAMED:
            out.append(VISIBLE_NAMED[ch])
        elif code <= 0xFF:
            out.append("\\x%02x" % code)
        else:
            out.append("\\u%04x" % code)
    return "".join(out)


class Connection:
    def __init__(self, sock, args, record):
        self.sock = sock
        self.args = args
        self.record = record
        self.buffer = b""

    # ---- I/O -----------------------------------------------------------------------------

    def _recv(self, timeout):
        self.sock.settimeout(timeout)
        try:
            chunk = self.sock.recv(65536)
        except socket.timeout:
            return None
        except OSError as e:  # resets, and ssl.SSLError for an EOF without close_notify
            raise ClientClosed(str(e))
        if not chunk:
            raise ClientClosed("client closed the connection")
        return chunk

    def read_line(self, what):
        deadline = time.monotonic() + self.args.read_timeout
        while True:
            end = self.buffer.find(b"\n")
            if end >= 0:
                line, self.buffer = self.buffer[:end + 1], self.buffer[end + 1:]
                if len(line) > MAX_LINE:
                    raise Deviation("line longer than %d bytes while expecting %s"
                                    % (MAX_LINE, what))
                # A bare LF stays in the line, so the record shows it as "\\n".
                return line[:-2] if line.endswith(b"\r\n") else line
            if len(self.buffer) > MAX_LINE:
                raise Deviation("line longer than %d bytes while expecting %s" % (MAX_LINE, what))
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Deviation("timed out after %gs waiting for %s"
                                % (self.args.read_timeout, what))
            chunk = self._recv(remaining)
            if chunk is not None:
                self.buffer += chunk

    def read_exact(self, count, what):
        deadline = time.monotonic() + self.args.read_timeout
        while len(self.buffer) < count:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Deviation("timed out waiting for %s" % what)
            chunk = self._recv(remaining)
            if chunk is not None:
                self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def send(self, data):
        try:
            self.sock.sendall(data)
        except (OSError, ssl.SSLError) as e:
            raise ClientClosed("sending failed: %s" % e)

    # ---- steps ---------------------------------------------------------------------------

    def run(self, steps):
        for number, kind, arg in steps:
            getattr(self, "step_" + kind.replace("-", "_"))(number, arg)
            if kind in ("close", "expect-close", "flood"):
                return  # the connection is gone; parse_scenario() allows nothing after these

    def step_send_line(self, number, text):
        self.send(text.encode("utf-8") + b"\r\n")

    def step_send(self, number, data):
        self.send(data)

    def step_sleep(self, number, seconds):
        time.sleep(seconds)

    def step_expect(self, number, arg):
        pattern, regex = arg
        try:
            raw = self.read_line("C: " + pattern)
        except ClientClosed as e:
            raise ClientClosed("line %d: %s while expecting C: %s" % (number, e, pattern))
        text = visible(raw)
        self.record["received"].append(text)
        if not regex.fullmatch(text):
            self.send(("500 5.5.2 scenario expected %s\r\n" % pattern).encode("utf-8"))
            raise Deviation("line %d: expected C: %s, got C: %s" % (number, pattern, text))

    def step_starttls(self, number, _):
        if self.record["tls"]:
            raise Deviation("line %d: X: starttls on a connection that is already TLS" % number)
        if self.buffer:
            # Bytes pipelined after STARTTLS would be plaintext injected into the TLS session
            # (RFC 3207 section 4.2, CVE-2011-0411); a correct client never sends them.
            raise Deviation("line %d: client sent plaintext after STARTTLS: %s"
                            % (number, visible(self.buffer)))
        self.sock = tls_handshake(self.sock, self.args, self.record)

    def step_close(self, number, _):
        close_socket(self.sock)

    def step_expect_close(self, number, seconds):
        received = self.buffer
        self.buffer = b""
        deadline = time.monotonic() + seconds
        closed = False
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                chunk = self._recv(remaining)
            except ClientClosed:
                closed = True
                break
            if chunk:
                received += chunk
        self.record["bytes_after_close"] = b64(received)
        if not closed:
            raise Deviation("line %d: client did not close within %gs" % (number, seconds))
        close_socket(self.sock)

    def step_flood(self, number, arg):
        """A hostile server that never stops talking: the client must give up by itself."""
        limit, unit = arg
        block = unit * max(1, (256 * 1024) // len(unit))
        sent = 0
        self.sock.settimeout(self.args.read_timeout)
        try:
            while sent < limit:
                self.sock.sendall(block)
                sent += len(block)
        except socket.timeout:
            self.record["flood_bytes"] = sent
            raise Deviation("line %d: the client stopped reading after %d flood bytes"
                            % (number, sent))
        except (OSError, ssl.SSLError):
            self.record["flood_bytes"] = sent
            close_socket(self.sock)  # the client closed: what it should do
            return
        self.record["flood_bytes"] = sent
        self.step_expect_close(number, 5.0)

    def step_read_data(self, number, _):
        data = self.buffer
        self.buffer = b""
        deadline = time.monotonic() + self.args.read_timeout
        while True:
            # The CRLF that ended the DATA command is the first CRLF of CRLF.CRLF.
            if data.startswith(b".\r\n"):
                end = 3
                break
            found = data.find(b"\r\n.\r\n")
            if found >= 0:
                end = found + 5
                break
            if len(data) > MAX_DATA:
                raise Deviation("line %d: DATA larger than %d bytes" % (number, MAX_DATA))
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.record["data"].append(b64(data))
                raise Deviation("line %d: timed out waiting for the end of DATA" % number)
            try:
                chunk = self._recv(remaining)
            except ClientClosed as e:
                self.record["data"].append(b64(data))
                raise ClientClosed("line %d: %s during DATA" % (number, e))
            if chunk is not None:
                data += chunk
        self.buffer = data[end:]
        self.record["data"].append(b64(data[:end]))

    def step_read_bdat(self, number, _):
        raw = self.read_line("BDAT")
        text = visible(raw)
        self.record["received"].append(text)
        match = re.fullmatch(r"BDAT ([0-9]+)( LAST)?", text, re.IGNORECASE)
        if not match:
            self.send(b"500 5.5.2 scenario expected BDAT\r\n")
            raise Deviation("line %d: expected BDAT n [LAST], got C: %s" % (number, text))
        size = int(match.group(1))
        if size > MAX_DATA:
            raise Deviation("line %d: BDAT chunk larger than %d bytes" % (number, MAX_DATA))
        self.record["data"].append(b64(self.read_exact(size, "BDAT chunk of %d bytes" % size)))


def b64(data):
    return base64.b64encode(data).decode("ascii")


def close_socket(sock):
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


def tls_handshake(sock, args, record):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    sock.settimeout(args.read_timeout)
    try:
        tls = context.wrap_socket(sock, server_side=True)
    except (ssl.SSLError, OSError) as e:
        record["tls_error"] = str(e)
        raise ClientClosed("TLS handshake failed: %s" % e)
    record["tls"] = True
    return tls


def serve_one(listener, steps, args, connections):
    sock, _ = listener.accept()
    record = new_record()
    connections.append(record)
    connection = Connection(sock, args, record)
    try:
        if args.implicit_tls:
            connection.sock = tls_handshake(sock, args, record)
        connection.run(steps)
        record["completed"] = True
        if connection.sock.fileno() >= 0:
            linger(connection)
    except Deviation as e:
        record["deviations"].append(str(e))
    except ClientClosed as e:
        record["deviations"].append("client closed early: %s" % e)
    finally:
        if connection.sock.fileno() >= 0:
            close_socket(connection.sock)


def linger(connection):
    """After the last step: let the client finish, keeping whatever it still sends."""
    if not connection.record["tls"]:
        # Half-close so the client sees the end at once; a TLS socket cannot half-close
        # without a close_notify exchange, so there the client's own close is awaited.
        try:
            connection.sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass
    received = connection.buffer
    connection.buffer = b""
    deadline = time.monotonic() + connection.args.linger
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        try:
            chunk = connection._recv(remaining)
        except ClientClosed:
            break
        if chunk:
            received += chunk
    if received:
        connection.record["bytes_after_close"] = b64(received)


def new_record():
    return {"received": [], "data": [], "deviations": [], "tls": False, "completed": False,
            "bytes_after_close": "", "tls_error": None, "flood_bytes": 0}


def write_record(path, connections):
    if not path:
        return
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump({"connections": connections}, f, ensure_ascii=False, indent=1)
    os.replace(tmp, path)


def parse_args():
    p = argparse.ArgumentParser(description="scripted SMTP server for Outbound's tests")
    p.add_argument("--scenario", required=True)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--implicit-tls", action="store_true")
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--connections", type=int, default=1)
    p.add_argument("--record")
    p.add_argument("--read-timeout", type=float, default=30,
                   help="longest wait for one client line or DATA (a deviation after)")
    p.add_argument("--linger", type=float, default=2,
                   help="after the last step, wait this long for the client to close")
    p.add_argument("--max-seconds", type=float, default=120)
    p.add_argument("--ignore-stdin", action="store_true")
    return p.parse_args()


def main():
    args = parse_args()
    try:
        with open(args.scenario, encoding="utf-8") as f:
            steps = parse_scenario(f.read())
    except (OSError, ScenarioError, ValueError) as e:
        print("scripted_server: %s" % e, file=sys.stderr)
        return 2
    needs_tls = args.implicit_tls or any(kind == "starttls" for _, kind, _ in steps)
    if needs_tls and not (args.cert and args.key):
        print("scripted_server: TLS needs --cert and --key", file=sys.stderr)
        return 2

    def stop(signum, frame):
        raise Stop()
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, args.max_seconds)
    if not args.ignore_stdin:
        def watch():
            try:
                while sys.stdin.buffer.read(4096):
                    pass
            except (OSError, ValueError):
                pass
            os.kill(os.getpid(), signal.SIGTERM)
        threading.Thread(target=watch, daemon=True).start()

    connections = []
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", args.port))
    listener.listen(8)
    write_record(args.record, connections)
    sys.stdout.write("READY %d\n" % listener.getsockname()[1])
    sys.stdout.flush()
    try:
        for _ in range(args.connections):
            serve_one(listener, steps, args, connections)
            write_record(args.record, connections)
    except Stop:
        if connections and not connections[-1]["completed"]:
            connections[-1]["deviations"].append("server stopped during the connection")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        write_record(args.record, connections)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)
