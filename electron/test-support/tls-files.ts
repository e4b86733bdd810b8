/**
 * Certificate files of a running cluster: replace them the way an admin should (write a temporary
 * file next to the target, then rename, so etcd never reads half a file), read what a member
 * serves on a new TLS handshake, and read the CA certificates of a trust file.
 */
import { X509Certificate } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { connect } from 'node:tls';
import type { ClientTls } from './etcd-cluster';

/** Replaces `to` by a copy of `from` through a temporary file in the same folder and a rename. */
export function replaceFile(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true, mode: 0o700 });
  const tmp = join(dirname(to), `.${basename(to)}.tmp-${process.pid}`);
  copyFileSync(from, tmp);
  renameSync(tmp, to);
}

/**
 * Copies `names` from `fromDir` into `toDir` with {@link replaceFile}. Certificates first, keys
 * after: etcd loads the pair on each handshake, and a new certificate with the old key fails
 * only until the key follows a moment later.
 */
export function replaceFiles(fromDir: string, toDir: string, names: readonly string[]): void {
  const keysLast = [...names].sort(
    (a, b) => Number(a.endsWith('.key')) - Number(b.endsWith('.key')),
  );
  for (const n of keysLast) replaceFile(join(fromDir, n), join(toDir, n));
}

/** Every certificate of a PEM file, in order (a trust file may hold several CAs). */
export function pemCertificates(path: string): X509Certificate[] {
  const text = readFileSync(path, 'utf8');
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((b) => new X509Certificate(b));
}

/** The serial number of the first certificate in `path`, upper-case hex as Node prints it. */
export function serialOf(path: string): string {
  const first = pemCertificates(path)[0];
  if (!first) throw new Error(`${path}: no certificate`);
  return first.serialNumber;
}

/** True when `cert` was issued and signed by `ca` (subject/issuer and signature both match). */
export function signedBy(cert: X509Certificate, ca: X509Certificate): boolean {
  return cert.checkIssued(ca) && cert.verify(ca.publicKey);
}

/**
 * Opens a new TLS connection to 127.0.0.1:`port` with the client files and returns the leaf the
 * server presented. Verification is off on purpose: the caller checks the chain itself, and a
 * certificate the client would refuse must still be seen.
 */
export function servedCertificate(port: number, tls: ClientTls): Promise<X509Certificate> {
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: '127.0.0.1',
      port,
      servername: 'localhost',
      ca: readFileSync(tls.ca),
      cert: readFileSync(tls.cert),
      key: readFileSync(tls.key),
      rejectUnauthorized: false,
      timeout: 5000,
    });
    socket.once('secureConnect', () => {
      const cert = socket.getPeerX509Certificate();
      socket.destroy();
      if (cert) resolve(cert);
      else reject(new Error(`127.0.0.1:${port} presented no certificate`));
    });
    socket.once('timeout', () => socket.destroy(new Error(`127.0.0.1:${port}: TLS timeout`)));
    socket.once('error', reject);
  });
}
