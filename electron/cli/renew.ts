/**
 * `renew BUNDLE --out NEW [--only NAME...] [--expiring-within 30d] [--ca-key FILE]`: the same CA
 * re-issues the chosen leaves; NEW is a whole bundle (what is not renewed is copied unchanged).
 */
import { durationText, parseDuration } from '../../shared/day2/duration';
import { selectForRenewal } from '../../shared/day2/renew-selection';
import { SWAP_TITLE } from '../../shared/generate/readme-swap';
import { checkPassphrase } from '../export/key-encryption';
import { renewBundle } from '../day2/renew';
import { EXIT, type CliIo } from './io';
import { bundleAndTarget, openBundle, openCa, refuser } from './day2-common';
import { SECRET_ENV, p12EnvName } from './secrets';
import { appText } from './app-text';

/** Options of renew as parsed by the dispatcher. */
export interface RenewOptions {
  readonly out?: string;
  readonly only?: readonly string[];
  readonly expiringWithin?: string;
  readonly caKey?: string;
}

/** Runs `renew`. */
export async function runRenew(
  positionals: readonly string[],
  o: RenewOptions,
  io: CliIo,
): Promise<number> {
  const refuse = refuser(io, 'renew');
  const { t } = refuse;
  let within: number | undefined;
  if (o.expiringWithin !== undefined) {
    const d = parseDuration(o.expiringWithin, '--expiring-within');
    if (!d.ok) return refuse(appText(io, d.error.text));
    within = d.value;
  }
  const args = await bundleAndTarget(positionals, o.out, refuse);
  if (typeof args === 'number') return args;
  const source = await openBundle(io, args.bundle, refuse);
  if (typeof source === 'number') return source;
  const now = new Date();
  const ids = selectForRenewal(
    source.manifest,
    {
      ...(o.only && o.only.length > 0 ? { only: o.only } : {}),
      ...(within !== undefined ? { expiringWithinMs: within } : {}),
      now,
    },
    `${source.dir}/manifest.json`,
  );
  if (!ids.ok) return refuse(appText(io, ids.error.text));
  if (ids.value.length === 0) {
    const first = [...source.manifest.certificates].sort(
      (a, b) => Date.parse(a.notAfter) - Date.parse(b.notAfter),
    )[0];
    const window = durationText(within ?? 0, io.language);
    io.out(
      first
        ? t('renewNothingFirst', { window, id: first.id, date: first.notAfter })
        : t('renewNothing', { window }),
    );
    return EXIT.ok;
  }
  let p12Password: string | undefined;
  const renewsClient = source.manifest.certificates.some(
    (c) => c.files.p12 !== undefined && ids.value.includes(c.id),
  );
  if (renewsClient) {
    const p = checkPassphrase(io.env[SECRET_ENV.p12], p12EnvName);
    if (!p.ok) return refuse(t('renewP12', { message: appText(io, p.error.text) }));
    p12Password = p.value;
  }
  const ca = await openCa(io, source, o.caKey, refuse);
  if (typeof ca === 'number') return ca;
  const r = await renewBundle({
    source,
    ca,
    ids: ids.value,
    target: args.out,
    ...(p12Password !== undefined ? { p12Password } : {}),
    now,
  });
  if (!r.ok) return refuse(appText(io, r.error.text));
  for (const w of r.value.warnings) io.err(t('warning', { text: appText(io, w) }));
  io.out(
    t(r.value.renewed.length === 1 ? 'renewDoneOne' : 'renewDoneMany', {
      count: r.value.renewed.length,
      ids: r.value.renewed.join(', '),
      target: r.value.target,
      kept: r.value.kept.length,
      // The section as the new bundle's README names it, in the bundle's language.
      section: source.plan.language === 'zh-CN' ? SWAP_TITLE.zh : SWAP_TITLE.en,
    }),
  );
  return EXIT.ok;
}
