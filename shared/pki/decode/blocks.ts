/**
 * Decoding of one DER element sequence or one PEM block, with the label checks and per-block
 * error messages; index.ts drives it per file.
 */
import type { AppError, ErrorCode } from '../../result';
import { decodeCertificateDer, decodeCrlDer, decodeCsrDer, pkcs7Contents } from './cert';
import { validateDer, type Tlv } from './der';
import { decodePrivateKeyDer, legacyEncryptedKey, opensshKey } from './key';
import { sniffDer, type DerKind } from './sniff';
import type { PemBlock } from './text';
import type { DecodedItem } from '../model';
import type { Crypto } from '../webcrypto';
import { type AppText, type TextParam, msg } from '../../text/text';

const CERT_LABELS = ['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE'];
/** PEM labels and the DER kinds each may hold. */
const LABEL_KINDS: Readonly<Record<string, readonly DerKind[]>> = {
  ...Object.fromEntries(CERT_LABELS.map((l) => [l, ['certificate'] as const])),
  'CERTIFICATE REQUEST': ['csr'],
  'NEW CERTIFICATE REQUEST': ['csr'],
  'PRIVATE KEY': ['pkcs8'],
  'RSA PRIVATE KEY': ['pkcs1'],
  'EC PRIVATE KEY': ['sec1'],
  'ENCRYPTED PRIVATE KEY': ['pkcs8-encrypted'],
  PKCS7: ['pkcs7'],
  CMS: ['pkcs7'],
  'X509 CRL': ['crl'],
};

const KIND_TEXT = (kind: DerKind): AppText => msg(`der.${kind}`, {});

/** Items and problems found in one part of a file. */
export interface Part {
  items: DecodedItem[];
  errors: AppError[];
}

const err = (code: ErrorCode, text: AppText, path: string): AppError => ({ code, text, path });

/** Decodes one DER element sequence (a binary file, or one PEM block's body). */
export async function decodeDer(
  crypto: Crypto,
  b: Uint8Array,
  where: TextParam,
  path: string,
  allowed?: readonly DerKind[],
  allowTrailing = false,
): Promise<Part> {
  const part: Part = { items: [], errors: [] };
  let rest = b;
  // Binary files may hold several DER elements back to back (some tools concatenate certificates).
  for (let guard = 0; rest.length > 0 && guard < 1000; guard++) {
    const v = validateDer(rest);
    if (!v.ok) {
      part.errors.push(
        v.problem === 'truncated'
          ? err('input-truncated', msg('decode.cut-off', { where }), path)
          : err(
              'input-not-pki',
              msg('decode.not-der', {
                where,
                problem: msg(v.problem === 'too-deep' ? 'decode.too-deep' : 'decode.bad-tags', {}),
              }),
              path,
            ),
      );
      return part;
    }
    await decodeElement(crypto, rest, v.root, where, path, allowed, part);
    if (allowTrailing || v.trailing === 0) return part;
    rest = rest.subarray(v.root.end);
  }
  return part;
}

async function decodeElement(
  crypto: Crypto,
  b: Uint8Array,
  root: Tlv,
  where: TextParam,
  path: string,
  allowed: readonly DerKind[] | undefined,
  part: Part,
): Promise<void> {
  const kind = sniffDer(b, root);
  if (allowed !== undefined && !allowed.includes(kind)) {
    part.errors.push(
      err(
        'input-not-pki',
        msg('decode.mislabelled', { where, label: KIND_TEXT(allowed[0]!), kind: KIND_TEXT(kind) }),
        path,
      ),
    );
    return;
  }
  try {
    switch (kind) {
      case 'certificate':
        part.items.push(await decodeCertificateDer(crypto, b, root));
        return;
      case 'csr':
        part.items.push(await decodeCsrDer(b, root));
        return;
      case 'crl':
        part.items.push(await decodeCrlDer(b, root));
        return;
      case 'pkcs8':
      case 'pkcs8-encrypted':
      case 'pkcs1':
      case 'sec1': {
        const key = await decodePrivateKeyDer(crypto, b, root, kind);
        if (key) part.items.push(key);
        else
          part.errors.push(
            err('input-not-pki', msg('decode.bad-fields', { where, kind: KIND_TEXT(kind) }), path),
          );
        return;
      }
      case 'pkcs7': {
        const contents = pkcs7Contents(b, root);
        if (contents === undefined || contents.certs.length + contents.crls.length === 0) {
          part.errors.push(err('input-unsupported', msg('decode.pkcs7-empty', { where }), path));
          return;
        }
        for (const c of contents.certs)
          await decodeElement(
            crypto,
            b,
            c,
            msg('decode.where-pkcs7-cert', { where }),
            path,
            ['certificate'],
            part,
          );
        for (const c of contents.crls)
          await decodeElement(
            crypto,
            b,
            c,
            msg('decode.where-pkcs7-crl', { where }),
            path,
            ['crl'],
            part,
          );
        return;
      }
      case 'spki':
        part.errors.push(err('input-unsupported', msg('decode.bare-public-key', { where }), path));
        return;
      case 'unknown':
        part.errors.push(err('input-not-pki', msg('decode.der-unknown', { where }), path));
        return;
    }
  } catch (e) {
    // The library refused a structure that passed our shape checks (bad extension, bad time…).
    const detail = e instanceof Error ? e.message : String(e);
    part.errors.push(
      err(
        'input-not-pki',
        msg('decode.unreadable-kind', { where, kind: KIND_TEXT(kind), detail }),
        path,
      ),
    );
  }
}

/** Decodes one PEM block; EC PARAMETERS are skipped, legacy-encrypted keys summarised by label. */
export async function decodeBlock(
  crypto: Crypto,
  block: PemBlock,
  index: number,
  name: string,
): Promise<Part> {
  const where = msg('decode.where-block', {
    file: name,
    n: index + 1,
    line: block.line,
    label: block.label,
  });
  const none: Part = { items: [], errors: [] };
  if (block.label === 'EC PARAMETERS') return none; // written by `openssl ecparam -genkey`; no key data
  if (block.problem === 'truncated')
    return {
      items: [],
      errors: [
        err('input-truncated', msg('decode.no-end-line', { where, label: block.label }), name),
      ],
    };
  if (block.problem === 'bad-base64')
    return {
      items: [],
      errors: [err('input-not-pki', msg('decode.bad-base64', { where }), name)],
    };
  if (block.problem === 'empty' || block.der === undefined)
    return { items: [], errors: [err('input-empty', msg('decode.block-empty', { where }), name)] };
  if (/ENCRYPTED/.test(block.headers['Proc-Type'] ?? ''))
    return { items: [legacyEncryptedKey(block.label)], errors: [] };
  if (block.label === 'OPENSSH PRIVATE KEY') {
    const key = opensshKey(block.der);
    return key
      ? { items: [key], errors: [] }
      : {
          items: [],
          errors: [err('input-not-pki', msg('decode.bad-openssh', { where }), name)],
        };
  }
  const allowed = LABEL_KINDS[block.label];
  if (allowed === undefined)
    return {
      items: [],
      errors: [
        err('input-unsupported', msg('decode.unused-label', { where, label: block.label }), name),
      ],
    };
  // OpenSSL's TRUSTED CERTIFICATE appends trust settings after the certificate.
  return decodeDer(crypto, block.der, where, name, allowed, block.label === 'TRUSTED CERTIFICATE');
}
