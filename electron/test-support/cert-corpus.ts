/**
 * Unusual certificates made by openssl, for the tests that hold the fast certificate reader to
 * @peculiar/x509's output: every name string type and escape, multi-valued RDNs, each SAN form,
 * every key usage bit, odd EKUs, path lengths, both time types, AKI forms, policy/CRL/AIA
 * extensions, version 1, zero and negative serials, each key type.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runOk } from './tools';

interface Variant {
  readonly name: string;
  readonly subj?: string;
  readonly ext?: readonly string[];
  readonly key?: readonly string[];
  readonly args?: readonly string[];
}

const EC = ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'];

const VARIANTS: readonly Variant[] = [
  { name: 'plain', subj: '/CN=plain' },
  { name: 'multi-rdn', subj: '/CN=a+O=b+CN=c/O=org1/O=org2/OU=unit' },
  { name: 'utf8', subj: '/CN=证书 ünïcødé/O=例子', args: ['-utf8'] },
  { name: 'escapes', subj: '/CN=#a\\,b\\+c;d<e>f"g\\\\h /O= lead/OU=x ' },
  {
    name: 'attrs',
    subj: '/C=DE/ST=Bayern/L=München/O=Org/OU=U/CN=x/emailAddress=a@b.c/serialNumber=42/DC=example/DC=com/GN=G/SN=S/title=T/initials=I',
    args: ['-utf8'],
  },
  { name: 'empty-subject', subj: '/' },
  {
    name: 'sans',
    ext: [
      'subjectAltName=DNS:a.example,DNS:*.b.example,IP:10.1.2.3,IP:::1,IP:fe80::1,IP:2001:db8:0:0:1:0:0:1,IP:2001:db8:1:2:3:4:5:6,IP:0:0:1::,email:x@y.z,URI:https://u.example/p?q=1',
    ],
  },
  { name: 'san-othername', ext: ['subjectAltName=DNS:a,otherName:1.2.3.4;UTF8:hello'] },
  { name: 'san-dirname', ext: ['subjectAltName=dirName:dir_sect'] },
  {
    name: 'ku-all',
    ext: [
      'keyUsage=critical,digitalSignature,nonRepudiation,keyEncipherment,dataEncipherment,keyAgreement,keyCertSign,cRLSign,encipherOnly,decipherOnly',
    ],
  },
  { name: 'ku-one', ext: ['keyUsage=keyCertSign'] },
  {
    name: 'eku-odd',
    ext: [
      'extendedKeyUsage=critical,codeSigning,emailProtection,timeStamping,OCSPSigning,anyExtendedKeyUsage,1.2.3.4.5',
    ],
  },
  { name: 'bc-pathlen', ext: ['basicConstraints=critical,CA:TRUE,pathlen:0'] },
  { name: 'bc-pathlen-big', ext: ['basicConstraints=CA:TRUE,pathlen:300'] },
  { name: 'bc-leaf', ext: ['basicConstraints=CA:FALSE'] },
  {
    name: 'aki-issuer',
    ext: ['subjectKeyIdentifier=hash', 'authorityKeyIdentifier=keyid:always,issuer:always'],
  },
  { name: 'ids', ext: ['subjectKeyIdentifier=hash', 'authorityKeyIdentifier=keyid:always'] },
  { name: 'ski-only', ext: ['subjectKeyIdentifier=hash', 'authorityKeyIdentifier=none'] },
  { name: 'policies', ext: ['certificatePolicies=1.2.3.4'] },
  { name: 'crldp', ext: ['crlDistributionPoints=URI:http://crl.example/ca.crl'] },
  { name: 'aia', ext: ['authorityInfoAccess=OCSP;URI:http://ocsp.example'] },
  { name: 'name-constraints', ext: ['nameConstraints=permitted;DNS:example.com'] },
  { name: 'generalized-time', args: ['-days', '20000'] },
  { name: 'serial-zero', args: ['-set_serial', '0'] },
  { name: 'serial-negative', args: ['-set_serial', '-5'] },
  { name: 'serial-high-bit', args: ['-set_serial', '0x80'] },
  { name: 'rsa', key: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'] },
  { name: 'rsa-pss', key: ['-algorithm', 'RSA-PSS', '-pkeyopt', 'rsa_keygen_bits:2048'] },
  { name: 'p384', key: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'] },
  { name: 'p521', key: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-521'] },
  { name: 'secp256k1', key: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:secp256k1'] },
  { name: 'ed25519', key: ['-algorithm', 'ED25519'] },
  { name: 'ed448', key: ['-algorithm', 'ED448'] },
];

/**
 * Writes one self-signed certificate per variant into `dir` (PEM) plus a version 1 certificate
 * signed by the first; returns the PEM file paths.
 */
export function makeCertCorpus(dir: string): string[] {
  const ssl = (...args: string[]) => runOk('openssl', args, { cwd: dir });
  const out: string[] = [];
  for (const v of VARIANTS) {
    const ext = v.ext ?? [];
    writeFileSync(
      join(dir, `${v.name}.cnf`),
      `[req]\ndistinguished_name=dn\n[dn]\n[v3]\n${ext.join('\n')}\n[dir_sect]\nCN=dir\nO=x\n`,
    );
    ssl('genpkey', ...(v.key ?? EC), '-out', `${v.name}.key`);
    ssl(
      'req',
      '-x509',
      '-new',
      '-key',
      `${v.name}.key`,
      '-config',
      `${v.name}.cnf`,
      ...(ext.length > 0 ? ['-extensions', 'v3'] : []),
      ...(v.name === 'multi-rdn' ? ['-multivalue-rdn'] : []),
      '-subj',
      v.subj ?? `/CN=${v.name}`,
      ...(v.args?.includes('-days') ? [] : ['-days', '30']),
      ...(v.args ?? []),
      '-out',
      `${v.name}.pem`,
    );
    out.push(join(dir, `${v.name}.pem`));
  }
  // Version 1: `x509 -req` without extensions.
  ssl('genpkey', ...EC, '-out', 'v1.key');
  ssl('req', '-new', '-key', 'v1.key', '-subj', '/CN=v1/O=old', '-out', 'v1.csr');
  ssl(
    'x509',
    '-req',
    '-in',
    'v1.csr',
    '-CA',
    'plain.pem',
    '-CAkey',
    'plain.key',
    '-days',
    '5',
    '-out',
    'v1.pem',
  );
  out.push(join(dir, 'v1.pem'));
  return out;
}
