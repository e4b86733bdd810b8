/**
 * What main keeps of an issuance and a CA import, and the service that makes them. The renderer
 * sees summaries and an id; the plan, the certificates and the private keys stay here until the
 * window closes. The window, the browser host and the tests all use {@link nodePkiService}.
 */
import type { FilePayload } from '../../shared/ipc/define';
import type { IssuedCertSummary, PkiProgress } from '../../shared/ipc/channels-pki';
import { bundleLayout, type CertId } from '../../shared/generate';
import type { CaMaterial } from '../../shared/pki/ca';
import { decodeBytes } from '../../shared/pki/decode';
import type { IssuedPki } from '../../shared/pki/issue';
import type { DecodedCertificate, KeyInfo } from '../../shared/pki/model';
import type { Plan } from '../../shared/plan/schema';
import { ok, type Result } from '../../shared/result';
import { webCrypto } from '../node/node-crypto';
import { importExistingCa, issuePlan } from './pki-service';

/** An issued PKI as main keeps it: the summaries the renderer saw, the plan and the keys. */
export interface PkiSession {
  readonly certificates: readonly IssuedCertSummary[];
  /** The validated plan the PKI was issued for (export generates the configs from it). */
  readonly plan: Plan;
  /** Certificates and private keys as the PKI core returned them. */
  readonly issued: IssuedPki;
}

/** An imported CA as main keeps it: what the renderer saw, plus the decrypted key material. */
export interface ImportedCa {
  readonly certificate: DecodedCertificate;
  readonly key: KeyInfo;
  /** PKCS#8 key, unencrypted; stays in main. */
  readonly material: CaMaterial;
}

/** The narrow interface the `pki:*` handlers call (tests may pass a typed fake of it). */
export interface PkiService {
  readonly issue: (
    plan: Plan,
    opts: { readonly ca?: ImportedCa; readonly onProgress: (p: PkiProgress) => void },
  ) => Promise<Result<PkiSession>>;
  readonly importCa: (input: {
    readonly cert: FilePayload;
    readonly key: FilePayload;
    readonly passphrase?: string;
  }) => Promise<Result<ImportedCa>>;
}

/** Decodes one PEM certificate the PKI core just made; a failure here is a bug, so it throws. */
export async function decodeCertPem(pem: string, name: string): Promise<DecodedCertificate> {
  const r = await decodeBytes(new TextEncoder().encode(pem), name, { crypto: webCrypto });
  const cert = r.ok ? r.value.items.find((i) => i.kind === 'certificate') : undefined;
  if (!cert || cert.kind !== 'certificate')
    throw new Error(`could not decode the certificate just issued for ${name}`);
  return cert;
}

/** The summaries the review step shows: the CA first, then every leaf in plan order. */
export async function summarise(plan: Plan, issued: IssuedPki): Promise<IssuedCertSummary[]> {
  const layout = bundleLayout(plan);
  const ca: IssuedCertSummary = {
    id: 'ca',
    role: 'ca',
    name: 'ca',
    fileBase: layout.ca.cert.replace(/\.crt$/, ''),
    certificate: await decodeCertPem(issued.ca.certPem, 'ca'),
  };
  const leaves = await Promise.all(
    issued.certs.map(async (c): Promise<IssuedCertSummary> => {
      const at = layout.certs[c.spec.id as CertId];
      return {
        id: c.spec.id,
        role: c.spec.role,
        name: c.spec.member ?? c.spec.client ?? c.spec.id,
        fileBase: (at?.cert ?? c.spec.id).replace(/\.crt$/, ''),
        certificate: await decodeCertPem(c.certPem, c.spec.id),
      };
    }),
  );
  return [ca, ...leaves];
}

/** The PKI service backed by Node's crypto. */
export function nodePkiService(): PkiService {
  return {
    issue: async (plan, { ca, onProgress }) => {
      const r = await issuePlan(plan, {
        ...(ca ? { ca: ca.material } : {}),
        onProgress: (done, total, label) => onProgress({ done, total, label }),
      });
      if (!r.ok) return r;
      return ok({ certificates: await summarise(plan, r.value), plan, issued: r.value });
    },

    importCa: async ({ cert, key, passphrase }) => {
      // Own copies of the bytes: the wire decoder's Buffers may be views into Node's shared pool,
      // and the import keeps what it reads beyond this call.
      const r = await importExistingCa({
        cert: new Uint8Array(cert.bytes),
        key: new Uint8Array(key.bytes),
        certName: cert.name,
        keyName: key.name,
        ...(passphrase === undefined || passphrase === '' ? {} : { passphrase }),
      });
      if (!r.ok) return r;
      const certificate = await decodeCertPem(r.value.certPem, cert.name);
      return ok({ certificate, key: certificate.key, material: r.value });
    },
  };
}
