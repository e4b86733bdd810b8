/**
 * The real services behind the handlers: issuance and CA import (electron/services/pki-service),
 * the bundle export (electron/services/export-service) and inspection. Keys stay in the values
 * returned here, which main keeps in its session stores; the renderer gets the summaries only.
 */
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IssuedCertSummary } from '../../shared/ipc/channels-pki';
import type { WrittenFile } from '../../shared/ipc/channels-export';
import { bundleLayout, type CertId } from '../../shared/generate';
import { decodeBytes, type DecodeDeps } from '../../shared/pki/decode';
import type { IssuedPki as CoreIssuedPki } from '../../shared/pki/issue';
import type { DecodedCertificate } from '../../shared/pki/model';
import type { Plan } from '../../shared/plan/schema';
import { fail, ok } from '../../shared/result';
import { exportBundle } from '../services/export-service';
import { importExistingCa, issuePlan } from '../services/pki-service';
import { planFile } from './preview';
import type { Services } from './services';

// Node's WebCrypto typed as the DOM Crypto that shared/ expects (the same object).
const webCrypto = globalThis.crypto as unknown as DecodeDeps['crypto'];

/** Decodes one PEM certificate the PKI core just made; a failure here is a bug, so it throws. */
export async function decodeCertPem(pem: string, name: string): Promise<DecodedCertificate> {
  const r = await decodeBytes(new TextEncoder().encode(pem), name, { crypto: webCrypto });
  const cert = r.ok ? r.value.items.find((i) => i.kind === 'certificate') : undefined;
  if (!cert || cert.kind !== 'certificate')
    throw new Error(`could not decode the certificate just issued for ${name}`);
  return cert;
}

/** The summaries the review step shows: the CA first, then every leaf in plan order. */
export async function summarise(plan: Plan, issued: CoreIssuedPki): Promise<IssuedCertSummary[]> {
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

/** Permission class and size of each written file, read back from the disk. */
async function describeWritten(folder: string, paths: readonly string[]): Promise<WrittenFile[]> {
  return Promise.all(
    paths.map(async (p) => {
      const st = await lstat(join(folder, p));
      const bits = st.mode & 0o777;
      const mode: WrittenFile['mode'] =
        (bits & 0o077) === 0 ? 'secret' : bits & 0o100 ? 'executable' : 'public';
      return { path: p, mode, size: st.size };
    }),
  );
}

/** Services backed by the real implementations. */
export function liveServices(): Services {
  return {
    issuePki: async (plan, { ca, onProgress }) => {
      if (ca && !ca.material)
        return fail(
          'request-invalid',
          'The imported CA has no key in this session; import it again.',
        );
      const r = await issuePlan(plan, {
        ...(ca?.material ? { ca: ca.material } : {}),
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

    exportBundle: async (pki, target, options, now) => {
      if (!pki.plan || !pki.issued)
        return fail(
          'request-invalid',
          'These certificates were not issued in this session; issue them again.',
          'sessionId',
        );
      const pkcs12Password = options.pkcs12Password ?? options.passphrase;
      if (options.pkcs12 && !pkcs12Password)
        return fail(
          'passphrase-needed',
          'PKCS#12 files need a password: enter one, or turn PKCS#12 off.',
          'options.pkcs12Password',
        );
      const r = await exportBundle({
        plan: pki.plan,
        issued: pki.issued,
        target,
        caKey: options.caKey,
        ...(options.passphrase === undefined ? {} : { caPassphrase: options.passphrase }),
        ...(options.pkcs12 && pkcs12Password ? { pkcs12: { password: pkcs12Password } } : {}),
        zip: options.zip,
        now,
        extraFiles: [planFile(pki.plan)],
      });
      if (!r.ok) return r;
      return ok({
        folder: r.value.target,
        files: await describeWritten(r.value.target, r.value.files),
        ...(r.value.zip ? { zip: r.value.zip } : {}),
        warnings: r.value.warnings,
      });
    },
  };
}
