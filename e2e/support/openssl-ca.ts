/** A CA made by openssl for the specs that import one: its key encrypted with a passphrase. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Writes ca.crt and an AES-256 encrypted PKCS#8 ca.key into `dir`; returns their paths. */
export function opensslCa(dir: string, passphrase: string): { cert: string; key: string } {
  const cert = join(dir, 'ca.crt');
  const key = join(dir, 'ca.key');
  execFileSync('openssl', [
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
  execFileSync('openssl', [
    'req',
    '-x509',
    '-key',
    key,
    '-passin',
    `pass:${passphrase}`,
    '-out',
    cert,
    '-days',
    '1500',
    '-subj',
    '/O=示例实验室/CN=Lab Root CA',
    '-utf8',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  return { cert, key };
}
