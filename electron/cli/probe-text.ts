/**
 * The probe report as terminal text, in the CLI's language: per endpoint its verdict, one line
 * per passing check, and for each problem what is wrong, what the tools print (verbatim) and
 * what to do; then the chain the member served.
 */
import { cliText, type CliLanguage, type CliText } from '../../shared/cli/messages';
import type { DecodedCertificate } from '../../shared/pki/model';
import { probeMessages, renderProbeCheck } from '../../shared/probe/messages';
import type { EndpointProbe, ProbeReport } from '../../shared/probe/types';
import { padDisplay } from '../../shared/text/display-width';

const PAD = 7;

function chainLines(chain: readonly DecodedCertificate[], t: CliText): string[] {
  return chain.flatMap((c, i) => {
    const sans = c.sans.map((s) => `${s.type.toUpperCase()}:${s.value}`).join(', ') || t('none');
    const eku = c.extKeyUsage ? c.extKeyUsage.usages.join(', ') : t('anyUsage');
    return [
      `    ${i === 0 ? t('probeLeaf') : `#${i}  `} ${c.subject.text || t('emptySubject')}`,
      `          ${t('probeChainIssuer', { issuer: c.issuer.text, sans, eku })}`,
      `          ${t('probeChainValid', { from: c.notBefore, to: c.notAfter, fingerprint: c.fingerprintSha256 })}`,
    ];
  });
}

/** The lines of one endpoint. */
export function endpointLines(e: EndpointProbe, language: CliLanguage = 'en'): string[] {
  const t = cliText(language);
  const m = probeMessages(language);
  const head =
    e.dialled && e.dialled !== e.url
      ? t('probeDialled', { url: e.url, dialled: e.dialled })
      : e.url;
  const lines = [t('probeEndpoint', { endpoint: head, verdict: m.verdicts[e.verdict] })];
  const indent = ' '.repeat(PAD + 2);
  const seenAs = t('probeSeenAs');
  for (const c of e.checks) {
    const r = renderProbeCheck(c, language);
    lines.push(
      `  ${padDisplay(m.statuses[c.status], PAD)}${t('probeCheck', { label: r.label, title: r.title })}`,
    );
    if (c.status === 'pass') continue;
    lines.push(`${indent}${r.detail}`);
    const goError = c.params.goError;
    if (goError && !(r.seenAs ?? []).some((s) => s.includes(goError)))
      lines.push(`${indent}${t('probeGo', { error: goError })}`);
    for (const [i, s] of (r.seenAs ?? []).entries())
      lines.push(`${indent}${i === 0 ? seenAs : padDisplay('', seenAs)}${s}`);
    if (r.fix) lines.push(`${indent}${t('probeFix', { fix: r.fix })}`);
  }
  if (e.chain && e.chain.length > 0) {
    lines.push(t('probeServedChain'));
    lines.push(...chainLines(e.chain, t));
  }
  return lines;
}

/** The whole report: what was used, each endpoint, a count. */
export function probeText(report: ProbeReport, language: CliLanguage = 'en'): string {
  const t = cliText(language);
  const { material } = report;
  const ca =
    material.caSubjects.length > 0
      ? t('probeCaFile', { subjects: material.caSubjects.join('; ') })
      : t('probeNoCaFile');
  const client = material.client
    ? material.client.from
      ? t('probeClientFrom', { subject: material.client.subject, from: material.client.from })
      : t('probeClient', { subject: material.client.subject })
    : t('probeNoClient');
  const count = (v: EndpointProbe['verdict']) =>
    report.endpoints.filter((e) => e.verdict === v).length;
  return [
    t('probeMaterial', { ca, client }),
    '',
    ...report.endpoints.flatMap((e) => [...endpointLines(e, language), '']),
    t('probeSummary', {
      count: report.endpoints.length,
      ok: count('ok'),
      warn: count('warn'),
      fail: count('fail'),
    }),
  ].join('\n');
}
