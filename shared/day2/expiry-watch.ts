/**
 * Expiry for cron and monitoring: which certificates end within a window (so `inspect
 * --expiring-within 30d` can exit 1), and node-exporter textfile metrics of every certificate's
 * end, so that an alert fires long before etcd stops accepting connections.
 */

/** One certificate found by the inspector, reduced to what expiry watching needs. */
export interface CertificateExpiry {
  readonly file: string;
  /** RFC 4514-like subject text. */
  readonly subject: string;
  /** Hex serial as found (a leading 00 pad byte is allowed). */
  readonly serial: string;
  /** ISO 8601. */
  readonly notAfter: string;
}

/** The certificates whose notAfter is before `now + windowMs` (already expired ones included). */
export function expiringWithin(
  certs: readonly CertificateExpiry[],
  now: Date,
  windowMs: number,
): CertificateExpiry[] {
  const limit = now.getTime() + windowMs;
  return certs
    .filter((c) => Date.parse(c.notAfter) <= limit)
    .sort((a, b) => Date.parse(a.notAfter) - Date.parse(b.notAfter));
}

/** A serial as `openssl x509 -noout -serial` prints it: upper case, no leading zero bytes. */
export function opensslSerial(hex: string): string {
  return hex
    .replace(/:/g, '')
    .toUpperCase()
    .replace(/^(00)+(?=[0-9A-F]{2})/, '');
}

/**
 * A label value in the Prometheus text exposition format: backslash, double quote and line feed
 * are the characters that must be escaped.
 */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Name of the expiry metric. */
export const NOT_AFTER_METRIC = 'etcd_tls_wizard_certificate_not_after_seconds';

/**
 * Textfile-collector metrics: each certificate's notAfter in Unix seconds, labelled by file,
 * subject and serial (one series per certificate and file), plus when the inspection ran.
 */
export function prometheusTextfile(certs: readonly CertificateExpiry[], now: Date): string {
  const lines = [
    `# HELP ${NOT_AFTER_METRIC} When the certificate expires (notAfter), in seconds since the Unix epoch.`,
    `# TYPE ${NOT_AFTER_METRIC} gauge`,
  ];
  const seen = new Set<string>();
  for (const c of certs) {
    const labels = `file="${escapeLabelValue(c.file)}",subject="${escapeLabelValue(c.subject)}",serial="${escapeLabelValue(opensslSerial(c.serial))}"`;
    if (seen.has(labels)) continue;
    seen.add(labels);
    lines.push(`${NOT_AFTER_METRIC}{${labels}} ${Math.floor(Date.parse(c.notAfter) / 1000)}`);
  }
  lines.push(
    '# HELP etcd_tls_wizard_inspect_timestamp_seconds When etcd-tls-wizard inspect wrote these metrics.',
    '# TYPE etcd_tls_wizard_inspect_timestamp_seconds gauge',
    `etcd_tls_wizard_inspect_timestamp_seconds ${Math.floor(now.getTime() / 1000)}`,
  );
  return `${lines.join('\n')}\n`;
}
