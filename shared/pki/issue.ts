/**
 * Issues the whole PKI of a plan (CA plus every leaf), or one leaf again for renewal and
 * one-click fixes. Pure: the caller passes WebCrypto and the current time.
 */
import type { Plan } from '../plan/schema';
import { fail, ok, type Result } from '../result';
import type { KeyAlgorithm } from './algorithms';
import {
  CLOCK_SKEW_MS,
  createCa,
  loadCa,
  wholeSeconds,
  type CaMaterial,
  type LoadedCa,
} from './ca';
import {
  exportPrivateKeyPem,
  generateKeyPair,
  generateKeyPairs,
  kindOfAlgorithm,
  signingParams,
  type KeyKind,
} from './keys';
import {
  EKU_OID,
  KEY_USAGE_BIT,
  ext,
  keyIdentifier,
  nameDer,
  randomSerial,
  signCertificate,
} from './cert-builder';
import { toHex, toPem } from './pem';
import { certificateSpecs, type CertSpec } from './profiles';
import type { BufferSource, Crypto, CryptoKeyPair } from './webcrypto';
import { msg, type AppText } from '../text/text';

/** One issued leaf: what it was made for and the files to write. */
export interface IssuedCert {
  readonly spec: CertSpec;
  readonly certPem: string;
  /** PKCS#8 PEM; stays on the Node side (house style: the renderer never sees key bytes). */
  readonly keyPem: string;
  readonly notBefore: string;
  readonly notAfter: string;
  readonly serialHex: string;
  readonly fingerprintSha256: string;
}

/** Something the user should know about an otherwise successful issuance. */
export interface IssueWarning {
  readonly id?: string;
  readonly text: AppText;
}

/** The result of issuing a plan. */
export interface IssuedPki {
  readonly ca: {
    readonly certPem: string;
    readonly keyPem: string;
    readonly imported: boolean;
    readonly notAfter: string;
  };
  readonly certs: readonly IssuedCert[];
  readonly warnings: readonly IssueWarning[];
}

/** What issuance needs from its host. */
export interface IssueDeps {
  readonly crypto: Crypto;
  readonly now: Date;
  /** An existing CA (PKCS#8 key, unencrypted: see importCa). Without it a new root is made. */
  readonly ca?: CaMaterial;
  /** Called as each key is generated: `label` is `ca` or a CertSpec id. */
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

const DAY_MS = 86_400_000;

/** Issues the CA (unless given) and every certificate of the plan, keys generated in parallel. */
export async function issuePki(plan: Plan, deps: IssueDeps): Promise<Result<IssuedPki>> {
  const { crypto, now } = deps;
  let imported: LoadedCa | undefined;
  if (deps.ca) {
    const r = await loadCa(deps.ca, crypto);
    if (!r.ok) return r;
    imported = r.value;
    const expired = caExpired(imported, now);
    if (expired) return expired;
  }
  const specs = certificateSpecs(plan);
  const algs: KeyAlgorithm[] = [
    ...(imported ? [] : [plan.ca.key]),
    ...specs.map(() => plan.leaf.key),
  ];
  const labels = [...(imported ? [] : ['ca']), ...specs.map((s) => s.id)];
  let done = 0;
  const pairs = await generateKeyPairs(algs, crypto, (i) => {
    done += 1;
    deps.onProgress?.(done, algs.length, labels[i]!);
  });
  const ca = imported ?? (await createCa(plan, { crypto, now, keys: pairs[0]! }));
  const leafPairs = imported ? pairs : pairs.slice(1);
  const warnings: IssueWarning[] = [];
  if (plan.leaf.key === 'ed25519' || ca.kind.type === 'ed25519')
    warnings.push({ text: msg('warn.ed25519', {}) });
  if (ca.kind.type === 'rsa' && ca.kind.bits < 2048)
    warnings.push({ text: msg('warn.rsa-ca-small', { bits: ca.kind.bits }) });
  const leafKind = kindOfAlgorithm(plan.leaf.key);
  const certs = await Promise.all(
    specs.map((spec, i) =>
      signLeaf(spec, ca, leafPairs[i]!, leafKind, {
        crypto,
        now,
        validityDays: plan.leaf.validityDays,
      }),
    ),
  );
  for (const c of certs) if (c.warning) warnings.push({ id: c.cert.spec.id, text: c.warning });
  return ok({
    ca: {
      certPem: ca.certPem,
      keyPem: ca.keyPem,
      imported: imported !== undefined,
      notAfter: ca.cert.notAfter.toISOString(),
    },
    certs: certs.map((c) => c.cert),
    warnings,
  });
}

/** Issues one leaf with a fresh key from an existing CA: renewal and one-click fixes. */
export async function issueOne(
  spec: CertSpec,
  caMaterial: CaMaterial,
  deps: {
    readonly crypto: Crypto;
    readonly now: Date;
    readonly leaf: { readonly key: KeyAlgorithm; readonly validityDays: number };
  },
): Promise<Result<{ cert: IssuedCert; warnings: IssueWarning[] }>> {
  const { crypto, now } = deps;
  const loaded = await loadCa(caMaterial, crypto);
  if (!loaded.ok) return loaded;
  const expired = caExpired(loaded.value, now);
  if (expired) return expired;
  const pair = await generateKeyPair(deps.leaf.key, crypto);
  const r = await signLeaf(spec, loaded.value, pair, kindOfAlgorithm(deps.leaf.key), {
    crypto,
    now,
    validityDays: deps.leaf.validityDays,
  });
  const warnings: IssueWarning[] = r.warning ? [{ id: spec.id, text: r.warning }] : [];
  if (deps.leaf.key === 'ed25519') warnings.push({ text: msg('warn.ed25519', {}) });
  return ok({ cert: r.cert, warnings });
}

function caExpired(ca: LoadedCa, now: Date): Result<never> | undefined {
  if (ca.cert.notAfter.getTime() > now.getTime() + DAY_MS) return undefined;
  return fail(
    'input-unsupported',
    msg('ca.expires-soon', { subject: ca.cert.subject, notAfter: ca.cert.notAfter.toISOString() }),
    'ca',
  );
}

/**
 * Signs one leaf: random positive 16-byte serial, basicConstraints critical CA:FALSE, keyUsage
 * critical digitalSignature (+keyEncipherment for RSA key transport), the spec's EKU, SKI, AKI
 * keyid of the CA's SKI, typed SANs. Validity starts 5 minutes back and is cut at the CA's end.
 */
async function signLeaf(
  spec: CertSpec,
  ca: LoadedCa,
  keys: CryptoKeyPair,
  kind: KeyKind,
  deps: { readonly crypto: Crypto; readonly now: Date; readonly validityDays: number },
): Promise<{ cert: IssuedCert; warning?: AppText }> {
  const { crypto, now } = deps;
  const notBefore = new Date(
    Math.max(wholeSeconds(now.getTime() - CLOCK_SKEW_MS).getTime(), ca.cert.notBefore.getTime()),
  );
  let notAfter = wholeSeconds(now.getTime() + deps.validityDays * DAY_MS);
  let warning: AppText | undefined;
  if (notAfter.getTime() > ca.cert.notAfter.getTime()) {
    notAfter = ca.cert.notAfter;
    warning = msg('warn.validity-cut', { cert: spec.id, end: notAfter.toISOString() });
  }
  const [spkiBuf, keyPem] = await Promise.all([
    crypto.subtle.exportKey('spki', keys.publicKey),
    exportPrivateKeyPem(keys.privateKey, crypto),
  ]);
  const spki = new Uint8Array(spkiBuf);
  const extensions = [
    ext.basicConstraints(false),
    ext.keyUsage(
      kind.type === 'rsa'
        ? [KEY_USAGE_BIT.digitalSignature, KEY_USAGE_BIT.keyEncipherment]
        : [KEY_USAGE_BIT.digitalSignature],
    ),
    ext.extKeyUsage(spec.extKeyUsage.map((u) => EKU_OID[u])),
    ext.subjectKeyId(await keyIdentifier(spki, crypto)),
    ext.authorityKeyId(ca.subjectKeyId),
  ];
  if (spec.sans.length > 0) extensions.push(ext.subjectAltName(spec.sans));
  const serial = randomSerial(crypto);
  const certDer = await signCertificate(
    {
      serial,
      issuer: ca.cert.subjectDer,
      subject: nameDer(spec.commonName, spec.organization),
      notBefore,
      notAfter,
      spki,
      extensions,
    },
    ca.key,
    ca.kind,
    signingParams(ca.kind),
    crypto,
  );
  const digest = await crypto.subtle.digest('SHA-256', certDer as BufferSource);
  const issued: IssuedCert = {
    spec,
    certPem: toPem('CERTIFICATE', certDer),
    keyPem,
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    serialHex: toHex(serial),
    fingerprintSha256: toHex(digest, ':').toUpperCase(),
  };
  return warning ? { cert: issued, warning } : { cert: issued };
}
