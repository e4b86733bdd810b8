/**
 * `inspect PATH… [--json] [--host H]…`: decodes and lints certificates, keys, CSRs and bundles
 * and explains, per finding, what etcd, etcdctl, Go or APISIX will print. Human text by default,
 * a stable JSON document (schema `etcd-tls-wizard/inspect@1`) with --json.
 */
import {
  inspectExitCode,
  inspectPaths,
  type InspectOptions,
  type InspectReport,
} from '../inspect/inspect-service';
import type { CertificateReport, KeyReport } from '../../shared/lint/inspect-report';
import type { KeyInfo, Role } from '../../shared/pki/model';
import type { ClientKind } from '../../shared/plan/schema';
import { durationText, parseDuration } from '../../shared/day2/duration';
import {
  expiringWithin,
  opensslSerial,
  prometheusTextfile,
  type CertificateExpiry,
} from '../../shared/day2/expiry-watch';
import { escapeControls } from '../../shared/text/one-line';
import { EXIT, type CliIo } from './io';

/** Options of the inspect command as parsed by the dispatcher. */
export interface InspectCliOptions {
  readonly json: boolean;
  /** `text` (default), `json` (same as --json) or `prometheus` (node-exporter textfile). */
  readonly format?: string;
  /** Exit 1 when a certificate expires within this duration (`30d`). */
  readonly expiringWithin?: string;
  readonly hosts: readonly string[];
  readonly role?: Role;
  readonly kind?: ClientKind;
  readonly etcdAuth?: boolean;
  /** For tests: the clock. */
  readonly now?: Date;
}

const FORMATS: readonly string[] = ['text', 'json', 'prometheus'];
const ROLES: readonly Role[] = ['ca', 'etcd-server', 'etcd-peer', 'client'];
const KINDS: readonly ClientKind[] = ['kube-apiserver', 'apisix', 'etcdctl', 'custom'];

const keyText = (k: KeyInfo | undefined): string => {
  if (k === undefined) return 'unknown (encrypted)';
  if (k.type === 'rsa') return `RSA ${k.bits ?? '?'} bits`;
  if (k.type === 'ec') return `ECDSA ${k.curve ?? '?'}`;
  return k.type === 'ed25519' ? 'Ed25519' : k.type === 'ed448' ? 'Ed448' : 'unknown';
};

const daysBetween = (from: Date, to: Date): number =>
  Math.floor((to.getTime() - from.getTime()) / 86_400_000);

function certLines(c: CertificateReport, now: Date): string[] {
  const x = c.certificate;
  const lines = [`  certificate ${x.subject.text || '(empty subject)'}`];
  const add = (label: string, value: string): void => {
    lines.push(`    ${`${label}:`.padEnd(11)}${value}`);
  };
  add('issuer', issuerText(c));
  add('chain', chainText(c));
  add('serial', `${x.serialHex} (${x.serialLength} bytes)`);
  add('SANs', x.sans.map((s) => `${s.type.toUpperCase()}:${s.value}`).join(', ') || '(none)');
  add(
    'key',
    `${keyText(x.key)}${c.keyFiles.length > 0 ? `; private key in ${c.keyFiles.join(', ')}` : ''}`,
  );
  add(
    'EKU',
    x.extKeyUsage
      ? `${x.extKeyUsage.usages.join(', ')}${x.extKeyUsage.critical ? ' (critical)' : ''}`
      : '(no extension: any usage)',
  );
  add(
    'KU',
    x.keyUsage
      ? `${x.keyUsage.usages.join(', ')}${x.keyUsage.critical ? ' (critical)' : ''}`
      : '(no extension)',
  );
  if (x.basicConstraints)
    add(
      'CA',
      `${x.basicConstraints.ca ? 'yes' : 'no'}${x.basicConstraints.pathLen !== undefined ? `, pathlen ${x.basicConstraints.pathLen}` : ''}`,
    );
  const left = daysBetween(now, new Date(x.notAfter));
  add(
    'validity',
    `${x.notBefore} .. ${x.notAfter} (${left >= 0 ? `${left} days left` : `expired ${-left} days ago`})`,
  );
  add('signature', x.signatureAlgorithm);
  add('sha256', x.fingerprintSha256);
  add(
    'roles',
    c.verdicts.map((v) => `${v.role} ${v.ok ? 'yes' : 'no'}`).join(', ') +
      ` (checked as ${c.roles.join(', ')})`,
  );
  // Only a role it is meant for is a failure; a leaf that is no CA is simply a leaf.
  for (const v of c.verdicts.filter((v) => !v.ok && v.intended))
    lines.push(`      not ${v.role}: ${v.text}${v.seenAs ? ` Seen as: ${v.seenAs}` : ''}`);
  for (const h of c.hostChecks)
    lines.push(`    host ${h.host}: ${h.ok ? 'ok' : `FAILS: ${h.error}`}`);
  if (c.findings.length === 0) lines.push('    findings:  none');
  for (const f of c.findings) {
    lines.push(
      `    ${f.severity.toUpperCase()} [${f.ruleId}] ${f.title}${f.detail ? `: ${f.detail}` : ''}`,
    );
    lines.push(`      why:     ${f.explanation}`);
    lines.push(`      seen as: ${f.seenAs}`);
    lines.push(`      fix:     ${f.fix}`);
  }
  return lines;
}

/** Who signed it: found by its key, a same-name CA with another key, or not among the inputs. */
function issuerText(c: CertificateReport): string {
  const name = c.certificate.issuer.text;
  const i = c.issuer;
  if (i.status === 'self-signed') return `${name} (self-signed)`;
  if (i.status === 'found') return `${name} (signed by ${i.file})`;
  if (i.status === 'wrong')
    return `${name} (NOT signed by ${i.candidates.map((x) => x.file).join(', ')}: same name, another key; a CA made again?)`;
  return `${name} (NOT among the inputs: add the CA certificate "${i.issuer}" to check the chain)`;
}

/** Go's verdict on the chain to the CAs among the inputs. */
function chainText(c: CertificateReport): string {
  const v = c.chain;
  if (v.status === 'trusted') return 'trusted by the CAs among the inputs (as Go verifies)';
  if (v.status === 'unchecked') return 'cannot be checked: no CA among the inputs issued it';
  return `Go refuses it: ${v.error}`;
}

const keyLine = (k: KeyReport): string => {
  const what = `  private key (${k.key.format}${k.key.encrypted ? ', encrypted' : ''}) ${keyText(k.key.key)}`;
  if (k.key.encrypted) return `${what}; cannot be matched to a certificate while encrypted`;
  if (k.certificates.length === 0) return `${what}; matches no certificate among the inputs`;
  return `${what}; belongs to ${k.certificates.map((c) => `${c.subject} (${c.file})`).join(', ')}`;
};

/** The lines that answer `--expiring-within`. */
function expiringText(list: readonly CertificateExpiry[], windowMs: number, now: Date): string {
  if (list.length === 0) return `Nothing expires within ${durationText(windowMs)}.`;
  return [
    `Expiring within ${durationText(windowMs)}: ${list.length} certificate${list.length === 1 ? '' : 's'}`,
    ...list.map((c) => {
      const left = daysBetween(now, new Date(c.notAfter));
      return `  ${c.file}: ${c.subject || '(empty subject)'} serial ${opensslSerial(c.serial)} ends ${c.notAfter} (${left >= 0 ? `${left} days left` : `expired ${-left} days ago`})`;
    }),
  ].join('\n');
}

/** Renders the report as text, file by file. */
export function formatInspectReport(report: InspectReport): string {
  const now = new Date(report.now);
  const out: string[] = [];
  for (const f of report.files) {
    if (f.status === 'skipped') {
      out.push(`${f.path}: skipped (${f.errors[0]?.message ?? 'not PKI'})`);
      continue;
    }
    const counts = new Map<string, number>();
    for (const k of f.items) counts.set(k, (counts.get(k) ?? 0) + 1);
    const holds = [...counts].map(([k, n]) => `${n} ${k}${n > 1 ? 's' : ''}`).join(', ');
    out.push(`${escapeControls(f.path)}: ${holds || 'nothing usable'}`);
    for (const e of f.errors) out.push(`  problem (${e.code}): ${escapeControls(e.message)}`);
    for (const c of report.certificates.filter((c) => c.file === f.path))
      out.push(...certLines(c, now));
    for (const k of report.keys.filter((k) => k.file === f.path)) out.push(keyLine(k));
    for (const o of report.others.filter((o) => o.file === f.path))
      out.push(
        o.item.kind === 'csr'
          ? `  certificate request ${o.item.subject.text}; SANs ${o.item.sans.map((s) => s.value).join(', ') || '(none)'}`
          : `  CRL from ${o.item.issuer.text}; ${o.item.revokedCount} revoked; next update ${o.item.nextUpdate ?? '(none)'}`,
      );
  }
  const skipped = report.files.filter((f) => f.status === 'skipped');
  const special = skipped.filter((f) => f.errors[0]?.code === 'input-unsupported').length;
  const notPki = skipped.length - special;
  const why = [
    notPki ? `${notPki} not PKI` : '',
    special ? `${special} not regular files` : '',
  ].filter(Boolean);
  const broken = report.files.filter((f) => f.status !== 'skipped' && f.errors.length > 0).length;
  out.push(
    `Summary: ${report.files.length} files${skipped.length ? ` (skipped: ${why.join(', ')})` : ''}${broken ? `, ${broken} unreadable or broken` : ''}, ${report.certificates.length} certificates, ${report.keys.length} keys; ${report.lintErrors} errors, ${report.lintWarnings} warnings${report.lintNotes ? `, ${report.lintNotes} chains not checked (CA missing)` : ''}.`,
  );
  return out.join('\n');
}

/** `inspect PATH… [--json] [--host …]`. */
export async function runInspect(
  paths: readonly string[],
  opts: InspectCliOptions,
  io: CliIo,
): Promise<number> {
  if (paths.length === 0) {
    io.err('etcd-tls-wizard inspect: give at least one file or folder, e.g. inspect ./pki');
    return EXIT.badInput;
  }
  if (opts.role !== undefined && !ROLES.includes(opts.role)) {
    io.err(`etcd-tls-wizard inspect: --role must be one of ${ROLES.join(', ')}`);
    return EXIT.badInput;
  }
  if (opts.kind !== undefined && !KINDS.includes(opts.kind)) {
    io.err(`etcd-tls-wizard inspect: --kind must be one of ${KINDS.join(', ')}`);
    return EXIT.badInput;
  }
  const format = opts.format ?? (opts.json ? 'json' : 'text');
  if (!FORMATS.includes(format)) {
    io.err(`etcd-tls-wizard inspect: --format must be one of ${FORMATS.join(', ')}`);
    return EXIT.badInput;
  }
  let windowMs: number | undefined;
  if (opts.expiringWithin !== undefined) {
    const d = parseDuration(opts.expiringWithin, '--expiring-within');
    if (!d.ok) {
      io.err(`etcd-tls-wizard inspect: ${d.error.message}`);
      return EXIT.badInput;
    }
    windowMs = d.value;
  }
  const options: InspectOptions = {
    hosts: opts.hosts,
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.role ? { role: opts.role } : {}),
    ...(opts.kind ? { kind: opts.kind } : {}),
    ...(opts.etcdAuth !== undefined ? { etcdAuth: opts.etcdAuth } : {}),
  };
  const report = await inspectPaths(paths, options);
  const now = new Date(report.now);
  const expiries = report.certificates.map((c) => ({
    file: c.file,
    subject: c.certificate.subject.text,
    serial: c.certificate.serialHex,
    notAfter: c.certificate.notAfter,
  }));
  const expiring = windowMs === undefined ? [] : expiringWithin(expiries, now, windowMs);
  const lintCode = inspectExitCode(report);
  // For cron and CI: a certificate that ends within the window fails the run like a lint error.
  const code =
    lintCode === EXIT.badInput ? lintCode : expiring.length > 0 ? EXIT.lintErrors : lintCode;
  // Unreadable paths: one clear line each on stderr, in every format.
  for (const e of report.inputErrors)
    io.err(`etcd-tls-wizard inspect: ${escapeControls(e.message)}`);
  const window =
    windowMs === undefined
      ? {}
      : {
          expiringWithin: {
            seconds: windowMs / 1000,
            certificates: expiring.map((c) => ({ ...c, serial: opensslSerial(c.serial) })),
          },
        };
  if (format === 'json') io.out(JSON.stringify({ ...report, ...window, exitCode: code }, null, 2));
  else if (format === 'prometheus') io.out(prometheusTextfile(expiries, now));
  else {
    if (report.files.length > 0) io.out(formatInspectReport(report));
    if (windowMs !== undefined) io.out(expiringText(expiring, windowMs, now));
  }
  return code;
}
