/**
 * The generated text files of a bundle, for the review step's previews: from an issued session
 * (the real fingerprints and dates, exactly what export writes) or from a plan alone (placeholders).
 * No PEM and no key ever goes into a preview.
 */
import type { PreviewFilesResult } from '../../shared/ipc/channels-export';
import { exampleBundleInput, generateBundleFiles, type CaExport } from '../../shared/generate';
import type { Plan } from '../../shared/plan/schema';
import { APP_VERSION } from '../node/app-version';
import type { PkiSession } from '../pki/pki-session';
import { generatorInput } from './bundle-input';

/** Options that change the generated text (the README mentions the CA key and .p12 files). */
export interface PreviewOptions {
  readonly caKey: CaExport;
  readonly pkcs12: boolean;
  readonly now: Date;
  /** The bundle's language, when it is not the plan's. */
  readonly language?: Plan['language'];
}

const inLanguage = (plan: Plan, language?: Plan['language']): Plan =>
  language ? { ...plan, language } : plan;

/** Previews from a plan before issuance. */
export function previewFromPlan(original: Plan, o: PreviewOptions): PreviewFilesResult {
  const plan = inLanguage(original, o.language);
  const input = exampleBundleInput(plan, o.now, { pkcs12: o.pkcs12 });
  const g = generateBundleFiles({
    ...input,
    toolVersion: APP_VERSION,
    ca: { ...input.ca, exported: o.caKey },
  });
  return { source: 'example', files: g.files, warnings: g.warnings };
}

/** Previews from an issued session: the same generator input export uses, so preview = file. */
export function previewFromSession(pki: PkiSession, o: PreviewOptions): PreviewFilesResult {
  const plan = inLanguage(pki.plan, o.language);
  const g = generateBundleFiles(generatorInput(plan, pki.issued, o));
  return { source: 'issued', files: g.files, warnings: g.warnings };
}
