/**
 * English texts of the lint rules and role verdicts, keyed by id. `seenAs` quotes what etcd,
 * etcdctl, Go clients, OpenSSL or APISIX actually print, so a user can match a finding to the
 * error in front of them (docs/error-story.md#quoting-real-error-texts; the texts:
 * docs/etcd-tls.md#what-failures-look-like, docs/go-x509.md#error-texts).
 */
import type { LintMessages } from './types';

const INCOMPATIBLE = 'x509: certificate specifies an incompatible key usage';
const REJECTED = `etcd log: "msg":"rejected connection",…,"error":"tls: failed to verify client certificate: ${INCOMPATIBLE}"`;

/** English (the default language). */
export const MESSAGES_EN: LintMessages = {
  rules: {
    expired: {
      title: 'Certificate has expired',
      explanation:
        'The validity period is over. Every TLS peer refuses an expired certificate, so connections using it fail.',
      seenAs:
        'x509: certificate has expired or is not yet valid: current time … is after … (Go: etcd, etcdctl, kube-apiserver); OpenSSL/APISIX: certificate has expired',
      fix: 'Issue a new certificate (same names and usages) and restart the process that uses it.',
      detail: 'Expired on {notAfter}. Go would say: {goError}',
    },
    'not-yet-valid': {
      title: 'Certificate is not valid yet',
      explanation:
        'Its start date lies in the future (clock skew, or a wrong start date at issuance). It is refused until then.',
      seenAs:
        'x509: certificate has expired or is not yet valid: current time … is before … ; OpenSSL/APISIX: certificate is not yet valid',
      fix: 'Check the clocks of the machines; reissue with a start date in the past (a few minutes back).',
      detail: 'Valid only from {notBefore}. Go would say: {goError}',
    },
    'ca-not-ca': {
      title: 'Used as a CA, but not a CA certificate',
      explanation:
        'This certificate signed others, but it lacks basicConstraints CA:TRUE, so verifiers do not accept it as an issuer.',
      seenAs:
        'x509: certificate signed by unknown authority (possibly because of "x509: invalid signature: parent certificate cannot sign this kind of certificate" while trying to verify candidate authority certificate "…"); openssl verify: invalid CA certificate',
      fix: 'Create a real CA (basicConstraints=critical,CA:TRUE; keyUsage=critical,keyCertSign,cRLSign) and reissue the certificates from it.',
      detail: 'basicConstraints CA:TRUE is missing on {subject}.',
    },
    'ca-missing-key-cert-sign': {
      title: 'CA key usage does not allow signing certificates',
      explanation:
        'The CA has a keyUsage extension without keyCertSign. OpenSSL-based clients (APISIX, curl) reject every certificate it issued.',
      seenAs:
        'openssl verify: error 32 at 1 depth lookup: key usage does not include certificate signing',
      fix: 'Recreate the CA with keyUsage=critical,keyCertSign,cRLSign and reissue its certificates.',
      detail: 'keyUsage is {usages}.',
    },
    'unknown-authority': {
      title: 'Not signed by any CA among the files',
      explanation:
        'Go builds a chain only through a CA whose key verifies the signature, whatever the names say. No CA among the files does: the certificate comes from another CA, or its CA was created again with the same name and a new key (the CA step run twice). etcd refuses it as a client or peer certificate, and clients refuse it as a server certificate.',
      seenAs:
        'x509: certificate signed by unknown authority (possibly because of "…" while trying to verify candidate authority certificate "…"); etcd log: rejected connection from "…" (error "remote error: tls: bad certificate", ServerName "") or "tls: failed to verify client certificate: x509: certificate signed by unknown authority"',
      fix: "Reissue it from the CA the cluster trusts, or add the CA that really signed it to the trust files (--trusted-ca-file, --peer-trusted-ca-file, each client's CA file). If the CA was created again by mistake, go back to the original CA certificate and key.",
      detail: 'Go would say: {goError}',
    },
    'eku-missing-server-auth': {
      title: 'Server or peer certificate lacks serverAuth',
      explanation:
        'Go clients (etcdctl, kube-apiserver, other members) accept a server certificate only if its extended key usage allows serverAuth. This one has an EKU list without it.',
      seenAs: `tls: failed to verify certificate: ${INCOMPATIBLE}`,
      fix: 'Reissue with extendedKeyUsage = serverAuth, clientAuth.',
      detail: 'extendedKeyUsage is {usages}.',
    },
    'server-missing-client-auth': {
      title: 'etcd server certificate lacks clientAuth',
      explanation:
        "etcd's built-in gRPC gateway (the HTTP/JSON API that APISIX uses) connects to the member's own gRPC port and presents this server certificate as its client certificate. With client certificate checking on (--client-cert-auth or --trusted-ca-file) that connection is refused, so the gateway fails while etcdctl still works.",
      seenAs: `${REJECTED}; curl to /v3/kv/range: HTTP 503 {"error":"connection closed","message":"connection closed","code":14}`,
      fix: 'Reissue the server certificate with extendedKeyUsage = serverAuth, clientAuth (kubeadm does the same; etcd issue 9785). On etcd 3.5+ you may instead give the gateway its own client certificate with --client-cert-file/--client-key-file.',
      detail: 'extendedKeyUsage is {usages}.',
    },
    'peer-missing-client-auth': {
      title: 'Peer certificate lacks clientAuth',
      explanation:
        'Each member is both TLS server and TLS client on the peer port and presents its peer certificate when it dials other members. Without clientAuth the other members refuse it and the cluster does not form.',
      seenAs: `${REJECTED}; dialling member: "prober detected unhealthy status",…,"error":"remote error: tls: bad certificate"; etcdctl: failed to commit proposal: context deadline exceeded`,
      fix: 'Reissue peer certificates with extendedKeyUsage = serverAuth, clientAuth.',
      detail: 'extendedKeyUsage is {usages}.',
    },
    'client-missing-client-auth': {
      title: 'Client certificate lacks clientAuth',
      explanation:
        'etcd checks client certificates for the clientAuth usage. This certificate has an EKU list without it, so etcd refuses the connection; the client only sees a timeout.',
      seenAs: `${REJECTED}; etcdctl: all SubConns are in TransientFailure … Error: context deadline exceeded`,
      fix: 'Reissue the client certificate with extendedKeyUsage = clientAuth.',
      detail: 'extendedKeyUsage is {usages}.',
    },
    'no-sans': {
      title: 'No Subject Alternative Names (CN only)',
      explanation:
        'Go ignores the Common Name when checking host names (since Go 1.15), and etcd, etcdctl and kube-apiserver are built with current Go. A server or peer certificate without SANs matches no host at all.',
      seenAs: 'x509: certificate relies on legacy Common Name field, use SANs instead',
      fix: 'Reissue with subjectAltName listing every DNS name and IP address clients and peers use (IPs as IP SANs).',
      detail: 'Only CN "{cn}" names this certificate.',
    },
    'host-not-in-sans': {
      title: 'A member address is not covered by the SANs',
      explanation:
        'Clients and peers check the server certificate against the host in the URL they dial. An address missing from the SANs (an IP must be an IP SAN; a DNS SAN does not cover it) fails that check.',
      seenAs:
        "x509: certificate is valid for …, not <host> / x509: cannot validate certificate for <ip> because it doesn't contain any IP SANs",
      fix: 'Reissue with the missing address added to subjectAltName (IP:… for addresses, DNS:… for names).',
      detail: '{host}: {goError}',
    },
    'server-missing-loopback': {
      title: 'Server certificate has no 127.0.0.1 IP SAN',
      explanation:
        "etcdctl's default endpoint and most local health checks dial 127.0.0.1:2379. Without an IP SAN 127.0.0.1 those local calls fail the host check.",
      seenAs:
        "x509: cannot validate certificate for 127.0.0.1 because it doesn't contain any IP SANs (etcdctl endpoint status / --debug); curl: (60) SSL: no alternative certificate subject name matches target host name '127.0.0.1'",
      fix: 'Add IP:127.0.0.1 (and DNS:localhost) to the server certificate, or always dial a name that is in the SANs.',
      detail: 'IP SANs: {ips}.',
    },
    'invalid-wildcard': {
      title: 'Wildcard SAN that does not do what it seems',
      explanation:
        'Go honours "*" only as the whole left-most label and matches exactly one label. Other forms never match the hosts you expect, or match far too many.',
      seenAs: 'x509: certificate is valid for f*.example.com, not foo.example.com',
      fix: 'Use "*" only as the whole left-most label ("*.etcd.example.internal"), or list the names explicitly.',
      detail: '{problems}',
    },
    'wildcard-openssl': {
      title: 'OpenSSL clients (APISIX, curl) do not accept this wildcard',
      explanation:
        'Go (etcd, etcdctl, kube-apiserver) matches "*.etcd" against "etcd0-0.etcd". OpenSSL, which APISIX (OpenResty) and curl use, wants at least two labels after "*": for them this SAN matches nothing, so a name they dial must be in the certificate another way.',
      seenAs:
        "APISIX: certificate host mismatch; curl: (60) SSL: no alternative certificate subject name matches target host name 'etcd0-0.etcd'",
      fix: 'Add the exact names the OpenSSL clients dial (DNS:etcd0-0.etcd…), or a wildcard with two labels after "*" (*.etcd.default.svc), to the server certificates.',
      detail: '{names}: Go matches them, OpenSSL does not.',
    },
    'apisix-client-cn-with-auth': {
      title: 'APISIX client certificate has a Common Name while etcd auth is on',
      explanation:
        'APISIX talks to etcd only through the HTTP gateway. With etcd auth and --client-cert-auth enabled, etcd rejects every gateway request whose client certificate has a non-empty CN.',
      seenAs:
        'HTTP 400 "CommonName of client sending a request against gateway will be ignored and not used as expected"; APISIX CLI: etcd "client-cert-auth" cannot be used with gRPC-gateway, please configure the etcd username and password',
      fix: 'Issue the APISIX client certificate with an empty subject CN (authenticate with etcd user and password instead).',
      detail: 'CN is "{cn}".',
    },
    'weak-signature': {
      title: 'Signed with SHA-1 or MD5',
      explanation:
        'Go refuses SHA-1 and MD5 signatures when verifying a chain (since Go 1.18), and OpenSSL at its default security level refuses them too.',
      seenAs:
        'x509: cannot verify signature: insecure algorithm SHA1-RSA (Go 1.18–1.23 add "(temporarily override with GODEBUG=x509sha1=1)"); openssl verify: CA signature digest algorithm too weak',
      fix: 'Reissue the certificate signed with SHA-256 (openssl -sha256).',
      detail:
        'Signature algorithm {algorithm}; Go would say: x509: cannot verify signature: insecure algorithm {goName}',
    },
    'rsa-key-too-small': {
      title: 'RSA key shorter than 2048 bits',
      explanation:
        'OpenSSL at its default security level (Debian, APISIX, curl) rejects RSA keys under 2048 bits, and such keys are breakable.',
      seenAs:
        'openssl verify: EE certificate key too weak; TLS: error:0A00018F:SSL routines::ee key too small',
      fix: 'Generate a new key of at least 2048 bits (or ECDSA P-256) and reissue.',
      detail: 'The key is RSA {bits} bits.',
    },
    'serial-negative': {
      title: 'Negative serial number',
      explanation:
        'RFC 5280 requires a positive serial. Go 1.23 and later refuse to even parse such a certificate, so current etcd and kube-apiserver builds reject it.',
      seenAs:
        'tls: failed to parse certificate from server: x509: negative serial number (or "tls: failed to parse client certificate: …" in the etcd log)',
      fix: 'Reissue with a random positive serial (openssl -set_serial 0x$(openssl rand -hex 16) keeps the top bit clear when it starts with 0-7).',
      detail: 'Serial bytes: {serial}.',
    },
    'serial-zero': {
      title: 'Serial number is zero',
      explanation:
        'RFC 5280 requires a positive serial. Go accepts zero, but strict verifiers and linters do not, and every certificate with serial 0 from one CA collides with the others.',
      seenAs: 'No Go error today; zlint: e_serial_number_not_positive',
      fix: 'Reissue with a random positive serial of up to 20 bytes.',
      detail: 'Serial is 0.',
    },
    'serial-too-long': {
      title: 'Serial number longer than 20 bytes',
      explanation:
        'RFC 5280 limits serials to 20 bytes; some verifiers reject longer ones. Go and OpenSSL accept them.',
      seenAs: 'No Go or OpenSSL error; zlint: e_serial_number_longer_than_20_octets',
      fix: 'Reissue with a serial of at most 20 bytes (16 random bytes is usual).',
      detail: 'Serial is {length} bytes.',
    },
    'leaf-outlives-ca': {
      title: 'Certificate outlives the CA that issued it',
      explanation:
        'After the CA expires no chain through it verifies, so the remaining lifetime of this certificate is useless and the outage comes earlier than its own date suggests.',
      seenAs:
        'After the CA expires: x509: certificate has expired or is not yet valid: current time … is after … (about the CA)',
      fix: 'Renew the CA well before it expires, or issue leaves that end before the CA does.',
      detail: 'Ends {notAfter}, the CA ends {caNotAfter}.',
    },
    'expiring-soon': {
      title: 'Expires within 30 days',
      explanation: 'The certificate is still valid, but will stop working soon.',
      seenAs: 'Nothing yet; afterwards: x509: certificate has expired or is not yet valid: …',
      fix: 'Renew it now (same names and usages) and roll it out before the date.',
      detail: 'Expires {notAfter} ({days} days left).',
    },
    'missing-ski': {
      title: 'CA certificate has no Subject Key Identifier',
      explanation:
        'RFC 5280 requires it on CA certificates: the Authority Key Identifier of each certificate the CA issues points at it, so verifiers can tell two CAs with the same name apart (for example during a CA rotation). Leaves without it are normal: Go and kubeadm make them so.',
      seenAs: 'openssl verify -x509_strict on a CA without it: Missing Subject Key Identifier',
      fix: 'Reissue with subjectKeyIdentifier=hash.',
      detail: '',
    },
    'missing-aki': {
      title: 'No Authority Key Identifier',
      explanation:
        'Without it verifiers can pick the issuer only by name, which goes wrong when an old and a new CA share a name during rotation.',
      seenAs: 'openssl verify -x509_strict: Missing Authority Key Identifier',
      fix: 'Reissue with authorityKeyIdentifier=keyid:always.',
      detail: '',
    },
    'issuer-not-provided': {
      title: "Can't check the chain: its CA is not among the files",
      explanation:
        'No CA certificate among the files could have issued this one, so whether etcd and its clients will trust it cannot be checked here.',
      seenAs: 'Where the trust file lacks its CA: x509: certificate signed by unknown authority',
      fix: 'Add the CA certificate the cluster trusts (the file behind --trusted-ca-file, e.g. ca.crt) to check the chain.',
      detail: 'Issuer: {issuer}.',
    },
  },
  roleReasons: {
    'ca-ok': 'It is a CA certificate (basicConstraints CA:TRUE) allowed to sign certificates.',
    'not-ca': 'Not a CA (no basicConstraints CA:TRUE): it cannot issue certificates.',
    'ca-no-key-cert-sign': 'keyUsage lacks keyCertSign, so it may not sign certificates.',
    'is-ca': 'It is a CA certificate; a CA should only sign, not be used for TLS connections.',
    'server-ok': 'Its usages allow serving TLS (serverAuth, or no EKU restriction).',
    'server-no-client-auth':
      'It can serve TLS, but etcd also presents --cert-file as the client certificate of its own HTTP/JSON gateway (etcd issue 9785). Without clientAuth every gateway request fails with HTTP 503, and APISIX only uses the gateway. Reissue with serverAuth and clientAuth.',
    'no-server-auth': 'Its extendedKeyUsage does not include serverAuth.',
    'peer-ok': 'Its usages allow both serverAuth and clientAuth, as a peer certificate needs.',
    'peer-no-client-auth':
      'A peer certificate also acts as a client certificate, and its extendedKeyUsage lacks clientAuth.',
    'client-ok': 'Its usages allow TLS client authentication (clientAuth).',
    'no-client-auth': 'Its extendedKeyUsage does not include clientAuth.',
  },
  roleNames: {
    ca: 'CA',
    'etcd-server': 'etcd server (client port)',
    'etcd-peer': 'etcd peer',
    client: 'client',
  },
  purposes: {
    'kube-apiserver-serving': 'kube-apiserver serving certificate — not used by etcd',
    'kube-apiserver-kubelet-client':
      'kube-apiserver’s client certificate for kubelets — not used by etcd',
    'kube-front-proxy-client': 'kube-apiserver’s front-proxy client certificate — not used by etcd',
  },
  wildcard: {
    'wildcard-bare': '"*" matches every single-label name (localhost, etcd-0…)',
    'wildcard-partial': 'has "*" inside a label; Go treats it as literal text and never matches it',
    'wildcard-not-leftmost': 'has "*" outside the left-most label; Go never matches it',
  },
};
