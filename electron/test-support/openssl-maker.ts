/**
 * Makes one folder of certificates with openssl from a list of specs (issuers first): keys,
 * requests and hidden certificates go to a sibling work folder, so the folder holds only what a
 * user would drop. Explicit validity dates go through `openssl ca`, the rest through `x509 -req`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runOk } from './tools';

/** Key types by name, as genpkey options. */
export const KEYS = {
  ec: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'],
  rsa: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'],
  p384: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'],
  ed25519: ['-algorithm', 'ED25519'],
} as const;

/** A certificate to make: self-signed without `issuer`; `dates` for explicit validity. */
export interface Spec {
  readonly file: string;
  readonly subj: string;
  readonly key?: keyof typeof KEYS;
  readonly ext: readonly string[];
  readonly issuer?: string;
  readonly dates?: readonly [string, string];
  readonly digest?: string;
  /** Made, but left out of the folder (the old CA of a re-generated pair). */
  readonly hidden?: boolean;
}

/** A CA as kubeadm and openssl guides make it. */
export const CA_EXT = [
  'basicConstraints=critical,CA:TRUE',
  'keyUsage=critical,digitalSignature,keyEncipherment,keyCertSign',
  'subjectKeyIdentifier=hash',
];
/** A leaf as Go (kubeadm, cfssl's Go) or openssl makes them; `ski: false` is the Go way. */
export const leafExt = (
  eku: string,
  sans?: string,
  opts: { ski?: boolean; aki?: boolean } = {},
) => [
  'basicConstraints=critical,CA:FALSE',
  'keyUsage=critical,digitalSignature,keyEncipherment',
  `extendedKeyUsage=${eku}`,
  ...(sans ? [`subjectAltName=${sans}`] : []),
  opts.ski === false ? 'subjectKeyIdentifier=none' : 'subjectKeyIdentifier=hash',
  opts.aki === false ? 'authorityKeyIdentifier=none' : 'authorityKeyIdentifier=keyid:always',
];
/** The extended key usage of server and peer certificates. */
export const BOTH = 'serverAuth,clientAuth';

/**
 * Makes the certificates of one folder with openssl, in order (issuers first). Keys, requests
 * and `hidden` certificates go to a sibling work folder, so the folder holds only what a user
 * would drop.
 */
export function makeWithOpenssl(dir: string, specs: readonly Spec[]): void {
  const work = `${dir}.work`;
  mkdirSync(work, { recursive: true });
  const ssl = (...args: string[]) => runOk('openssl', args, { cwd: work });
  const w = (f: string) => join(work, f.replace(/\//g, '_'));
  const paths = new Map<string, string>();
  writeFileSync(
    w('sign.cnf'),
    `[ca]\ndefault_ca=d\n[d]\ndatabase=${w('index.txt')}\nnew_certs_dir=${work}\nserial=${w('serial')}\ndefault_md=sha256\npolicy=pol\nunique_subject=no\n[pol]\ncommonName=supplied\norganizationName=optional\n`,
  );
  writeFileSync(w('index.txt'), '');
  writeFileSync(w('serial'), '1000\n');
  let serial = 5000;
  for (const s of specs) {
    const out = s.hidden ? w(s.file) : join(dir, s.file);
    mkdirSync(join(out, '..'), { recursive: true });
    paths.set(s.file, out);
    const key = w(`${s.file}.key`);
    ssl('genpkey', ...KEYS[s.key ?? 'ec'], '-out', key);
    const ext = w(`${s.file}.ext`);
    writeFileSync(ext, `[req]\ndistinguished_name=dn\n[dn]\n[ext]\n${s.ext.join('\n')}\n`);
    const digest = s.key === 'ed25519' ? [] : [`-${s.digest ?? 'sha256'}`];
    if (s.issuer === undefined && s.dates === undefined) {
      ssl(
        'req',
        '-x509',
        '-new',
        '-key',
        key,
        '-config',
        ext,
        '-extensions',
        'ext',
        '-subj',
        s.subj,
        '-days',
        '3650',
        ...digest,
        '-set_serial',
        String(serial++),
        '-out',
        out,
      );
      continue;
    }
    const csr = w(`${s.file}.csr`);
    ssl('req', '-new', '-key', key, '-config', ext, '-subj', s.subj, '-out', csr);
    const issuerCert = s.issuer === undefined ? undefined : paths.get(s.issuer)!;
    const issuerKey = w(`${s.issuer ?? s.file}.key`);
    if (s.dates) {
      ssl(
        'ca',
        '-batch',
        '-config',
        w('sign.cnf'),
        ...(issuerCert === undefined ? ['-selfsign'] : ['-cert', issuerCert]),
        '-keyfile',
        issuerKey,
        '-in',
        csr,
        '-startdate',
        s.dates[0],
        '-enddate',
        s.dates[1],
        '-extfile',
        ext,
        '-extensions',
        'ext',
        '-md',
        s.digest ?? 'sha256',
        '-notext',
        '-out',
        out,
      );
    } else {
      ssl(
        'x509',
        '-req',
        '-in',
        csr,
        '-CA',
        issuerCert!,
        '-CAkey',
        issuerKey,
        '-extfile',
        ext,
        '-extensions',
        'ext',
        '-set_serial',
        String(serial++),
        '-days',
        '365',
        ...digest,
        '-out',
        out,
      );
    }
  }
}
