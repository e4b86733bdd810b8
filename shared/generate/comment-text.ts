/**
 * The comments inside generated files (configs, env files, scripts, manifests), one
 * implementation per language like the README's prose (readme-text.ts): the bundle's language
 * applies to every file a user reads, not only README.md. Values, flags and commands stay the
 * same in every language; quoted tool output stays verbatim.
 */

/** Every comment line of the generated files (without the leading "# "). */
export interface CommentText {
  readonly etcd: {
    readonly confHead: (version: string, member: string, configFile: string) => string[];
    readonly envHead: (version: string, member: string, envFile: string) => string[];
    readonly flagsHead: (version: string, member: string) => string[];
    readonly unitHead: (
      version: string,
      member: string,
      unitName: string,
      configFile: string,
    ) => string[];
    readonly unitNotify: string;
    readonly unitNofile: string;
    /** Why a setting is there, written above it. */
    readonly why: {
      readonly name: string;
      readonly anyIp: (member: string) => string;
      readonly listenClient: string;
      readonly advertiseClient: string;
      readonly stateNew: string;
      readonly stateExisting: string;
      readonly gateway34: string;
      readonly gateway: string;
      readonly keyFile: string;
      readonly clientCertAuth: string;
      readonly trustedCa: string;
      readonly peerClientCertAuth: string;
    };
  };
  readonly etcdctl: {
    readonly envHead: (version: string, installDir: string, envPath: string) => string[];
    readonly noApi: string;
    readonly checkHead: readonly string[];
    readonly checkWriteOut: string;
    readonly checkStatus: string;
  };
  readonly kube: {
    /** The "copy this file there" lines (`from` already padded); `mode` ends the last one. */
    readonly copy: (lines: readonly [string, string][], mode: string) => string[];
    readonly flagsHead: string;
    readonly flagsAdd: string;
    readonly kubeadmHead: readonly string[];
  };
  readonly apisix: {
    readonly head: (version: string, client: string, dir: string) => string[];
    readonly trustedCa: readonly string[];
    readonly host: string;
    readonly sni: string;
    readonly token: (serviceAccount: string) => string[];
    readonly port: string;
    readonly slices: readonly string[];
  };
  readonly kubernetes: {
    readonly secretHead: (client: string, kind: string, file: string, ns: string) => string[];
    readonly rbacHead: (ns: string, readToken: string) => string[];
  };
}
