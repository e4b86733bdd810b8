/**
 * The TLS material of a live check, read and checked before anything is dialled: the CA file
 * (one or more certificates), and the client certificate with its key (both or neither; the key
 * unencrypted and belonging to the certificate, as etcdctl needs them). Files come from the
 * window (bytes), the command line (paths) or a bundle this app exported (a folder main holds).
 */
import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FilePayload } from '../../shared/ipc/define';
import { decodeBytes } from '../../shared/pki/decode';
import type { DecodedCertificate } from '../../shared/pki/model';
import type { ProbeMaterial } from '../../shared/probe/types';
import { fail, ok, type Result } from '../../shared/result';
import { webCrypto } from '../node/node-crypto';

/** The files of a check, as bytes. */
export interface MaterialFiles {
  readonly ca?: FilePayload;
  readonly cert?: FilePayload;
  readonly key?: FilePayload;
}

/** Read and checked material: PEM for Node's TLS, decoded certificates for the verdicts. */
export interface LoadedMaterial {
  /** PEM of every CA certificate, and the same decoded. */
  readonly caCerts?: readonly DecodedCertificate[];
  /** The client certificate (and any chain after it) and its key as PEM. */
  readonly client?: {
    readonly certPem: string;
    readonly keyPem: string;
    readonly leaf: DecodedCertificate;
  };
  readonly description: ProbeMaterial;
}

/** Certificates of a file (PEM with any number of blocks, or DER). */
async function certificatesOf(
  file: FilePayload,
  what: string,
): Promise<Result<DecodedCertificate[]>> {
  const r = await decodeBytes(file.bytes, file.name, { crypto: webCrypto });
  if (!r.ok) return r;
  const certs = r.value.items.filter((i): i is DecodedCertificate => i.kind === 'certificate');
  if (certs.length === 0)
    return fail(
      'input-not-pki',
      `${file.name} holds no certificate: give the ${what} as PEM (like ca.crt or client.crt).`,
      file.name,
    );
  return ok(certs);
}

/** The unencrypted private key of a file, or why it cannot be used. */
function privateKeyOf(file: FilePayload): Result<KeyObject> {
  try {
    return ok(createPrivateKey({ key: Buffer.from(file.bytes) }));
  } catch (pemError) {
    for (const type of ['pkcs8', 'pkcs1', 'sec1'] as const) {
      try {
        return ok(createPrivateKey({ key: Buffer.from(file.bytes), format: 'der', type }));
      } catch {
        // Try the next DER form.
      }
    }
    const code = (pemError as { code?: string }).code ?? '';
    if (code === 'ERR_MISSING_PASSPHRASE' || /encrypted|passphrase/i.test(String(pemError)))
      return fail(
        'input-unsupported',
        `${file.name} is an encrypted key; etcdctl and etcd cannot use encrypted keys either. Decrypt it (openssl pkey -in ${file.name} -out client.key) and keep the file at mode 0600.`,
        file.name,
      );
    return fail(
      'input-not-pki',
      `${file.name} is not a private key Node can read (PEM or DER, PKCS#8, PKCS#1 or SEC1).`,
      file.name,
    );
  }
}

/** Reads and checks the material; `source` says where it came from, for the report. */
export async function loadMaterial(
  files: MaterialFiles,
  source: ProbeMaterial['source'],
  from?: string,
): Promise<Result<LoadedMaterial>> {
  let caCerts: DecodedCertificate[] | undefined;
  if (files.ca) {
    const r = await certificatesOf(files.ca, 'CA certificate');
    if (!r.ok) return r;
    caCerts = r.value;
  }
  if ((files.cert === undefined) !== (files.key === undefined))
    return fail(
      'request-invalid',
      files.cert
        ? `A client certificate needs its key: give the key of ${files.cert.name} too (--key).`
        : `A key needs its certificate: give the client certificate of ${files.key!.name} too (--cert).`,
      files.cert ? 'key' : 'cert',
    );
  let client: LoadedMaterial['client'];
  if (files.cert && files.key) {
    const certs = await certificatesOf(files.cert, 'client certificate');
    if (!certs.ok) return certs;
    const key = privateKeyOf(files.key);
    if (!key.ok) return key;
    const leaf = certs.value[0]!;
    if (!new X509Certificate(leaf.pem).checkPrivateKey(key.value))
      return fail(
        'key-mismatch',
        `${files.key.name} is not the key of ${files.cert.name} (${leaf.subject.text}): give the key that was issued with that certificate.`,
        files.key.name,
      );
    client = {
      certPem: certs.value.map((c) => c.pem).join(''),
      keyPem: key.value.export({ type: 'pkcs8', format: 'pem' }).toString(),
      leaf,
    };
  }
  return ok({
    ...(caCerts ? { caCerts } : {}),
    ...(client ? { client } : {}),
    description: {
      source,
      caSubjects: (caCerts ?? []).map((c) => c.subject.text),
      ...(client
        ? {
            client: {
              subject: client.leaf.subject.text,
              notAfter: client.leaf.notAfter,
              ...(from !== undefined ? { from } : {}),
            },
          }
        : {}),
    },
  });
}

/** Client folders of an exported bundle, best first: etcdctl's, then kube-apiserver's, then any. */
async function clientFolders(bundle: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(join(bundle, 'clients'), { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
  const has = async (dir: string, file: string) =>
    readFile(join(bundle, 'clients', dir, file)).then(
      () => true,
      () => false,
    );
  const rank = async (n: string) =>
    (await has(n, 'etcdctl.env')) ? 0 : n === 'kube-apiserver' ? 1 : 2;
  const ranked = await Promise.all(names.map(async (n) => ({ n, r: await rank(n) })));
  return ranked.sort((a, b) => a.r - b.r).map((x) => x.n);
}

/**
 * The etcdctl client files of a bundle this app wrote (`clients/<etcdctl>/ca.crt, client.crt,
 * client.key`); the folder comes from main's own store, never from the window.
 */
export async function exportedClientFiles(
  bundle: string,
): Promise<Result<{ files: MaterialFiles; from: string }>> {
  for (const dir of await clientFolders(bundle)) {
    const at = (f: string) => join(bundle, 'clients', dir, f);
    try {
      const [ca, cert, key] = await Promise.all(
        ['ca.crt', 'client.crt', 'client.key'].map((f) => readFile(at(f))),
      );
      return ok({
        files: {
          ca: { name: `clients/${dir}/ca.crt`, bytes: new Uint8Array(ca!) },
          cert: { name: `clients/${dir}/client.crt`, bytes: new Uint8Array(cert!) },
          key: { name: `clients/${dir}/client.key`, bytes: new Uint8Array(key!) },
        },
        from: `clients/${dir}`,
      });
    } catch {
      // Try the next client folder.
    }
  }
  return fail(
    'input-unreadable',
    `The exported bundle at ${bundle} has no readable client files (clients/<client>/ca.crt, client.crt, client.key): was it moved or deleted? Export it again, or check the cluster from the inspector with your files.`,
    bundle,
  );
}
