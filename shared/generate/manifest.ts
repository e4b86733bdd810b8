/**
 * manifest.json: a machine-readable record of what a bundle holds (the CA, the trust anchors and
 * every leaf with its serial, fingerprint, dates and files), so that a later day — renew, add or
 * remove a member, rotate the CA, a monitoring job — reads the bundle instead of guessing from
 * file names. The schema is read back with the same zod definition it is written against.
 */
import * as z from 'zod/mini';
import { classifyAddress } from '../plan/address';
import { CLIENT_KINDS } from '../plan/client-kinds';
import { fail, ok, type Result } from '../result';
import { bundleLayout } from './paths';
import type { BundleFile, BundleInput, CaSummary, CertId } from './types';
import { msg } from '../text/text';
import { zodIssueText } from '../text/zod-text';

/** Schema id of manifest.json; a reader refuses any other. */
export const MANIFEST_SCHEMA = 'etcd-tls-wizard/bundle-manifest@1';
/** Where the manifest sits in every bundle. */
export const MANIFEST_PATH = 'manifest.json';

const iso = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 date'));
const caEntryShape = {
  subject: z.string(),
  serial: z.string(),
  fingerprintSha256: z.string(),
  notBefore: iso,
  notAfter: iso,
};
const caEntry = z.object(caEntryShape);
const optionalString = z.optional(z.string());

const certEntry = z.object({
  id: z.string().check(z.regex(/^(server|peer|client):.+$/)),
  role: z.enum(['etcd-server', 'etcd-peer', 'client']),
  member: optionalString,
  client: optionalString,
  kind: z.optional(z.enum(CLIENT_KINDS)),
  subject: z.object({ commonName: z.string(), organization: optionalString }),
  sans: z.array(z.object({ type: z.enum(['dns', 'ip']), value: z.string() })),
  serial: z.string(),
  fingerprintSha256: z.string(),
  notBefore: iso,
  notAfter: iso,
  files: z.object({ cert: z.string(), key: z.string(), p12: optionalString }),
});

/** manifest.json as written and read (unknown fields are kept out, never an error). */
export const manifestSchema = z.object({
  schema: z.literal(MANIFEST_SCHEMA),
  tool: z.object({ name: z.literal('etcd-tls-wizard'), version: z.string() }),
  createdAt: iso,
  ca: z.object({
    ...caEntryShape,
    file: z.string(),
    key: z.object({
      included: z.boolean(),
      encrypted: z.boolean(),
      file: optionalString,
    }),
  }),
  /** Every CA in ca/ca.crt and its copies, in file order. */
  trust: z.array(caEntry).check(z.minLength(1)),
  pkcs12: z.boolean(),
  /** The .p12 files use the legacy 3DES/SHA-1 form (renewal writes new ones the same way). */
  pkcs12Legacy: z.optional(z.boolean()),
  certificates: z.array(certEntry),
});

/** A parsed manifest.json. */
export type BundleManifest = z.infer<typeof manifestSchema>;
/** One leaf of a manifest. */
export type ManifestCertificate = BundleManifest['certificates'][number];

const caFields = (c: CaSummary) => ({
  subject: c.subject,
  serial: c.serial,
  fingerprintSha256: c.fingerprintSha256,
  notBefore: c.notBefore,
  notAfter: c.notAfter,
});

/** The manifest of a bundle, as data. */
export function bundleManifest(input: BundleInput): BundleManifest {
  const layout = bundleLayout(input.plan);
  const { ca } = input;
  return {
    schema: MANIFEST_SCHEMA,
    tool: { name: 'etcd-tls-wizard', version: input.toolVersion },
    createdAt: input.now.toISOString(),
    ca: {
      ...caFields(ca),
      file: layout.ca.cert,
      key: {
        included: ca.exported !== 'none',
        encrypted: ca.exported === 'encrypted',
        ...(ca.exported !== 'none' ? { file: layout.ca.key } : {}),
      },
    },
    trust: (input.trust ?? [ca]).map(caFields),
    pkcs12: input.options.pkcs12,
    ...(input.options.pkcs12 && input.options.pkcs12Legacy ? { pkcs12Legacy: true } : {}),
    certificates: input.certs.map((c) => {
      const at = layout.certs[c.id as CertId];
      if (!at) throw new Error(`bug: the bundle layout has no place for ${c.id}`);
      return {
        id: c.id,
        role: c.role,
        ...(c.member !== undefined ? { member: c.member } : {}),
        ...(c.client !== undefined ? { client: c.client } : {}),
        ...(c.kind !== undefined ? { kind: c.kind } : {}),
        subject: {
          commonName: c.commonName,
          ...(c.organization !== undefined ? { organization: c.organization } : {}),
        },
        sans: c.sans.map((value) => {
          const a = classifyAddress(value, { allowWildcard: true });
          return { type: a.ok ? a.address.type : ('dns' as const), value };
        }),
        serial: c.serial,
        fingerprintSha256: c.fingerprintSha256,
        notBefore: c.notBefore,
        notAfter: c.notAfter,
        files: {
          cert: at.cert,
          key: at.key,
          ...(input.options.pkcs12 && at.p12 ? { p12: at.p12 } : {}),
        },
      };
    }),
  };
}

/** manifest.json as a bundle file. */
export function manifestFile(input: BundleInput): BundleFile {
  return {
    path: MANIFEST_PATH,
    content: `${JSON.stringify(bundleManifest(input), null, 2)}\n`,
    mode: 'public',
  };
}

/** Reads manifest.json text; the message names the file and the first wrong field. */
export function parseManifest(text: string, source: string): Result<BundleManifest> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail(
      'bundle-invalid',
      msg('manifest.not-json', { file: source, detail: (e as Error).message }),
      source,
    );
  }
  const schema = (json as { schema?: unknown } | null)?.schema;
  if (typeof schema === 'string' && schema !== MANIFEST_SCHEMA)
    return fail(
      'bundle-invalid',
      msg('manifest.schema', { file: source, schema, expected: MANIFEST_SCHEMA }),
      source,
    );
  const r = manifestSchema.safeParse(json, { reportInput: true });
  if (r.success) return ok(r.data);
  const i = r.error.issues[0]!;
  return fail(
    'bundle-invalid',
    msg('manifest.field', {
      file: source,
      field: i.path.map(String).join('.') || msg('plan.top-level', {}),
      problem: zodIssueText(i),
    }),
    source,
  );
}
