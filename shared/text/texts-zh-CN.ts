/**
 * 简体中文文本，按消息 id 索引（params.ts）。文件路径、命令、字段名和引用的工具输出都是参数或
 * 原样保留，不翻译；术语以 renderer/src/i18n/glossary.ts 为准。
 */
import type { TextTable } from './text';

/** Simplified Chinese. */
export const TEXTS_ZH_CN: TextTable = {
  // The plan file: reading it (shared/plan/plan.ts, electron/plan/)
  'plan.too-large':
    '{source} 超过 {kib} KiB，而计划文件通常只有几 KB，因此没有读取。请检查文件名；可以用 etcd-tls-wizard init > plan.yaml 生成一个计划文件',
  'plan.nested-too-deep': '{source} 不能用作计划：[ ] 和 { } 嵌套超过 {max} 层，而计划只需要两三层',
  'plan.duplicate-key':
    '{source}:{line}:{col}：不是有效的 YAML：同一映射中的键重复了（Map keys must be unique）',
  'plan.complex-key':
    '{source}:{line}:{col} 不能用作计划：某个键是列表、映射或别名；计划的键都是“members”这样的普通词',
  'plan.yaml-error': '{source}{position}：不是有效的 YAML：{detail}',
  'plan.aliases':
    '{source} 不能用作计划：YAML 别名（*name）展开过多（{detail}）。请直接写出各个值，不要反复引用锚点',
  'plan.not-mapping': '{source} 不是计划文件；计划文件是以“version: 1”开头的 YAML 映射',
  'plan.file-issue': '{where}：{field}：{problem}{more}',
  'plan.top-level': '（顶层）',
  'plan.one-more': '（另有 1 个问题）',
  'plan.more-problems': '（另有 {count} 个问题）',
  'plan.parser-gave-up': '{source}：不是有效的 YAML，解析器已放弃（{detail}）',
  'plan.read-timeout':
    '{source}：读取超过 {seconds} 秒，已停止。计划只是几 KB 的普通 YAML，请确认选的是计划文件。',
  'plan.read-memory':
    '{source}：读取所需内存超过 {mb} MB，已停止。计划只是几 KB 的普通 YAML，请确认选的是计划文件。',
  'plan.not-utf8': '{source} 不是 UTF-8 文本；请将计划另存为 UTF-8 编码的 YAML',
  // Plan fields: general checks (zod issues, shared/text/zod-text.ts)
  'plan.required': '缺少此项，请填写',
  'plan.wrong-type': '类型不对，应为 {expected}',
  'plan.too-short': '至少需要 {minimum} 个字符',
  'plan.too-long': '超过 {maximum} 个字符',
  'plan.too-few': '至少需要 {minimum} 项',
  'plan.too-many': '超过 {maximum} 项',
  'plan.number-too-small': '不能小于 {minimum}',
  'plan.number-too-big': '不能大于 {maximum}',
  'plan.not-one-of': '只能是 {values} 之一',
  'plan.unknown-keys': '未知字段 {keys}；请检查拼写（只读取文档列出的字段）',
  'plan.invalid-entry': '此处的值无效',
  'plan.bad-format': '不是有效的 {format}',
  // Plan fields: the plan's own rules (shared/plan/schema.ts)
  'plan.member-name':
    '成员名称只能包含字母、数字、“.”、“_”和“-”，长度为 1–64 个字符，首尾必须是字母或数字',
  'plan.client-name':
    '客户端名称只能包含字母、数字、“.”、“_”和“-”，长度为 1–64 个字符，首尾必须是字母或数字',
  'plan.member-no-address': '每个成员至少需要一个 IP 地址或 DNS 名称',
  'plan.no-members': '请至少列出一个 etcd 成员',
  'plan.k8s-namespace-long': 'Kubernetes 命名空间最多 63 个字符',
  'plan.k8s-namespace-format': 'Kubernetes 命名空间只能包含 a-z、0-9 和“-”，首尾必须是字母或数字',
  'plan.service-account-long':
    '此处的 ServiceAccount 名称最多 247 个字符（其令牌 Secret 会加上“-token”后缀）',
  'plan.service-account-format':
    'ServiceAccount 名称只能包含 a-z、0-9、“-”和“.”，以点分隔的每一段首尾必须是字母或数字',
  'plan.pki-dir-absolute': '应为成员机器上的绝对路径，例如 /etc/etcd/pki',
  'plan.data-dir-absolute': '应为成员机器上的绝对路径，例如 /var/lib/etcd',
  'plan.prefix-slash': '必须以“/”开头，例如 /apisix',
  'plan.name-taken': '“{name}”已被成员 {n}（cluster.members[{index}]）使用',
  'plan.same-ports': '客户端端口和对等端口都是 {port}',
  'plan.address-repeated': '“{value}”重复出现（与 addresses[{index}] 相同）',
  'plan.endpoint-taken':
    '{endpoint} 也被成员 {n}（cluster.members[{index}]）使用；请为其中一个设置其他端口',
  'plan.client-twice': '客户端“{name}”重复出现',
  'plan.leaf-longer': '证书有效期为 {days} 天，比 CA 的 {caDays} 天还长；CA 到期时证书也会随之失效',
  // Plan fields: addresses (shared/plan/address.ts)
  'plan.address.empty': '有一个地址为空',
  'plan.address.has-scheme':
    '“{value}”是 URL；只需填写主机（IP 或 DNS 名称），不要带 https:// 和端口',
  'plan.address.has-port': '“{value}”带有端口；只填写主机即可，端口按成员单独设置',
  'plan.address.bad-ip': '“{value}”不是有效的 IPv4 或 IPv6 地址',
  'plan.address.bad-dns':
    '“{value}”不是有效的 DNS 名称（只能包含字母、数字、“-”和“.”，每段最多 63 个字符）',
  'plan.address.wildcard-bare':
    '“{value}”是单独的“*”，Go 会用它匹配任意单段名称。请改用“*.your.domain”',
  'plan.address.wildcard-partial': '“{value}”的“*”位于某一段的中间；Go 只认可占据最左侧整段的“*”',
  'plan.address.wildcard-not-leftmost': '“{value}”的“*”不在最左侧一段，Go 永远不会匹配它',
  'plan.address.wildcard-not-allowed':
    '“{value}”是通配符；成员必须使用具体的名称或 IP（通配符请填入额外 SAN）',
  // Plan fields: APISIX's Kubernetes discovery (shared/plan/apisix-discovery.ts)
  'plan.discovery.number':
    '{value} 是数字；请写成字符串，例如 "{value}"（APISIX 不接受此处为 YAML 整数）',
  'plan.discovery.host-not-string': '应为字符串，例如 "kubernetes.default.svc" 或 "${VAR}"',
  'plan.discovery.port-not-string': '应为字符串，例如 "6443" 或 "${VAR}"',
  'plan.discovery.host-empty':
    '为空；APISIX 需要小写的 DNS 名称或 IPv4 地址，或 ${VAR}。不填此字段则使用 ${KUBERNETES_SERVICE_HOST}',
  'plan.discovery.port-empty':
    '为空；APISIX 需要 1-65535 之间且不带前导零的数字，或 ${VAR}。不填此字段则使用 ${KUBERNETES_SERVICE_PORT}',
  'plan.discovery.host-bad-env-name':
    'APISIX 不接受主机“{value}”（应为小写的 DNS 名称或 IPv4 地址，或 ${VAR}）：${VAR} 中的变量名必须以字母或“_”开头和结尾（APISIX 的规则不接受以数字结尾的变量名）。请重命名变量，例如 ${KUBERNETES_SERVICE_HOST}',
  'plan.discovery.port-bad-env-name':
    'APISIX 不接受端口“{value}”（应为 1-65535 之间且不带前导零的数字，或 ${VAR}）：${VAR} 中的变量名必须以字母或“_”开头和结尾（APISIX 的规则不接受以数字结尾的变量名）。请重命名变量，例如 ${KUBERNETES_SERVICE_PORT}',
  'plan.discovery.has-scheme':
    'APISIX 不接受主机“{value}”（应为小写的 DNS 名称或 IPv4 地址，或 ${VAR}）：这是 URL。只填写主机即可，APISIX 会自行加上 https://，端口取自 apiServerPort',
  'plan.discovery.has-port':
    'APISIX 不接受主机“{value}”（应为小写的 DNS 名称或 IPv4 地址，或 ${VAR}）：其中带有端口。只填写主机，端口请填入 apiServerPort',
  'plan.discovery.upper-case':
    'APISIX 不接受主机“{value}”（应为小写的 DNS 名称或 IPv4 地址，或 ${VAR}）：APISIX 不允许大写字母。请写成“{lower}”',
  'plan.discovery.ipv6':
    'APISIX 不接受主机“{value}”（应为小写的 DNS 名称或 IPv4 地址，或 ${VAR}）：APISIX 的服务发现不支持 IPv6 地址。请使用 API 服务器的 DNS 名称或 ${KUBERNETES_SERVICE_HOST}',
  'plan.discovery.bad-host':
    'APISIX 不接受主机“{value}”（应为小写的 DNS 名称或 IPv4 地址，或 ${VAR}）：只允许 a-z、0-9、“-”和“.”，每段首尾必须是字母或数字',
  'plan.discovery.bad-port':
    'APISIX 不接受端口“{value}”（应为 1-65535 之间且不带前导零的数字，或 ${VAR}）。请用数字写出 API 服务器的端口，例如 "6443"',
  // Files the user named (electron/node/, electron/inspect/)
  'what.plan-file': '计划文件',
  'what.ca-cert': 'CA 证书',
  'what.ca-key': 'CA 私钥',
  'file.named': '{what} {name}',
  'file.special': '{file} 是{kind}，不是普通文件；只读取普通文件',
  'file.cannot-read': '无法读取 {file}：{reason}',
  'file.too-large': '{file} 有 {size} 字节；超过 {max} 字节的文件不会读取',
  'file.grew':
    '{file} 超过 {max} 字节（比文件大小显示的多：读取时仍在增长，或是动态生成的）；超过 {max} 字节的文件不会读取',
  'kind.folder': '文件夹',
  'kind.char-device': '字符设备',
  'kind.block-device': '块设备',
  'kind.fifo': 'FIFO（命名管道）',
  'kind.socket': '套接字',
  'kind.symlink': '符号链接',
  'kind.other': '非普通文件',
  'fs.enoent': '文件或文件夹不存在',
  'fs.eacces': '权限不足',
  'fs.eisdir': '这是文件夹，不是文件',
  'fs.enotdir': '路径中有一段是文件，不是文件夹',
  'fs.other': '{detail}',
  // The inspector's files and folders (electron/inspect/)
  'inspect.folder-unreadable': '无法读取文件夹 {folder}：{reason}',
  'inspect.skipped-special': '{file} 是{kind}，已跳过（文件夹中只读取普通文件，不跟随链接）',
  'inspect.not-a-file':
    '{file} 是{kind}，不是文件；设备、FIFO 和套接字一律不读取。请给出证书、私钥、CSR 或 CRL 文件，或存放它们的文件夹。',
  'inspect.too-many-files': '找到的文件超过 {max} 个，只读取了前 {max} 个。请直接指定 PKI 文件夹。',
  'inspect.decode-timeout': '{file} 解码超过 {seconds} 秒，已跳过；它不是常见的证书或私钥文件。',
  'inspect.nothing-found': '{folder} 中没有找到证书、私钥、CSR 或 CRL{why}',
  'inspect.folder-has-no-files': '：文件夹中没有文件',
  'inspect.files-skipped': '（跳过了 {count} 个文件：{list}{more}）',
  'inspect.one-file-skipped': '（跳过了 1 个文件：{list}）',
  'inspect.and-more': '，另有 {count} 个',
  'inspect.skipped-item': '{file}：{reason}',
  'reason.not-pki': '不是 PKI 文件',
  'reason.empty': '空文件',
  'reason.too-large': '过大',
  'reason.not-regular': '不是普通文件',
  'reason.unreadable': '无法读取',
  'reason.timeout': '解码超时',
  'inspect.file-too-large':
    '{file} 有 {size}，超过 {max} 的文件不会读取。证书、私钥和证书包只有几 KB，请直接选择证书文件。',
  'inspect.decoder-failed': '无法读取 {file}：{detail}',
  // Keys (shared/pki/key-formats.ts, pbes2.ts)
  'key.reencrypt':
    '请用 `openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -in key.pem -out key-pkcs8.pem` 转换',
  'key.openssh': '{where}：OpenSSH 私钥不能在这里签发证书；{fix}',
  'key.other-block': '{where} 中是 {label}，不是私钥',
  'key.no-pem': '{where} 中没有可读的 PEM 块',
  'key.legacy-encryption': '{where}：不支持旧式 OpenSSL 私钥加密（DEK-Info {dekInfo}）；{fix}',
  'key.not-a-key': '{where} 不是私钥（{detail}）',
  'key.passphrase-wrong': '{where}：口令不正确，请检查后重试',
  'key.ec-no-curve': '{where}：EC 私钥没有注明曲线；{fix}',
  'key.ec-curve': '{where}：不支持 EC 曲线 {curve}，请使用 P-256、P-384 或 P-521',
  'key.unnamed-curve': '（未命名）',
  'key.algorithm': '{where}：不支持 {algorithm} 私钥，请使用 RSA、ECDSA 或 Ed25519',
  'key.cannot-load': '{where}：无法加载私钥（{detail}）',
  'key.old-scheme': '{where}：使用旧的 PKCS#5 v1 / PKCS#12 方式加密（{scheme}）；{fix}',
  'key.kdf': '{where}：不支持密钥派生算法 {kdf}；{fix}',
  'key.des': '{where}：使用 DES/3DES/RC2 加密，不受支持；{fix}',
  'key.cipher': '{where}：不支持加密算法 {cipher}（PRF {prf}）；{fix}',
  'key.iterations': '{where}：PBKDF2 迭代次数 {iterations} 超出范围',
  'key.encrypted': '{where}：私钥已加密，请输入口令',
  // Decoding files (shared/pki/decode/)
  'decode.too-large':
    '{file} 有 {size} 字节；超过 {max} 字节的文件不会读取（证书和私钥只有几 KB）。',
  'decode.empty': '{file} 是空文件。',
  'decode.pkcs12-needs-password':
    '{file} 是 PKCS#12（.p12/.pfx）文件，请输入密码以读取其中的证书和私钥。',
  'decode.only-ec-parameters': '{file} 中没有证书、私钥、CSR 或 CRL（只有 EC PARAMETERS）。',
  'decode.binary-not-der':
    '{file} 是二进制文件，但不是 DER 格式：它不是证书、私钥、CSR、CRL 或证书包。',
  'decode.whitespace': '{file} 中只有空白字符。',
  'decode.no-pem':
    '{file} 是文本文件，但没有任何“-----BEGIN …-----”块；它不是 PEM 格式的证书、私钥、CSR 或 CRL。',
  'decode.failed': '无法读取 {file}：{detail}',
  'decode.where-base64': '{file}（不带 PEM 首尾行的 base64）',
  'decode.where-block': '{file}：第 {n} 块（第 {line} 行，{label}）',
  'decode.where-pkcs7-cert': '{where}（PKCS#7 中的证书）',
  'decode.where-pkcs7-crl': '{where}（PKCS#7 中的 CRL）',
  'decode.cut-off': '{where} 提前结束：DER 数据被截断了。请重新复制或下载文件。',
  'decode.not-der':
    '{where} 不是格式正确的 DER（{problem}）。它不是证书、私钥、CSR、CRL 或证书包。',
  'decode.too-deep': '嵌套过深',
  'decode.bad-tags': '长度或标签有误',
  'decode.mislabelled': '{where} 标注为{label}，实际内容却是{kind}。',
  'decode.bad-fields': '{where} 看起来是{kind}，但其中的字段无效。',
  'decode.pkcs7-empty':
    '{where} 是不含证书的 PKCS#7 消息；只读取证书包（openssl crl2pkcs7 生成的那种）。',
  'decode.bare-public-key':
    '{where} 只是公钥。请改为提供证书：公钥没有名称、用途或有效期可供检查。',
  'decode.der-unknown': '{where} 是 DER 格式，但不是证书、私钥、CSR、CRL 或 PKCS#7 证书包。',
  'decode.unreadable-kind': '{where} 看起来是{kind}，但无法读取：{detail}',
  'decode.no-end-line':
    '{where} 缺少对应的“-----END {label}-----”行，内容被截断了。请重新复制整个块。',
  'decode.bad-base64': '{where} 不是有效的 base64，文件已损坏。请重新导出。',
  'decode.block-empty': '{where} 是空的。',
  'decode.bad-openssh': '{where} 不是有效的 OpenSSH 私钥。',
  'decode.unused-label':
    '{where}：etcd 的 TLS 证书用不到“{label}”块；应为 CERTIFICATE、PRIVATE KEY、CERTIFICATE REQUEST、PKCS7 或 X509 CRL。',
  'der.certificate': '证书',
  'der.csr': '证书请求',
  'der.crl': 'CRL',
  'der.pkcs8': 'PKCS#8 私钥',
  'der.pkcs8-encrypted': '加密的 PKCS#8 私钥',
  'der.pkcs1': 'RSA（PKCS#1）私钥',
  'der.sec1': 'EC（SEC1）私钥',
  'der.pkcs7': 'PKCS#7 证书包',
  'der.spki': '单独的公钥',
  'der.unknown': '未知结构',
  // PKCS#12 files (shared/pki/decode/pkcs12.ts)
  'p12.password-wrong': '{file}：PKCS#12 密码不正确。请输入导出时设置的密码。',
  'p12.not-v3': '{file} 不是第 3 版 PKCS#12 文件。',
  'p12.public-key-protected':
    '{file} 是用公钥保护的 PKCS#12 文件，只能读取用密码保护的文件。请用 openssl pkcs12 -export 重新导出。',
  'p12.part-skipped': '{file}：类型为 {type} 的部分（公钥加密）无法读取，已跳过。',
  'p12.empty': '{file}：PKCS#12 文件中没有证书或私钥。',
  'p12.broken': '{file} 看起来是 PKCS#12，但结构已损坏（{detail}），请重新导出。',
  'p12.mac-algorithm':
    'PKCS#12 的 MAC 使用了不支持的 {algorithm}，请用 openssl pkcs12 -export 重新导出。',
  'p12.mac-iterations': 'MAC 迭代次数 {iterations} 超出范围。',
  'p12.iterations': '{file}：迭代次数 {iterations} 超出范围。',
  'p12.cipher':
    '{file}：使用了不支持的 {oid} 加密，请用 openssl pkcs12 -export（AES）或 -legacy（3DES）重新导出。',
  // Bundles and day-2 changes (shared/day2/, shared/generate/manifest.ts, electron/day2/)
  'manifest.not-json': '{file} 不是有效的 JSON（{detail}）',
  'manifest.schema':
    '{file}：schema “{schema}”不是 {expected}；请使用写出该证书包的 etcd-tls-wizard 版本',
  'manifest.field': '{file}：{field}：{problem}',
  'renew.only-ca':
    '--only ca：renew 用同一个 CA 重新签发叶子证书；要更换 CA 本身，请使用 rotate-ca',
  'renew.only-unknown':
    '--only {name}：{source} 中没有这个名称的证书、成员或客户端；请给出成员（{members}）、客户端（{clients}）或证书 id，例如 {example}',
  'renew.none': '无',
  'duration.invalid': '{flag} "{value}" 不是时长；请写成整数加单位：30d、12h、2w、90min 或 45s',
  'member.paths-move':
    '{cause}：这会移动成员 {name} 的文件（数据目录 {dataFrom} -> {dataTo}，密钥 {pkiFrom} -> {pkiTo}），因为同一主机上的成员各用一个文件夹；请每台主机只放一个成员，或先迁移 {name}',
  'member.cause-address': '--address {addresses}',
  'member.cause-removing': '删除 {name}',
  'member.plan-issue': '{what}：{field}：{problem}',
  'member.plan-added': '添加成员 {name} 后的 plan.yaml',
  'member.plan-removed': '删除成员 {name} 后的 plan.yaml',
  'member.name-taken': '--name {name}：证书包中已有成员 {name}；请换一个未被使用的名称',
  'member.address-required': '必须提供 --address：新成员的访问地址（IP 地址或 DNS 名称）',
  'member.address-invalid': '--address {problem}',
  'member.address-clash':
    '--address {address}：成员 {other} 已使用这个地址及其端口 {port}；请给新成员单独的地址（如果共用主机，请用 --client-port 和 --peer-port 设置其他端口）',
  'member.unknown': '--name {name}：证书包中没有成员 {name}；现有成员为 {members}',
  'member.last': '--name {name}：这是唯一的成员，集群不能删除最后一个成员',
  'member.gone': '没有成员 {name}',
  'rotate.name-issue': '--ca-common-name "{name}"：{field}：{problem}',
  'rotate.name-trusted':
    '--ca-common-name：已经信任了名为“{subject}”的 CA；请给新 CA 换个名称，以便区分两者',
  'bundle.no-manifest':
    '{from} 中没有 manifest.json，不是 etcd-tls-wizard 写出的证书包；请给出证书包文件夹（含 plan.yaml 和 manifest.json 的那个）或它的 .zip，其他证书请用证书诊断查看',
  'bundle.several':
    '{from} 中有 {count} 个证书包（{list}）；请打开其中一个（CA 轮换之后，应保留最后一个阶段的文件夹）',
  'bundle.zip-too-large': '{from} 超过 5 MiB，而证书包的 zip 远比这小',
  'bundle.zip-with-others': '请单独给出一个 .zip，或给出证书包文件夹；{zips} 与其他文件混在一起了',
  'bundle.file-too-large': '{file} 超过 5 MiB，因此没有读取；证书包中的文件只有几 KB',
  'bundle.cannot-read': '无法读取 {file}（{reason}）',
  'bundle.not-found': '找不到 {file}；{why}',
  'bundle.why-plan':
    '日常运维命令需要签发该证书包时所用的计划；请把那个 plan.yaml 放进证书包，或{fix}',
  'bundle.why-manifest': '该证书包由旧版 etcd-tls-wizard 写出或是手工整理的；{fix}',
  'bundle.reissue':
    '用同一个 CA 按计划签发新的证书包：etcd-tls-wizard issue --plan PLAN --ca-cert {caCert} --ca-key CA_KEY --out NEW',
  'bundle.why-ca-cert': '每个证书包都在这个位置存放 CA 证书',
  'bundle.why-ca-key': 'manifest.json 表明 CA 私钥在这里',
  'bundle.why-listed': 'manifest.json 将它列为 {id} 的文件',
  'bundle.changed': '证书包被手工改动过；请使用写出时的原样证书包',
  'bundle.names-changed':
    '{file}：{id} 将得到 CN “{cn}”和 SAN [{sans}]，但证书包中的证书是 CN “{haveCn}”和 SAN [{haveSans}]；日常运维命令不会改名：请撤销对 plan.yaml 的修改，或据此签发新的证书包',
  'bundle.is-file': '{dir} 是文件；请给出证书包所在的文件夹',
  'bundle.cannot-open': '无法打开 {dir}（{reason}）',
  'bundle.wrong-ca': '{file} 中不是 manifest.json 所写的 CA（SHA-256 {fingerprint}）；{fix}',
  'bundle.plan-asks-more':
    '{plan} 要求 {id}，但 {manifest} 中没有；请撤销对 plan.yaml 的修改（add-member 和 remove-member 会同时修改两者）',
  'bundle.plan-asks-less':
    '{manifest} 列出了 {id}，但 {plan} 已不再要求；请撤销对 plan.yaml 的修改（add-member 和 remove-member 会同时修改两者）',
  'bundle.not-a-cert': '{file} 不是证书；{fix}',
  'bundle.other-cert':
    '{file} 不是 manifest.json 为 {id} 列出的证书（SHA-256 {fingerprint}）；{fix}',
  'bundle.other-key': '{file} 不是 {cert} 的私钥；{fix}',
  'bundle.no-ca-key':
    '{file}：证书包中没有 CA 私钥（签发时未保留），因此无法用它的 CA 签发任何证书',
  'zip.bad': '{file}：{why}',
  'zip.not-zip': '不是 zip 文件（找不到中央目录结尾）；请给出证书包文件夹或它的 .zip',
  'zip.zip64': '不读取 ZIP64 压缩包；证书包远比这小，请重新压缩文件夹',
  'zip.too-many': '有 {count} 个条目，而证书包的条目少得多（最多读取 {max} 个）',
  'zip.cd-cut': '中央目录被截断，zip 已损坏',
  'zip.cd-damaged': '中央目录已损坏',
  'zip.outside': '条目“{entry}”指向 zip 文件夹之外，没有读取',
  'zip.encrypted': '{entry} 已加密；请不设密码重新压缩证书包',
  'zip.method': '{entry} 使用压缩方法 {method}；只读取 stored 和 deflate',
  'zip.too-big': '解压后超过 {mib} MiB，而证书包远比这小',
  'zip.no-local-header': '{entry} 缺少本地文件头，zip 已损坏',
  'zip.entry-cut': '{entry} 被截断，zip 已损坏',
  'zip.inflate': '{entry} 无法解压，zip 已损坏',
  'zip.checksum': '{entry} 与校验和不符，zip 已损坏',
  'day2.new-ca-passphrase': '新的 CA 私钥会加密保存，请为它设置口令。',
  'day2.nothing-chosen': '没有选择要续期的证书，因此没有可写出的内容。',
  'day2.ca-locked': 'CA 私钥尚未解锁：请输入口令解锁后重试。',
  'day2.no-ca-key': '这个证书包写出时没有包含 CA 私钥：请添加 CA 私钥文件并解锁，然后重试。',
  'day2.ca-not-cert': '传入的 CA 证书不是证书。',
  'day2.not-in-plan': '{id} 不是计划中的证书',
  'day2.old-not-cert': '{id} 的旧证书不是证书。',
  'day2.not-a-bundle':
    '这些证书还不是证书包：请先续期；之后新的证书包就可以添加或删除成员、轮换 CA。',
  'day2.rebuild-needs-ca-key': '请添加 CA 私钥文件并解锁：所有证书都要由这个 CA 重新签发。',
  'day2.bundle-gone': '应用中已没有这个证书包，请重新打开。',
  'day2.change-gone': '应用中已没有这项变更，请在写出前重新查看。',
  'day2.folder-gone': '请重新选择目标文件夹。',
  'day2.add-ca-key': '请添加 CA 私钥文件以解锁。',
  // Importing a CA (shared/pki/ca.ts, shared/pki/issue.ts, electron/pki/)
  'what.ca-cert-name': 'CA 证书',
  'what.ca-key-name': 'CA 私钥',
  'ca.no-certificate': '{file} 中没有找到证书（应为 PEM 格式的“BEGIN CERTIFICATE”或 DER）',
  'ca.key-mismatch': '{key} 与 {cert}（{subject}）不配对；请选择与这张证书一同生成的私钥文件',
  'ca.not-ca':
    '{cert}（{subject}）不是 CA：它缺少 basicConstraints CA:TRUE，签发的证书不会被 etcd 或 openssl 接受。请导入 CA 证书，而不是服务端证书或客户端证书',
  'ca.no-key-cert-sign':
    '{cert}（{subject}）是 CA，但其 keyUsage 缺少 keyCertSign，它签发的证书都无法通过验证',
  'ca.expires-soon':
    'CA 证书（{subject}）将于 {notAfter} 过期，不到一天：它签发的证书都用不了多久。请新建 CA，或导入一个仍有效的 CA。',
  'ca.passphrase-wrong': '{key}：口令无法解密这个私钥，请检查后重试',
  'ca.import-gone': '应用中已没有导入的 CA，请重新导入。',
  // Exporting the bundle (electron/export/, electron/main/dialogs.ts)
  'what.ca-passphrase': 'CA 私钥口令',
  'what.new-ca-passphrase': '新 CA 私钥口令',
  'what.p12-password': 'PKCS#12 密码',
  'what.p12-key': 'PKCS#12 私钥',
  'what.env-secret': '{env}（{what}）',
  'secret.required': '{what}：必须设置口令（没有默认值）',
  'secret.too-short': '{what}：口令只有 {length} 个字符，至少需要 {min} 个',
  'secret.none-typed': '{what}：没有输入口令',
  'secret.differ': '{what}：两次输入的口令不一致，请输入相同的口令',
  'secret.ca-export-missing':
    'CA 私钥会加密保存，需要口令：请设置 {env}（至少 12 个字符），或用 --export-ca-key none 明确放弃 CA 私钥（之后就无法再用它续期或添加证书）；没有写出任何文件',
  'secret.new-ca-missing':
    '新的 CA 私钥会加密写出，需要口令：请将 {env}（或 {fallback}）设为至少 12 个字符，或在终端中输入；没有写出任何文件',
  'key.encrypted-give-passphrase': '{file}：私钥已加密，请提供口令',
  'key.passphrase-does-not-open': '{file}：口令无法打开这个私钥',
  'key.unreadable': '{file} 不是可读取的私钥（{detail}）',
  'key.cannot-encrypt': '{what}：无法读取要加密的私钥（{detail}）',
  'p12.cert-unreadable': 'PKCS#12：无法读取证书（{detail}）',
  'p12.key-mismatch': 'PKCS#12：私钥与 {subject} 不配对',
  'p12.the-certificate': '这张证书',
  'p12.password-needed': '{file}：写出它需要 PKCS#12 密码（没有默认值）',
  'p12.password-or-off': 'PKCS#12 文件需要密码：请输入密码，或关闭 PKCS#12。',
  'export.session-gone': '应用中已没有这些证书，请重新签发。',
  'export.folder-gone': '请重新选择目标文件夹。',
  'export.plan-needed': '请提供要预览的计划。',
  'export.folder-gone-short': '请重新选择文件夹。',
  'export.leftovers':
    '{parent}：上次中断的导出留下了一个文件夹，其中有私钥，且无法删除：{list}。请手动删除，然后重新导出；没有写出任何文件。',
  'export.leftovers-many':
    '{parent}：上次中断的导出留下了几个文件夹，其中有私钥，且无法删除：{list}。请手动删除，然后重新导出；没有写出任何文件。',
  'export.leftover-item': '{dir}（无法删除 {at}：{reason}）',
  'export.cannot-check': '无法检查 {target}（{detail}）',
  'export.not-a-folder': '{target} 已存在且不是文件夹；请换一个新的文件夹名称',
  'export.not-empty':
    '{target} 不是空文件夹（其中已有 {entry}）；请选择空文件夹或新文件夹，没有写出任何文件',
  'export.cannot-create': '无法在 {parent} 中创建文件夹（{detail}）',
  'export.cannot-place': '无法将证书包放到 {target}（{detail}）；没有写出任何文件',
  'export.write-failed': '写入证书包 {target} 失败（{detail}）；没有写出任何文件',
  'export.exists': '{file} 已存在，没有覆盖',
  'export.cannot-write': '无法写入 {file}（{detail}）',
  'export.cannot-open-folder': '{path}：{detail}',
  // Checking a live cluster (electron/probe/)
  'probe.no-certificate':
    '{file} 中没有证书：请以 PEM 格式提供{what}（例如 ca.crt 或 client.crt）。',
  'probe.what-ca': 'CA 证书',
  'probe.what-client-cert': '客户端证书',
  'probe.encrypted-key':
    '{file} 是加密的私钥，etcdctl 和 etcd 同样无法使用加密私钥。请先解密（openssl pkey -in {file} -out client.key），并将文件权限保持为 0600。',
  'probe.not-a-key': '{file} 不是 Node 能读取的私钥（PEM 或 DER 格式，PKCS#8、PKCS#1 或 SEC1）。',
  'probe.cert-needs-key': '客户端证书需要配套的私钥：请同时提供 {file} 的私钥（--key）。',
  'probe.key-needs-cert': '私钥需要配套的证书：请同时提供 {file} 的客户端证书（--cert）。',
  'probe.key-mismatch': '{key} 不是 {cert}（{subject}）的私钥：请提供与这张证书一同签发的私钥。',
  'probe.bundle-unreadable':
    '位于 {bundle} 的已导出证书包中没有可读取的客户端文件（clients/<client>/ca.crt、client.crt、client.key）：是否已被移动或删除？请重新导出，或在证书诊断中用您自己的文件检查集群。',
  'probe.export-gone':
    '应用已不认识这个导出文件夹：请重新导出证书包，或在证书诊断中用您自己的文件检查集群。',
  // Requests that do not match the contract (electron/rpc/dispatch.ts, shared/ipc/)
  'request.unknown-channel': '未知的通道 {channel}',
  'request.invalid': '{channel}：{field}：{problem}',
  'request.argument': '参数',
  'request.plan-field': '{field}：{problem}',
  'request.file-too-large': '文件超过 5 MiB，而证书、私钥和证书包远比这小',
  'request.inspect-file-too-large': '文件超过 5 MiB；请只发送文件大小，不带内容',
  'request.files-or-folder': '请提供文件或导出文件夹，不要同时提供',
  'request.plan-or-session': '请提供计划或 sessionId',
  'warn.ed25519':
    'Ed25519 密钥：etcd、etcdctl 和 kube-apiserver（Go）以及 OpenSSL 3 都接受，但有些使用方未必支持（基于旧版 OpenSSL 构建的 OpenResty/APISIX、Java 15 之前的版本、许多 HSM 和浏览器）。除非确认每个客户端都支持 Ed25519，否则请选择 ECDSA P-256。',
  'warn.rsa-ca-small':
    'CA 私钥是 RSA {bits}：Go 1.24 及以上（etcd 3.6、kube-apiserver）拒绝小于 1024 位的 RSA 密钥，多数安全策略要求至少 2048 位。请新建 CA。',
  'warn.validity-cut': '{cert}：有效期已截短到 CA 的到期时间 {end}',
  'warn.generated': '{zh}',
};
