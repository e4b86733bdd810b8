/**
 * 简体中文的检查规则与角色说明文本，按规则 id 索引。`seenAs` 中引用的错误原文保持英文，
 * 因为 etcd、etcdctl、Go、OpenSSL 和 APISIX 打印的就是这些原文，用户需要据此对照。
 */
import { MESSAGES_EN } from './messages-en';
import type { LintMessages } from './types';

const en = MESSAGES_EN.rules;

/** Simplified Chinese. The quoted error texts in `seenAs` are the English originals. */
export const MESSAGES_ZH_CN: LintMessages = {
  rules: {
    expired: {
      title: '证书已过期',
      explanation: '证书有效期已结束。所有 TLS 对端都会拒绝过期证书，使用它的连接都会失败。',
      seenAs: en.expired.seenAs,
      fix: '重新签发一张证书（名称和用途不变），并重启使用它的进程。',
      detail: '已于 {notAfter} 过期。Go 会报：{goError}',
    },
    'not-yet-valid': {
      title: '证书尚未生效',
      explanation: '证书的生效时间在未来（时钟偏差，或签发时起始时间填错），在此之前会被拒绝。',
      seenAs: en['not-yet-valid'].seenAs,
      fix: '检查各机器的时钟；重新签发，起始时间设为过去（提前几分钟）。',
      detail: '自 {notBefore} 起才有效。Go 会报：{goError}',
    },
    'ca-not-ca': {
      title: '被用作 CA，但不是 CA 证书',
      explanation:
        '这张证书签发了其他证书，但缺少 basicConstraints CA:TRUE，校验方不会把它当作颁发者。',
      seenAs: en['ca-not-ca'].seenAs,
      fix: '创建真正的 CA（basicConstraints=critical,CA:TRUE；keyUsage=critical,keyCertSign,cRLSign），并用它重新签发证书。',
      detail: '{subject} 缺少 basicConstraints CA:TRUE。',
    },
    'ca-missing-key-cert-sign': {
      title: 'CA 的密钥用途不允许签发证书',
      explanation:
        'CA 带有 keyUsage 扩展但不含 keyCertSign。基于 OpenSSL 的客户端（APISIX、curl）会拒绝它签发的所有证书。',
      seenAs: en['ca-missing-key-cert-sign'].seenAs,
      fix: '使用 keyUsage=critical,keyCertSign,cRLSign 重新创建 CA，并重新签发其证书。',
      detail: 'keyUsage 为 {usages}。',
    },
    'unknown-authority': {
      title: '不是由这些文件中的任何 CA 签发的',
      explanation:
        'Go 只会经由能用其密钥验证签名的 CA 构建证书链，与名称是否一致无关。这些文件中没有这样的 CA：证书来自另一个 CA，或者它的 CA 用相同名称和新密钥重新创建过（CA 那一步执行了两次）。etcd 会拒绝它作为客户端或对等证书，客户端也会拒绝它作为服务端证书。',
      seenAs: en['unknown-authority'].seenAs,
      fix: '用集群信任的 CA 重新签发这张证书，或把真正签发它的 CA 加入信任文件（--trusted-ca-file、--peer-trusted-ca-file 以及各客户端的 CA 文件）。如果 CA 是误操作重新创建的，请换回原来的 CA 证书和私钥。',
      detail: 'Go 会报：{goError}',
    },
    'eku-missing-server-auth': {
      title: '服务端或对等证书缺少 serverAuth',
      explanation:
        'Go 客户端（etcdctl、kube-apiserver、其他成员）只接受扩展密钥用途包含 serverAuth 的服务端证书。这张证书的 EKU 列表中没有它。',
      seenAs: en['eku-missing-server-auth'].seenAs,
      fix: '重新签发，extendedKeyUsage = serverAuth, clientAuth。',
      detail: 'extendedKeyUsage 为 {usages}。',
    },
    'server-missing-client-auth': {
      title: 'etcd 服务端证书缺少 clientAuth',
      explanation:
        'etcd 内置的 gRPC 网关（APISIX 使用的 HTTP/JSON API）会连接本成员自己的 gRPC 端口，并把这张服务端证书作为客户端证书出示。开启客户端证书校验（--client-cert-auth 或 --trusted-ca-file）时该连接会被拒绝，于是网关失败，而 etcdctl 仍然正常。',
      seenAs: en['server-missing-client-auth'].seenAs,
      fix: '重新签发服务端证书，extendedKeyUsage = serverAuth, clientAuth（kubeadm 也这样做；etcd issue 9785）。etcd 3.5+ 也可以用 --client-cert-file/--client-key-file 给网关单独的客户端证书。',
      detail: 'extendedKeyUsage 为 {usages}。',
    },
    'peer-missing-client-auth': {
      title: '对等证书缺少 clientAuth',
      explanation:
        '每个成员在对等端口上既是 TLS 服务端也是 TLS 客户端，连接其他成员时会出示对等证书。缺少 clientAuth 时其他成员会拒绝它，集群无法组建。',
      seenAs: en['peer-missing-client-auth'].seenAs,
      fix: '重新签发对等证书，extendedKeyUsage = serverAuth, clientAuth。',
      detail: 'extendedKeyUsage 为 {usages}。',
    },
    'client-missing-client-auth': {
      title: '客户端证书缺少 clientAuth',
      explanation:
        'etcd 会检查客户端证书是否允许 clientAuth 用途。这张证书的 EKU 列表中没有它，etcd 会拒绝连接，而客户端只会看到超时。',
      seenAs: en['client-missing-client-auth'].seenAs,
      fix: '重新签发客户端证书，extendedKeyUsage = clientAuth。',
      detail: 'extendedKeyUsage 为 {usages}。',
    },
    'no-sans': {
      title: '没有主题备用名称（只有 CN）',
      explanation:
        'Go 自 1.15 起校验主机名时忽略 Common Name，而 etcd、etcdctl 和 kube-apiserver 都用当前的 Go 构建。没有 SAN 的服务端或对等证书不匹配任何主机。',
      seenAs: en['no-sans'].seenAs,
      fix: '重新签发，在 subjectAltName 中列出客户端和对等成员使用的所有 DNS 名称和 IP 地址（IP 必须是 IP SAN）。',
      detail: '只有 CN "{cn}" 标识这张证书。',
    },
    'host-not-in-sans': {
      title: '成员地址未包含在 SAN 中',
      explanation:
        '客户端和对等成员会用所连接 URL 中的主机校验服务端证书。SAN 中缺少的地址（IP 必须是 IP SAN，DNS SAN 不能覆盖它）会导致校验失败。',
      seenAs: en['host-not-in-sans'].seenAs,
      fix: '重新签发，把缺少的地址加入 subjectAltName（地址用 IP:…，名称用 DNS:…）。',
      detail: '{host}：{goError}',
    },
    'server-missing-loopback': {
      title: '服务端证书没有 127.0.0.1 的 IP SAN',
      explanation:
        'etcdctl 的默认端点和大多数本地健康检查都连接 127.0.0.1:2379。没有 IP SAN 127.0.0.1 时，这些本地调用的主机校验会失败。',
      seenAs: en['server-missing-loopback'].seenAs,
      fix: '在服务端证书中加入 IP:127.0.0.1（以及 DNS:localhost），或始终连接 SAN 中已有的名称。',
      detail: 'IP SAN：{ips}。',
    },
    'invalid-wildcard': {
      title: '通配符 SAN 的效果与预期不符',
      explanation:
        'Go 只在 "*" 作为最左侧的完整标签时才把它当作通配符，并且只匹配一个标签。其他写法要么永远匹配不到预期的主机，要么匹配范围过大。',
      seenAs: en['invalid-wildcard'].seenAs,
      fix: '只把 "*" 用作最左侧的完整标签（如 "*.etcd.example.internal"），或逐一列出名称。',
      detail: '{problems}',
    },
    'wildcard-openssl': {
      title: 'OpenSSL 客户端（APISIX、curl）不接受这个通配符',
      explanation:
        'Go（etcd、etcdctl、kube-apiserver）会用 "*.etcd" 匹配 "etcd0-0.etcd"。APISIX（OpenResty）和 curl 使用的 OpenSSL 要求 "*" 之后至少还有两个标签：对它们来说这个 SAN 什么也匹配不到，它们访问的名称必须以其他方式写进证书。',
      seenAs: en['wildcard-openssl'].seenAs,
      fix: '在服务端证书中加入 OpenSSL 客户端实际访问的名称（DNS:etcd0-0.etcd……），或 "*" 之后有两个标签的通配符（*.etcd.default.svc）。',
      detail: '{names}：Go 能匹配，OpenSSL 不能。',
    },
    'apisix-client-cn-with-auth': {
      title: '启用 etcd 认证时 APISIX 客户端证书带有 Common Name',
      explanation:
        'APISIX 只通过 HTTP 网关访问 etcd。启用 etcd 认证和 --client-cert-auth 时，etcd 会拒绝客户端证书 CN 非空的所有网关请求。',
      seenAs: en['apisix-client-cn-with-auth'].seenAs,
      fix: '为 APISIX 签发主题 CN 为空的客户端证书（改用 etcd 用户名和密码认证）。',
      detail: 'CN 为 "{cn}"。',
    },
    'weak-signature': {
      title: '使用 SHA-1 或 MD5 签名',
      explanation:
        'Go 自 1.18 起在校验证书链时拒绝 SHA-1 和 MD5 签名，OpenSSL 在默认安全级别下也会拒绝。',
      seenAs: en['weak-signature'].seenAs,
      fix: '使用 SHA-256 重新签发证书（openssl -sha256）。',
      detail:
        '签名算法 {algorithm}；Go 会报：x509: cannot verify signature: insecure algorithm {goName}',
    },
    'rsa-key-too-small': {
      title: 'RSA 密钥短于 2048 位',
      explanation:
        'OpenSSL 在默认安全级别下（Debian、APISIX、curl）拒绝短于 2048 位的 RSA 密钥，而且这样的密钥可以被破解。',
      seenAs: en['rsa-key-too-small'].seenAs,
      fix: '生成至少 2048 位的新密钥（或 ECDSA P-256）并重新签发。',
      detail: '密钥为 RSA {bits} 位。',
    },
    'serial-negative': {
      title: '序列号为负数',
      explanation:
        'RFC 5280 要求序列号为正数。Go 1.23 及以后连解析这种证书都会失败，因此当前版本的 etcd 和 kube-apiserver 会拒绝它。',
      seenAs: en['serial-negative'].seenAs,
      fix: '使用随机的正序列号重新签发。',
      detail: '序列号字节：{serial}。',
    },
    'serial-zero': {
      title: '序列号为零',
      explanation:
        'RFC 5280 要求序列号为正数。Go 接受 0，但严格的校验器和 lint 工具（如 zlint）不接受；而且同一 CA 签发的序列号为 0 的证书会相互冲突。',
      seenAs: en['serial-zero'].seenAs,
      fix: '使用不超过 20 字节的随机正序列号重新签发。',
      detail: '序列号为 0。',
    },
    'serial-too-long': {
      title: '序列号超过 20 字节',
      explanation:
        'RFC 5280 将序列号限制为 20 字节，部分校验器会拒绝更长的序列号。Go 和 OpenSSL 接受它。',
      seenAs: en['serial-too-long'].seenAs,
      fix: '使用不超过 20 字节的序列号重新签发（通常为 16 个随机字节）。',
      detail: '序列号为 {length} 字节。',
    },
    'leaf-outlives-ca': {
      title: '证书有效期超过签发它的 CA',
      explanation:
        'CA 过期后，经过它的证书链都无法通过校验，这张证书剩下的有效期也就没有意义，故障会比证书自身的到期日来得更早。',
      seenAs: en['leaf-outlives-ca'].seenAs,
      fix: '在 CA 过期前尽早续期 CA，或签发在 CA 之前到期的证书。',
      detail: '到期时间 {notAfter}，CA 到期时间 {caNotAfter}。',
    },
    'expiring-soon': {
      title: '30 天内到期',
      explanation: '证书目前仍然有效，但很快就会失效。',
      seenAs: en['expiring-soon'].seenAs,
      fix: '现在就续期（名称和用途不变），并在到期前完成替换。',
      detail: '将于 {notAfter} 到期（剩余 {days} 天）。',
    },
    'missing-ski': {
      title: 'CA 证书缺少主题密钥标识符',
      explanation:
        'RFC 5280 要求 CA 证书带有该扩展：CA 签发的每张证书都用颁发机构密钥标识符指向它，校验方据此区分同名的两个 CA（例如 CA 轮换期间）。叶子证书没有它是正常的，Go 和 kubeadm 签发的证书就是这样。',
      seenAs: en['missing-ski'].seenAs,
      fix: '重新签发，使用 subjectKeyIdentifier=hash。',
      detail: '',
    },
    'missing-aki': {
      title: '缺少颁发机构密钥标识符',
      explanation: '没有它，校验方只能按名称选择颁发者；轮换期间新旧 CA 同名时就会选错。',
      seenAs: en['missing-aki'].seenAs,
      fix: '重新签发，使用 authorityKeyIdentifier=keyid:always。',
      detail: '',
    },
    'issuer-not-provided': {
      title: '无法检查证书链：它的 CA 不在这些文件中',
      explanation:
        '这些文件中没有可能签发这张证书的 CA 证书，因此无法在这里判断 etcd 及其客户端是否会信任它。',
      seenAs: en['issuer-not-provided'].seenAs,
      fix: '加入集群信任的 CA 证书（--trusted-ca-file 指向的文件，例如 ca.crt）即可检查证书链。',
      detail: '颁发者：{issuer}。',
    },
  },
  roleReasons: {
    'ca-ok': '这是允许签发证书的 CA 证书（basicConstraints CA:TRUE）。',
    'not-ca': '不是 CA（没有 basicConstraints CA:TRUE），不能签发证书。',
    'ca-no-key-cert-sign': 'keyUsage 不含 keyCertSign，不允许签发证书。',
    'is-ca': '这是 CA 证书；CA 只应用于签发，不应用于 TLS 连接。',
    'server-ok': '其用途允许作为 TLS 服务端（serverAuth，或没有 EKU 限制）。',
    'server-no-client-auth':
      '它可以提供 TLS 服务，但 etcd 还会把 --cert-file 当作自身 HTTP/JSON 网关的客户端证书使用（etcd issue 9785）。缺少 clientAuth 时所有网关请求都会以 HTTP 503 失败，而 APISIX 只通过网关访问 etcd。请重新签发同时含 serverAuth 和 clientAuth 的证书。',
    'no-server-auth': '其 extendedKeyUsage 不含 serverAuth。',
    'peer-ok': '其用途同时允许 serverAuth 和 clientAuth，符合对等证书的需要。',
    'peer-no-client-auth': '对等证书同时用作客户端证书，而其 extendedKeyUsage 不含 clientAuth。',
    'client-ok': '其用途允许 TLS 客户端认证（clientAuth）。',
    'no-client-auth': '其 extendedKeyUsage 不含 clientAuth。',
  },
  roleNames: {
    ca: 'CA',
    'etcd-server': 'etcd 服务端（客户端端口）',
    'etcd-peer': 'etcd 对等成员',
    client: '客户端',
  },
  purposes: {
    'kube-apiserver-serving': 'kube-apiserver 服务端证书，etcd 不使用',
    'kube-apiserver-kubelet-client': 'kube-apiserver 访问 kubelet 的客户端证书，etcd 不使用',
    'kube-front-proxy-client': 'kube-apiserver 前端代理（front-proxy）客户端证书，etcd 不使用',
  },
  wildcard: {
    'wildcard-bare': '"*" 会匹配所有单标签名称（localhost、etcd-0……）',
    'wildcard-partial': '在标签内部使用了 "*"；Go 把它当作普通字符，永远不会匹配',
    'wildcard-not-leftmost': '在最左侧标签之外使用了 "*"；Go 永远不会匹配',
  },
};
