#!/bin/sh
# The openssl peer of `issue`: one `openssl req -x509 -CA` per certificate (key and signed
# certificate in one call, OpenSSL 3). Usage: openssl-issue.sh MEMBERS KEYSPEC OUTDIR, KEYSPEC
# "ec:P-256" or "rsa:2048". Same certificates as cfssl-issue.sh.
set -eu
n=$1 spec=$2 out=$3
mkdir -p "$out" && cd "$out"
case "$spec" in
ec:*) newkey="-newkey ec -pkeyopt ec_paramgen_curve:${spec#ec:}" ;;
*) newkey="-newkey $spec" ;;
esac
# shellcheck disable=SC2086
openssl req -x509 $newkey -noenc -keyout ca.key -out ca.crt -subj /CN=etcd-ca -days 3650 \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
sign() { # name eku sans
  # shellcheck disable=SC2086
  openssl req -x509 -CA ca.crt -CAkey ca.key $newkey -noenc -keyout "$1.key" -out "$1.crt" \
    -subj "/CN=$1" -days 365 -addext basicConstraints=critical,CA:FALSE \
    -addext keyUsage=critical,digitalSignature,keyEncipherment -addext "extendedKeyUsage=$2" \
    ${3:+-addext "subjectAltName=$3"} 2>/dev/null
}
i=0
while [ "$i" -lt "$n" ]; do
  sans="DNS:etcd$i.example.internal,IP:10.$((i / 250)).0.$((i % 250 + 1)),DNS:localhost,IP:127.0.0.1,IP:::1"
  sign "etcd$i-server" serverAuth,clientAuth "$sans"
  sign "etcd$i-peer" serverAuth,clientAuth "$sans"
  i=$((i + 1))
done
for c in kube-apiserver-etcd-client apisix etcdctl; do sign "$c" clientAuth ""; done
