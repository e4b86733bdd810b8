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

const KIND_TEXT: Readonly<Record<DerKind, string>> = {
  certificate: 'a certificate',
  csr: 'a certificate request',
  crl: 'a CRL',
  pkcs8: 'a PKCS#8 private key',
  'pkcs8-encrypted': 'an encrypted PKCS#8 private key',
  pkcs1: 'an RSA (PKCS#1) private key',
  sec1: 'an EC (SEC1) private key',
  pkcs7: 'a PKCS#7 bundle',
  spki: 'a bare public key',
  unknown: 'an unknown structure',
};

/** Items and problems found in one part of a file. */
export interface Part {
  items: DecodedItem[];
  errors: AppError[];
}

const err = (code: ErrorCode, message: string, path: string): AppError => ({ code, message, path });

/** Decodes one DER element sequence (a binary file, or one PEM block's body). */
export async function decodeDer(
  crypto: Crypto,
  b: Uint8Array,
  where: string,
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
          ? err(
              'input-truncated',
              `${where} ends early: its DER data is cut off. Copy or download the file again.`,
              path,
            )
          : err(
              'input-not-pki',
              `${where} is not well-formed DER (${v.problem === 'too-deep' ? 'nested too deeply' : 'bad lengths or tags'}). It is not a certificate, key, CSR, CRL or bundle.`,
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
  where: string,
  path: string,
  allowed: readonly DerKind[] | undefined,
  part: Part,
): Promise<void> {
  const kind = sniffDer(b, root);
  if (allowed !== undefined && !allowed.includes(kind)) {
    part.errors.push(
      err(
        'input-not-pki',
        `${where} is labelled as ${KIND_TEXT[allowed[0]!]} but holds ${KIND_TEXT[kind]}.`,
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
            err(
              'input-not-pki',
              `${where} looks like ${KIND_TEXT[kind]} but its fields are not valid.`,
              path,
            ),
          );
        return;
      }
      case 'pkcs7': {
        const contents = pkcs7Contents(b, root);
        if (contents === undefined || contents.certs.length + contents.crls.length === 0) {
          part.errors.push(
            err(
              'input-unsupported',
              `${where} is a PKCS#7 message without certificates; only certificate bundles (openssl crl2pkcs7) are read.`,
              path,
            ),
          );
          return;
        }
        for (const c of contents.certs)
          await decodeElement(
            crypto,
            b,
            c,
            `${where} (PKCS#7 certificate)`,
            path,
            ['certificate'],
            part,
          );
        for (const c of contents.crls)
          await decodeElement(crypto, b, c, `${where} (PKCS#7 CRL)`, path, ['crl'], part);
        return;
      }
      case 'spki':
        part.errors.push(
          err(
            'input-unsupported',
            `${where} is a bare public key. Give the certificate instead: a public key has no names, usages or validity to check.`,
            path,
          ),
        );
        return;
      case 'unknown':
        part.errors.push(
          err(
            'input-not-pki',
            `${where} is DER but not a certificate, key, CSR, CRL or PKCS#7 bundle.`,
            path,
          ),
        );
        return;
    }
  } catch (e) {
    // The library refused a structure that passed our shape checks (bad extension, bad time…).
    const detail = e instanceof Error ? e.message : String(e);
    part.errors.push(
      err(
        'input-not-pki',
        `${where} looks like ${KIND_TEXT[kind]} but could not be read: ${detail}`,
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
  const where = `${name}: block ${index + 1} (line ${block.line}, ${block.label})`;
  const none: Part = { items: [], errors: [] };
  if (block.label === 'EC PARAMETERS') return none; // written by `openssl ecparam -genkey`; no key data
  if (block.problem === 'truncated')
    return {
      items: [],
      errors: [
        err(
          'input-truncated',
          `${where} has no matching "-----END ${block.label}-----" line: the block is cut off. Copy the whole block again.`,
          name,
        ),
      ],
    };
  if (block.problem === 'bad-base64')
    return {
      items: [],
      errors: [
        err(
          'input-not-pki',
          `${where} is not valid base64; the file is damaged. Export it again.`,
          name,
        ),
      ],
    };
  if (block.problem === 'empty' || block.der === undefined)
    return { items: [], errors: [err('input-empty', `${where} is empty.`, name)] };
  if (/ENCRYPTED/.test(block.headers['Proc-Type'] ?? ''))
    return { items: [legacyEncryptedKey(block.label)], errors: [] };
  if (block.label === 'OPENSSH PRIVATE KEY') {
    const key = opensshKey(block.der);
    return key
      ? { items: [key], errors: [] }
      : { items: [], errors: [err('input-not-pki', `${where} is not a valid OpenSSH key.`, name)] };
  }
  const allowed = LABEL_KINDS[block.label];
  if (allowed === undefined)
    return {
      items: [],
      errors: [
        err(
          'input-unsupported',
          `${where}: "${block.label}" blocks are not used for etcd TLS; expected CERTIFICATE, PRIVATE KEY, CERTIFICATE REQUEST, PKCS7 or X509 CRL.`,
          name,
        ),
      ],
    };
  // OpenSSL's TRUSTED CERTIFICATE appends trust settings after the certificate.
  return decodeDer(crypto, block.der, where, name, allowed, block.label === 'TRUSTED CERTIFICATE');
}
