/**
 * English texts of the text layer, keyed by message id (params.ts). Each says what is wrong,
 * where, and what to do (docs/error-story.md#writing-a-good-message); quoted tool output is a
 * parameter, so it stays verbatim.
 */
import type { TextTable } from './text';

/** English (the default language, and the CLI's until it follows --lang). */
export const TEXTS_EN: TextTable = {
  // The plan file: reading it (shared/plan/plan.ts, electron/plan/)
  'plan.too-large':
    '{source} is larger than {kib} KiB, and a plan file is a few kilobytes: it was not read. Check the file name; write a plan with: etcd-tls-wizard init > plan.yaml',
  'plan.nested-too-deep':
    '{source}: not a usable plan: [ ] and { } are nested more than {max} levels deep; a plan needs two or three',
  'plan.duplicate-key': '{source}:{line}:{col}: not valid YAML: Map keys must be unique',
  'plan.complex-key':
    '{source}:{line}:{col}: not a usable plan: a key is a list, a mapping or an alias; plan keys are plain words such as "members"',
  'plan.yaml-error': '{source}{position}: not valid YAML: {detail}',
  'plan.aliases':
    '{source}: not a usable plan: its YAML aliases (*name) expand too much ({detail}); write the values out instead of repeating anchors',
  'plan.not-mapping':
    '{source}: not a plan; a plan file is a YAML mapping starting with "version: 1"',
  'plan.file-issue': '{where}: {field}: {problem}{more}',
  'plan.top-level': '(top level)',
  'plan.one-more': ' (and 1 more problem)',
  'plan.more-problems': ' (and {count} more problems)',
  'plan.parser-gave-up': '{source}: not valid YAML: the parser gave up ({detail})',
  'plan.read-timeout':
    '{source}: reading it took longer than {seconds} s and was stopped; a plan is a few kilobytes of plain YAML. Check that this is the plan file.',
  'plan.read-memory':
    '{source}: reading it needed more than {mb} MB and was stopped; a plan is a few kilobytes of plain YAML. Check that this is the plan file.',
  'plan.not-utf8': '{source}: not UTF-8 text; save the plan as UTF-8 YAML',
  // Plan fields: general checks (zod issues, shared/text/zod-text.ts)
  'plan.required': 'is missing; add it',
  'plan.wrong-type': 'has the wrong type; expected {expected}',
  'plan.too-short': 'needs at least {minimum} characters',
  'plan.too-long': 'has more than {maximum} characters',
  'plan.too-few': 'needs at least {minimum} entries',
  'plan.too-many': 'has more than {maximum} entries',
  'plan.number-too-small': 'must be at least {minimum}',
  'plan.number-too-big': 'must be at most {maximum}',
  'plan.not-one-of': 'must be one of {values}',
  'plan.unknown-keys':
    'unknown field {keys}; check the spelling (only the documented fields are read)',
  'plan.invalid-entry': 'is not a valid value here',
  'plan.bad-format': 'is not a valid {format}',
  // Plan fields: the plan's own rules (shared/plan/schema.ts)
  'plan.member-name':
    'member name: letters, digits, ".", "_" and "-", 1-64 characters, starting and ending with a letter or digit',
  'plan.client-name':
    'client name: letters, digits, ".", "_" and "-", 1-64 characters, starting and ending with a letter or digit',
  'plan.member-no-address': 'a member needs at least one IP address or DNS name',
  'plan.no-members': 'list at least one etcd member',
  'plan.k8s-namespace-long': 'a Kubernetes namespace has at most 63 characters',
  'plan.k8s-namespace-format':
    'a Kubernetes namespace: a-z, 0-9 and "-", starting and ending with a letter or digit',
  'plan.service-account-long':
    'a ServiceAccount name here has at most 247 characters (its token Secret adds "-token")',
  'plan.service-account-format':
    'a ServiceAccount name: a-z, 0-9, "-" and ".", each dot-separated part starting and ending with a letter or digit',
  'plan.pki-dir-absolute': 'an absolute path on the members, e.g. /etc/etcd/pki',
  'plan.data-dir-absolute': 'an absolute path on the members, e.g. /var/lib/etcd',
  'plan.prefix-slash': 'must start with "/", e.g. /apisix',
  'plan.name-taken': '"{name}" is already the name of member {n} (cluster.members[{index}])',
  'plan.same-ports': 'client and peer port are both {port}',
  'plan.address-repeated': '"{value}" is listed twice (as addresses[{index}] too)',
  'plan.endpoint-taken':
    '{endpoint} is also used by member {n} (cluster.members[{index}]); give one of them other ports',
  'plan.client-twice': 'client "{name}" is listed twice',
  'plan.leaf-longer':
    "certificates would last {days} days, longer than the CA ({caDays} days); they would be cut at the CA's end",
  // Plan fields: addresses (shared/plan/address.ts)
  'plan.address.empty': 'an address is empty',
  'plan.address.has-scheme':
    '"{value}" is a URL; give only the host (IP or DNS name), without https:// and port',
  'plan.address.has-port': '"{value}" has a port; give only the host, ports are set per member',
  'plan.address.bad-ip': '"{value}" is not a valid IPv4 or IPv6 address',
  'plan.address.bad-dns':
    '"{value}" is not a valid DNS name (letters, digits, "-" and "." only, labels up to 63 characters)',
  'plan.address.wildcard-bare':
    '"{value}" is a bare "*"; Go matches it against any single-label name. Use "*.your.domain"',
  'plan.address.wildcard-partial':
    '"{value}" has "*" inside a label; Go only honours "*" as the whole left-most label',
  'plan.address.wildcard-not-leftmost':
    '"{value}" has "*" outside the left-most label; Go will never match it',
  'plan.address.wildcard-not-allowed':
    '"{value}" is a wildcard; a member must be given a concrete name or IP (wildcards go in extra SANs)',
  // Plan fields: APISIX's Kubernetes discovery (shared/plan/apisix-discovery.ts)
  'plan.discovery.number':
    '{value} is a number; write it as a string, e.g. "{value}" (APISIX refuses a YAML integer here)',
  'plan.discovery.host-not-string':
    'expected a string such as "kubernetes.default.svc" or "${VAR}"',
  'plan.discovery.port-not-string': 'expected a string such as "6443" or "${VAR}"',
  'plan.discovery.host-empty':
    'is empty; APISIX needs a lower-case DNS name or IPv4 address, or ${VAR}. Leave the field out to use ${KUBERNETES_SERVICE_HOST}',
  'plan.discovery.port-empty':
    'is empty; APISIX needs 1-65535 without leading zeros, or ${VAR}. Leave the field out to use ${KUBERNETES_SERVICE_PORT}',
  'plan.discovery.host-bad-env-name':
    '"{value}" is not a host APISIX accepts (a lower-case DNS name or IPv4 address, or ${VAR}): ${VAR} must be a name that starts and ends with a letter or "_" (APISIX\'s pattern refuses a name ending in a digit). Rename the variable, e.g. ${KUBERNETES_SERVICE_HOST}',
  'plan.discovery.port-bad-env-name':
    '"{value}" is not a port APISIX accepts (1-65535 without leading zeros, or ${VAR}): ${VAR} must be a name that starts and ends with a letter or "_" (APISIX\'s pattern refuses a name ending in a digit). Rename the variable, e.g. ${KUBERNETES_SERVICE_PORT}',
  'plan.discovery.has-scheme':
    '"{value}" is not a host APISIX accepts (a lower-case DNS name or IPv4 address, or ${VAR}): it is a URL. Give only the host; APISIX adds https:// itself and takes the port from apiServerPort',
  'plan.discovery.has-port':
    '"{value}" is not a host APISIX accepts (a lower-case DNS name or IPv4 address, or ${VAR}): it has a port. Give only the host and put the port in apiServerPort',
  'plan.discovery.upper-case':
    '"{value}" is not a host APISIX accepts (a lower-case DNS name or IPv4 address, or ${VAR}): APISIX refuses upper-case letters. Write "{lower}"',
  'plan.discovery.ipv6':
    '"{value}" is not a host APISIX accepts (a lower-case DNS name or IPv4 address, or ${VAR}): APISIX\'s discovery refuses IPv6 addresses. Use a DNS name of the API server or ${KUBERNETES_SERVICE_HOST}',
  'plan.discovery.bad-host':
    '"{value}" is not a host APISIX accepts (a lower-case DNS name or IPv4 address, or ${VAR}): only a-z, 0-9, "-" and "." are allowed, each label starting and ending with a letter or digit',
  'plan.discovery.bad-port':
    '"{value}" is not a port APISIX accepts (1-65535 without leading zeros, or ${VAR}). Write the API server\'s port as digits, e.g. "6443"',
  // Files the user named (electron/node/, electron/inspect/)
  'what.plan-file': 'the plan file',
  'what.ca-cert': 'the CA certificate',
  'what.ca-key': 'the CA key',
  'file.named': '{what} {name}',
  'file.special': '{file} is {kind}, not a regular file; only regular files are read',
  'file.cannot-read': 'cannot read {file}: {reason}',
  'file.too-large': '{file} is {size} bytes; files over {max} bytes are not read',
  'file.grew':
    '{file} holds more than {max} bytes (more than its size said: it grew while being read, or is generated); files over {max} bytes are not read',
  'kind.folder': 'a folder',
  'kind.char-device': 'a character device',
  'kind.block-device': 'a block device',
  'kind.fifo': 'a FIFO (named pipe)',
  'kind.socket': 'a socket',
  'kind.symlink': 'a symbolic link',
  'kind.other': 'not a regular file',
  'fs.enoent': 'no such file or folder',
  'fs.eacces': 'permission denied',
  'fs.eisdir': 'it is a folder, not a file',
  'fs.enotdir': 'a part of the path is a file, not a folder',
  'fs.other': '{detail}',
  // The inspector's files and folders (electron/inspect/)
  'inspect.folder-unreadable': 'cannot read folder {folder}: {reason}',
  'inspect.skipped-special':
    '{file} is {kind}; skipped (inside folders only regular files are read; links are not followed)',
  'inspect.not-a-file':
    '{file} is {kind}, not a file; devices, FIFOs and sockets are never read. Give certificate, key, CSR or CRL files, or a folder of them.',
  'inspect.too-many-files':
    'more than {max} files found; only the first {max} were read. Point inspect at the PKI folder itself.',
  'inspect.decode-timeout':
    '{file} took longer than {seconds} s to decode and was skipped; it is not a normal certificate or key file.',
  'inspect.nothing-found': 'no certificate, key, CSR or CRL found in {folder}{why}',
  'inspect.folder-has-no-files': ': the folder holds no files',
  'inspect.files-skipped': ' ({count} files skipped: {list}{more})',
  'inspect.one-file-skipped': ' (1 file skipped: {list})',
  'inspect.and-more': ', and {count} more',
  'inspect.skipped-item': '{file}: {reason}',
  'reason.not-pki': 'not PKI',
  'reason.empty': 'empty',
  'reason.too-large': 'too large',
  'reason.not-regular': 'not a regular file',
  'reason.unreadable': 'unreadable',
  'reason.timeout': 'too slow to decode',
  'inspect.file-too-large':
    '{file} is {size}; files over {max} are not read. Certificates, keys and bundles are a few KB: pick the certificate files themselves.',
  'inspect.decoder-failed': '{file} could not be read: {detail}',
  // Keys (shared/pki/key-formats.ts, pbes2.ts)
  'key.reencrypt':
    'convert it with `openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -in key.pem -out key-pkcs8.pem`',
  'key.openssh': '{where}: an OpenSSH key cannot sign certificates here; {fix}',
  'key.other-block': '{where}: holds a {label}, not a private key',
  'key.no-pem': '{where}: no readable PEM block found',
  'key.legacy-encryption':
    '{where}: legacy OpenSSL key encryption (DEK-Info {dekInfo}) is not supported; {fix}',
  'key.not-a-key': '{where}: not a private key ({detail})',
  'key.passphrase-wrong': '{where}: the passphrase is wrong; check it and try again',
  'key.ec-no-curve': '{where}: the EC key does not name its curve; {fix}',
  'key.ec-curve': '{where}: EC curve {curve} is not supported; use P-256, P-384 or P-521',
  'key.unnamed-curve': '(unnamed)',
  'key.algorithm': '{where}: {algorithm} keys are not supported; use RSA, ECDSA or Ed25519',
  'key.cannot-load': '{where}: the key could not be loaded ({detail})',
  'key.old-scheme': '{where}: encrypted with an old PKCS#5 v1 / PKCS#12 scheme ({scheme}); {fix}',
  'key.kdf': '{where}: key derivation {kdf} is not supported; {fix}',
  'key.des': '{where}: encrypted with DES/3DES/RC2, which is not supported; {fix}',
  'key.cipher': '{where}: encryption {cipher} with PRF {prf} is not supported; {fix}',
  'key.iterations': '{where}: {iterations} PBKDF2 iterations is out of range',
  'key.encrypted': '{where}: the key is encrypted; enter its passphrase',
  // Decoding files (shared/pki/decode/)
  'decode.too-large':
    '{file} is {size} bytes; files over {max} bytes are not read (certificates and keys are a few KB).',
  'decode.empty': '{file} is empty.',
  'decode.pkcs12-needs-password':
    '{file} is a PKCS#12 (.p12/.pfx) file; enter its password to read the certificates and key inside.',
  'decode.only-ec-parameters': '{file} holds no certificate, key, CSR or CRL (only EC PARAMETERS).',
  'decode.binary-not-der':
    '{file} is a binary file but not DER: it is not a certificate, key, CSR, CRL or bundle.',
  'decode.whitespace': '{file} holds only whitespace.',
  'decode.no-pem':
    '{file} is text without any "-----BEGIN …-----" block; it is not a PEM certificate, key, CSR or CRL.',
  'decode.failed': '{file} could not be read: {detail}',
  'decode.where-base64': '{file} (base64 without PEM lines)',
  'decode.where-block': '{file}: block {n} (line {line}, {label})',
  'decode.where-pkcs7-cert': '{where} (PKCS#7 certificate)',
  'decode.where-pkcs7-crl': '{where} (PKCS#7 CRL)',
  'decode.cut-off': '{where} ends early: its DER data is cut off. Copy or download the file again.',
  'decode.not-der':
    '{where} is not well-formed DER ({problem}). It is not a certificate, key, CSR, CRL or bundle.',
  'decode.too-deep': 'nested too deeply',
  'decode.bad-tags': 'bad lengths or tags',
  'decode.mislabelled': '{where} is labelled as {label} but holds {kind}.',
  'decode.bad-fields': '{where} looks like {kind} but its fields are not valid.',
  'decode.pkcs7-empty':
    '{where} is a PKCS#7 message without certificates; only certificate bundles (openssl crl2pkcs7) are read.',
  'decode.bare-public-key':
    '{where} is a bare public key. Give the certificate instead: a public key has no names, usages or validity to check.',
  'decode.der-unknown': '{where} is DER but not a certificate, key, CSR, CRL or PKCS#7 bundle.',
  'decode.unreadable-kind': '{where} looks like {kind} but could not be read: {detail}',
  'decode.no-end-line':
    '{where} has no matching "-----END {label}-----" line: the block is cut off. Copy the whole block again.',
  'decode.bad-base64': '{where} is not valid base64; the file is damaged. Export it again.',
  'decode.block-empty': '{where} is empty.',
  'decode.bad-openssh': '{where} is not a valid OpenSSH key.',
  'decode.unused-label':
    '{where}: "{label}" blocks are not used for etcd TLS; expected CERTIFICATE, PRIVATE KEY, CERTIFICATE REQUEST, PKCS7 or X509 CRL.',
  'der.certificate': 'a certificate',
  'der.csr': 'a certificate request',
  'der.crl': 'a CRL',
  'der.pkcs8': 'a PKCS#8 private key',
  'der.pkcs8-encrypted': 'an encrypted PKCS#8 private key',
  'der.pkcs1': 'an RSA (PKCS#1) private key',
  'der.sec1': 'an EC (SEC1) private key',
  'der.pkcs7': 'a PKCS#7 bundle',
  'der.spki': 'a bare public key',
  'der.unknown': 'an unknown structure',
  // PKCS#12 files (shared/pki/decode/pkcs12.ts)
  'p12.password-wrong':
    '{file}: the PKCS#12 password is wrong. Enter the password it was exported with.',
  'p12.not-v3': '{file}: not a version 3 PKCS#12 file.',
  'p12.public-key-protected':
    '{file}: a public-key-protected PKCS#12 file; only password-protected files can be read. Re-export it with openssl pkcs12 -export.',
  'p12.part-skipped':
    '{file}: a part of type {type} (public-key encrypted) cannot be read and was skipped.',
  'p12.empty': '{file}: the PKCS#12 file holds no certificate or key.',
  'p12.broken':
    '{file} looks like PKCS#12 but its structure is broken ({detail}); export it again.',
  'p12.mac-algorithm':
    'the PKCS#12 MAC uses {algorithm}, which is not supported; re-export with openssl pkcs12 -export.',
  'p12.mac-iterations': '{iterations} MAC iterations is out of range.',
  'p12.iterations': '{file}: {iterations} iterations is out of range.',
  'p12.cipher':
    '{file}: encrypted with {oid}, which is not supported; re-export with openssl pkcs12 -export (AES) or -legacy (3DES).',
  // Bundles and day-2 changes (shared/day2/, shared/generate/manifest.ts, electron/day2/)
  'manifest.not-json': '{file}: not valid JSON ({detail})',
  'manifest.schema':
    '{file}: schema "{schema}" is not {expected}; use the etcd-tls-wizard version that wrote this bundle',
  'manifest.field': '{file}: {field}: {problem}',
  'renew.only-ca':
    '--only ca: renew re-issues leaves from the same CA; to replace the CA itself use rotate-ca',
  'renew.only-unknown':
    '--only {name}: {source} has no certificate, member or client of that name; give a member ({members}), a client ({clients}) or a certificate id such as {example}',
  'renew.none': 'none',
  'duration.invalid':
    '{flag} "{value}" is not a duration; write a whole number and a unit: 30d, 12h, 2w, 90min or 45s',
  'member.paths-move':
    "{cause} would move member {name}'s files (data dir {dataFrom} -> {dataTo}, keys {pkiFrom} -> {pkiTo}), because members that share a host get a folder each; keep one member per host, or move {name} first",
  'member.cause-address': '--address {addresses}',
  'member.cause-removing': 'removing {name}',
  'member.plan-issue': '{what}: {field}: {problem}',
  'member.plan-added': 'plan.yaml with member {name} added',
  'member.plan-removed': 'plan.yaml without member {name}',
  'member.name-taken':
    '--name {name}: the bundle already has a member {name}; choose a name no member has',
  'member.address-required':
    '--address is required: the IP address or DNS name the new member is reached at',
  'member.address-invalid': '--address {problem}',
  'member.address-clash':
    '--address {address}: member {other} already has this address and uses port {port} on it; give the new member its own address (or, on a shared host, other ports with --client-port and --peer-port)',
  'member.unknown': '--name {name}: the bundle has no member {name}; its members are {members}',
  'member.last': '--name {name}: it is the only member; a cluster cannot remove its last member',
  'member.gone': 'no member {name}',
  'rotate.name-issue': '--ca-common-name "{name}": {field}: {problem}',
  'rotate.name-trusted':
    '--ca-common-name: a CA named "{subject}" is already trusted; give the new CA another name so the two can be told apart',
  'bundle.no-manifest':
    '{from} has no manifest.json: it is not a bundle written by etcd-tls-wizard; give the bundle folder (the one with plan.yaml and manifest.json) or its .zip, or use the inspector for other certificates',
  'bundle.several':
    "{from} holds {count} bundles ({list}); open one of them (after a CA rotation, the last phase's folder is the bundle to keep)",
  'bundle.zip-too-large': "{from} is larger than 5 MiB; a bundle's zip is far smaller",
  'bundle.zip-with-others':
    'give one .zip alone, or the bundle folder; {zips} came with other files',
  'bundle.file-too-large':
    "{file} is larger than 5 MiB, so it was not read; a bundle's files are a few KB",
  'bundle.cannot-read': '{file}: cannot read it ({reason})',
  'bundle.not-found': '{file}: not found; {why}',
  'bundle.why-plan':
    'day-2 commands need the plan the bundle was issued from; put that plan.yaml into the bundle, or {fix}',
  'bundle.why-manifest': 'the bundle was written by an older etcd-tls-wizard or by hand; {fix}',
  'bundle.reissue':
    'issue a new bundle from the plan with the same CA: etcd-tls-wizard issue --plan PLAN --ca-cert {caCert} --ca-key CA_KEY --out NEW',
  'bundle.why-ca-cert': 'every bundle has its CA certificate there',
  'bundle.why-ca-key': 'manifest.json says the CA key is there',
  'bundle.why-listed': 'manifest.json lists it for {id}',
  'bundle.changed': 'the bundle was changed by hand; use the bundle as it was written',
  'bundle.names-changed':
    '{file}: {id} would get CN "{cn}" and SANs [{sans}], but the bundle\'s certificate has CN "{haveCn}" and SANs [{haveSans}]; day-2 commands keep names as they are: undo the change to plan.yaml, or issue a new bundle from it',
  'bundle.is-file': '{dir} is a file; give the folder of a bundle',
  'bundle.cannot-open': '{dir}: cannot open it ({reason})',
  'bundle.wrong-ca':
    '{file} does not hold the CA that manifest.json names (SHA-256 {fingerprint}); {fix}',
  'bundle.plan-asks-more':
    '{plan} asks for {id}, which {manifest} does not list; undo the change to plan.yaml (add-member and remove-member change both together)',
  'bundle.plan-asks-less':
    '{manifest} lists {id}, which {plan} no longer asks for; undo the change to plan.yaml (add-member and remove-member change both together)',
  'bundle.not-a-cert': '{file}: not a certificate; {fix}',
  'bundle.other-cert':
    '{file} is not the certificate manifest.json lists for {id} (SHA-256 {fingerprint}); {fix}',
  'bundle.other-key': '{file} is not the private key of {cert}; {fix}',
  'bundle.no-ca-key':
    '{file}: the bundle has no CA key (it was issued without one), so nothing can be signed by its CA',
  'zip.bad': '{file}: {why}',
  'zip.not-zip': 'not a zip file (no end of central directory); give the bundle folder or its .zip',
  'zip.zip64': 'ZIP64 archives are not read; a bundle is far smaller, zip the folder again',
  'zip.too-many': '{count} entries; a bundle has far fewer (at most {max} are read)',
  'zip.cd-cut': 'the central directory is cut off; the zip is damaged',
  'zip.cd-damaged': 'the central directory is damaged',
  'zip.outside': 'entry "{entry}" points outside the zip\'s folder; it was not read',
  'zip.encrypted': '{entry} is encrypted; zip the bundle without a password',
  'zip.method': '{entry} uses compression method {method}; only stored and deflate are read',
  'zip.too-big': 'unpacks to more than {mib} MiB; a bundle is far smaller',
  'zip.no-local-header': '{entry}: its local header is missing; the zip is damaged',
  'zip.entry-cut': '{entry} is cut off; the zip is damaged',
  'zip.inflate': '{entry} cannot be inflated; the zip is damaged',
  'zip.checksum': '{entry} does not match its checksum; the zip is damaged',
  'day2.new-ca-passphrase': 'The new CA key is written encrypted: enter a passphrase for it.',
  'day2.nothing-chosen': 'Nothing is chosen for renewal, so there is nothing to write.',
  'day2.ca-locked':
    'The CA key is still locked: enter its passphrase to unlock it, then try again.',
  'day2.no-ca-key':
    'This bundle was written without its CA key: add the CA key file and unlock it, then try again.',
  'day2.ca-not-cert': 'The CA certificate handed over is not a certificate.',
  'day2.not-in-plan': '{id} is not a certificate of the plan',
  'day2.old-not-cert': 'The old certificate of {id} is not a certificate.',
  'day2.not-a-bundle':
    'These certificates are not a bundle yet: renew them first; the new bundle can then add or remove members and rotate its CA.',
  'day2.rebuild-needs-ca-key':
    'Add the CA key file and unlock it: every certificate is issued again by this CA.',
  'day2.bundle-gone': 'This bundle is no longer held by the app; open it again.',
  'day2.change-gone': 'This change is no longer held by the app; look at it again before writing.',
  'day2.folder-gone': 'Choose the destination folder again.',
  'day2.add-ca-key': 'Add the CA key file to unlock it.',
  // Importing a CA (shared/pki/ca.ts, shared/pki/issue.ts, electron/pki/)
  'what.ca-cert-name': 'CA certificate',
  'what.ca-key-name': 'CA key',
  'ca.no-certificate': '{file}: no certificate found (expected PEM "BEGIN CERTIFICATE" or DER)',
  'ca.key-mismatch':
    '{key} does not belong to {cert} ({subject}); choose the key file that was created with this certificate',
  'ca.not-ca':
    '{cert} ({subject}) is not a CA: it lacks basicConstraints CA:TRUE, so it cannot sign certificates that etcd or openssl accept. Import the CA certificate, not a server or client certificate',
  'ca.no-key-cert-sign':
    '{cert} ({subject}) is a CA whose keyUsage lacks keyCertSign, so nothing it signs will verify',
  'ca.expires-soon':
    'The CA certificate ({subject}) expires {notAfter}, within a day: nothing it signs would last. Create a new CA or import a current one.',
  'ca.passphrase-wrong': '{key}: the passphrase does not decrypt this key; check it and try again',
  'ca.import-gone': 'The imported CA is no longer held by the app; import it again.',
  // Exporting the bundle (electron/export/, electron/main/dialogs.ts)
  'what.ca-passphrase': 'CA key passphrase',
  'what.new-ca-passphrase': 'new CA key passphrase',
  'what.p12-password': 'PKCS#12 password',
  'what.p12-key': 'PKCS#12 key',
  'what.env-secret': '{env} ({what})',
  'secret.required': '{what}: a passphrase is required (there is no default)',
  'secret.too-short': '{what}: the passphrase has {length} characters; use at least {min}',
  'secret.none-typed': '{what}: no passphrase typed',
  'secret.differ': '{what}: the two passphrases differ; type the same twice',
  'secret.ca-export-missing':
    'the CA key is kept encrypted and needs a passphrase: set {env} (at least 12 characters), or pass --export-ca-key none to discard the CA key knowingly (no certificate can be renewed or added with it later); nothing was written',
  'secret.new-ca-missing':
    'the new CA key is written encrypted and needs a passphrase: set {env} (or {fallback}) to at least 12 characters, or type it on a terminal; nothing was written',
  'key.encrypted-give-passphrase': '{file}: the private key is encrypted; give its passphrase',
  'key.passphrase-does-not-open': '{file}: the passphrase does not open this key',
  'key.unreadable': '{file}: not a readable private key ({detail})',
  'key.cannot-encrypt': '{what}: cannot read the key to encrypt it ({detail})',
  'p12.cert-unreadable': 'PKCS#12: a certificate could not be read ({detail})',
  'p12.key-mismatch': 'PKCS#12: the key does not belong to {subject}',
  'p12.the-certificate': 'the certificate',
  'p12.password-needed': '{file}: a PKCS#12 password is needed to write it (there is no default)',
  'p12.password-or-off': 'PKCS#12 files need a password: enter one, or turn PKCS#12 off.',
  'export.session-gone': 'These certificates are no longer held by the app; issue them again.',
  'export.folder-gone': 'Choose the destination folder again.',
  'export.plan-needed': 'Give a plan to preview.',
  'export.folder-gone-short': 'Choose the folder again.',
  'export.leftovers':
    '{parent}: a folder left over from an interrupted export holds private keys and could not be removed: {list}. Remove it by hand, then export again; nothing was written.',
  'export.leftovers-many':
    '{parent}: folders left over from an interrupted export hold private keys and could not be removed: {list}. Remove them by hand, then export again; nothing was written.',
  'export.leftover-item': '{dir} (cannot remove {at}: {reason})',
  'export.cannot-check': '{target}: cannot check it ({detail})',
  'export.not-a-folder': '{target} already exists and is not a folder; choose a new folder name',
  'export.not-empty':
    '{target} is not empty ({entry} exists); choose an empty or new folder, nothing was written',
  'export.cannot-create': '{parent}: cannot create a folder here ({detail})',
  'export.cannot-place': '{target}: could not place the bundle ({detail}); nothing was written',
  'export.write-failed': '{target}: writing the bundle failed ({detail}); nothing was written',
  'export.exists': '{file} already exists; it was not overwritten',
  'export.cannot-write': '{file}: cannot write it ({detail})',
  'export.cannot-open-folder': '{path}: {detail}',
  // Checking a live cluster (electron/probe/)
  'probe.no-certificate':
    '{file} holds no certificate: give the {what} as PEM (like ca.crt or client.crt).',
  'probe.what-ca': 'CA certificate',
  'probe.what-client-cert': 'client certificate',
  'probe.encrypted-key':
    '{file} is an encrypted key; etcdctl and etcd cannot use encrypted keys either. Decrypt it (openssl pkey -in {file} -out client.key) and keep the file at mode 0600.',
  'probe.not-a-key':
    '{file} is not a private key Node can read (PEM or DER, PKCS#8, PKCS#1 or SEC1).',
  'probe.cert-needs-key': 'A client certificate needs its key: give the key of {file} too (--key).',
  'probe.key-needs-cert':
    'A key needs its certificate: give the client certificate of {file} too (--cert).',
  'probe.key-mismatch':
    '{key} is not the key of {cert} ({subject}): give the key that was issued with that certificate.',
  'probe.bundle-unreadable':
    'The exported bundle at {bundle} has no readable client files (clients/<client>/ca.crt, client.crt, client.key): was it moved or deleted? Export it again, or check the cluster from the inspector with your files.',
  'probe.export-gone':
    'This export folder is no longer known to the app: export the bundle again, or check the cluster from the inspector with your files.',
  // Requests that do not match the contract (electron/rpc/dispatch.ts, shared/ipc/)
  'request.unknown-channel': 'unknown channel {channel}',
  'request.invalid': '{channel}: {field}: {problem}',
  'request.argument': 'argument',
  'request.plan-field': '{field}: {problem}',
  'request.file-too-large':
    'file is larger than 5 MiB; certificates, keys and bundles are far smaller',
  'request.inspect-file-too-large':
    'file is larger than 5 MiB; send it without bytes and with its size',
  'request.files-or-folder': 'give files or an export folder, not both',
  'request.plan-or-session': 'give a plan or a sessionId',
  'warn.ed25519':
    'Ed25519 keys: etcd, etcdctl and kube-apiserver (Go) and OpenSSL 3 accept them, but some consumers may not (OpenResty/APISIX builds on older OpenSSL, Java before 15, many HSMs and browsers). Choose ECDSA P-256 unless every client is known to support Ed25519.',
  'warn.rsa-ca-small':
    'The CA key is RSA {bits}: Go 1.24+ (etcd 3.6, kube-apiserver) rejects RSA keys under 1024 bits and most policies under 2048. Create a new CA.',
  'warn.validity-cut': "{cert}: validity cut to the CA's end {end}",
  'warn.generated': '{en}',
};
