/**
 * A CA made by openssl, its key encrypted with a passphrase, for the tests that import one (the
 * CLI's and the wizard's): one recipe, so every import test meets the same kind of key.
 */
import { join } from 'node:path';
import { runOk } from './tools';

/** What differs between the tests' CAs: file names, subject and lifetime. */
export interface OpensslCaOptions {
  /** Base name of `<name>.crt` and `<name>.key`. */
  readonly name: string;
  /** An openssl `-subj` (UTF-8). */
  readonly subject: string;
  readonly days: number;
}

/** Writes a self-signed ECDSA CA and its AES-256 encrypted PKCS#8 key into `dir`; returns their paths. */
export function opensslCa(
  dir: string,
  passphrase: string,
  opts: OpensslCaOptions,
): { cert: string; key: string } {
  const cert = join(dir, `${opts.name}.crt`);
  const key = join(dir, `${opts.name}.key`);
  // genpkey writes PKCS#8 encrypted with PBES2/AES-256 (`openssl req -newkey` alone would pick
  // 3DES, which the importer refuses with advice to convert).
  runOk('openssl', [
    'genpkey',
    '-algorithm',
    'EC',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-aes-256-cbc',
    '-pass',
    `pass:${passphrase}`,
    '-out',
    key,
  ]);
  runOk('openssl', [
    'req',
    '-x509',
    '-key',
    key,
    '-passin',
    `pass:${passphrase}`,
    '-out',
    cert,
    '-days',
    String(opts.days),
    '-subj',
    opts.subject,
    '-utf8',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  return { cert, key };
}
