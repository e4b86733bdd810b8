/**
 * English texts the CLI prints itself (help, usage errors, progress and summary lines, the
 * inspect and probe reports), keyed by id; `{name}` is filled in by cliText (messages.ts).
 * Commands, flags, variables and file names stay as typed in every language.
 */

/** English (the default). */
export const CLI_MESSAGES_EN = {
  // One entry a line, so that each line is checked against the glossary on its own.
  usage: [
    'Usage:',
    '  etcd-tls-wizard init                          print a commented example plan',
    '  etcd-tls-wizard issue --plan FILE --out DIR   issue everything the plan describes into DIR (must not exist or be empty)',
    '        [--ca-cert FILE --ca-key FILE]          sign with an existing CA (key passphrase in ETW_CA_KEY_PASSPHRASE)',
    '        [--export-ca-key encrypted|none|plain]  ca/ca.key in the bundle; default encrypted (passphrase in ETW_CA_PASSPHRASE',
    '                                                or typed twice on a terminal); none discards the key knowingly',
    '        [--pkcs12] [--pkcs12-legacy]            client.p12 for each client (password in ETW_P12_PASSWORD)',
    '        [--zip]                                 also write DIR.zip',
    '  etcd-tls-wizard inspect PATH... [--json | --format text|json|prometheus] [--expiring-within 30d]',
    '        [--host NAME_OR_IP ...] [--role ROLE] [--kind KIND] [--etcd-auth]',
    '                                                decode and lint files or folders; check hosts against server certificates',
    '                                                (ROLE: ca, etcd-server, etcd-peer, client; KIND: apisix, kube-apiserver, etcdctl, custom);',
    '                                                --expiring-within exits 1 when a certificate ends within the window;',
    '                                                --format prometheus prints node-exporter textfile metrics',
    '  etcd-tls-wizard probe URL... [--cacert FILE] [--cert FILE --key FILE] [--json]',
    '                                                dial running members (client and peer URLs): served chain, host name and',
    "                                                trust by Go's rules, client certificate accepted, HTTP gateway answers",
    'Day 2 (BUNDLE is a folder written by issue; it holds plan.yaml and manifest.json; NEW/DIR must not exist or be empty):',
    '  etcd-tls-wizard renew BUNDLE --out NEW [--only NAME ...] [--expiring-within 30d] [--ca-key FILE]',
    '                                                re-issue leaves from the same CA (NAME: certificate id, member or client);',
    '                                                the rest is copied unchanged; CA key passphrase in ETW_CA_PASSPHRASE',
    '  etcd-tls-wizard add-member BUNDLE --name N --address A [--address B ...] [--client-port P --peer-port P] --out NEW',
    '        [--ca-key FILE]                         certificates for N from the same CA; README: etcdctl member add, copy, start, check',
    '  etcd-tls-wizard remove-member BUNDLE --name N --out NEW',
    '                                                the bundle without N; README: clients first, etcdctl member remove, stop N',
    '  etcd-tls-wizard rotate-ca BUNDLE --out DIR [--ca-common-name NAME]',
    '                                                a new CA and three phase bundles plus RUNBOOK.md; new CA key passphrase in',
    '                                                ETW_NEW_CA_PASSPHRASE (default: ETW_CA_PASSPHRASE) or typed twice',
    '  --ca-key FILE: the CA key when the bundle was issued with --export-ca-key none (passphrase in ETW_CA_KEY_PASSPHRASE)',
    '  etcd-tls-wizard --version',
    'Language (any command): --lang en|zh-CN; without it, the locale: LC_ALL, else LC_MESSAGES, else LANG',
    '  (zh_CN.UTF-8 and other zh* values: zh-CN; C, POSIX, unset and the rest: en). It sets the language of',
    '  these texts and of the README, RUNBOOKs and comments in the bundles issue, renew, add-member,',
    "  remove-member and rotate-ca write, unless the plan sets language: (the plan's language wins).",
    'Exit codes: 0 fine, 1 lint errors found, a certificate expires within --expiring-within or an endpoint has a problem',
    '(probe), 2 bad input (nothing written).',
  ],
  unknownCommand: 'unknown command {command}',
  langUnknown:
    '--lang {value} is not a language the CLI knows: use --lang en or --lang zh-CN (zh, zh_CN and zh-Hans also work), or leave --lang out to follow LC_ALL, LC_MESSAGES or LANG',
  promptCaPassphrase: 'CA key passphrase: ',
  promptNewCaPassphrase: 'new CA key passphrase: ',
  promptCaPassphraseAgain: 'CA key passphrase (again): ',
  promptNewCaPassphraseAgain: 'new CA key passphrase (again): ',
  warning: 'warning: {text}',
  nothingWritten: '{message}; nothing was written',

  issueNeedPlanOut: '--plan FILE and --out DIR are both required',
  issueExportCaKey: '--export-ca-key must be none, encrypted or plain, not {value}',
  issueCaPair: '--ca-cert and --ca-key go together: give both files of the existing CA, or neither',
  issueInitHint: '{message}; write one with: etcd-tls-wizard init > plan.yaml',
  issueSetVariable: '{message} (set {env})',
  issueCaPassphraseNone:
    'the CA key is kept encrypted and needs a passphrase: set {env} (at least 12 characters), or pass --export-ca-key none to discard the CA key knowingly (no certificate can be renewed or added with it later); nothing was written',
  issueWrote: 'Wrote {files} files to {target} ({certs} certificates, CA {ca}).',
  issueWroteZip: 'Wrote {files} files to {target} and {zip} ({certs} certificates, CA {ca}).',
  issueCaNew: 'new',
  issueCaImported: 'imported',
  issueCaDiscarded:
    'The CA key was discarded (--export-ca-key none): this CA cannot sign more certificates; renew and add-member will need a new CA (rotate-ca).',

  day2BundleAndOut:
    'give one bundle folder and --out {out} (a new folder), e.g. BUNDLE --out {out}',
  day2CaKeyUnreadable: '--ca-key {path}: cannot read it ({reason})',
  day2CaKeyMissing:
    '{where}: the bundle has no CA key (it was issued with --export-ca-key none); give the CA key with --ca-key FILE (passphrase in {env}), or move to a new CA with rotate-ca; nothing was written',
  day2PassphraseNeeded:
    '{where} is encrypted: set {env} to its passphrase (or type it on a terminal); nothing was written',
  day2PassphraseWrong:
    '{where}: the passphrase in {env} does not open this key; set {env} to the passphrase the bundle was issued with; nothing was written',
  day2TheCaKey: 'the CA key',
  day2BadPort: '{flag} "{value}" is not a port number (1-65535)',

  renewNothing:
    'Nothing to renew: no chosen certificate expires within {window}. Nothing was written.',
  renewNothingFirst:
    'Nothing to renew: no chosen certificate expires within {window} (the first to expire is {id}, on {date}). Nothing was written.',
  renewP12: '{message}: the bundle has client.p12 files and renewed clients get new ones',
  renewDoneOne:
    'Renewed {count} certificate ({ids}) into {target}; {kept} kept unchanged. Put the new files in place as the README.md section "{section}" of the new bundle says (a temporary name, then a rename; not the first-install lines): etcd reads its certificate and key on each new TLS handshake, so members need no restart; kube-apiserver and APISIX do.',
  renewDoneMany:
    'Renewed {count} certificates ({ids}) into {target}; {kept} kept unchanged. Put the new files in place as the README.md section "{section}" of the new bundle says (a temporary name, then a rename; not the first-install lines): etcd reads its certificate and key on each new TLS handshake, so members need no restart; kube-apiserver and APISIX do.',

  memberNameRequired: "--name N is required: the new member's name",
  memberAddressRequired: '--address A is required: the IP address or DNS name of the new member',
  memberAdded:
    'Wrote {target} with member {name}. Follow "Add member {name}" in its README.md, in order: etcdctl member add, copy, start, check.',
  memberRemoveNameRequired: '--name N is required: the member to remove',
  memberRemoved:
    'Wrote {target} without member {name}. Follow "Remove member {name}" in its README.md, in order: clients first, then etcdctl member remove, then stop {name}.',

  rotateP12: '{message}: the bundle has client.p12 files, and each phase needs new ones',
  rotatePassphraseNone:
    'the new CA key is written encrypted and needs a passphrase: set {env} (or {fallback}) to at least 12 characters, or type it on a terminal; nothing was written',
  rotateNewCa: 'New CA {subject} (SHA-256 {fingerprint}).',
  rotateWrote: 'Wrote {target}: {folders} and RUNBOOK.md.',
  rotatePhases:
    'Do the phases in order, one machine at a time, and run each phase’s check first: RUNBOOK.md says how.',

  probeNeedUrl:
    'give at least one URL, e.g. etcd-tls-wizard probe https://10.0.0.1:2379 --cacert ca.crt --cert client.crt --key client.key',
  probeTooLarge:
    '{what} {path} is {size} bytes; certificates and keys are a few KB: give the PEM file itself',
  probeUnreadable: 'cannot read the {what} {path}: {reason}',
  probeCaFileWhat: 'CA file',
  probeCertWhat: 'client certificate',
  probeKeyWhat: 'client key',
  probeDialled: '{url} (dialled as {dialled})',
  probeEndpoint: '{endpoint}: {verdict}',
  probeCheck: '{label}: {title}',
  probeMaterial: '{ca}; {client}',
  probeGo: 'Go: {error}',
  probeSeenAs: 'seen as: ',
  probeFix: 'fix: {fix}',
  probeServedChain: '  served chain:',
  probeLeaf: 'leaf',
  probeChainIssuer: 'issuer {issuer}; SANs {sans}; EKU {eku}',
  probeChainValid: 'valid {from} to {to}; SHA-256 {fingerprint}',
  probeCaFile: 'CA file: {subjects}',
  probeNoCaFile: 'no CA file: trust is not checked',
  probeClient: 'client certificate: {subject}',
  probeClientFrom: 'client certificate: {subject} ({from})',
  probeNoClient: 'no client certificate',
  probeSummary:
    '{count} endpoint(s) checked: {ok} working, {warn} with warnings, {fail} with problems',

  listSeparator: ', ',
  none: '(none)',
  emptySubject: '(empty subject)',
  anyUsage: '(no extension: any usage)',
  noExtension: '(no extension)',
  critical: ' (critical)',
  yes: 'yes',
  no: 'no',

  inspectNeedPath: 'give at least one file or folder, e.g. inspect ./pki',
  inspectOneOf: '{flag} must be one of {values}',
  inspectKeyUnknown: 'unknown',
  inspectKeyEncrypted: 'unknown (encrypted)',
  inspectRsaBits: 'RSA {bits} bits',
  inspectCertificate: '  certificate {subject}',
  inspectLabelIssuer: 'issuer:',
  inspectLabelChain: 'chain:',
  inspectLabelSerial: 'serial:',
  inspectLabelSans: 'SANs:',
  inspectLabelKey: 'key:',
  inspectLabelEku: 'EKU:',
  inspectLabelKu: 'KU:',
  inspectLabelCa: 'CA:',
  inspectLabelValidity: 'validity:',
  inspectLabelSignature: 'signature:',
  inspectLabelSha256: 'sha256:',
  inspectLabelRoles: 'roles:',
  inspectValidity: '{from} .. {to} ({left})',
  inspectKeyOwner: '{subject} ({file})',
  inspectSerial: '{serial} ({bytes} bytes)',
  inspectPrivateKeyIn: '; private key in {files}',
  inspectPathLen: ', pathlen {pathLen}',
  inspectDaysLeft: '{days} days left',
  inspectExpiredAgo: 'expired {days} days ago',
  inspectRole: '{role} {verdict}',
  inspectNotEtcd: '{purpose} (no etcd role checked; --role judges it as one)',
  inspectCheckedAs: ' (checked as {roles})',
  inspectNotRole: '      not {role}: {text}',
  inspectSeenAsInline: ' Seen as: {seenAs}',
  inspectHostOk: '    host {host}: ok',
  inspectHostFails: '    host {host}: FAILS: {error}',
  inspectNoFindings: '    findings:  none',
  inspectSeverityError: 'ERROR',
  inspectSeverityWarning: 'WARNING',
  inspectSeverityInfo: 'INFO',
  inspectFinding: '    {severity} [{rule}] {title}',
  inspectFindingDetail: '    {severity} [{rule}] {title}: {detail}',
  inspectWhy: '      why:     {text}',
  inspectSeenAs: '      seen as: {text}',
  inspectFix: '      fix:     {text}',
  inspectSelfSigned: '{name} (self-signed)',
  inspectSignedBy: '{name} (signed by {file})',
  inspectWrongIssuer: '{name} (NOT signed by {files}: same name, another key; a CA made again?)',
  inspectMissingIssuer:
    '{name} (NOT among the inputs: add the CA certificate "{issuer}" to check the chain)',
  inspectChainTrusted: 'trusted by the CAs among the inputs (as Go verifies)',
  inspectChainUnchecked: 'cannot be checked: no CA among the inputs issued it',
  inspectChainRefused: 'Go refuses it: {error}',
  inspectKey: '  private key ({format}) {key}',
  inspectKeyEncryptedFormat: '{format}, encrypted',
  inspectKeyLocked: '{what}; cannot be matched to a certificate while encrypted',
  inspectKeyOrphan: '{what}; matches no certificate among the inputs',
  inspectKeyBelongs: '{what}; belongs to {certificates}',
  inspectNothingExpires: 'Nothing expires within {window}.',
  inspectExpiringOne: 'Expiring within {window}: {count} certificate',
  inspectExpiringMany: 'Expiring within {window}: {count} certificates',
  inspectExpiringLine: '  {file}: {subject} serial {serial} ends {date} ({left})',
  inspectSkipped: '{path}: skipped ({reason})',
  inspectNotPki: 'not PKI',
  inspectNothingUsable: 'nothing usable',
  // The kinds as the JSON report names them (private-key, csr, crl), as before.
  inspectItemCertificateOne: '{count} certificate',
  inspectItemCertificateMany: '{count} certificates',
  inspectItemPrivateKeyOne: '{count} private-key',
  inspectItemPrivateKeyMany: '{count} private-keys',
  inspectItemCsrOne: '{count} csr',
  inspectItemCsrMany: '{count} csrs',
  inspectItemCrlOne: '{count} crl',
  inspectItemCrlMany: '{count} crls',
  inspectProblem: '  problem ({code}): {message}',
  inspectCsr: '  certificate request {subject}; SANs {sans}',
  inspectCrl: '  CRL from {issuer}; {revoked} revoked; next update {next}',
  inspectSummary:
    'Summary: {files} files{skipped}{broken}, {certs} certificates{notEtcd}, {keys} keys; {errors} errors, {warnings} warnings{notes}.',
  inspectSummarySkipped: ' (skipped: {why})',
  inspectSummaryNotPki: '{count} not PKI',
  inspectSummaryNotRegular: '{count} not regular files',
  inspectSummaryBroken: ', {count} unreadable or broken',
  inspectSummaryNotEtcd: ' ({count} not used by etcd)',
  inspectSummaryNotes: ', {count} chains not checked (CA missing)',
} as const;

/** The ids of the CLI's one-line texts (usage is a list of lines). */
export type CliMessageId = Exclude<keyof typeof CLI_MESSAGES_EN, 'usage'>;

/** A catalogue: the help's lines and every text by id. */
export type CliMessages = { readonly usage: readonly string[] } & {
  readonly [K in CliMessageId]: string;
};
