#!/usr/bin/env bash
# make-test-ca.sh OUTDIR — makes the throw-away PKI the loopback tests trust:
#   ca.pem/ca.key                 test CA
#   server.pem/server.key         signed by the CA, SAN DNS:localhost, IP:127.0.0.1
#   wronghost.pem/wronghost.key   signed by the CA, SAN DNS:wrong.example only
#   selfsigned.pem/selfsigned.key self-signed, SAN DNS:localhost, IP:127.0.0.1
# EC P-256 keys, 30 days. Idempotent: an OUTDIR that already holds every file is left alone.
set -euo pipefail

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

days=30
work=$(mktemp -d "${TMPDIR:-/tmp}/outbound-ca.XXXXXX")
trap 'rm -rf "$work"' EXIT

newkey() {
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null
}

# The CA.
newkey "$work/ca.key"
openssl req -x509 -new -key "$work/ca.key" -sha256 -days "$days" \
  -subj "/O=Outbound Tests/CN=Outbound Test CA" \
  -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -addext "subjectKeyIdentifier=hash" \
  -out "$work/ca.pem"

# leaf NAME CN SAN: a server certificate signed by the CA.
leaf() {
  local name=$1 cn=$2 san=$3
  newkey "$work/$name.key"
  openssl req -new -key "$work/$name.key" -subj "/O=Outbound Tests/CN=$cn" \
    -out "$work/$name.csr"
  cat >"$work/$name.ext" <<EOF
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=$san
authorityKeyIdentifier=keyid
subjectKeyIdentifier=hash
EOF
  openssl x509 -req -in "$work/$name.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" \
    -CAcreateserial -CAserial "$work/ca.srl" -sha256 -days "$days" \
    -extfile "$work/$name.ext" -out "$work/$name.pem" 2>/dev/null
}
leaf server localhost "DNS:localhost,IP:127.0.0.1"
leaf wronghost wrong.example "DNS:wrong.example"

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
