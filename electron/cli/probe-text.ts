/**
 * The probe report as terminal text, in English: per endpoint its verdict, one line per passing
 * check, and for each problem what is wrong, what the tools print and what to do; then the
 * chain the member served.
 */
import type { DecodedCertificate } from '../../shared/pki/model';
import { probeMessages, renderProbeCheck } from '../../shared/probe/messages';
import type { EndpointProbe, ProbeReport } from '../../shared/probe/types';

const PAD = 7;

function chainLines(chain: readonly DecodedCertificate[]): string[] {
  return chain.flatMap((c, i) => {
    const sans = c.sans.map((s) => `${s.type.toUpperCase()}:${s.value}`).join(', ') || '(none)';
    const eku = c.extKeyUsage ? c.extKeyUsage.usages.join(', ') : '(no extension: any usage)';
    return [
      `    ${i === 0 ? 'leaf' : `#${i}  `} ${c.subject.text || '(empty subject)'}`,
      `          issuer ${c.issuer.text}; SANs ${sans}; EKU ${eku}`,
      `          valid ${c.notBefore} to ${c.notAfter}; SHA-256 ${c.fingerprintSha256}`,
    ];
  });
}

/** The lines of one endpoint. */
export function endpointLines(e: EndpointProbe): string[] {
  const m = probeMessages('en');
  const head = e.dialled && e.dialled !== e.url ? `${e.url} (dialled as ${e.dialled})` : e.url;
  const lines = [`${head}: ${m.verdicts[e.verdict]}`];
  for (const c of e.checks) {
    const t = renderProbeCheck(c, 'en');
    const status = m.statuses[c.status].padEnd(PAD);
    const indent = ' '.repeat(PAD + 2);
    if (c.status === 'pass') {
      lines.push(`  ${status}${t.label}: ${t.title}`);
      continue;
    }
    lines.push(`  ${status}${t.label}: ${t.title}`);
    lines.push(`${indent}${t.detail}`);
    const goError = c.params.goError;
    if (goError && !(t.seenAs ?? []).some((s) => s.includes(goError)))
      lines.push(`${indent}Go: ${goError}`);
    for (const [i, s] of (t.seenAs ?? []).entries())
      lines.push(`${indent}${i === 0 ? 'seen as: ' : '         '}${s}`);
    if (t.fix) lines.push(`${indent}fix: ${t.fix}`);
  }
  if (e.chain && e.chain.length > 0) {
    lines.push('  served chain:');
    lines.push(...chainLines(e.chain));
  }
  return lines;
}

/** The whole report: what was used, each endpoint, a count. */
export function probeText(report: ProbeReport): string {
  const { material } = report;
  const ca =
    material.caSubjects.length > 0
      ? `CA file: ${material.caSubjects.join('; ')}`
      : 'no CA file: trust is not checked';
  const client = material.client
    ? `client certificate: ${material.client.subject}${material.client.from ? ` (${material.client.from})` : ''}`
    : 'no client certificate';
  const count = (v: EndpointProbe['verdict']) =>
    report.endpoints.filter((e) => e.verdict === v).length;
  return [
    `${ca}; ${client}`,
    '',
    ...report.endpoints.flatMap((e) => [...endpointLines(e), '']),
    `${report.endpoints.length} endpoint(s) checked: ${count('ok')} working, ${count('warn')} with warnings, ${count('fail')} with problems`,
  ].join('\n');
}
