/**
 * Node host for the pure PKI core: supplies the native WebCrypto and the clock, so that the
 * IPC handlers, the CLI and the browser host all issue certificates the same way.
 */
import { createPrivateKey } from 'node:crypto';
import type { Plan } from '../../shared/plan/schema';
import { fail, type Result } from '../../shared/result';
import { importCa, type CaImportInput, type CaMaterial } from '../../shared/pki/ca';
import { issuePki, type IssueDeps, type IssuedPki } from '../../shared/pki/issue';
import { webCrypto } from '../node/node-crypto';
import { syncCrypto } from '../node/sync-crypto';
import { msg } from '../../shared/text/text';

/**
 * Issues the CA (or uses `ca`) and every certificate of `plan`, now, with node:crypto answering
 * synchronously (electron/node/sync-crypto.ts: no thread-pool hop per key, export and
 * signature; RSA keys are still made in parallel on the pool). `crypto` replaces it (tests).
 */
export function issuePlan(
  plan: Plan,
  opts: {
    ca?: CaMaterial;
    onProgress?: (done: number, total: number, label: string) => void;
    crypto?: IssueDeps['crypto'];
  } = {},
): Promise<Result<IssuedPki>> {
  return issuePki(plan, { crypto: syncCrypto, now: new Date(), ...opts });
}

/** Imports an existing CA from user files (PEM or DER, any key form, optional passphrase). */
export async function importExistingCa(input: CaImportInput): Promise<Result<CaMaterial>> {
  const first = await importCa(input, webCrypto);
  // WebCrypto has no DES/3DES and no MD5, so keys that `openssl req -newkey … -passout` or
  // `openssl ec -des3` write (PBES2 with des-ede3-cbc, or legacy "Proc-Type: 4,ENCRYPTED" PEM)
  // are out of the pure core's reach. Node's OpenSSL can read them: decrypt to PKCS#8 here.
  if (first.ok || first.error.code !== 'input-unsupported' || !input.passphrase) return first;
  const decrypted = decryptWithOpenSsl(input.key, input.passphrase);
  if (decrypted === 'wrong-passphrase')
    return fail(
      'passphrase-wrong',
      msg('ca.passphrase-wrong', { key: input.keyName ?? msg('what.ca-key', {}) }),
      input.keyName,
    );
  if (decrypted === undefined) return first;
  return importCa({ ...input, key: decrypted, passphrase: undefined }, webCrypto);
}

/** Decrypts any key OpenSSL can read to unencrypted PKCS#8 PEM; undefined when it cannot. */
function decryptWithOpenSsl(
  key: string | Uint8Array,
  passphrase: string,
): string | 'wrong-passphrase' | undefined {
  const text = typeof key === 'string' ? key : new TextDecoder().decode(key);
  const isPem = text.includes('-----BEGIN');
  try {
    const k = isPem
      ? createPrivateKey({ key: text, format: 'pem', passphrase })
      : createPrivateKey({
          key: Buffer.from(key as Uint8Array),
          format: 'der',
          type: 'pkcs8',
          passphrase,
        });
    return k.export({ type: 'pkcs8', format: 'pem' }).toString();
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    return /BAD_DECRYPT|BAD_PASSWORD|INTERRUPTED_OR_CANCELLED/.test(code) ||
      /bad decrypt/i.test(String(e))
      ? 'wrong-passphrase'
      : undefined;
  }
}
