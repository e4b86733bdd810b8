/**
 * Selectors over the inspector state shared by its views: the current lint language, the full
 * decoded certificate behind each report (the report leaves the PEM out), and the clock.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { CertificateReport } from '../../../shared/lint/inspect-report';
import { lintMessages, type LintLocale, type LintMessages } from '../../../shared/lint';
import type { DecodedCertificate } from '../../../shared/pki/model';
import { lintLocaleOf } from '../components/finding-list';
import { useAppStore } from '../store';

/** A certificate report with its full decoded certificate. */
export interface CertEntry {
  readonly report: CertificateReport;
  readonly cert: DecodedCertificate;
  /** Short display name: CN, else the subject, else the file. */
  readonly label: string;
}

/** The inspection as the views use it. */
export function useInspection(): {
  entries: readonly CertEntry[];
  /** The entries the certificate filter lets through. */
  visible: readonly CertEntry[];
  byFingerprint: ReadonlyMap<string, CertEntry>;
  now: number;
  locale: LintLocale;
  messages: LintMessages;
} {
  const { i18n } = useTranslation();
  const { analysis, files, now, filter } = useAppStore(
    useShallow((s) => ({
      analysis: s.inspector.analysis,
      files: s.inspector.files,
      now: s.inspector.now,
      filter: s.inspector.certFilter,
    })),
  );
  const locale = lintLocaleOf(i18n.language);
  const entries = useMemo(() => {
    const pems = new Map<string, string>();
    for (const f of files)
      for (const item of f.items)
        if (item.kind === 'certificate') pems.set(item.fingerprintSha256, item.pem);
    return (analysis?.certificates ?? []).map((report): CertEntry => {
      const c = report.certificate;
      return {
        report,
        cert: { ...c, pem: pems.get(c.fingerprintSha256) ?? '' },
        label: c.subject.commonName || c.subject.text || report.file,
      };
    });
  }, [analysis, files]);
  const visible = useMemo(() => {
    const q = filter.trim().toLowerCase();
    if (!q) return entries;
    return entries.filter((e) =>
      [e.label, e.cert.subject.text, e.report.file].some((x) => x.toLowerCase().includes(q)),
    );
  }, [entries, filter]);
  const byFingerprint = useMemo(
    () => new Map(entries.map((e) => [e.cert.fingerprintSha256, e] as const)),
    [entries],
  );
  return {
    entries,
    visible,
    byFingerprint,
    now: now ? Date.parse(now) : 0,
    locale,
    messages: lintMessages(locale),
  };
}
