#!/usr/bin/env bash
# A self-signed certificate for an intranet that has no certificate authority of its own: the browsers of the county's
# computers are told to trust it once (import deploy/tls/registry.crt), then it is checked like any other. A county
# with its own certificate puts it in deploy/tls/registry.crt and deploy/tls/registry.key instead.
#
#   deploy/make-certificate.sh registry.county.example [192.168.1.10]   # the name (and address) users type
set -euo pipefail
umask 077
if [ $# -lt 1 ]; then
  echo "usage: deploy/make-certificate.sh HOST_NAME [IP_ADDRESS]" >&2
  exit 2
fi
dir=${REGISTRY_TLS_DIR:-$(dirname "$0")/tls}
mkdir -p "$dir"
san="DNS:$1"
if [ $# -ge 2 ]; then
  san="$san,IP:$2"
fi
openssl req -x509 -newkey rsa:3072 -sha256 -days 825 -nodes -subj "/CN=$1" -addext "subjectAltName=$san" \
  -keyout "$dir/registry.key" -out "$dir/registry.crt" 2>/dev/null
chmod 644 "$dir/registry.crt"
echo "certificate: $dir/registry.crt for $san, valid 825 days; the key $dir/registry.key is readable by its owner only"
