/**
 * Chinese (Simplified) texts of the live check. What the tools print is quoted in English, as
 * they print it, so the user can match it with the screen in front of them.
 */
import type { ProbeMessages } from './message-types';
import { PROBE_MESSAGES_EN } from './messages-en';

const en = PROBE_MESSAGES_EN.codes;

/** 简体中文。 */
export const PROBE_MESSAGES_ZH_CN: ProbeMessages = {
  checks: {
    target: 'URL',
    connect: '连接',
    tls: 'TLS',
    hostname: '主机名',
    chain: '证书链',
    'client-cert': '客户端证书',
    gateway: 'HTTP 网关',
  },
  statuses: { pass: '通过', warn: '警告', fail: '失败', skip: '未检查' },
  verdicts: { ok: '正常', warn: '可用，但有警告', fail: '发现问题' },
  urlProblems: {
    syntax: '“{url}”不是 URL：请写成 https://主机:端口。',
    scheme: '“{url}”：只能检查 https:// 和 http:// 地址。',
    path: '“{url}”：etcd 的 URL 没有路径，只写协议、主机和端口。',
    port: '“{url}”：端口必须是 1 到 65535 之间的数字。',
    unspecified: '“{url}”是监听地址（0.0.0.0 或 ::），请填写客户端实际连接的地址。',
  },
  codes: {
    'url-invalid': {
      title: '无法连接的 URL',
      detail: '“{url}”无法使用。',
      fix: '每个端点写成 https://主机:端口，与 --endpoints 或 --advertise-client-urls 中的写法相同。',
    },
    connected: { title: '已连接', detail: '已建立到 {address} 的 TCP 连接。' },
    refused: {
      title: '连接被拒绝',
      detail: '{address} 上没有进程接受连接：主机有响应，但端口 {port} 没有进程在监听。',
      seenAs: en.refused.seenAs,
      fix: '在该主机上启动 etcd，或核对端口：成员监听的地址由 --listen-client-urls 和 --listen-peer-urls 决定。',
    },
    timeout: {
      title: '无响应',
      detail: '{address} 在 {seconds} 秒内没有响应。',
      seenAs: en.timeout.seenAs,
      fix: '检查地址、路由以及本机与成员之间的防火墙（TCP 端口 {port} 必须放行）。',
    },
    reset: {
      title: '连接被重置',
      detail: '{address} 重置了连接。',
      seenAs: en.reset.seenAs,
      fix: '确认监听该端口的是 etcd，且中间没有代理或防火墙丢弃连接。',
    },
    unreachable: {
      title: '网络不可达',
      detail: '从本机无法到达 {address}（{error}）。',
      fix: '检查地址和本机的路由。',
    },
    'dns-failed': {
      title: '找不到主机名',
      detail: '{host} 在本机无法解析（{error}）。',
      seenAs: en['dns-failed'].seenAs,
      fix: '使用本机能解析的名称（DNS 或 /etc/hosts）或成员的 IP 地址；服务端证书必须包含所连接的名称或地址。',
    },
    'tls-ok': { title: '{version}（{cipher}）', detail: 'TLS 握手完成（{version}，{cipher}）。' },
    'plain-http': {
      title: '明文 HTTP，未使用 TLS',
      detail:
        '该成员以未加密的 HTTP 提供服务：网络上的任何人都能读取和修改 etcd 中的数据，也不会要求客户端证书。',
      fix: '为成员启用 TLS：使用 https:// 的监听和通告地址，并配置 --cert-file、--key-file、--trusted-ca-file 和 --client-cert-auth（导出的 etcd.conf.yml 已包含这些设置）。',
    },
    'plain-http-port': {
      title: '该端口使用明文 HTTP',
      detail:
        'TLS 握手没有得到 TLS 响应，而同一端口对明文 HTTP 请求有响应（{answer}）：该成员使用 http:// 地址监听。',
      seenAs: en['plain-http-port'].seenAs,
      fix: '用 https:// 监听和通告地址及其证书启动成员；或者在清楚数据不加密的前提下，改用 http://{host}:{port} 连接。',
    },
    'tls-port': {
      title: '该端口使用 TLS：请用 https://',
      detail: '明文 HTTP 请求没有得到 HTTP 响应，而在同一端口上的 TLS 握手成功了。',
      seenAs: en['tls-port'].seenAs,
      fix: '改用 https://{host}:{port}，并提供 CA 文件、客户端证书和私钥（etcdctl：--cacert、--cert、--key）。',
    },
    'not-http': {
      title: '不是 etcd 端口',
      detail: '该端口返回的既不是 TLS 也不是 HTTP：{bytes}',
      fix: '核对端口：成员的客户端端口通常是 2379，对等端口通常是 2380。',
    },
    'no-answer': {
      title: '未响应即关闭',
      detail: '该端口接受了连接，但对 TLS 握手和明文 HTTP 请求都没有响应就关闭了连接。',
      fix: '检查是哪个进程在监听该端口，以及中间是否有代理或没有后端的负载均衡器丢弃连接。',
    },
    'handshake-failed': {
      title: 'TLS 握手失败',
      detail: '{error}',
      fix: '检查成员的 TLS 设置（--cert-file、--key-file、--cipher-suites、TLS 版本）：必须允许 TLS 1.2 或 1.3 客户端。',
    },
    'handshake-timeout': {
      title: 'TLS 握手超时',
      detail: '连接已建立，但 TLS 握手在 {seconds} 秒内没有完成。',
      fix: '检查是哪个进程在监听该端口，以及它是否过载。',
    },
    'hostname-ok': {
      title: '证书包含 {host}',
      detail: '服务端证书包含 {host}，符合 Go 客户端的要求。',
    },
    'hostname-mismatch': {
      title: '证书不包含 {host}',
      detail:
        'Go 客户端（etcdctl、kube-apiserver、etcd 对等成员）会用 URL 中的主机核对证书的 SAN，IP 地址只与 IP SAN 比较。',
      seenAs: en['hostname-mismatch'].seenAs,
      fix: '重新签发成员证书，把 {host} 加入 SAN（IP 地址要用 IP SAN），或改为连接证书中已有的名称。',
    },
    'chain-ok': {
      title: '证书链验证通过',
      detail: '由 CA 文件中的 {ca} 签发；有效期和 serverAuth 均符合要求。',
    },
    'chain-no-ca': {
      title: '未检查信任关系',
      detail: '没有提供 CA 文件，因此没有检查客户端是否信任该证书（已检查有效期和用途）。',
      fix: '提供 CA 文件（--cacert）以同时检查证书链。',
    },
    'chain-expired': {
      title: '证书已过期',
      detail: '{subject} 已于 {notAfter} 过期。',
      seenAs: en['chain-expired'].seenAs,
      fix: '签发名称和用途相同的新证书并替换文件；etcd 在每个新连接时读取证书，无需重启。',
    },
    'chain-not-yet-valid': {
      title: '证书尚未生效',
      detail: '{subject} 从 {notBefore} 起才生效。',
      seenAs: en['chain-not-yet-valid'].seenAs,
      fix: '检查本机和签发该证书的机器的时钟；重新签发时把生效时间设为几分钟之前。',
    },
    'chain-unknown-authority': {
      title: '不是由所给 CA 签发',
      detail: '从服务端证书（颁发者 {issuer}）无法构建到 CA 文件中任何证书的链。',
      seenAs: en['chain-unknown-authority'].seenAs,
      fix: '把签发成员证书的 CA 放入 CA 文件（--cacert），或用您的 CA 重新签发成员证书。',
    },
    'chain-no-server-auth': {
      title: '不能用作服务端证书',
      detail: '{subject} 列出了扩展密钥用途，但其中没有 serverAuth。',
      seenAs: en['chain-no-server-auth'].seenAs,
      fix: '重新签发，设置 extendedKeyUsage = serverAuth, clientAuth。',
    },
    'client-cert-accepted': {
      title: '客户端证书被接受',
      detail: '成员接受了 {subject} 并响应了请求。',
    },
    'client-cert-optional': {
      title: '不要求客户端证书',
      detail: '没有客户端证书的连接也得到了响应：任何能访问该端口的人都能使用 etcd。',
      fix: '启动成员时加上 --client-cert-auth=true 和 --trusted-ca-file（对等端口：--peer-client-cert-auth=true 和 --peer-trusted-ca-file）。',
    },
    'client-cert-required': {
      title: '成员要求客户端证书',
      detail: '没有提供客户端证书，成员拒绝了连接（{alert}）。',
      seenAs: en['client-cert-required'].seenAs,
      fix: '提供由成员 CA 签发的客户端证书和私钥（--cert 和 --key；导出包中为 clients/etcdctl/client.crt 和 client.key）。',
    },
    'client-cert-rejected': {
      title: '客户端证书被拒绝',
      detail:
        '握手之后成员拒绝了 {subject}（{alert}）。该证书本身看起来没有问题，成员很可能信任的是另一个 CA。',
      seenAs: en['client-cert-rejected'].seenAs,
      fix: '使用成员 --trusted-ca-file 中 CA 签发的客户端证书，或把您的 CA 加入该文件并重启成员（成员只在启动时读取该文件）。',
    },
    'client-cert-no-client-auth': {
      title: '客户端证书被拒绝：缺少 clientAuth',
      detail: '成员拒绝了 {subject}（{alert}）：其扩展密钥用途不包含 clientAuth。',
      seenAs: en['client-cert-no-client-auth'].seenAs,
      fix: '重新签发客户端证书，设置 extendedKeyUsage = clientAuth。',
    },
    'client-cert-expired': {
      title: '客户端证书被拒绝：已过期',
      detail: '成员拒绝了 {subject}（{alert}）：该证书已于 {notAfter} 过期。',
      seenAs: en['client-cert-expired'].seenAs,
      fix: '签发新的客户端证书并替换文件。',
    },
    'client-cert-other-ca': {
      title: '客户端证书被拒绝：来自其他 CA',
      detail: '成员拒绝了 {subject}（{alert}）：它由 {issuer} 签发，而该 CA 不在所给的 CA 文件中。',
      seenAs: en['client-cert-other-ca'].seenAs,
      fix: '使用集群 CA 签发的客户端证书（导出包为每个客户端各准备了一份）。',
    },
    'gateway-ok': {
      title: '网关正常响应',
      detail: 'POST /v3/maintenance/status 返回 200：etcd {version}。',
    },
    'gateway-server-no-client-auth': {
      title: '网关故障：服务端证书缺少 clientAuth',
      detail:
        'POST /v3/maintenance/status 返回 HTTP {status}，gRPC 代码 14。网关会连接自己所在的成员，并把成员的服务端证书当作客户端证书出示；缺少 clientAuth 时成员会拒绝它。etcdctl 仍然可用，APISIX 和 curl 则不行。',
      seenAs: en['gateway-server-no-client-auth'].seenAs,
      fix: '重新签发成员的服务端证书，设置 extendedKeyUsage = serverAuth, clientAuth，并替换 server.crt（无需重启）。',
    },
    'gateway-server-expired': {
      title: '网关故障：服务端证书已过期',
      detail:
        'POST /v3/maintenance/status 返回 HTTP {status}，gRPC 代码 14：网关把成员自己已过期的服务端证书出示给成员，被成员拒绝。',
      seenAs: en['gateway-server-expired'].seenAs,
      fix: '续签成员的服务端证书（名称相同，包含 serverAuth 和 clientAuth）并替换 server.crt。',
    },
    'gateway-unavailable': {
      title: '网关无法连接到自己的成员',
      detail: 'POST /v3/maintenance/status 返回 HTTP {status}：{body}',
      seenAs: en['gateway-unavailable'].seenAs,
      fix: '在成员日志中查找 "rejected connection"：网关自身的连接失败了。服务端证书需要 clientAuth，并且必须由 --trusted-ca-file 中的 CA 签发。',
    },
    'gateway-off': {
      title: '网关已关闭',
      detail: 'POST /v3/maintenance/status 在客户端地址上返回 404。',
      seenAs: en['gateway-off'].seenAs,
      fix: '在 etcd.conf.yml 中设置 enable-grpc-gateway: true，或使用 --enable-grpc-gateway=true（etcd 3.4 使用 --config-file 启动时默认关闭网关）。',
    },
    'gateway-peer-port': {
      title: '对等地址：这里没有网关',
      detail: '该端口像对等端口一样响应 GET /members；客户端和网关使用的是客户端地址。',
    },
    'gateway-cn-refused': {
      title: '网关拒绝带 Common Name 的证书',
      detail: '成员返回 HTTP 400：etcd 已启用认证，而客户端证书 {subject} 带有 Common Name。',
      seenAs: en['gateway-cn-refused'].seenAs,
      fix: '为 APISIX 等 HTTP 客户端签发 Common Name 为空的客户端证书，并为 etcd 配置用户名和密码。',
    },
    'gateway-http-error': {
      title: '网关返回 HTTP {status}',
      detail: '{body}',
      fix: '查看上面的响应内容和成员日志。',
    },
    'gateway-no-answer': {
      title: '网关没有响应',
      detail: '{error}',
      fix: '查看成员日志；成员可能过载或正在重启。',
    },
  },
};
