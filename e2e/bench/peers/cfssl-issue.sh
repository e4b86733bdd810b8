#!/bin/sh
# The cfssl peer of `issue`, as etcd guides script it: one `cfssl gencert | cfssljson` per
# certificate. Usage: cfssl-issue.sh MEMBERS ALGO SIZE OUTDIR (ALGO ecdsa|rsa, SIZE 256|2048).
# Members get a server and a peer certificate with the same SANs as the wizard's plan
# (name.example.internal, 10.x address, localhost, 127.0.0.1, ::1); three client certificates.
set -eu
n=$1 algo=$2 size=$3 out=$4
mkdir -p "$out" && cd "$out"
key="\"key\":{\"algo\":\"$algo\",\"size\":$size}"
echo "{\"CN\":\"etcd-ca\",$key}" >ca-csr.json
cat >config.json <<J
{"signing":{"default":{"expiry":"8760h"},"profiles":{
"server":{"expiry":"8760h","usages":["digital signature","key encipherment","server auth","client auth"]},
"client":{"expiry":"8760h","usages":["digital signature","key encipherment","client auth"]}}}}
J
cfssl gencert -initca ca-csr.json 2>/dev/null | cfssljson -bare ca
sign() { # name profile hosts
  echo "{\"CN\":\"$1\",$key}" >"$1-csr.json"
  cfssl gencert -ca=ca.pem -ca-key=ca-key.pem -config=config.json -profile="$2" ${3:+-hostname="$3"} \
    "$1-csr.json" 2>/dev/null | cfssljson -bare "$1"
}
i=0
while [ "$i" -lt "$n" ]; do
  hosts="etcd$i.example.internal,10.$((i / 250)).0.$((i % 250 + 1)),localhost,127.0.0.1,::1"
  sign "etcd$i-server" server "$hosts"
  sign "etcd$i-peer" server "$hosts"
  i=$((i + 1))
done
for c in kube-apiserver-etcd-client apisix etcdctl; do sign "$c" client ""; done
