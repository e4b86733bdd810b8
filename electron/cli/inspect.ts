/**
 * `inspect PATH… [--json] [--host H]…`: decodes and lints certificates, keys, CSRs and bundles
 * and explains, per finding, what etcd, etcdctl, Go or APISIX will print. Human text by default,
 * a stable JSON document (schema `etcd-tls-wizard/inspect@1`) with --json.
 */
import { inspectExitCode, inspectPaths, type InspectOptions } from '../inspect/inspect-service';
import type { Role } from '../../shared/pki/model';
import type { ClientKind } from '../../shared/plan/schema';
import { parseDuration } from '../../shared/day2/duration';
import { expiringWithin, opensslSerial, prometheusTextfile } from '../../shared/day2/expiry-watch';
import type { AppError } from '../../shared/result';
import { escapeControls } from '../../shared/text/one-line';
import { isAppText } from '../../shared/text/text';
import { expiringText, formatInspectReport } from './inspect-text';
import { EXIT, textOf, type CliIo } from './io';
import { appText } from './app-text';

export { formatInspectReport } from './inspect-text';

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

/**
 * The JSON document keeps its schema: an error is `{code, message, path}`, its text rendered in
 * the CLI's language (the window gets the id and parameters instead).
 */
const errorsWithMessages =
  (io: CliIo) =>
  (_key: string, v: unknown): unknown => {
    if (v === null || typeof v !== 'object' || !('code' in v)) return v;
    const e = v as Partial<AppError>;
    if (!isAppText(e.text)) return v;
    return {
      code: e.code,
      message: appText(io, e.text),
      ...(e.path !== undefined ? { path: e.path } : {}),
    };
  };

/** `inspect PATH… [--json] [--host …]`. */
export async function runInspect(
  paths: readonly string[],
  opts: InspectCliOptions,
  io: CliIo,
): Promise<number> {
  const t = textOf(io);
  if (paths.length === 0) {
    io.err(`etcd-tls-wizard inspect: ${t('inspectNeedPath')}`);
    return EXIT.badInput;
  }
  if (opts.role !== undefined && !ROLES.includes(opts.role)) {
    io.err(
      `etcd-tls-wizard inspect: ${t('inspectOneOf', { flag: '--role', values: ROLES.join(', ') })}`,
    );
    return EXIT.badInput;
  }
  if (opts.kind !== undefined && !KINDS.includes(opts.kind)) {
    io.err(
      `etcd-tls-wizard inspect: ${t('inspectOneOf', { flag: '--kind', values: KINDS.join(', ') })}`,
    );
    return EXIT.badInput;
  }
  const format = opts.format ?? (opts.json ? 'json' : 'text');
  if (!FORMATS.includes(format)) {
    io.err(
      `etcd-tls-wizard inspect: ${t('inspectOneOf', { flag: '--format', values: FORMATS.join(', ') })}`,
    );
    return EXIT.badInput;
  }
  let windowMs: number | undefined;
  if (opts.expiringWithin !== undefined) {
    const d = parseDuration(opts.expiringWithin, '--expiring-within');
    if (!d.ok) {
      io.err(`etcd-tls-wizard inspect: ${appText(io, d.error.text)}`);
      return EXIT.badInput;
    }
    windowMs = d.value;
  }
  const options: InspectOptions = {
    hosts: opts.hosts,
    // Findings in the CLI's language on a terminal; JSON and metrics stay English for scripts.
    ...(io.language && format === 'text' ? { locale: io.language } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.role ? { role: opts.role } : {}),
    ...(opts.kind ? { kind: opts.kind } : {}),
    ...(opts.etcdAuth !== undefined ? { etcdAuth: opts.etcdAuth } : {}),
    // A command line run has nothing to do while a file is read.
    syncReads: true,
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
    io.err(`etcd-tls-wizard inspect: ${escapeControls(appText(io, e.text))}`);
  const window =
    windowMs === undefined
      ? {}
      : {
          expiringWithin: {
            seconds: windowMs / 1000,
            certificates: expiring.map((c) => ({ ...c, serial: opensslSerial(c.serial) })),
          },
        };
  if (format === 'json') {
    // Errors live only in `files` and `inputErrors`: those go through the replacer, the
    // certificates (megabytes for a large bundle) are written without a call per value.
    const rendered = <T>(part: T): T => JSON.parse(JSON.stringify(part, errorsWithMessages(io)));
    const doc = {
      ...report,
      files: rendered(report.files),
      inputErrors: rendered(report.inputErrors),
      ...window,
      exitCode: code,
    };
    io.out(JSON.stringify(doc, null, 2));
  } else if (format === 'prometheus') io.out(prometheusTextfile(expiries, now));
  else {
    if (report.files.length > 0) io.out(formatInspectReport(report, io.language));
    if (windowMs !== undefined)
      io.out(expiringText(expiring, windowMs, now, t, io.language ?? 'en'));
  }
  return code;
}
