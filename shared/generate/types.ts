/**
 * Types shared by the bundle generators and the bundle writer: what goes in (a plan plus the
 * summaries of the issued certificates) and what comes out (text files with a permission class).
 */
import type { Role } from '../pki/model';
import type { ClientKind, Plan } from '../plan/schema';
import type { AppText } from '../text/text';

/** Identifies one issued leaf certificate; the bundle layout is keyed by it. */
export type CertId = `server:${string}` | `peer:${string}` | `client:${string}`;

/** The non-secret facts about one issued leaf certificate that the generated text mentions. */
export interface CertSummary {
  readonly id: CertId;
  readonly role: Exclude<Role, 'ca'>;
  /** Member name for server and peer certificates. */
  readonly member?: string;
  /** Client name for client certificates. */
  readonly client?: string;
  readonly kind?: ClientKind;
  /** May be empty (APISIX with etcd auth: docs/apisix.md#client-certificate-and-etcd-auth). */
  readonly commonName: string;
  readonly organization?: string;
  readonly sans: readonly string[];
  /** Upper-case hex without leading zeros, as `openssl x509 -noout -serial` prints it. */
  readonly serial: string;
  /** ISO 8601. */
  readonly notBefore: string;
  /** ISO 8601. */
  readonly notAfter: string;
  readonly fingerprintSha256: string;
}

/** A CA certificate as the bundle's README and manifest describe it. */
export interface CaSummary {
  /** RFC 4514-like text, e.g. `CN=etcd-ca`. */
  readonly subject: string;
  /** Upper-case hex without leading zeros, as `openssl x509 -noout -serial` prints it. */
  readonly serial: string;
  readonly fingerprintSha256: string;
  /** ISO 8601. */
  readonly notBefore: string;
  /** ISO 8601. */
  readonly notAfter: string;
}

/** A change of membership the README explains step by step (day 2). */
export type MemberChange =
  | {
      readonly kind: 'add';
      readonly member: string;
      /** Client URLs of the members that already run (etcdctl reaches the cluster through them). */
      readonly runningEndpoints: readonly string[];
    }
  | {
      readonly kind: 'remove';
      readonly member: string;
      /** Where the removed member was installed, for the stop and clean-up step. */
      readonly unitName: string;
      readonly dataDir: string;
      readonly pkiDir: string;
      /** Client URLs of the members that stay. */
      readonly runningEndpoints: readonly string[];
    };

/** How the CA private key leaves the app, if at all (the README tells users what to do with it). */
export type CaExport = 'none' | 'encrypted' | 'plain';

/** Everything the generators need; no key bytes. */
export interface BundleInput {
  readonly plan: Plan;
  readonly certs: readonly CertSummary[];
  /** The CA that signed the leaves (and whose key ca/ca.key holds, when exported). */
  readonly ca: CaSummary & { readonly exported: CaExport };
  /**
   * Every CA in the bundle's trust files (ca/ca.crt and its copies), in file order. Omitted: the
   * CA alone. Holds two CAs in the first phases of a CA rotation.
   */
  readonly trust?: readonly CaSummary[];
  /** Version of etcd TLS Wizard that wrote the bundle (manifest.json records it). */
  readonly toolVersion: string;
  /** Extra notes for the README's warnings section (e.g. which phase of a CA rotation this is). */
  readonly notes?: readonly Warning[];
  /** A membership change the README walks through, in order (add-member, remove-member). */
  readonly change?: MemberChange;
  /** Day 2: the certificates `renew` issued again; the README shows how to swap them in place. */
  readonly renewed?: readonly string[];
  /** The moment "days left" is counted from (shared/ never reads the clock). */
  readonly now: Date;
  readonly options: {
    /** Write client.p12 next to each client certificate. */
    readonly pkcs12: boolean;
    /** The .p12 files use the legacy 3DES/SHA-1 form (for old Windows/Java). */
    readonly pkcs12Legacy?: boolean;
    /**
     * Absolute folder where etcdctl's files are installed on an admin host; etcdctl.env points
     * there. Default `<pkiDir>/etcdctl`.
     */
    readonly etcdctlDir?: string;
  };
}

/**
 * Permission class of a written file: `secret` = owner read/write only (keys, tokens, Secrets
 * with keys), `executable` = scripts, `public` = everything else.
 */
export type FileMode = 'secret' | 'public' | 'executable';

/** One generated text file; `path` is POSIX and relative to the bundle root. */
export interface BundleFile {
  readonly path: string;
  readonly content: string;
  readonly mode: FileMode;
}

/** Result of generating the bundle's text files. */
export interface GeneratedBundle {
  readonly files: BundleFile[];
  /** Problems the user must know about (also listed in the README), as texts for the edge. */
  readonly warnings: AppText[];
}

/** A warning in both README languages; `GeneratedBundle.warnings` carries both as one text. */
export interface Warning {
  readonly en: string;
  readonly zh: string;
}

/** Where the writer puts a certificate and its key inside the bundle. */
export interface PemPaths {
  readonly cert: string;
  readonly key: string;
  /** Client certificates only: where client.p12 goes when PKCS#12 export is on. */
  readonly p12?: string;
}

/** Every PEM location in the bundle, so the writer and the generated configs agree. */
export interface BundleLayout {
  readonly ca: {
    readonly cert: string;
    /** Written only when the CA key is exported. */
    readonly key: string;
    /** Copies of ca.crt next to each member's and client's files. */
    readonly copies: readonly string[];
  };
  readonly certs: Readonly<Record<CertId, PemPaths>>;
}

/** PEM texts the writer has at hand; input of `kubernetesSecrets`. */
export interface ClientPems {
  readonly ca: string;
  /** Keyed by client name. */
  readonly clients: Readonly<Record<string, { readonly cert: string; readonly key: string }>>;
}

/** Which client plays which part; decided once in bundle.ts and shared with the README. */
export interface ClientRoles {
  readonly etcdctl: readonly string[];
  readonly kubeApiserver?: string;
  readonly apisix?: string;
}
