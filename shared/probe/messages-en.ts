/**
 * English texts of the live check. `seenAs` quotes what etcd 3.4, etcdctl 3.4, curl 7.88 (with
 * OpenSSL 3.0) and APISIX print for the same problem, observed against real members or taken
 * from their sources (docs/etcd-tls.md#what-failures-look-like, docs/go-x509.md#error-texts);
 * `…` marks parts that differ per run.
 */
import type { ProbeMessages } from './message-types';

const REJECTED = 'etcd log: rejected connection from "…" (error';
const CURL_BAD_CERT =
  'curl: (56) OpenSSL SSL_read: OpenSSL/3.0.22: error:0A000412:SSL routines::sslv3 alert bad certificate, errno 0';
const GATEWAY_503 =
  'curl (gateway): HTTP 503 {"error":"connection closed","message":"connection closed","code":14}';
const HANDSHAKE = 'etcdctl endpoint status: transport: authentication handshake failed: {goError}';

/** English (the default, and the CLI's language). */
export const PROBE_MESSAGES_EN: ProbeMessages = {
  checks: {
    target: 'URL',
    connect: 'Connection',
    tls: 'TLS',
    hostname: 'Host name',
    chain: 'Chain',
    'client-cert': 'Client certificate',
    gateway: 'HTTP gateway',
  },
  statuses: { pass: 'ok', warn: 'warning', fail: 'FAIL', skip: 'not checked' },
  verdicts: { ok: 'works', warn: 'works, with warnings', fail: 'problems found' },
  urlProblems: {
    syntax: '"{url}" is not a URL: write it as https://host:port.',
    scheme: '"{url}": only https:// and http:// URLs can be checked.',
    path: '"{url}": etcd URLs have no path; give only the scheme, host and port.',
    port: '"{url}": the port must be a number from 1 to 65535.',
    unspecified:
      '"{url}" is a listen address (0.0.0.0 or ::): give the address clients dial instead.',
  },
  codes: {
    'url-invalid': {
      title: 'Not a URL that can be dialled',
      detail: '"{url}" cannot be used.',
      fix: 'Write each endpoint as https://host:port, as in --endpoints or --advertise-client-urls.',
    },
    connected: { title: 'Connected', detail: 'A TCP connection to {address} opened.' },
    refused: {
      title: 'Connection refused',
      detail:
        'Nothing accepts connections on {address}: the machine answered, but no process listens on port {port}.',
      seenAs: [
        'etcdctl: transport: Error while dialing dial tcp {address}: connect: connection refused',
        "curl: (7) Failed to connect to {host} port {port} after … ms: Couldn't connect to server",
      ],
      fix: 'Start etcd there, or check the port: a member listens where its --listen-client-urls and --listen-peer-urls say.',
    },
    timeout: {
      title: 'No answer',
      detail: '{address} did not answer within {seconds} s.',
      seenAs: ['etcdctl: context deadline exceeded'],
      fix: 'Check the address, the routes and any firewall between this machine and the member (TCP port {port} must be open).',
    },
    reset: {
      title: 'Connection reset',
      detail: '{address} reset the connection.',
      seenAs: ['etcdctl: … connection reset by peer'],
      fix: 'Check that etcd is the process listening on this port and that no proxy or firewall in between drops the connection.',
    },
    unreachable: {
      title: 'Network unreachable',
      detail: '{address} cannot be reached from this machine ({error}).',
      fix: 'Check the address and this machine’s routes.',
    },
    'dns-failed': {
      title: 'Host name not found',
      detail: '{host} does not resolve on this machine ({error}).',
      seenAs: ['etcdctl: dial tcp: lookup {host} on …: no such host'],
      fix: 'Use a name this machine resolves (DNS or /etc/hosts) or the member’s IP address; the server certificate must name whichever you dial.',
    },
    'tls-ok': {
      title: '{version} ({cipher})',
      detail: 'TLS handshake completed ({version}, {cipher}).',
    },
    'plain-http': {
      title: 'Plain HTTP, no TLS',
      detail:
        'The member answers unencrypted HTTP: anyone on the network can read and change what etcd stores, and no client certificate is asked for.',
      fix: 'Serve the member with TLS: https:// listen and advertise URLs with --cert-file, --key-file, --trusted-ca-file and --client-cert-auth (the exported etcd.conf.yml does all of this).',
    },
    'plain-http-port': {
      title: 'This port speaks plain HTTP',
      detail:
        'The TLS handshake got no TLS answer, and a plain HTTP request on the same port was answered ({answer}): the member listens with an http:// URL.',
      seenAs: [
        'etcdctl endpoint status: transport: authentication handshake failed: EOF',
        'curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to {host}:{port}',
      ],
      fix: 'Start the member with https:// listen and advertise URLs and its certificates, or, knowing that nothing is encrypted, dial http://{host}:{port}.',
    },
    'tls-port': {
      title: 'This port speaks TLS: use https://',
      detail:
        'A plain HTTP request got no HTTP answer, and a TLS handshake on the same port succeeded.',
      seenAs: [
        'etcdctl endpoint status: … latest balancer error: connection closed',
        'curl: (52) Empty reply from server',
        `${REJECTED} "tls: first record does not look like a TLS handshake", ServerName "")`,
      ],
      fix: 'Dial https://{host}:{port} with the CA file, client certificate and key (etcdctl: --cacert, --cert, --key).',
    },
    'not-http': {
      title: 'Not an etcd port',
      detail: 'The port answered with bytes that are neither TLS nor HTTP: {bytes}',
      fix: 'Check the port: a member’s client port is usually 2379 and its peer port 2380.',
    },
    'no-answer': {
      title: 'Closed without an answer',
      detail:
        'The port accepted the connection, then closed it without answering a TLS handshake or a plain HTTP request.',
      fix: 'Check which process listens on this port, and that nothing in between (a proxy or load balancer without backends) drops the connection.',
    },
    'handshake-failed': {
      title: 'TLS handshake failed',
      detail: '{error}',
      fix: 'Check the member’s TLS settings (--cert-file, --key-file, --cipher-suites, TLS versions): they must allow a TLS 1.2 or 1.3 client.',
    },
    'handshake-timeout': {
      title: 'TLS handshake timed out',
      detail: 'The connection opened, but the TLS handshake did not finish within {seconds} s.',
      fix: 'Check which process listens on this port and whether it is overloaded.',
    },
    'hostname-ok': {
      title: 'Certificate covers {host}',
      detail: 'The served certificate names {host}, as Go clients require.',
    },
    'hostname-mismatch': {
      title: 'Certificate does not cover {host}',
      detail:
        'Go clients (etcdctl, kube-apiserver, etcd peers) check the host of the URL against the certificate’s SANs, and an IP address only against IP SANs.',
      seenAs: [
        HANDSHAKE,
        "curl: (60) SSL: no alternative certificate subject name matches target host name '{host}'",
        `${REJECTED} "remote error: tls: bad certificate", ServerName "")`,
      ],
      fix: 'Reissue the member’s certificate with {host} among its SANs (an IP SAN for an IP address), or dial a name the certificate carries.',
    },
    'chain-ok': {
      title: 'Chain verifies',
      detail: 'Signed by {ca} from the CA file; dates and serverAuth hold.',
    },
    'chain-no-ca': {
      title: 'Trust not checked',
      detail:
        'No CA file was given, so whether clients trust this certificate was not checked (its dates and usage were).',
      fix: 'Give the CA file (--cacert) to check the chain too.',
    },
    'chain-expired': {
      title: 'Certificate has expired',
      detail: '{subject} expired on {notAfter}.',
      seenAs: [HANDSHAKE, 'curl: (60) SSL certificate problem: certificate has expired'],
      fix: 'Issue a new certificate with the same names and usages and replace the file; etcd reads its certificate at each new connection, so no restart is needed.',
    },
    'chain-not-yet-valid': {
      title: 'Certificate is not valid yet',
      detail: '{subject} is valid only from {notBefore}.',
      seenAs: [HANDSHAKE, 'curl: (60) SSL certificate problem: certificate is not yet valid'],
      fix: 'Check the clocks of this machine and of the one that issued the certificate; reissue with a start a few minutes in the past.',
    },
    'chain-unknown-authority': {
      title: 'Not signed by the given CA',
      detail:
        'No chain leads from the served certificate (issuer {issuer}) to a certificate of the CA file.',
      seenAs: [
        HANDSHAKE,
        'curl: (60) SSL certificate problem: unable to get local issuer certificate',
      ],
      fix: 'Put the CA that issued the member’s certificates into the CA file (--cacert), or reissue the member’s certificates from your CA.',
    },
    'chain-no-server-auth': {
      title: 'Not usable as a server certificate',
      detail: '{subject} lists extended key usages, and serverAuth is not among them.',
      seenAs: [HANDSHAKE, 'curl: (60) SSL certificate problem: unsupported certificate purpose'],
      fix: 'Reissue it with extendedKeyUsage = serverAuth, clientAuth.',
    },
    'client-cert-accepted': {
      title: 'Client certificate accepted',
      detail: 'The member accepted {subject} and answered a request.',
    },
    'client-cert-optional': {
      title: 'Client certificates are not required',
      detail:
        'The member also answered a connection without any client certificate: whoever reaches this port can use etcd.',
      fix: 'Start the member with --client-cert-auth=true and --trusted-ca-file (peer port: --peer-client-cert-auth=true and --peer-trusted-ca-file).',
    },
    'client-cert-required': {
      title: 'The member requires a client certificate',
      detail: 'No client certificate was given, and the member refused the connection ({alert}).',
      seenAs: [
        'etcdctl endpoint status: … write: broken pipe',
        CURL_BAD_CERT,
        `${REJECTED} "tls: client didn't provide a certificate", ServerName "")`,
      ],
      fix: 'Give a client certificate and key issued by the member’s CA (--cert and --key; in the exported bundle: clients/etcdctl/client.crt and client.key).',
    },
    'client-cert-rejected': {
      title: 'Client certificate refused',
      detail:
        'The member refused {subject} after the handshake ({alert}). It looks fine here, so the member most likely trusts another CA.',
      seenAs: [
        'etcdctl: context deadline exceeded (the reason is only in the member’s log)',
        CURL_BAD_CERT,
        `${REJECTED} "tls: failed to verify client certificate: x509: certificate signed by unknown authority", ServerName "")`,
      ],
      fix: 'Use a client certificate issued by the CA in the member’s --trusted-ca-file, or add your CA to that file and restart the member (it reads the file only at start).',
    },
    'client-cert-no-client-auth': {
      title: 'Client certificate refused: no clientAuth',
      detail:
        'The member refused {subject} ({alert}): its extended key usage does not include clientAuth.',
      seenAs: [
        'etcdctl: context deadline exceeded',
        CURL_BAD_CERT,
        `${REJECTED} "tls: failed to verify client certificate: x509: certificate specifies an incompatible key usage", ServerName "")`,
      ],
      fix: 'Reissue the client certificate with extendedKeyUsage = clientAuth.',
    },
    'client-cert-expired': {
      title: 'Client certificate refused: expired',
      detail: 'The member refused {subject} ({alert}): it expired on {notAfter}.',
      seenAs: [
        'etcdctl: context deadline exceeded',
        `${REJECTED} "tls: failed to verify client certificate: x509: certificate has expired or is not yet valid: …", ServerName "")`,
      ],
      fix: 'Issue a new client certificate and replace the files.',
    },
    'client-cert-other-ca': {
      title: 'Client certificate refused: another CA',
      detail:
        'The member refused {subject} ({alert}): it was issued by {issuer}, which is not in the CA file given here.',
      seenAs: [
        'etcdctl: context deadline exceeded',
        CURL_BAD_CERT,
        `${REJECTED} "tls: failed to verify client certificate: x509: certificate signed by unknown authority", ServerName "")`,
      ],
      fix: 'Use a client certificate issued by the cluster’s CA (the exported bundle has one per client).',
    },
    'gateway-ok': {
      title: 'Gateway answers',
      detail: 'POST /v3/maintenance/status answered 200: etcd {version}.',
    },
    'gateway-server-no-client-auth': {
      title: 'Gateway broken: the server certificate lacks clientAuth',
      detail:
        'POST /v3/maintenance/status answered HTTP {status} with gRPC code 14. The gateway dials its own member and presents the member’s server certificate as its client certificate; without clientAuth the member refuses it. etcdctl keeps working, APISIX and curl do not.',
      seenAs: [
        GATEWAY_503,
        `${REJECTED} "tls: failed to verify client certificate: x509: certificate specifies an incompatible key usage", ServerName "")`,
      ],
      fix: 'Reissue the member’s server certificate with extendedKeyUsage = serverAuth, clientAuth and replace server.crt (no restart needed).',
    },
    'gateway-server-expired': {
      title: 'Gateway broken: the server certificate has expired',
      detail:
        'POST /v3/maintenance/status answered HTTP {status} with gRPC code 14: the gateway presents the member’s own expired server certificate to the member, which refuses it.',
      seenAs: [
        'curl (gateway): HTTP 503 {"error":"connection error: desc = \\"transport: failed to write client preface: … connection reset by peer\\"",…,"code":14}',
        `${REJECTED} "tls: failed to verify client certificate: x509: certificate has expired or is not yet valid: …", ServerName "")`,
      ],
      fix: 'Renew the member’s server certificate (same names, serverAuth and clientAuth) and replace server.crt.',
    },
    'gateway-unavailable': {
      title: 'Gateway cannot reach its member',
      detail: 'POST /v3/maintenance/status answered HTTP {status}: {body}',
      seenAs: [GATEWAY_503],
      fix: 'Look for "rejected connection" in the member’s log: the gateway’s own connection failed. The server certificate needs clientAuth and must be signed by the CA in --trusted-ca-file.',
    },
    'gateway-off': {
      title: 'Gateway is off',
      detail: 'POST /v3/maintenance/status answered 404 on a client URL.',
      seenAs: ['APISIX: gRPC gateway is not enabled in etcd cluster', 'curl: 404 page not found'],
      fix: 'Set enable-grpc-gateway: true in etcd.conf.yml, or --enable-grpc-gateway=true (etcd 3.4 turns the gateway off by default when started with --config-file).',
    },
    'gateway-peer-port': {
      title: 'Peer URL: no gateway here',
      detail:
        'This port answers GET /members as a peer port does; clients and the gateway use the client URL.',
    },
    'gateway-cn-refused': {
      title: 'Gateway refuses certificates with a Common Name',
      detail:
        'The member answered HTTP 400: etcd authentication is on, and the client certificate {subject} has a Common Name.',
      seenAs: [
        'etcd (gateway): CommonName of client sending a request against gateway will be ignored and not used as expected',
        'APISIX: etcd "client-cert-auth" cannot be used with gRPC-gateway, please configure the etcd username and password in configuration file',
      ],
      fix: 'Give HTTP clients such as APISIX a client certificate with an empty Common Name, and a user name and password for etcd.',
    },
    'gateway-http-error': {
      title: 'Gateway answered HTTP {status}',
      detail: '{body}',
      fix: 'Read the answer above and the member’s log.',
    },
    'gateway-no-answer': {
      title: 'No answer from the gateway',
      detail: '{error}',
      fix: 'Check the member’s log; it may be overloaded or restarting.',
    },
  },
};
