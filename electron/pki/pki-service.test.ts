import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webCrypto } from '../node/node-crypto';
import { needTool, run, runOk, tempDir } from '../test-support/tools';
import { importCa } from '../../shared/pki/ca';
import { importExistingCa } from './pki-service';

// Keys encrypted the ways openssl's own commands do by default: PBES2 with 3DES
// (`openssl pkcs8 -topk8 -v2 des3`), legacy PEM with Proc-Type/DEK-Info (`openssl ec -des3`),
// and PKCS#12-style PBES1 3DES (`-v1 PBE-SHA1-3DES`). WebCrypto cannot decrypt any of them.
describe.skipIf(!needTool('openssl'))('CA import of keys only OpenSSL can decrypt', () => {
  const dir = tempDir('etw-ca3des-');
  const f = (n: string) => join(dir.path, n);
  const PASS = 'correct horse battery';

  beforeAll(() => {
    runOk('openssl', [
      'genpkey',
      '-algorithm',
      'EC',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-out',
      f('ca.key'),
    ]);
    runOk('openssl', [
      'req',
      '-x509',
      '-new',
      '-key',
      f('ca.key'),
      '-subj',
      '/CN=Old CA',
      '-days',
      '30',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
      '-out',
      f('ca.crt'),
    ]);
    runOk('openssl', [
      'pkcs8',
      '-topk8',
      '-in',
      f('ca.key'),
      '-v2',
      'des3',
      '-passout',
      `pass:${PASS}`,
      '-out',
      f('pbes2-3des.key'),
    ]);
    runOk('openssl', [
      'ec',
      '-in',
      f('ca.key'),
      '-des3',
      '-passout',
      `pass:${PASS}`,
      '-out',
      f('legacy.key'),
    ]);
    runOk('openssl', [
      'pkcs8',
      '-topk8',
      '-in',
      f('ca.key'),
      '-v1',
      'PBE-SHA1-3DES',
      '-passout',
      `pass:${PASS}`,
      '-out',
      f('pbes1.key'),
    ]);
  });
  afterAll(() => dir.remove());

  it.each(['pbes2-3des.key', 'legacy.key', 'pbes1.key'])(
    'imports %s with the right passphrase',
    async (name) => {
      const input = {
        cert: readFileSync(f('ca.crt'), 'utf8'),
        key: readFileSync(f(name), 'utf8'),
        passphrase: PASS,
        keyName: name,
      };
      // The pure core (WebCrypto only) cannot read it: the Node fallback is what makes this work.
      const pure = await importCa(input, webCrypto);
      expect(pure).toMatchObject({ ok: false, error: { code: 'input-unsupported' } });
      const r = await importExistingCa(input);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.keyPem).toContain('-----BEGIN PRIVATE KEY-----');
      // The decrypted key is the CA's own key.
      const plain = runOk('openssl', ['pkey', '-in', f('ca.key'), '-pubout']);
      const got = run('openssl', ['pkey', '-pubout'], { input: r.value.keyPem }).stdout;
      expect(got).toBe(plain);
    },
  );

  it('says the passphrase is wrong, naming the file', async () => {
    const r = await importExistingCa({
      cert: readFileSync(f('ca.crt'), 'utf8'),
      key: readFileSync(f('legacy.key'), 'utf8'),
      passphrase: 'not the passphrase',
      keyName: 'legacy.key',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'passphrase-wrong', path: 'legacy.key' } });
  });
});
