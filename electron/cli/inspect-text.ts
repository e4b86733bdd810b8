/**
 * The inspect report as terminal text, in the CLI's language: per file what it holds, per
 * certificate its fields, chain, roles, host checks and findings, then a summary; and the answer
 * to `--expiring-within`. Quoted tool output and field values stay as they are.
 */
import { durationText } from '../../shared/day2/duration';
import { opensslSerial, type CertificateExpiry } from '../../shared/day2/expiry-watch';
import {
  cliText,
  type CliLanguage,
  type CliMessageId,
  type CliText,
} from '../../shared/cli/messages';
import type { CertificateReport, KeyReport } from '../../shared/lint/inspect-report';
import { lintMessages } from '../../shared/lint/rules';
import type { Finding } from '../../shared/lint/types';
import type { KeyInfo } from '../../shared/pki/model';
import { padDisplay } from '../../shared/text/display-width';
import { escapeControls } from '../../shared/text/one-line';
import type { InspectReport } from '../inspect/inspect-service';
import { renderText } from '../../shared/text/render';

const keyText = (k: KeyInfo | undefined, t: CliText): string => {
  if (k === undefined) return t('inspectKeyEncrypted');
  if (k.type === 'rsa') return t('inspectRsaBits', { bits: k.bits ?? '?' });
  if (k.type === 'ec') return `ECDSA ${k.curve ?? '?'}`;
  return k.type === 'ed25519' ? 'Ed25519' : k.type === 'ed448' ? 'Ed448' : t('inspectKeyUnknown');
};

const daysBetween = (from: Date, to: Date): number =>
  Math.floor((to.getTime() - from.getTime()) / 86_400_000);

const leftText = (left: number, t: CliText): string =>
  left >= 0 ? t('inspectDaysLeft', { days: left }) : t('inspectExpiredAgo', { days: -left });

function certLines(c: CertificateReport, now: Date, t: CliText, language: CliLanguage): string[] {
  const x = c.certificate;
  const lines = [t('inspectCertificate', { subject: x.subject.text || t('emptySubject') })];
  const add = (label: CliMessageId, value: string): void => {
    lines.push(`    ${padDisplay(t(label), 11)}${value}`);
  };
  const critical = (yes: boolean) => (yes ? t('critical') : '');
  add('inspectLabelIssuer', issuerText(c, t));
  add('inspectLabelChain', chainText(c, t));
  add('inspectLabelSerial', t('inspectSerial', { serial: x.serialHex, bytes: x.serialLength }));
  add(
    'inspectLabelSans',
    x.sans.map((s) => `${s.type.toUpperCase()}:${s.value}`).join(', ') || t('none'),
  );
  add(
    'inspectLabelKey',
    `${keyText(x.key, t)}${c.keyFiles.length > 0 ? t('inspectPrivateKeyIn', { files: c.keyFiles.join(', ') }) : ''}`,
  );
  add(
    'inspectLabelEku',
    x.extKeyUsage
      ? `${x.extKeyUsage.usages.join(', ')}${critical(x.extKeyUsage.critical)}`
      : t('anyUsage'),
  );
  add(
    'inspectLabelKu',
    x.keyUsage
      ? `${x.keyUsage.usages.join(', ')}${critical(x.keyUsage.critical)}`
      : t('noExtension'),
  );
  if (x.basicConstraints)
    add(
      'inspectLabelCa',
      `${x.basicConstraints.ca ? t('yes') : t('no')}${x.basicConstraints.pathLen !== undefined ? t('inspectPathLen', { pathLen: x.basicConstraints.pathLen }) : ''}`,
    );
  const left = daysBetween(now, new Date(x.notAfter));
  add(
    'inspectLabelValidity',
    t('inspectValidity', { from: x.notBefore, to: x.notAfter, left: leftText(left, t) }),
  );
  add('inspectLabelSignature', x.signatureAlgorithm);
  add('inspectLabelSha256', x.fingerprintSha256);
  // A certificate recognised as not etcd's says what it is instead of etcd verdicts.
  if (c.purpose !== undefined)
    add(
      'inspectLabelRoles',
      t('inspectNotEtcd', { purpose: lintMessages(language).purposes[c.purpose] }),
    );
  else
    add(
      'inspectLabelRoles',
      c.verdicts
        .map((v) => t('inspectRole', { role: v.role, verdict: v.ok ? t('yes') : t('no') }))
        .join(t('listSeparator')) +
        t('inspectCheckedAs', { roles: c.roles.join(t('listSeparator')) }),
    );
  // Only a role it is meant for is a failure; a leaf that is no CA is simply a leaf.
  for (const v of c.verdicts.filter((v) => !v.ok && v.intended))
    lines.push(
      t('inspectNotRole', { role: v.role, text: v.text }) +
        (v.seenAs ? t('inspectSeenAsInline', { seenAs: v.seenAs }) : ''),
    );
  for (const h of c.hostChecks)
    lines.push(
      h.ok
        ? t('inspectHostOk', { host: h.host })
        : t('inspectHostFails', { host: h.host, error: h.error ?? '' }),
    );
  if (c.findings.length === 0) lines.push(t('inspectNoFindings'));
  for (const f of c.findings) {
    const finding = { severity: t(SEVERITY[f.severity]), rule: f.ruleId, title: f.title };
    lines.push(
      f.detail
        ? t('inspectFindingDetail', { ...finding, detail: f.detail })
        : t('inspectFinding', finding),
    );
    lines.push(t('inspectWhy', { text: f.explanation }));
    lines.push(t('inspectSeenAs', { text: f.seenAs }));
    lines.push(t('inspectFix', { text: f.fix }));
  }
  return lines;
}

/** A finding's severity in words (ERROR, WARNING, INFO in English, as scripts grep for them). */
const SEVERITY: Readonly<Record<Finding['severity'], CliMessageId>> = {
  error: 'inspectSeverityError',
  warning: 'inspectSeverityWarning',
  info: 'inspectSeverityInfo',
};

/** Who signed it: found by its key, a same-name CA with another key, or not among the inputs. */
function issuerText(c: CertificateReport, t: CliText): string {
  const name = c.certificate.issuer.text;
  const i = c.issuer;
  if (i.status === 'self-signed') return t('inspectSelfSigned', { name });
  if (i.status === 'found') return t('inspectSignedBy', { name, file: i.file });
  if (i.status === 'wrong')
    return t('inspectWrongIssuer', { name, files: i.candidates.map((x) => x.file).join(', ') });
  return t('inspectMissingIssuer', { name, issuer: i.issuer });
}

/** Go's verdict on the chain to the CAs among the inputs. */
function chainText(c: CertificateReport, t: CliText): string {
  const v = c.chain;
  if (v.status === 'trusted') return t('inspectChainTrusted');
  if (v.status === 'unchecked') return t('inspectChainUnchecked');
  return t('inspectChainRefused', { error: v.error });
}

const keyLine = (k: KeyReport, t: CliText): string => {
  const what = t('inspectKey', {
    format: k.key.encrypted
      ? t('inspectKeyEncryptedFormat', { format: k.key.format })
      : k.key.format,
    key: keyText(k.key.key, t),
  });
  if (k.key.encrypted) return t('inspectKeyLocked', { what });
  if (k.certificates.length === 0) return t('inspectKeyOrphan', { what });
  return t('inspectKeyBelongs', {
    what,
    certificates: k.certificates
      .map((c) => t('inspectKeyOwner', { subject: c.subject, file: c.file }))
      .join(', '),
  });
};

/** The lines that answer `--expiring-within`. */
export function expiringText(
  list: readonly CertificateExpiry[],
  windowMs: number,
  now: Date,
  t: CliText,
  language: CliLanguage,
): string {
  const window = durationText(windowMs, language);
  if (list.length === 0) return t('inspectNothingExpires', { window });
  return [
    t(list.length === 1 ? 'inspectExpiringOne' : 'inspectExpiringMany', {
      window,
      count: list.length,
    }),
    ...list.map((c) =>
      t('inspectExpiringLine', {
        file: c.file,
        subject: c.subject || t('emptySubject'),
        serial: opensslSerial(c.serial),
        date: c.notAfter,
        left: leftText(daysBetween(now, new Date(c.notAfter)), t),
      }),
    ),
  ].join('\n');
}

/** How many items of a kind a file holds, in words. */
const ITEM_TEXT: Readonly<Record<string, readonly [CliMessageId, CliMessageId]>> = {
  certificate: ['inspectItemCertificateOne', 'inspectItemCertificateMany'],
  'private-key': ['inspectItemPrivateKeyOne', 'inspectItemPrivateKeyMany'],
  csr: ['inspectItemCsrOne', 'inspectItemCsrMany'],
  crl: ['inspectItemCrlOne', 'inspectItemCrlMany'],
};

/** Renders the report as text, file by file, in the CLI's language. */
export function formatInspectReport(report: InspectReport, language: CliLanguage = 'en'): string {
  const t = cliText(language);
  const now = new Date(report.now);
  const out: string[] = [];
  for (const f of report.files) {
    if (f.status === 'skipped') {
      out.push(
        t('inspectSkipped', {
          path: f.path,
          reason: f.errors[0] ? renderText(f.errors[0].text, language) : t('inspectNotPki'),
        }),
      );
      continue;
    }
    const counts = new Map<string, number>();
    for (const k of f.items) counts.set(k, (counts.get(k) ?? 0) + 1);
    const holds = [...counts]
      .map(([k, n]) => {
        const ids = ITEM_TEXT[k];
        return ids ? t(ids[n > 1 ? 1 : 0], { count: n }) : `${n} ${k}`;
      })
      .join(', ');
    out.push(`${escapeControls(f.path)}: ${holds || t('inspectNothingUsable')}`);
    for (const e of f.errors)
      out.push(
        t('inspectProblem', {
          code: e.code,
          message: escapeControls(renderText(e.text, language)),
        }),
      );
    for (const c of report.certificates.filter((c) => c.file === f.path))
      out.push(...certLines(c, now, t, language));
    for (const k of report.keys.filter((k) => k.file === f.path)) out.push(keyLine(k, t));
    for (const o of report.others.filter((o) => o.file === f.path))
      out.push(
        o.item.kind === 'csr'
          ? t('inspectCsr', {
              subject: o.item.subject.text,
              sans: o.item.sans.map((s) => s.value).join(', ') || t('none'),
            })
          : t('inspectCrl', {
              issuer: o.item.issuer.text,
              revoked: o.item.revokedCount,
              next: o.item.nextUpdate ?? t('none'),
            }),
      );
  }
  const skipped = report.files.filter((f) => f.status === 'skipped');
  const special = skipped.filter((f) => f.errors[0]?.code === 'input-unsupported').length;
  const notPki = skipped.length - special;
  const why = [
    notPki ? t('inspectSummaryNotPki', { count: notPki }) : '',
    special ? t('inspectSummaryNotRegular', { count: special }) : '',
  ].filter(Boolean);
  const broken = report.files.filter((f) => f.status !== 'skipped' && f.errors.length > 0).length;
  out.push(
    t('inspectSummary', {
      files: report.files.length,
      skipped: skipped.length
        ? t('inspectSummarySkipped', { why: why.join(t('listSeparator')) })
        : '',
      broken: broken ? t('inspectSummaryBroken', { count: broken }) : '',
      certs: report.certificates.length,
      notEtcd: report.notEtcd ? t('inspectSummaryNotEtcd', { count: report.notEtcd }) : '',
      keys: report.keys.length,
      errors: report.lintErrors,
      warnings: report.lintWarnings,
      notes: report.lintNotes ? t('inspectSummaryNotes', { count: report.lintNotes }) : '',
    }),
  );
  return out.join('\n');
}
