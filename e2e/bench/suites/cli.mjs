/**
 * The command line against its peers, whole processes, interleaved: start-up (`--help` against
 * `node -e 0`), `issue` against cfssl and openssl at several sizes and key types, `inspect
 * --json` against `openssl storeutl -noout -text -certs` on one file and on a folder.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { certificateSet, planYaml } from '../lib/fixtures.mjs';
import { makeRow } from '../lib/stats.mjs';
import { interleave, timeProcess } from '../lib/timing.mjs';

const PEERS = new URL('../peers/', import.meta.url).pathname;

/** Runs the contenders and turns wall and CPU samples into one row against `peer`. */
async function compare(ctx, spec) {
  ctx.log(`  ${spec.label}…`);
  const s = await interleave(spec.contenders, ctx.runs, spec.hooks ?? {});
  const rows = [];
  for (const peer of spec.peers) {
    rows.push(
      makeRow({
        id: peer.id,
        group: spec.group,
        label: peer.label ?? spec.label,
        unit: 'ms',
        ours: s.ours.wall,
        peer: s[peer.name].wall,
        peerName: peer.title,
        goal: peer.goal,
        cpu: { ours: s.ours.cpu, peer: s[peer.name].cpu },
      }),
    );
  }
  return { rows, samples: s };
}

/** Start-up: the CLI's help against an empty Node process. */
export async function startup(ctx) {
  const { rows } = await compare(
    { ...ctx, runs: ctx.runs * 2 },
    {
      group: 'Command line',
      label: '`--help` (start-up)',
      contenders: {
        ours: () => timeProcess(process.execPath, [ctx.cli, '--help']),
        node: () => timeProcess(process.execPath, ['-e', '0']),
      },
      peers: [{ id: 'cli-help', name: 'node', title: '`node -e 0`', goal: 1.5 }],
    },
  );
  if (ctx.extraCaCerts === undefined) return rows;
  // What the variable run.mjs took away costs every Node process: the CLI, the host, any script.
  const { rows: tax } = await compare(
    { ...ctx, runs: ctx.runs * 2 },
    {
      group: 'Command line',
      label:
        '`node -e 0` with NODE_EXTRA_CA_CERTS as this machine sets it (not a goal: see the note)',
      contenders: {
        ours: () =>
          timeProcess(process.execPath, ['-e', '0'], {
            env: { NODE_EXTRA_CA_CERTS: ctx.extraCaCerts },
          }),
        node: () => timeProcess(process.execPath, ['-e', '0']),
      },
      peers: [{ id: 'node-extra-ca-certs', name: 'node', title: '`node -e 0` without it' }],
    },
  );
  return [...rows, ...tax];
}

/**
 * One `issue` comparison: `members` members, key type `key` (wizard name), under `root`. Every
 * run writes a folder of its own, and nothing is deleted until the whole benchmark is done
 * (run.mjs): this machine's ext4 has no journal, and without one ext4 skips every inode freed
 * in the last minute or more when it creates a file, reading each one's on-disk record to check
 * (fs/ext4/ialloc.c, find_inode_bit -> recently_deleted). Deleting a run's hundreds of files made
 * the next runs' file creation cost grow with them, in system time, for every contender (perf:
 * 60% of a 100-member run in recently_deleted), which measured the file system, not the tools.
 */
async function issueRow(ctx, root, { members, key, peers, label }) {
  const dir = join(root, `issue-${members}-${key}`);
  mkdirSync(dir, { recursive: true });
  const plan = join(dir, 'plan.yaml');
  writeFileSync(plan, planYaml(members, key));
  let run = 0;
  const out = (name) => join(dir, `out-${name}-${run}`);
  const cfsslKey = key === 'rsa-2048' ? ['rsa', '2048'] : ['ecdsa', '256'];
  const opensslKey = key === 'rsa-2048' ? 'rsa:2048' : 'ec:P-256';
  // The CA key in plain PEM, as cfssl and openssl write theirs (the default encrypts it, which
  // needs a passphrase and is work the peers do not do).
  const ours = () => ['issue', '--plan', plan, '--out', out('ours'), '--export-ca-key', 'plain'];
  const all = {
    ours: () => timeProcess(process.execPath, [ctx.cli, ...ours()]),
    cfssl: () =>
      timeProcess('sh', [join(PEERS, 'cfssl-issue.sh'), members, ...cfsslKey, out('cfssl')]),
    openssl: () =>
      timeProcess('sh', [join(PEERS, 'openssl-issue.sh'), members, opensslKey, out('openssl')]),
  };
  const contenders = { ours: all.ours };
  for (const p of peers) contenders[p.name] = all[p.name];
  const certs = 2 * members + 3 + 1;
  const r = await compare(ctx, {
    group: 'Command line',
    label: `${label}: ${certs} certificates`,
    contenders,
    hooks: { before: () => run++ },
    peers,
  });
  return { ...r, certs };
}

/** `issue` at the sizes and key types the issue names, plus the scaling table's points. */
export async function issue(ctx) {
  const root = join(ctx.work, 'issue');
  rmSync(root, { recursive: true, force: true });
  ctx.atEnd.push(() => rmSync(root, { recursive: true, force: true }));
  return issueRows(ctx, root);
}

async function issueRows(ctx, root) {
  const q = ctx.quick;
  const small = await issueRow(ctx, root, {
    members: 3,
    key: 'ecdsa-p256',
    label: '`issue` 3 members + 3 clients, P-256',
    peers: [
      { id: 'issue-3-p256-cfssl', name: 'cfssl', title: 'cfssl (one call per cert)', goal: 1.5 },
      {
        id: 'issue-3-p256-openssl',
        name: 'openssl',
        title: 'openssl req -x509 per cert',
        goal: 1.5,
      },
    ],
  });
  const midN = q ? 8 : 25;
  const bigN = q ? 16 : 100;
  const mid = await issueRow(ctx, root, {
    members: midN,
    key: 'ecdsa-p256',
    label: `\`issue\` ${midN} members, P-256`,
    peers: [{ id: 'issue-mid-p256-cfssl', name: 'cfssl', title: 'cfssl (one call per cert)' }],
  });
  const big = await issueRow(ctx, root, {
    members: bigN,
    key: 'ecdsa-p256',
    label: `\`issue\` ${bigN} members, P-256`,
    peers: [
      { id: 'issue-big-p256-cfssl', name: 'cfssl', title: 'cfssl (one call per cert)', goal: 1 },
    ],
  });
  // RSA key generation searches for primes: one run's time varies by a factor of two, for both
  // contenders, so this row takes four times the runs. With twice, nine full runs on one day gave
  // ratios from 0.61x to 0.83x around a mean of 0.71x.
  const rsa = await issueRow({ ...ctx, runs: ctx.runs * 4 }, root, {
    members: 3,
    key: 'rsa-2048',
    label: '`issue` 3 members + 3 clients, RSA-2048',
    peers: [
      { id: 'issue-3-rsa-cfssl', name: 'cfssl', title: 'cfssl (one call per cert)', goal: 0.8 },
    ],
  });
  // Cost of one more certificate between the sizes: constant when issuing is linear.
  const perCert = (from, to, who) => {
    const a = from.samples[who].wall;
    const b = to.samples[who].wall;
    return b.map((x, i) => (x - a[i]) / (to.certs - from.certs));
  };
  const scaling = [
    [small, mid],
    [mid, big],
  ].map(([from, to]) =>
    makeRow({
      id: from === small ? 'issue-per-cert-small' : 'issue-per-cert-big',
      group: 'Scaling',
      label: `\`issue\`, each extra certificate from ${from.certs} to ${to.certs} certificates`,
      unit: 'ms',
      ours: perCert(from, to, 'ours'),
      peer: perCert(from, to, 'cfssl'),
      peerName: 'cfssl',
    }),
  );
  return [...small.rows, ...mid.rows, ...big.rows, ...rsa.rows, ...scaling];
}

/** `inspect --json` of one file and of a folder, against openssl storeutl. */
export async function inspect(ctx) {
  const n = ctx.quick ? 200 : 1000;
  const bigN = ctx.quick ? 2000 : 10000;
  const set = certificateSet(ctx.work, n);
  const big = certificateSet(ctx.work, bigN);
  const ours =
    (...paths) =>
    () =>
      timeProcess(process.execPath, [ctx.cli, 'inspect', '--json', ...paths], { okCodes: [0, 1] });
  const storeutl = (file) => () =>
    timeProcess('openssl', ['storeutl', '-noout', '-text', '-certs', file]);
  // storeutl reads one file: several go in concatenated on its standard input.
  const storeutlAll = (files) => () =>
    timeProcess('sh', [
      '-c',
      `cat ${files.map((f) => `"${f}"`).join(' ')} | openssl storeutl -noout -text -certs /dev/stdin`,
    ]);
  // storeutl reads one file; a folder goes in as the files concatenated on its standard input.
  const storeutlFolder = (dir) => () =>
    timeProcess('sh', [
      '-c',
      `cat "${dir}"/*.pem | openssl storeutl -noout -text -certs /dev/stdin`,
    ]);
  const rows = [];
  const one = await compare(ctx, {
    group: 'Command line',
    label: `\`inspect --json\`, ${n} certificates in one file`,
    contenders: { ours: ours(set.all), openssl: storeutl(set.all) },
    peers: [
      {
        id: 'inspect-file',
        name: 'openssl',
        title: 'openssl storeutl -noout -text -certs',
        goal: 1.5,
      },
    ],
  });
  rows.push(...one.rows);
  const folder = await compare(ctx, {
    group: 'Command line',
    label: `\`inspect --json\`, a folder of ${n} files`,
    contenders: { ours: ours(set.files), openssl: storeutlFolder(set.files) },
    peers: [
      {
        id: 'inspect-folder',
        name: 'openssl',
        title: 'cat folder/* | openssl storeutl -noout -text -certs',
      },
    ],
  });
  rows.push(...folder.rows);
  const large = await compare(ctx, {
    group: 'Command line',
    label: `\`inspect --json\`, ${bigN} certificates in bundle files of 2,500`,
    contenders: { ours: ours(...big.parts), openssl: storeutlAll(big.parts) },
    peers: [
      {
        id: 'inspect-file-big',
        name: 'openssl',
        title: 'cat files | openssl storeutl -noout -text -certs',
      },
    ],
  });
  rows.push(...large.rows);
  const per = (s, count) => s.map((x) => (x * 1000) / count);
  rows.push(
    makeRow({
      id: 'inspect-per-cert-small',
      group: 'Scaling',
      label: `\`inspect --json\`, time per certificate at ${n} certificates`,
      unit: 'µs',
      ours: per(one.samples.ours.wall, n),
      peer: per(one.samples.openssl.wall, n),
      peerName: 'openssl storeutl',
    }),
    makeRow({
      id: 'inspect-per-cert-big',
      group: 'Scaling',
      label: `\`inspect --json\`, time per certificate at ${bigN} certificates`,
      unit: 'µs',
      ours: per(large.samples.ours.wall, bigN),
      peer: per(large.samples.openssl.wall, bigN),
      peerName: 'openssl storeutl',
    }),
  );
  return rows;
}
