#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# make-test-ca.sh OUTDIR — makes the throw-away PKI the loopback tests trust:
#   ca.pem/ca.key                 test CA
#   server.pem/server.key         signed by the CA, SAN DNS:localhost, IP:127.0.0.1
#   wronghost.pem/wronghost.key   signed by the CA, SAN DNS:wrong.example only
#   selfsigned.pem/selfsigned.key self-signed, SAN DNS:localhost, IP:127.0.0.1
# EC P-256 keys, 30 days. Idempotent: an OUTDIR that already holds every file is left alone.
#
# make-test-ca.sh --leaf OUTDIR NAME CN SAN — with the CA already in OUTDIR, issues one more
# server certificate NAME.pem/NAME.key signed by it, with subject CN (empty: no CN) and
# subjectAltName SAN in openssl's syntax, e.g. "DNS:*.example.test,IP:127.0.0.1" (empty: no
# subjectAltName extension at all), for tests of the certificate name check.
set -euo pipefail

days=30

newkey() {
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null
}

# leaf DIR NAME CN SAN CADIR: a server certificate DIR/NAME.pem signed by CADIR's CA.
leaf() {
  local dir=$1 name=$2 cn=$3 san=$4 ca=$5
  local subject="/O=Outbound Tests"
  if [ -n "$cn" ]; then subject="$subject/CN=$cn"; fi
  newkey "$dir/$name.key"
  openssl req -new -key "$dir/$name.key" -subj "$subject" -out "$dir/$name.csr"
  cat >"$dir/$name.ext" <<EOF
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
authorityKeyIdentifier=keyid
subjectKeyIdentifier=hash
EOF
  if [ -n "$san" ]; then echo "subjectAltName=$san" >>"$dir/$name.ext"; fi
  # A serial file per certificate: -CAcreateserial then picks a random serial.
  openssl x509 -req -in "$dir/$name.csr" -CA "$ca/ca.pem" -CAkey "$ca/ca.key" \
    -CAcreateserial -CAserial "$dir/$name.srl" -sha256 -days "$days" \
    -extfile "$dir/$name.ext" -out "$dir/$name.pem" 2>/dev/null
}

if [ "${1:-}" = "--leaf" ]; then
  if [ $# -ne 5 ]; then
    echo "usage: $0 --leaf OUTDIR NAME CN SAN" >&2
    exit 2
  fi
  out=$2 name=$3
  case $name in
    "" | */* | .*) echo "$0: bad certificate name '$name'" >&2; exit 2 ;;
  esac
  if [ ! -s "$out/ca.pem" ] || [ ! -s "$out/ca.key" ]; then
    echo "$0: no CA in $out" >&2
    exit 1
  fi
  work=$(mktemp -d "$out/.leaf.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  leaf "$work" "$name" "$4" "$5" "$out"
  chmod 600 "$work/$name.key"
  # The certificate is moved in last, so a reader that finds it finds its key too.
  mv -f "$work/$name.key" "$out/$name.key"
  mv -f "$work/$name.pem" "$out/$name.pem"
  exit 0
fi

if [ $# -ne 1 ]; then
  echo "usage: $0 OUTDIR" >&2
  exit 2
fi
out=$1
mkdir -p "$out"
cd "$out"

files=(ca.pem ca.key server.pem server.key wronghost.pem wronghost.key selfsigned.pem selfsigned.key)
complete=1
for f in "${files[@]}"; do
  [ -s "$f" ] || complete=0
done
# Regenerate when anything is missing or the CA expires within a day.
if [ "$complete" -eq 1 ] && openssl x509 -in ca.pem -noout -checkend 86400 >/dev/null 2>&1; then
  exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/outbound-ca.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The CA.
newkey "$work/ca.key"
openssl req -x509 -new -key "$work/ca.key" -sha256 -days "$days" \
  -subj "/O=Outbound Tests/CN=Outbound Test CA" \
  -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -addext "subjectKeyIdentifier=hash" \
  -out "$work/ca.pem"

leaf "$work" server localhost "DNS:localhost,IP:127.0.0.1" "$work"
leaf "$work" wronghost wrong.example "DNS:wrong.example" "$work"

# No keyUsage: with digitalSignature alone OpenSSL's X509_check_issued() (behind
# QSslCertificate::isSelfSigned()) would not count the certificate as its own issuer.
newkey "$work/selfsigned.key"
openssl req -x509 -new -key "$work/selfsigned.key" -sha256 -days "$days" \
  -subj "/O=Outbound Tests/CN=localhost" \
  -addext "basicConstraints=critical,CA:FALSE" \
  -addext "extendedKeyUsage=serverAuth" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -out "$work/selfsigned.pem"

chmod 600 "$work"/*.key
# Keys and certificates are moved in last, so a reader never sees half a set.
for f in "${files[@]}"; do
  mv -f "$work/$f" "$f"
done
