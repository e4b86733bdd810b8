/**
 * Command line: the same core as the window, headless, for scripted issuance, day-2 changes
 * (renew, add-member, remove-member, rotate-ca), expiry checks in cron and CI, live checks of
 * running members, and tests. Exit codes: 0 fine, 1 lint errors, expiring certificates or
 * endpoints with problems, 2 bad input. No 'electron' here.
 */
import { parseArgs } from 'node:util';
import type { Role } from '../../shared/pki/model';
import { cliText, cliUsage } from '../../shared/cli/messages';
import { EXAMPLE_PLAN_YAML_ZH } from '../../shared/plan/example-plan-zh';
import { EXAMPLE_PLAN_YAML } from '../../shared/plan/plan';
import type { ClientKind } from '../../shared/plan/schema';
import { escapeControls, quoteInput } from '../../shared/text/one-line';
import { APP_VERSION } from '../node/app-version';
import { cliLanguage } from './cli-language';
import { runInspect } from './inspect';
import { runIssue } from './issue';
import { runProbe } from './probe';
import { runAddMember, runRemoveMember } from './members';
import { runRenew } from './renew';
import { runRotateCa } from './rotate-ca';
import { EXIT, type CliIo } from './io';
import { readSecretFromTerminal } from './tty';

/**
 * Runs the CLI with explicit arguments and streams; returns the exit code. `--lang` (anywhere)
 * or the locale in `io.env` picks the language of the output and of bundles whose plan names none.
 */
export async function main(argv: readonly string[], cliIo: CliIo): Promise<number> {
  const lang = cliLanguage(argv, cliIo.env);
  if (!lang.ok) {
    cliIo.err(`etcd-tls-wizard: ${cliText(lang.language)('langUnknown', { value: lang.value })}`);
    return EXIT.badInput;
  }
  const io: CliIo = { ...cliIo, language: lang.language };
  const t = cliText(lang.language);
  const usage = cliUsage(lang.language);
  const [command, ...rest] = lang.args;
  try {
    switch (command) {
      case 'init':
        // The example names its language, so it names the CLI's: a plan printed under a zh_CN
        // locale issues a Chinese bundle, as it would have without the line.
        io.out(lang.language === 'zh-CN' ? EXAMPLE_PLAN_YAML_ZH : EXAMPLE_PLAN_YAML);
        return EXIT.ok;
      case 'issue': {
        const { values } = parseArgs({
          args: [...rest],
          options: {
            plan: { type: 'string' },
            out: { type: 'string' },
            'export-ca-key': { type: 'string' }, // none | encrypted | plain
            'ca-cert': { type: 'string' },
            'ca-key': { type: 'string' },
            zip: { type: 'boolean' },
            pkcs12: { type: 'boolean' },
            'pkcs12-legacy': { type: 'boolean' },
          },
          strict: true,
        });
        return await runIssue(values, io);
      }
      case 'inspect': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            json: { type: 'boolean' },
            format: { type: 'string' },
            'expiring-within': { type: 'string' },
            host: { type: 'string', multiple: true },
            role: { type: 'string' }, // ca | etcd-server | etcd-peer | client
            kind: { type: 'string' }, // kube-apiserver | apisix | etcdctl | custom
            'etcd-auth': { type: 'boolean' },
          },
          allowPositionals: true,
          strict: true,
        });
        return await runInspect(
          positionals,
          {
            json: values.json ?? false,
            ...(values.format !== undefined ? { format: values.format } : {}),
            ...(values['expiring-within'] !== undefined
              ? { expiringWithin: values['expiring-within'] }
              : {}),
            hosts: values.host ?? [],
            ...(values.role !== undefined ? { role: values.role as Role } : {}),
            ...(values.kind !== undefined ? { kind: values.kind as ClientKind } : {}),
            ...(values['etcd-auth'] !== undefined ? { etcdAuth: values['etcd-auth'] } : {}),
          },
          io,
        );
      }
      case 'probe': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            json: { type: 'boolean' },
            cacert: { type: 'string' },
            cert: { type: 'string' },
            key: { type: 'string' },
          },
          allowPositionals: true,
          strict: true,
        });
        return await runProbe(
          positionals,
          {
            json: values.json ?? false,
            ...(values.cacert !== undefined ? { cacert: values.cacert } : {}),
            ...(values.cert !== undefined ? { cert: values.cert } : {}),
            ...(values.key !== undefined ? { key: values.key } : {}),
          },
          io,
        );
      }
      case 'renew': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            out: { type: 'string' },
            only: { type: 'string', multiple: true },
            'expiring-within': { type: 'string' },
            'ca-key': { type: 'string' },
          },
          allowPositionals: true,
          strict: true,
        });
        return await runRenew(
          positionals,
          {
            ...(values.out !== undefined ? { out: values.out } : {}),
            ...(values.only ? { only: values.only } : {}),
            ...(values['expiring-within'] !== undefined
              ? { expiringWithin: values['expiring-within'] }
              : {}),
            ...(values['ca-key'] !== undefined ? { caKey: values['ca-key'] } : {}),
          },
          io,
        );
      }
      case 'add-member': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            out: { type: 'string' },
            name: { type: 'string' },
            address: { type: 'string', multiple: true },
            'client-port': { type: 'string' },
            'peer-port': { type: 'string' },
            'ca-key': { type: 'string' },
          },
          allowPositionals: true,
          strict: true,
        });
        return await runAddMember(
          positionals,
          {
            ...(values.out !== undefined ? { out: values.out } : {}),
            ...(values.name !== undefined ? { name: values.name } : {}),
            ...(values.address ? { address: values.address } : {}),
            ...(values['client-port'] !== undefined ? { clientPort: values['client-port'] } : {}),
            ...(values['peer-port'] !== undefined ? { peerPort: values['peer-port'] } : {}),
            ...(values['ca-key'] !== undefined ? { caKey: values['ca-key'] } : {}),
          },
          io,
        );
      }
      case 'remove-member': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { out: { type: 'string' }, name: { type: 'string' } },
          allowPositionals: true,
          strict: true,
        });
        return await runRemoveMember(
          positionals,
          {
            ...(values.out !== undefined ? { out: values.out } : {}),
            ...(values.name !== undefined ? { name: values.name } : {}),
          },
          io,
        );
      }
      case 'rotate-ca': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { out: { type: 'string' }, 'ca-common-name': { type: 'string' } },
          allowPositionals: true,
          strict: true,
        });
        return await runRotateCa(
          positionals,
          {
            ...(values.out !== undefined ? { out: values.out } : {}),
            ...(values['ca-common-name'] !== undefined
              ? { caCommonName: values['ca-common-name'] }
              : {}),
          },
          io,
        );
      }
      case '--version':
      case 'version':
        io.out(APP_VERSION);
        return EXIT.ok;
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(usage);
        return command === undefined ? EXIT.badInput : EXIT.ok;
      default:
        io.err(
          `etcd-tls-wizard: ${t('unknownCommand', { command: quoteInput(command) })}\n${usage}`,
        );
        return EXIT.badInput;
    }
  } catch (e) {
    // parseArgs throws TypeError with code ERR_PARSE_ARGS_* for unknown or malformed options.
    if (
      e instanceof TypeError &&
      'code' in e &&
      String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`etcd-tls-wizard ${command}: ${escapeControls(e.message)}`);
      return EXIT.badInput;
    }
    throw e;
  }
}

// Run when executed as the bundled bin (dist/cli.cjs), not when imported by tests.
if (typeof require !== 'undefined' && require.main === module) {
  main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
    err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
    env: process.env,
    // Typed secrets only from a person at a terminal; a pipe is a script, which uses the env.
    ...(process.stdin.isTTY ? { readSecret: readSecretFromTerminal } : {}),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(
        `etcd-tls-wizard: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exitCode = 3;
    },
  );
}
