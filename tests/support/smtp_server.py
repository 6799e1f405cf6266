#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
"""A real SMTP server for Outbound's loopback tests, built on aiosmtpd.

Listens on 127.0.0.1, prints one line "READY <port>" once it accepts connections, and exits on
SIGTERM, when stdin reaches EOF (so it dies with the test that started it) or after
--max-seconds. Accepted messages go to --spool DIR as NNNN.eml (the exact bytes received,
after dot-unstuffing) and NNNN.json (the envelope); the .json is renamed into place last.

Authentication: aiosmtpd's own PLAIN and LOGIN, plus CRAM-MD5 (RFC 2195), SCRAM-SHA-1 and
SCRAM-SHA-256 (RFC 5802, RFC 7677) implemented here as aiosmtpd auth_* handler hooks.

Runs under Debian's /usr/bin/python3, which owns python3-aiosmtpd; only the stdlib otherwise.
"""

import argparse
import asyncio
import base64
import fnmatch
import hashlib
import hmac
import json
import logging
import os
import secrets
import signal
import ssl
import sys
import threading
import time

# MISSING: what challenge_auth() returns when the client aborted with "*" or sent bad base64
# (the 501 has been sent by then).
from aiosmtpd.smtp import MISSING, SMTP, AuthResult, LoginPassword, auth_mechanism

ALL_MECHANISMS = ["PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"]
SCRAM_ITERATIONS = 4096


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--tls", choices=["none", "starttls", "implicit"], default="none")
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--require-starttls", action="store_true",
                   help="530 for mail commands before STARTTLS")
    p.add_argument("--auth", action="append", default=[], metavar="USER:PASSWORD",
                   help="an account; repeatable; enables AUTH")
    p.add_argument("--auth-mechanisms", default=",".join(ALL_MECHANISMS),
                   help="comma- or space-separated mechanisms to advertise")
    p.add_argument("--auth-require-tls", action=argparse.BooleanOptionalAction, default=None,
                   help="hide AUTH until TLS is up (default: on unless --tls none)")
    p.add_argument("--smtputf8", action="store_true")
    p.add_argument("--dsn", action="store_true",
                   help="advertise DSN and accept RET/ENVID/NOTIFY/ORCPT (RFC 3461)")
    p.add_argument("--size-limit", type=int, default=0, help="advertise SIZE N and enforce it")
    p.add_argument("--reject-rcpt", action="append", default=[], metavar="GLOB",
                   help="550 5.1.1 for matching RCPT TO addresses; repeatable")
    p.add_argument("--tempfail-rcpt", action="append", default=[], metavar="GLOB",
                   help="450 4.2.0 for matching RCPT TO addresses; repeatable")
    p.add_argument("--max-recipients", type=int, default=0,
                   help="452 4.5.3 to every RCPT past N in one transaction")
    p.add_argument("--limits", default="",
                   help='advertise "LIMITS TEXT" (RFC 9422), e.g. "RCPTMAX=2 MAILMAX=5"')
    p.add_argument("--spool", help="directory for NNNN.eml and NNNN.json")
    p.add_argument("--hostname", default="localhost", help="name in the greeting and EHLO")
    p.add_argument("--max-seconds", type=float, default=120)
    p.add_argument("--ignore-stdin", action="store_true",
                   help="do not exit when stdin reaches EOF (for running by hand)")
    p.add_argument("--verbose", action="store_true", help="aiosmtpd debug log on stderr")
    args = p.parse_args()
    if args.tls != "none" and not (args.cert and args.key):
        p.error("--tls %s needs --cert and --key" % args.tls)
    if args.require_starttls and args.tls != "starttls":
        p.error("--require-starttls needs --tls starttls")
    if args.auth_require_tls is None:
        args.auth_require_tls = args.tls != "none"
    args.users = {}
    for account in args.auth:
        user, sep, password = account.partition(":")
        if not sep:
            p.error("--auth wants USER:PASSWORD, got %r" % account)
        args.users[user] = password
    mechanisms = [m.upper() for m in args.auth_mechanisms.replace(",", " ").split()]
    unknown = [m for m in mechanisms if m not in ALL_MECHANISMS]
    if unknown:
        p.error("unknown mechanisms: %s" % " ".join(unknown))
    args.mechanisms = mechanisms if args.users else []
    return args


def b64(data):
    return base64.b64encode(data).decode("ascii")


def connection_is_tls(server):
    # STARTTLS leaves aiosmtpd's _tls_protocol set; implicit TLS shows only on the transport.
    if server._tls_protocol is not None:
        return True
    transport = server.transport
    return transport is not None and transport.get_extra_info("ssl_object") is not None


class ScramServer:
    """The server side of one SCRAM exchange (RFC 5802 section 5, RFC 7677)."""

    def __init__(self, hash_name, users):
        self.hash_name = hash_name
        self.users = users

    def _h(self, data):
        return hashlib.new(self.hash_name, data).digest()

    def _hmac(self, key, data):
        return hmac.new(key, data, self.hash_name).digest()

    @staticmethod
    def _attributes(message):
        result = {}
        for part in message.split(","):
            if len(part) < 2 or part[1] != "=":
                raise ValueError("malformed attribute %r" % part)
            result.setdefault(part[0], part[2:])
        return result

    @staticmethod
    def _unescape_name(name):
        # saslname: "," and "=" travel as "=2C" and "=3D" (RFC 5802 section 5.1).
        if "=" in name.replace("=2C", "").replace("=3D", ""):
            raise ValueError("bad saslname escape")
        return name.replace("=2C", ",").replace("=3D", "=")

    async def run(self, server, first_response):
        """Returns an AuthResult; first_response is the decoded initial response or None."""
        client_first = first_response
        if client_first is None:
            client_first = await server.challenge_auth(b"")
            if client_first is MISSING:
                return AuthResult(success=False, handled=True)
        try:
            text = client_first.decode("utf-8")
            # gs2-header: cbind-flag "," [authzid] ","  (section 7)
            cbind, authz, bare = text.split(",", 2)
            if cbind == "p" or cbind.startswith("p="):
                await server.push("535 5.7.8 channel binding not supported")
                return AuthResult(success=False, handled=True)
            if cbind not in ("n", "y"):
                raise ValueError("bad gs2 cbind flag")
            if authz and not authz.startswith("a="):
                raise ValueError("bad gs2 authzid")
            gs2_header = cbind + "," + authz + ","
            attrs = self._attributes(bare)
            if bare.startswith("m="):
                raise ValueError("mandatory extension not supported")
            user = self._unescape_name(attrs["n"])
            client_nonce = attrs["r"]
            if not client_nonce or any(c == "," or not (0x21 <= ord(c) <= 0x7E)
                                       for c in client_nonce):
                raise ValueError("bad client nonce")
        except (ValueError, KeyError, UnicodeDecodeError):
            await server.push("501 5.5.2 malformed SCRAM client-first-message")
            return AuthResult(success=False, handled=True)

        password = self.users.get(user)
        # An unknown user still gets a full exchange with a random salt, as a real server would.
        salt = secrets.token_bytes(16)
        nonce = client_nonce + b64(secrets.token_bytes(18))
        server_first = "r=%s,s=%s,i=%d" % (nonce, b64(salt), SCRAM_ITERATIONS)
        client_final = await server.challenge_auth(server_first.encode("ascii"))
        if client_final is MISSING:
            return AuthResult(success=False, handled=True)
        try:
            final_text = client_final.decode("utf-8")
            without_proof, sep, proof_b64 = final_text.rpartition(",p=")
            if not sep:
                raise ValueError("no proof")
            attrs = self._attributes(without_proof)
            if base64.b64decode(attrs["c"], validate=True) != gs2_header.encode("utf-8"):
                raise ValueError("channel binding data does not match the gs2 header")
            if attrs["r"] != nonce:
                raise ValueError("nonce mismatch")
            proof = base64.b64decode(proof_b64, validate=True)
        except (ValueError, KeyError, UnicodeDecodeError):
            await server.push("501 5.5.2 malformed SCRAM client-final-message")
            return AuthResult(success=False, handled=True)

        if password is None:
            return AuthResult(success=False, handled=False)
        salted = hashlib.pbkdf2_hmac(self.hash_name, password.encode("utf-8"), salt,
                                     SCRAM_ITERATIONS)
        client_key = self._hmac(salted, b"Client Key")
        stored_key = self._h(client_key)
        auth_message = ",".join([bare, server_first, without_proof]).encode("utf-8")
        client_signature = self._hmac(stored_key, auth_message)
        if len(proof) != len(client_signature):
            return AuthResult(success=False, handled=False)
        recovered_key = bytes(a ^ b for a, b in zip(proof, client_signature))
        if not hmac.compare_digest(self._h(recovered_key), stored_key):
            return AuthResult(success=False, handled=False)

        server_key = self._hmac(salted, b"Server Key")
        server_signature = self._hmac(server_key, auth_message)
        # The server-final-message travels in a 334 challenge; the client answers with an
        # empty line and only then gets 235 (RFC 4954 section 4, RFC 5802 section 5).
        ack = await server.challenge_auth(("v=" + b64(server_signature)).encode("ascii"))
        if ack is MISSING:
            return AuthResult(success=False, handled=True)
        if ack != b"":
            await server.push("501 5.5.2 expected an empty response to the server-final-message")
            return AuthResult(success=False, handled=True)
        return AuthResult(success=True, auth_data=user)


class Handler:
    def __init__(self, args):
        self.args = args
        self.counter = 0
        self.lock = threading.Lock()

    # ---- authentication -------------------------------------------------------------------

    def authenticator(self, server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            try:
                user = auth_data.login.decode("utf-8")
                password = auth_data.password.decode("utf-8")
            except UnicodeDecodeError:
                return AuthResult(success=False, handled=False)
            expected = self.args.users.get(user)
            if expected is not None and hmac.compare_digest(expected.encode(),
                                                            password.encode()):
                return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False)

    async def _initial_response(self, server, args):
        """Decoded initial response of "AUTH MECH [ir]", None when absent, MISSING if bad."""
        if len(args) < 2:
            return None
        if args[1] == "=":
            return b""
        try:
            return base64.b64decode(args[1], validate=True)
        except ValueError:
            await server.push("501 5.5.2 Can't decode base64")
            return MISSING

    @auth_mechanism("CRAM-MD5")
    async def auth_CRAM_MD5(self, server, args):
        if len(args) > 1:
            # RFC 2195 has no initial response.
            await server.push("501 5.5.2 CRAM-MD5 takes no initial response")
            return AuthResult(success=False, handled=True)
        challenge = ("<%d.%d@%s>" % (secrets.randbits(48), int(time.time()),
                                     self.args.hostname)).encode("ascii")
        response = await server.challenge_auth(challenge)
        if response is MISSING:
            return AuthResult(success=False, handled=True)
        user_bytes, sep, digest = response.rpartition(b" ")
        if not sep:
            await server.push("501 5.5.2 malformed CRAM-MD5 response")
            return AuthResult(success=False, handled=True)
        user = user_bytes.decode("utf-8", "replace")
        password = self.args.users.get(user)
        if password is None:
            return AuthResult(success=False, handled=False)
        expected = hmac.new(password.encode("utf-8"), challenge, "md5").hexdigest()
        if hmac.compare_digest(expected.encode("ascii"), digest.lower()):
            return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False)

    async def _scram(self, hash_name, server, args):
        first = await self._initial_response(server, args)
        if first is MISSING:
            return AuthResult(success=False, handled=True)
        return await ScramServer(hash_name, self.args.users).run(server, first)

    @auth_mechanism("SCRAM-SHA-1")
    async def auth_SCRAM_SHA_1(self, server, args):
        return await self._scram("sha1", server, args)

    @auth_mechanism("SCRAM-SHA-256")
    async def auth_SCRAM_SHA_256(self, server, args):
        return await self._scram("sha256", server, args)

    # ---- SMTP hooks -----------------------------------------------------------------------

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        out = []
        for line in responses:
            if line.startswith("250-AUTH") and not server._auth_methods:
                continue  # aiosmtpd would advertise a bare "AUTH" with nothing after it
            if line.startswith("250 HELP") and self.args.dsn:
                out.append("250-DSN")
            if line.startswith("250 HELP") and self.args.limits:
                out.append("250-LIMITS " + self.args.limits)
            out.append(line)
        return out

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == "<>":  # only MAIL may carry the null path (see OutboundSMTP._getaddr)
            return "501 5.1.3 null recipient"
        for pattern in self.args.reject_rcpt:
            if fnmatch.fnmatchcase(address, pattern):
                return "550 5.1.1 <%s>: recipient rejected" % address
        for pattern in self.args.tempfail_rcpt:
            if fnmatch.fnmatchcase(address, pattern):
                return "450 4.2.0 <%s>: recipient temporarily unavailable" % address
        if self.args.max_recipients and len(envelope.rcpt_tos) >= self.args.max_recipients:
            return "452 4.5.3 Too many recipients"  # RFC 5321 §4.5.3.1.10
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.counter += 1
            number = self.counter
        queue_id = "%04d" % number
        if self.args.spool:
            base = os.path.join(self.args.spool, queue_id)
            with open(base + ".eml", "wb") as f:
                f.write(envelope.original_content)
            meta = {
                "id": queue_id,
                "mail_from": "" if envelope.mail_from == "<>" else envelope.mail_from,
                "rcpt_tos": envelope.rcpt_tos,
                "mail_options": envelope.mail_options,
                "rcpt_options": envelope.rcpt_options,
                "smtputf8": bool(envelope.smtp_utf8),
                "auth_user": session.auth_data if session.authenticated else None,
                "tls": connection_is_tls(server),
            }
            # The .json is renamed into place last: whoever sees it finds a complete .eml.
            with open(base + ".json.tmp", "w", encoding="utf-8") as f:
                json.dump(meta, f, ensure_ascii=False)
            os.rename(base + ".json.tmp", base + ".json")
        return "250 2.0.0 OK queued as %s" % queue_id


class OutboundSMTP(SMTP):
    dsn_enabled = False

    def _getaddr(self, arg):
        # aiosmtpd 1.4.3 answers 501 to the null reverse-path "MAIL FROM:<>"
        # (RFC 5321 section 4.5.5); it is carried as "<>" and spooled as "".
        stripped = arg.lstrip() if arg else arg
        if stripped and stripped.startswith("<>"):
            return "<>", stripped[2:]
        return super()._getaddr(arg)

    def _getparams(self, params):
        # aiosmtpd answers 555 to any MAIL/RCPT parameter it does not know; with --dsn the
        # RFC 3461 ones are let through (they stay in mail_options/rcpt_options).
        result = super()._getparams(params)
        if result is not None and self.dsn_enabled:
            for key in ("RET", "ENVID", "NOTIFY", "ORCPT"):
                result.pop(key, None)
        return result


def make_tls_context(args):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def watch_stdin(loop, stop):
    def run():
        try:
            while sys.stdin.buffer.read(4096):
                pass
        except (OSError, ValueError):
            pass
        loop.call_soon_threadsafe(stop)
    threading.Thread(target=run, daemon=True).start()


async def main():
    args = parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.ERROR,
                        stream=sys.stderr)
    if args.spool:
        os.makedirs(args.spool, exist_ok=True)
    loop = asyncio.get_running_loop()
    handler = Handler(args)
    tls_context = make_tls_context(args) if args.tls != "none" else None
    excluded = [m for m in ALL_MECHANISMS if m not in args.mechanisms]

    def factory():
        server = OutboundSMTP(
            handler,
            hostname=args.hostname,
            data_size_limit=args.size_limit or None,
            enable_SMTPUTF8=args.smtputf8,
            decode_data=False,
            tls_context=tls_context if args.tls == "starttls" else None,
            require_starttls=args.require_starttls,
            # aiosmtpd only knows STARTTLS: on an implicit-TLS port every connection is TLS.
            auth_require_tls=args.auth_require_tls and args.tls != "implicit",
            authenticator=handler.authenticator,
            auth_exclude_mechanism=excluded,
            timeout=max(args.max_seconds, 1),
            loop=loop,
        )
        server.dsn_enabled = args.dsn
        return server

    server = await loop.create_server(
        factory, host="127.0.0.1", port=args.port,
        ssl=tls_context if args.tls == "implicit" else None)
    stopped = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stopped.set)
    loop.add_signal_handler(signal.SIGINT, stopped.set)
    loop.call_later(args.max_seconds, stopped.set)
    if not args.ignore_stdin:
        watch_stdin(loop, stopped.set)

    port = server.sockets[0].getsockname()[1]
    sys.stdout.write("READY %d\n" % port)
    sys.stdout.flush()
    await stopped.wait()
    server.close()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
    # Open sessions are not awaited: the test that started us is done with them.
    sys.stdout.flush()
    os._exit(0)
