/**
 * Opens a bundle for a day-2 command: its plan.yaml, its manifest.json, the trust file and every
 * certificate, key and .p12 the manifest lists, checked against each other (fingerprints, key
 * pairs, names) so that nothing is renewed or copied from a bundle that was changed by hand.
 * Files are read as bytes and written back unchanged, so kept certificates stay identical.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  parseManifest,
  type BundleManifest,
  type ManifestCertificate,
} from '../../shared/generate/manifest';
import { certificateSpecs, type CertSpec } from '../../shared/pki/profiles';
import type { CaMaterial } from '../../shared/pki/ca';
import type { IssuedCert } from '../../shared/pki/issue';
import { DEFAULT_MAX_DECODE_BYTES } from '../../shared/pki/decode';
import type { Plan } from '../../shared/plan/schema';
import { fail, ok, type Result } from '../../shared/result';
import { certificateBlocks } from '../export/bundle-input';
import { fsErrorText } from '../node/fs-errors';
import { readRegularFile } from '../node/read-regular-file';
import { decodePlanBytes, readPlanText } from '../plan/plan-reader';
import { importExistingCa } from '../pki/pki-service';

/** One leaf of a bundle: what the manifest says, what the plan wants, and the files. */
export interface BundleLeaf {
  readonly entry: ManifestCertificate;
  readonly spec: CertSpec;
  /** The certificate and key files as read (latin1, so writing them back gives the same bytes). */
  readonly certPem: string;
  readonly keyPem: string;
  readonly p12?: Uint8Array;
}

/** A bundle opened for day 2. */
export interface SourceBundle {
  /** Absolute folder. */
  readonly dir: string;
  readonly plan: Plan;
  /**
   * Whether plan.yaml names its `language` (every plan.yaml issue writes does); when it does not,
   * the CLI writes the new bundle in its own language.
   */
  readonly planSetsLanguage: boolean;
  readonly manifest: BundleManifest;
  /** ca/ca.crt as it is: one CA, or several during a CA rotation. */
  readonly trustPem: string;
  /** The CA that issued the leaves (the one manifest.json names). */
  readonly caCertPem: string;
  /** ca/ca.key as it is, when the bundle has one. */
  readonly caKeyFile?: Uint8Array;
  /** Every leaf, in manifest order. */
  readonly leaves: readonly BundleLeaf[];
}

const fingerprint = (pem: string): string => new X509Certificate(pem).fingerprint256;

/**
 * Where a bundle's files come from: a folder on disk, or the files the window handed over (a
 * dropped folder or an unpacked zip), so both are checked by the same code.
 */
export interface BundleFiles {
  /** The folder as messages name it (absolute on disk; the dropped folder's name otherwise). */
  readonly dir: string;
  /** The bytes of a bundle-relative path; undefined when there is no such file. */
  readonly read: (rel: string) => Promise<Result<Buffer> | undefined>;
}

/** The files of a folder on disk: regular files only, with the inspector's size cap. */
function folderFiles(dir: string): BundleFiles {
  return {
    dir,
    read: async (rel) => {
      const path = join(dir, rel);
      try {
        await stat(path);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        return fail('input-unreadable', `${path}: cannot read it (${fsErrorText(e)})`, path);
      }
      // A bundle holds a few KB per file.
      const read = await readRegularFile(path, { maxBytes: DEFAULT_MAX_DECODE_BYTES });
      return read.ok ? ok(Buffer.from(read.value)) : read;
    },
  };
}

/** Files already in memory, by bundle-relative POSIX path. */
export function memoryFiles(dir: string, files: ReadonlyMap<string, Uint8Array>): BundleFiles {
  return {
    dir,
    read: async (rel) => {
      const b = files.get(rel);
      return b === undefined ? undefined : ok(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    },
  };
}

async function readIn(src: BundleFiles, rel: string, missing: string): Promise<Result<Buffer>> {
  const path = join(src.dir, rel);
  const read = await src.read(rel);
  return read ?? fail('bundle-invalid', `${path}: not found; ${missing}`, path);
}

const sanKey = (s: { type: string; value: string }) => `${s.type}:${s.value}`;

/** Checks that the plan still asks for the names the issued certificate carries. */
function sameNames(spec: CertSpec, entry: ManifestCertificate, planPath: string): Result<void> {
  const want = spec.sans.map(sanKey).sort().join(', ');
  const have = entry.sans.map(sanKey).sort().join(', ');
  if (spec.commonName !== entry.subject.commonName || want !== have || spec.role !== entry.role)
    return fail(
      'bundle-invalid',
      `${planPath}: ${spec.id} would get CN "${spec.commonName}" and SANs [${want}], but the bundle's certificate has CN "${entry.subject.commonName}" and SANs [${have}]; day-2 commands keep names as they are: undo the change to plan.yaml, or issue a new bundle from it`,
      planPath,
    );
  return ok(undefined);
}

/** Reads and cross-checks a bundle folder; every failure names the file and what to do. */
export async function readBundle(folder: string): Promise<Result<SourceBundle>> {
  const dir = resolve(folder);
  try {
    if (!(await stat(dir)).isDirectory())
      return fail('input-unreadable', `${dir} is a file; give the folder of a bundle`, dir);
  } catch (e) {
    return fail('input-unreadable', `${dir}: cannot open it (${fsErrorText(e)})`, dir);
  }
  return readBundleFiles(folderFiles(dir));
}

/** Reads and cross-checks a bundle from any source (see {@link BundleFiles}). */
export async function readBundleFiles(src: BundleFiles): Promise<Result<SourceBundle>> {
  const { dir } = src;
  const reissue = `issue a new bundle from the plan with the same CA: etcd-tls-wizard issue --plan PLAN --ca-cert ${join(dir, 'ca/ca.crt')} --ca-key CA_KEY --out NEW`;
  const planBytes = await readIn(
    src,
    'plan.yaml',
    `day-2 commands need the plan the bundle was issued from; put that plan.yaml into the bundle, or ${reissue}`,
  );
  if (!planBytes.ok) return planBytes;
  const planPath = join(dir, 'plan.yaml');
  // The same bounded reader as every other plan (size cap, worker with time and memory limits).
  const planText = decodePlanBytes(planBytes.value, planPath);
  if (!planText.ok) return planText;
  const planRead = await readPlanText(planText.value, planPath);
  if (!planRead.ok) return planRead;
  if (!planRead.value.plan) return { ok: false, error: planRead.value.error! };
  const plan = { ok: true as const, value: planRead.value.plan };
  const draft = planRead.value.draft;
  const planSetsLanguage =
    typeof draft === 'object' &&
    draft !== null &&
    (draft as { language?: unknown }).language !== undefined;
  const manifestBytes = await readIn(
    src,
    'manifest.json',
    `the bundle was written by an older etcd-tls-wizard or by hand; ${reissue}`,
  );
  if (!manifestBytes.ok) return manifestBytes;
  const manifestPath = join(dir, 'manifest.json');
  const manifest = parseManifest(manifestBytes.value.toString('utf8'), manifestPath);
  if (!manifest.ok) return manifest;
  const m = manifest.value;
  const changed = 'the bundle was changed by hand; use the bundle as it was written';

  const trust = await readIn(src, m.ca.file, `every bundle has its CA certificate there`);
  if (!trust.ok) return trust;
  const trustPem = trust.value.toString('latin1');
  const caCertPem = certificateBlocks(trustPem).find(
    (b) => fingerprint(b) === m.ca.fingerprintSha256,
  );
  if (caCertPem === undefined)
    return fail(
      'bundle-invalid',
      `${join(dir, m.ca.file)} does not hold the CA that manifest.json names (SHA-256 ${m.ca.fingerprintSha256}); ${changed}`,
      join(dir, m.ca.file),
    );

  let caKeyFile: Uint8Array | undefined;
  if (m.ca.key.included) {
    const k = await readIn(
      src,
      m.ca.key.file ?? 'ca/ca.key',
      'manifest.json says the CA key is there',
    );
    if (!k.ok) return k;
    caKeyFile = new Uint8Array(k.value);
  }

  const specs = certificateSpecs(plan.value);
  const listed = new Set(m.certificates.map((c) => c.id));
  const extra = specs.find((s) => !listed.has(s.id));
  const gone = m.certificates.find((c) => !specs.some((s) => s.id === c.id));
  if (extra || gone)
    return fail(
      'bundle-invalid',
      extra
        ? `${planPath} asks for ${extra.id}, which ${manifestPath} does not list; undo the change to plan.yaml (add-member and remove-member change both together)`
        : `${manifestPath} lists ${gone!.id}, which ${planPath} no longer asks for; undo the change to plan.yaml (add-member and remove-member change both together)`,
      extra ? planPath : manifestPath,
    );

  const leaves: BundleLeaf[] = [];
  for (const entry of m.certificates) {
    const spec = specs.find((s) => s.id === entry.id)!;
    const names = sameNames(spec, entry, planPath);
    if (!names.ok) return names;
    const cert = await readIn(src, entry.files.cert, `manifest.json lists it for ${entry.id}`);
    if (!cert.ok) return cert;
    const key = await readIn(src, entry.files.key, `manifest.json lists it for ${entry.id}`);
    if (!key.ok) return key;
    const certPem = cert.value.toString('latin1');
    const keyPem = key.value.toString('latin1');
    const certPath = join(dir, entry.files.cert);
    let x: X509Certificate;
    try {
      x = new X509Certificate(certPem);
    } catch {
      return fail('bundle-invalid', `${certPath}: not a certificate; ${changed}`, certPath);
    }
    if (x.fingerprint256 !== entry.fingerprintSha256)
      return fail(
        'bundle-invalid',
        `${certPath} is not the certificate manifest.json lists for ${entry.id} (SHA-256 ${entry.fingerprintSha256}); ${changed}`,
        certPath,
      );
    let matches: boolean;
    try {
      matches = x.checkPrivateKey(createPrivateKey(keyPem));
    } catch {
      matches = false;
    }
    if (!matches)
      return fail(
        'key-mismatch',
        `${join(dir, entry.files.key)} is not the private key of ${entry.files.cert}; ${changed}`,
        join(dir, entry.files.key),
      );
    let p12: Uint8Array | undefined;
    if (entry.files.p12 !== undefined) {
      const p = await readIn(src, entry.files.p12, `manifest.json lists it for ${entry.id}`);
      if (!p.ok) return p;
      p12 = new Uint8Array(p.value);
    }
    leaves.push({ entry, spec, certPem, keyPem, ...(p12 ? { p12 } : {}) });
  }
  return ok({
    dir,
    plan: plan.value,
    planSetsLanguage,
    manifest: m,
    trustPem,
    caCertPem,
    ...(caKeyFile ? { caKeyFile } : {}),
    leaves,
  });
}

/** A leaf of the bundle as the exporter takes it: the same files, written back unchanged. */
export function keptCert(leaf: BundleLeaf): IssuedCert {
  return {
    spec: leaf.spec,
    certPem: leaf.certPem,
    keyPem: leaf.keyPem,
    notBefore: leaf.entry.notBefore,
    notAfter: leaf.entry.notAfter,
    serialHex: leaf.entry.serial,
    fingerprintSha256: leaf.entry.fingerprintSha256,
  };
}

/** True when the bundle's CA key needs a passphrase. */
export function caKeyEncrypted(b: SourceBundle): boolean {
  return b.manifest.ca.key.encrypted;
}

/**
 * The CA, ready to sign: the bundle's ca/ca.key (or `keyFile` given separately when the bundle
 * has none), opened with `passphrase`, and checked to belong to the bundle's CA certificate.
 */
export async function unlockCa(
  b: SourceBundle,
  o: {
    readonly passphrase?: string;
    readonly keyFile?: { readonly path: string; readonly bytes: Uint8Array };
  },
): Promise<Result<CaMaterial>> {
  const keyPath = o.keyFile?.path ?? join(b.dir, b.manifest.ca.key.file ?? 'ca/ca.key');
  const key = o.keyFile?.bytes ?? b.caKeyFile;
  if (key === undefined)
    return fail(
      'ca-key-missing',
      `${keyPath}: the bundle has no CA key (it was issued without one), so nothing can be signed by its CA`,
      keyPath,
    );
  return importExistingCa({
    cert: b.caCertPem,
    key,
    ...(o.passphrase !== undefined && o.passphrase !== '' ? { passphrase: o.passphrase } : {}),
    certName: join(b.dir, b.manifest.ca.file),
    keyName: keyPath,
  });
}
