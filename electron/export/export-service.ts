/**
 * Export: turns an issued PKI into the bundle on disk — generated configs, PEMs at the layout's
 * paths, the CA key as chosen, PKCS#12 files and an optional zip — as a whole or not at all.
 * The GUI handler, the browser host and the CLI all call this one function.
 */
import { rm } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  bundleLayout,
  generateBundleFiles,
  kubernetesSecrets,
  type CaExport,
  type CertId,
  type ClientPems,
  type MemberChange,
  type Warning,
} from '../../shared/generate';
import type { IssuedPki } from '../../shared/pki/issue';
import type { Plan } from '../../shared/plan/schema';
import { fail, ok, type Result } from '../../shared/result';
import { certificateBlocks, generatorInput } from './bundle-input';
import { checkTargets, writeBundle, type OutFile } from './bundle-writer';
import { checkPassphrase, encryptPrivateKeyPem } from './key-encryption';
import { msg, type AppText } from '../../shared/text/text';

/** What to export and how. Passphrases travel here only, never into files or logs. */
export interface ExportRequest {
  readonly plan: Plan;
  readonly issued: IssuedPki;
  /** Folder to create (it must not exist, or be empty). */
  readonly target: string;
  /** `plain` writes the CA key unencrypted: only on explicit request. */
  readonly caKey: CaExport;
  readonly caPassphrase?: string;
  /**
   * Day 2: ca/ca.key exactly as the source bundle holds it, written byte for byte (`caKey` says
   * whether it is encrypted). The passphrase stays what it was and no key is re-encrypted.
   */
  readonly caKeyFile?: string | Uint8Array;
  /**
   * Day 2: the text of every trust file (ca/ca.crt, its copies, the Secrets' ca.crt, the .p12
   * chains). Default: the CA certificate alone. Holds two CAs during a CA rotation.
   */
  readonly trustPem?: string;
  /**
   * One client.p12 per client certificate. The password is needed only for files that are made
   * here: those in `keepP12` are written as they were.
   */
  readonly pkcs12?: { readonly password?: string; readonly legacy?: boolean };
  /** Day 2: .p12 files kept from the source bundle (their certificates were not renewed). */
  readonly keepP12?: ReadonlyMap<string, Uint8Array>;
  /** README notes (e.g. which phase of a CA rotation this bundle is). */
  readonly notes?: readonly Warning[];
  /** A membership change the README walks through (add-member, remove-member). */
  readonly change?: MemberChange;
  /** Day 2: the certificates `renew` issued again (the README shows how to swap them in place). */
  readonly renewed?: readonly string[];
  /** Also write `<target>.zip` with the same files. */
  readonly zip?: boolean;
  readonly now: Date;
  /** Further public files to include (paths must not collide with the bundle's own). */
  readonly extraFiles?: readonly OutFile[];
}

/** What was written. */
export interface ExportResult {
  readonly target: string;
  /** Bundle-relative paths, in write order. */
  readonly files: string[];
  readonly zip?: string;
  readonly warnings: AppText[];
}

/** Every file of the bundle in memory (nothing touches the disk here). */
export async function assembleBundle(
  req: Omit<ExportRequest, 'target' | 'zip'>,
): Promise<Result<{ files: OutFile[]; warnings: AppText[] }>> {
  const { plan, issued } = req;
  const trustPem = req.trustPem ?? issued.ca.certPem;
  const generated = generateBundleFiles(
    generatorInput(plan, issued, {
      caKey: req.caKey,
      pkcs12: req.pkcs12 !== undefined,
      ...(req.pkcs12?.legacy ? { pkcs12Legacy: true } : {}),
      now: req.now,
      ...(req.trustPem !== undefined ? { trustPem: req.trustPem } : {}),
      ...(req.notes ? { notes: req.notes } : {}),
      ...(req.change ? { change: req.change } : {}),
      ...(req.renewed ? { renewed: req.renewed } : {}),
    }),
  );
  const layout = bundleLayout(plan);
  const files: OutFile[] = [];
  for (const p of [layout.ca.cert, ...layout.ca.copies])
    files.push({ path: p, content: trustPem, mode: 'public' });

  if (req.caKeyFile !== undefined && req.caKey !== 'none') {
    files.push({ path: layout.ca.key, content: req.caKeyFile, mode: 'secret' });
  } else if (req.caKey === 'encrypted') {
    const enc = await encryptPrivateKeyPem(issued.ca.keyPem, req.caPassphrase, {
      what: msg('what.ca-passphrase', {}),
    });
    if (!enc.ok) return enc;
    files.push({ path: layout.ca.key, content: enc.value, mode: 'secret' });
  } else if (req.caKey === 'plain') {
    files.push({ path: layout.ca.key, content: issued.ca.keyPem, mode: 'secret' });
  }

  const clients: Record<string, { cert: string; key: string }> = {};
  const p12Jobs: Promise<Result<OutFile>>[] = [];
  // Loaded only when asked for: most exports have no .p12 (and the CLI starts faster without it).
  const { buildPkcs12 } = req.pkcs12 ? await import('./pkcs12') : { buildPkcs12: undefined };
  for (const c of issued.certs) {
    const at = layout.certs[c.spec.id as CertId];
    if (!at) throw new Error(`bundle layout has no place for ${c.spec.id}`);
    files.push({ path: at.cert, content: c.certPem, mode: 'public' });
    files.push({ path: at.key, content: c.keyPem, mode: 'secret' });
    if (c.spec.client === undefined) continue;
    clients[c.spec.client] = { cert: c.certPem, key: c.keyPem };
    const { pkcs12 } = req;
    const p12Path = at.p12;
    if (!pkcs12 || !p12Path || !buildPkcs12) continue;
    const kept = req.keepP12?.get(p12Path);
    if (kept) {
      files.push({ path: p12Path, content: kept, mode: 'secret' });
      continue;
    }
    if (pkcs12.password === undefined)
      return fail('passphrase-needed', msg('p12.password-needed', { file: p12Path }), p12Path);
    // In parallel: PBKDF2 runs on the libuv pool while the MAC derivation runs here.
    p12Jobs.push(
      buildPkcs12({
        certPem: c.certPem,
        keyPem: c.keyPem,
        caPems: certificateBlocks(trustPem),
        password: pkcs12.password,
        friendlyName: c.spec.client,
        legacy: pkcs12.legacy ?? false,
      }).then((r) => (r.ok ? ok({ path: p12Path, content: r.value, mode: 'secret' }) : r)),
    );
  }
  for (const r of await Promise.all(p12Jobs)) {
    if (!r.ok) return r;
    files.push(r.value);
  }
  const pems: ClientPems = { ca: trustPem, clients };
  files.push(...kubernetesSecrets(plan, pems));
  files.push(...generated.files);
  files.push(...(req.extraFiles ?? []));

  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two bundle files at ${f.path}`);
    seen.add(f.path);
  }
  const warnings = [...issued.warnings.map((w) => w.text), ...generated.warnings];
  return ok({ files, warnings });
}

/** Writes the whole bundle (and `<target>.zip` when asked) or nothing. */
export async function exportBundle(req: ExportRequest): Promise<Result<ExportResult>> {
  // Cheap checks first, so a bad passphrase or a busy folder costs no PBKDF2 time.
  if (req.caKey === 'encrypted' && req.caKeyFile === undefined) {
    const p = checkPassphrase(req.caPassphrase, msg('what.ca-passphrase', {}));
    if (!p.ok) return p;
  }
  if (req.pkcs12?.password !== undefined) {
    const p = checkPassphrase(req.pkcs12.password, msg('what.p12-password', {}));
    if (!p.ok) return p;
  }
  const target = resolve(req.target);
  const zipPath = req.zip ? `${target}.zip` : undefined;
  const free = await checkTargets(target, zipPath);
  if (!free.ok) return free;

  const assembled = await assembleBundle(req);
  if (!assembled.ok) return assembled;
  const { files, warnings } = assembled.value;

  // The zip goes first: it is one file we create exclusively, so undoing it is safe.
  if (zipPath) {
    const { writeZip } = await import('./zip');
    const z = await writeZip(zipPath, files, { root: basename(target), now: req.now });
    if (!z.ok) return z;
  }
  const w = await writeBundle(target, files);
  if (!w.ok) {
    if (zipPath) await rm(zipPath, { force: true });
    return w;
  }
  return ok({
    target: w.value.target,
    files: w.value.written,
    ...(zipPath ? { zip: zipPath } : {}),
    warnings,
  });
}
