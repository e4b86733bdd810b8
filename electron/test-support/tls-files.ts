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

/**
 * Replaces each `[from, to]` pair: first every copy goes to a temporary file next to its target,
 * then the renames follow back to back. A rename is atomic, so a reader sees the old or the new
 * file, never a missing or half-written one; between the renames of a certificate and its key
 * (microseconds) a reader could still pair the new certificate with the old key.
 */
export function replaceAll(pairs: readonly (readonly [string, string])[]): void {
  const staged = pairs.map(([from, to]) => {
    mkdirSync(dirname(to), { recursive: true, mode: 0o700 });
    const tmp = join(dirname(to), `.${basename(to)}.tmp-${process.pid}`);
    copyFileSync(from, tmp);
    return [tmp, to] as const;
  });
  for (const [tmp, to] of staged) renameSync(tmp, to);
}

/** {@link replaceAll} for `names` from `fromDir` into `toDir`. */
export function replaceFiles(fromDir: string, toDir: string, names: readonly string[]): void {
  replaceAll(names.map((n) => [join(fromDir, n), join(toDir, n)] as const));
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
