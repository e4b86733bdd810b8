/**
 * Export: turns an issued PKI into the bundle on disk — generated configs, PEMs at the layout's
 * paths, the CA key as chosen, PKCS#12 files and an optional zip — as a whole or not at all.
 * The GUI handler, the browser host and the CLI all call this one function.
 */
import { X509Certificate } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  bundleLayout,
  generateBundleFiles,
  kubernetesSecrets,
  type BundleInput,
  type CaExport,
  type CertId,
  type CertSummary,
  type ClientPems,
} from '../../shared/generate';
import type { IssuedCert, IssuedPki } from '../../shared/pki/issue';
import type { Plan } from '../../shared/plan/schema';
import { fail, ok, type Result } from '../../shared/result';
import { checkTarget, writeBundle, type OutFile } from './bundle-writer';
import { checkPassphrase, encryptPrivateKeyPem } from './key-encryption';

/** What to export and how. Passphrases travel here only, never into files or logs. */
export interface ExportRequest {
  readonly plan: Plan;
  readonly issued: IssuedPki;
  /** Folder to create (it must not exist, or be empty). */
  readonly target: string;
  /** `plain` writes the CA key unencrypted: only on explicit request. */
  readonly caKey: CaExport;
  readonly caPassphrase?: string;
  /** One client.p12 per client certificate, protected by this password. */
  readonly pkcs12?: { readonly password: string; readonly legacy?: boolean };
  /** Also write `<target>.zip` with the same files. */
  readonly zip?: boolean;
  readonly now: Date;
  /** Further public files to include, e.g. the GUI's `plan.yaml` (paths must not collide). */
  readonly extraFiles?: readonly OutFile[];
}

/** What was written. */
export interface ExportResult {
  readonly target: string;
  /** Bundle-relative paths, in write order. */
  readonly files: string[];
  readonly zip?: string;
  readonly warnings: string[];
}

/** The non-secret summary of a leaf that the generators use. */
export function certSummary(c: IssuedCert): CertSummary {
  const s = c.spec;
  return {
    id: s.id as CertId,
    role: s.role,
    ...(s.member !== undefined ? { member: s.member } : {}),
    ...(s.client !== undefined ? { client: s.client } : {}),
    ...(s.kind !== undefined ? { kind: s.kind } : {}),
    commonName: s.commonName,
    sans: s.sans.map((a) => a.value),
    notAfter: c.notAfter,
    fingerprintSha256: c.fingerprintSha256,
  };
}

/** What the generators need to know of an issued PKI (no PEM, no key): export and preview agree. */
export function generatorInput(
  plan: Plan,
  issued: IssuedPki,
  o: { readonly caKey: CaExport; readonly pkcs12: boolean; readonly now: Date },
): BundleInput {
  const caCert = new X509Certificate(issued.ca.certPem);
  return {
    plan,
    certs: issued.certs.map(certSummary),
    ca: {
      subject: caCert.subject.replace(/\n/g, ', '),
      notAfter: issued.ca.notAfter,
      fingerprintSha256: caCert.fingerprint256,
      exported: o.caKey,
    },
    now: o.now,
    options: { pkcs12: o.pkcs12 },
  };
}

/** Every file of the bundle in memory (nothing touches the disk here). */
export async function assembleBundle(
  req: Omit<ExportRequest, 'target' | 'zip'>,
): Promise<Result<{ files: OutFile[]; warnings: string[] }>> {
  const { plan, issued } = req;
  const generated = generateBundleFiles(
    generatorInput(plan, issued, {
      caKey: req.caKey,
      pkcs12: req.pkcs12 !== undefined,
      now: req.now,
    }),
  );
  const layout = bundleLayout(plan);
  const files: OutFile[] = [];
  for (const p of [layout.ca.cert, ...layout.ca.copies])
    files.push({ path: p, content: issued.ca.certPem, mode: 'public' });

  if (req.caKey === 'encrypted') {
    const enc = await encryptPrivateKeyPem(issued.ca.keyPem, req.caPassphrase, {
      what: 'CA key passphrase',
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
    if (pkcs12 && p12Path && buildPkcs12)
      // In parallel: PBKDF2 runs on the libuv pool while the MAC derivation runs here.
      p12Jobs.push(
        buildPkcs12({
          certPem: c.certPem,
          keyPem: c.keyPem,
          caPems: [issued.ca.certPem],
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
  const pems: ClientPems = { ca: issued.ca.certPem, clients };
  files.push(...kubernetesSecrets(plan, pems));
  files.push(...generated.files);
  files.push(...(req.extraFiles ?? []));

  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two bundle files at ${f.path}`);
    seen.add(f.path);
  }
  const warnings = [...issued.warnings.map((w) => w.message), ...generated.warnings];
  return ok({ files, warnings });
}

/** Writes the whole bundle (and `<target>.zip` when asked) or nothing. */
export async function exportBundle(req: ExportRequest): Promise<Result<ExportResult>> {
  // Cheap checks first, so a bad passphrase or a busy folder costs no PBKDF2 time.
  if (req.caKey === 'encrypted') {
    const p = checkPassphrase(req.caPassphrase, 'CA key passphrase');
    if (!p.ok) return p;
  }
  if (req.pkcs12) {
    const p = checkPassphrase(req.pkcs12.password, 'PKCS#12 password');
    if (!p.ok) return p;
  }
  const target = resolve(req.target);
  const free = await checkTarget(target);
  if (!free.ok) return free;
  const zipPath = req.zip ? `${target}.zip` : undefined;
  if (zipPath) {
    const z = await checkTarget(zipPath);
    if (!z.ok || z.value.exists)
      return fail(
        'destination-not-empty',
        `${zipPath} already exists; it was not overwritten`,
        zipPath,
      );
  }

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
