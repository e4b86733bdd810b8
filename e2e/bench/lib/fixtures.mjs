/**
 * Inputs of the benchmark: plans of N members (the same certificates the peer scripts make) and
 * certificate sets of any size for the inspector. Big sets are made by re-signing one template
 * leaf with a new serial each (node:crypto signs natively), so 10,000 distinct certificates take
 * a second, not minutes; they are cached under the bench's work folder.
 */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, sign, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A P-256 CA (`ca.crt`, `ca.key`) and one leaf it signs (`<leaf>.crt`, `<leaf>.key`) made by
 * openssl in `dir`; `extra` goes to the leaf's `openssl req`.
 */
export function opensslCaAndLeaf(dir, leaf, subject, extra = []) {
  const ossl = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-noenc'];
  ossl('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=bench-ca');
  ossl(
    'req',
    '-x509',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    ...ec,
    '-keyout',
    `${leaf}.key`,
    '-out',
    `${leaf}.crt`,
    '-subj',
    subject,
    ...extra,
  );
}

/** The plan the wizard issues for `members` members, three clients, `key` for CA and leaves. */
export function planYaml(members, key) {
  const lines = [
    'version: 1',
    'ca:',
    '  commonName: etcd-ca',
    `  key: ${key}`,
    'leaf:',
    `  key: ${key}`,
    'cluster:',
    '  loopbackSans: true',
    '  members:',
  ];
  for (let i = 0; i < members; i++)
    lines.push(
      `    - name: etcd${i}`,
      `      addresses: [10.${Math.floor(i / 250)}.0.${(i % 250) + 1}, etcd${i}.example.internal]`,
    );
  lines.push('clients: [kube-apiserver, apisix, etcdctl]', '');
  return lines.join('\n');
}

// --- DER, just enough to swap a serial and re-sign ---

function readTlv(buf, pos) {
  const tag = buf[pos];
  let len = buf[pos + 1];
  let hdr = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[pos + 2 + i];
    hdr += n;
  }
  return { tag, start: pos, contentStart: pos + hdr, end: pos + hdr + len };
}

function tlv(tag, content) {
  const len = content.length;
  let head;
  if (len < 0x80) head = [tag, len];
  else if (len < 0x100) head = [tag, 0x81, len];
  else if (len < 0x10000) head = [tag, 0x82, len >> 8, len & 0xff];
  else head = [tag, 0x83, len >> 16, (len >> 8) & 0xff, len & 0xff];
  return Buffer.concat([Buffer.from(head), content]);
}

/** Children of the constructed element `t` of `buf`. */
function kids(buf, t) {
  const out = [];
  for (let p = t.contentStart; p < t.end;) {
    const c = readTlv(buf, p);
    out.push(c);
    p = c.end;
  }
  return out;
}

/** Re-signs `certDer` with serial `serial` (16 bytes) using the CA key; returns PEM. */
function resign(certDer, serial, caKey) {
  const outer = readTlv(certDer, 0);
  const [tbs, alg] = kids(certDer, outer);
  const fields = kids(certDer, tbs);
  const parts = fields.map((f, i) =>
    i === 1 ? tlv(0x02, serial) : certDer.subarray(f.start, f.end),
  );
  const newTbs = tlv(0x30, Buffer.concat(parts));
  const sig = sign('sha256', newTbs, caKey);
  const der = tlv(
    0x30,
    Buffer.concat([
      newTbs,
      certDer.subarray(alg.start, alg.end),
      tlv(0x03, Buffer.concat([Buffer.from([0]), sig])),
    ]),
  );
  const b64 = der.toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN CERTIFICATE-----\n${b64}${b64.length % 65 ? '\n' : ''}-----END CERTIFICATE-----\n`;
}

/** Certificates per bundle file of the big sets: the inspector reads files up to 5 MB. */
const PER_PART = 2500;

/**
 * `count` certificates (a CA first, then distinct leaves it signed) under `dir`: one file
 * `all.pem`, the same cut into bundle files of 2,500 (`parts`) and a folder `files/` with one
 * file each.
 */
export function certificateSet(dir, count) {
  const setDir = join(dir, `certs-${count}`);
  const all = join(setDir, 'all.pem');
  const files = join(setDir, 'files');
  const parts = Array.from({ length: Math.ceil(count / PER_PART) }, (_, i) =>
    join(setDir, `part-${i}.pem`),
  );
  if (existsSync(join(setDir, 'done'))) return { all, parts, files, dir: setDir };
  mkdirSync(files, { recursive: true });
  opensslCaAndLeaf(setDir, 'leaf', '/CN=bench-member', [
    '-days',
    '365',
    '-addext',
    'extendedKeyUsage=serverAuth,clientAuth',
    '-addext',
    'subjectAltName=DNS:member.etcd,IP:127.0.0.1',
  ]);
  const caKey = createPrivateKey(readFileSync(join(setDir, 'ca.key')));
  const caPem = readFileSync(join(setDir, 'ca.crt'), 'utf8');
  const leafDer = new X509Certificate(readFileSync(join(setDir, 'leaf.crt'))).raw;
  const pems = [caPem];
  for (let i = 1; i < count; i++) {
    const serial = Buffer.alloc(16);
    serial[0] = 0x40;
    serial.writeUInt32BE(i, 12);
    pems.push(resign(leafDer, serial, caKey));
  }
  pems.forEach((p, i) => writeFileSync(join(files, `cert-${String(i).padStart(5, '0')}.pem`), p));
  writeFileSync(all, pems.join(''));
  parts.forEach((p, i) => writeFileSync(p, pems.slice(i * PER_PART, (i + 1) * PER_PART).join('')));
  writeFileSync(join(setDir, 'done'), '');
  return { all, parts, files, dir: setDir };
}
