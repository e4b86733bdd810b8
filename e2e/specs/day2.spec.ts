/**
 * Day 2 in Chromium through the browser host. A bundle made with the built CLI (short validity,
 * then three certificates renewed for a year, so six are "expiring") is opened by uploading its
 * folder; the expiring ones are renewed after unlocking the CA key, the review shows old and new
 * side by side, the export writes a bundle that openssl verifies; then the CA is rotated and the
 * runbook shown. In Chinese and dark: the zip is opened and a member added. From the inspector,
 * a dropped bundle lands on the day-2 page with a banner, and so do loose certificates with their
 * CA (renewed through a plan rebuilt from them, the dropped CA key filled in). Screenshots in both.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, expect, test } from '../fixtures';
import { AppShellPage } from '../pages/app-shell-page';
import { Day2Page } from '../pages/day2-page';

const PASSPHRASE = 'day two e2e passphrase';
const NEW_CA_PASSPHRASE = 'the new CA of day two';
const PLAN = `version: 1
ca: { commonName: e2e-day2-ca }
leaf: { validityDays: 20 }
cluster:
  extraSans: [etcd.example.internal]
  members:
    - { name: etcd0, addresses: [10.0.0.10, etcd0.example.internal] }
    - { name: etcd1, addresses: [10.0.0.11, etcd1.example.internal] }
    - { name: etcd2, addresses: [10.0.0.12, etcd2.example.internal] }
clients: [kube-apiserver, etcdctl, apisix]
apisix: { sni: etcd.example.internal }
`;

test.describe.configure({ timeout: 240_000 });

/** Runs the built CLI; fails the test on a non-zero exit. */
function cli(args: string[]): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ETW_CA_PASSPHRASE: PASSPHRASE },
  });
  expect(r.status, `cli ${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(0);
  return r.stdout;
}

/**
 * b0: every certificate for 20 days. b1: etcd0 (server, peer) and apisix renewed for a year
 * (the plan asks for 365 days from then on), so the six others expire within 30 days.
 */
function makeBundle(dir: string): string {
  writeFileSync(join(dir, 'plan.yaml'), PLAN);
  cli(['issue', '--plan', join(dir, 'plan.yaml'), '--out', join(dir, 'b0')]);
  const plan = join(dir, 'b0', 'plan.yaml');
  writeFileSync(
    plan,
    readFileSync(plan, 'utf8').replace(/validityDays: 20\b/, 'validityDays: 365'),
  );
  cli(['renew', join(dir, 'b0'), '--out', join(dir, 'b1'), '--only', 'etcd0', '--only', 'apisix']);
  return join(dir, 'b1');
}

/** openssl's verdict on a certificate against a trust file. */
function verifies(ca: string, cert: string): boolean {
  const r = spawnSync('openssl', ['verify', '-x509_strict', '-CAfile', ca, cert], {
    encoding: 'utf8',
  });
  return r.status === 0 && /: OK\n$/.test(r.stdout);
}
/** The serial as the window shows it (colon hex, cut after 8 bytes). */
const serialText = (file: string) =>
  (
    serial(file)
      .trim()
      .replace(/^serial=/, '')
      .match(/../g) ?? []
  )
    .slice(0, 8)
    .join(':');
const serial = (file: string) =>
  spawnSync('openssl', ['x509', '-in', file, '-noout', '-serial'], { encoding: 'utf8' }).stdout;

const EXPIRING = ['etcd1', 'etcd2'];

test('renews the expiring certificates of an uploaded bundle, then rotates its CA (en, light)', async ({
  page,
  tempDir,
  shot,
  pageErrors,
}) => {
  const bundle = makeBundle(tempDir);
  const shell = new AppShellPage(page);
  await shell.waitReady();
  const day2 = new Day2Page(page);
  await day2.openFromStart();
  await shot('day2-en-light-open');

  // Not a bundle: refused with words that say what is missing.
  await day2.uploadFolder(join(bundle, 'nodes'));
  await expect(day2.alert()).toContainText('has no manifest.json');

  await day2.uploadFolder(bundle);
  await expect(day2.bundleTable()).toContainText('kube-apiserver');
  await expect(day2.section).toContainText('6 certificates match');
  await expect(day2.section).toContainText('in the bundle, encrypted');

  await day2.unlock('not the passphrase at all');
  await expect(day2.alert()).toContainText('passphrase');
  await day2.unlock(PASSPHRASE);
  await expect(day2.unlocked()).toBeVisible({ timeout: 20_000 });
  await shot('day2-en-light-change');

  await day2.preview();
  await expect(day2.counts()).toContainText('6 renewed');
  await expect(day2.counts()).toContainText('3 kept byte for byte');
  const table = day2.changesTable();
  for (const m of EXPIRING)
    await expect(
      table.getByRole('row', { name: new RegExp(`\\b${m} (server|peer) renewed`) }),
    ).toHaveCount(2);
  await expect(table.getByRole('row', { name: /\betcd0 server kept/ })).toBeVisible();
  // The first renewed certificate is open side by side: serial and dates differ, SANs do not.
  const compare = page.getByRole('table', { name: 'Comparison of 2 certificates' });
  await expect(compare.getByRole('columnheader', { name: 'Now' })).toBeVisible();
  await expect(compare.getByRole('columnheader', { name: 'After' })).toBeVisible();
  await expect(compare.getByRole('row', { name: /^Serial.*differs/ })).toBeVisible();
  await expect(compare.getByRole('row', { name: /^Subject alternative names/ })).not.toContainText(
    'differs',
  );
  await shot('day2-en-light-review');

  await day2.continueToExport();
  const folder = await day2.chooseFolder();
  await day2.wantZip();
  await day2.write();
  await expect(day2.tree()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What to do now' })).toBeVisible();
  await shot('day2-en-light-export');

  // Read back: renewed certificates are new and verify; kept ones are the same bytes.
  const ca = join(folder, 'ca/ca.crt');
  for (const m of EXPIRING) {
    const cert = join(folder, `nodes/${m}/server.crt`);
    expect(verifies(ca, cert)).toBe(true);
    expect(serial(cert)).not.toBe(serial(join(bundle, `nodes/${m}/server.crt`)));
  }
  expect(readFileSync(join(folder, 'nodes/etcd0/server.crt'))).toEqual(
    readFileSync(join(bundle, 'nodes/etcd0/server.crt')),
  );
  expect(readFileSync(join(folder, 'ca/ca.key'))).toEqual(readFileSync(join(bundle, 'ca/ca.key')));
  expect(existsSync(`${folder}.zip`)).toBe(true);

  // Then the CA: no key needed, the phases shown first, the runbook at the end.
  await day2.section.getByRole('button', { name: 'Make another change to this bundle' }).click();
  await day2.chooseAction(/^Rotate the CA$/);
  await day2.preview();
  await expect(day2.counts()).toContainText('9 issued by the new CA');
  await expect(day2.section).toContainText('phase-1-trust-both/');
  await expect(day2.section).toContainText('Trust only the new CA');
  await shot('day2-en-light-rotate-review');
  await day2.continueToExport();
  const rotated = await day2.chooseFolder();
  await day2.newCaPassphrase(NEW_CA_PASSPHRASE);
  await day2.write();
  const runbook = page.getByLabel('Contents of RUNBOOK.md');
  await expect(runbook).toContainText('phase-2-new-leaves');
  await expect(runbook).not.toContainText('操作手册');
  await shot('day2-en-light-runbook');
  const p3 = join(rotated, 'phase-3-new-ca-only');
  expect(verifies(join(p3, 'ca/ca.crt'), join(p3, 'nodes/etcd1/server.crt'))).toBe(true);
  expect(verifies(join(p3, 'ca/ca.crt'), join(bundle, 'nodes/etcd1/server.crt'))).toBe(false);
  expect(pageErrors).toEqual([]);
});

test('opens the zip and adds a member (zh, dark)', async ({ page, tempDir, shot, pageErrors }) => {
  makeBundle(tempDir);
  spawnSync('zip', ['-qr', 'b1.zip', 'b1'], { cwd: tempDir });
  const shell = new AppShellPage(page);
  await shell.waitReady();
  await shell.setLanguage('中文');
  await shell.setTheme('深色');
  await shell.open('已有证书包');
  const day2 = new Day2Page(page);
  await day2.uploadZip(join(tempDir, 'b1.zip'));
  await expect(day2.bundleTable()).toContainText('kube-apiserver');
  await expect(day2.section).toContainText('b1.zip/b1');
  await expect(day2.section).toContainText('符合条件的证书有 6 张');

  await day2.unlock(PASSPHRASE);
  await expect(day2.unlocked()).toBeVisible({ timeout: 20_000 });
  await day2.renewMode(/^在表格中勾选的证书/);
  await day2.bundleTable().getByRole('checkbox', { name: '续期 etcd1（服务端）' }).check();
  await expect(day2.section).toContainText('已勾选 1 张');
  await day2.preview();
  await expect(day2.counts()).toContainText('续期 1 张');
  await expect(day2.counts()).toContainText('原样保留 8 张');
  await shot('day2-zh-dark-review');

  await day2.section.getByRole('button', { name: '上一步' }).click();
  await day2.chooseAction(/^添加成员$/);
  await day2.section.getByLabel('新成员的名称').fill('etcd3');
  await day2.section.getByLabel('新成员的地址').fill('10.0.0.13, etcd3.example.internal');
  await day2.preview();
  await expect(day2.counts()).toContainText('新增 2 张');
  await expect(day2.section).toContainText('集群将有 4 个成员');
  await shot('day2-zh-dark-add-review');
  await day2.continueToExport();
  const folder = await day2.chooseFolder();
  await day2.write();
  await expect(page.getByLabel('README.md 的内容')).toContainText('member add etcd3');
  await shot('day2-zh-dark-export');
  expect(verifies(join(folder, 'ca/ca.crt'), join(folder, 'nodes/etcd3/peer.crt'))).toBe(true);
  expect(readFileSync(join(folder, 'nodes/etcd3/etcd.conf.yml'), 'utf8')).toContain(
    'initial-cluster-state: "existing"',
  );
  expect(pageErrors).toEqual([]);
});

test('renewal from the inspector lands on the day-2 page with a banner', async ({
  page,
  tempDir,
  shot,
}) => {
  const bundle = makeBundle(tempDir);
  const shell = new AppShellPage(page);
  await shell.waitReady();
  await shell.open('Inspector');
  await page
    .getByRole('region', { name: /^Drop zone for certificates/ })
    .getByLabel('Choose a folder', { exact: false })
    .setInputFiles(bundle);
  await page.getByRole('button', { name: 'Renew these certificates' }).click();
  const day2 = new Day2Page(page);
  await expect(day2.heading()).toBeVisible({ timeout: 20_000 });
  const banner = day2.section.getByRole('alert').filter({ hasText: 'Renewal from the inspector' });
  await expect(banner).toContainText('Renewing 6 certificates');
  await expect(banner).toContainText('etcd1 (server)');
  await expect(banner).toContainText('This fixes:');
  await expect(banner).toContainText(/expir/i);
  await expect(banner).toContainText('e2e-day2-ca');
  await expect(day2.section).toContainText('6 ticked');
  await shot('day2-en-light-from-inspector');
});

test('loose certificates and their CA, renewed from the inspector on the day-2 page', async ({
  page,
  tempDir,
  shot,
  pageErrors,
}) => {
  writeFileSync(join(tempDir, 'plan.yaml'), PLAN);
  const issued = join(tempDir, 'issued');
  cli(['issue', '--plan', join(tempDir, 'plan.yaml'), '--out', issued, '--export-ca-key', 'plain']);
  // What an admin might have lying around: no plan.yaml, no manifest.json, files renamed.
  const loose = join(tempDir, 'loose');
  mkdirSync(loose);
  for (const [from, to] of [
    ['ca/ca.crt', 'ca.pem'],
    ['ca/ca.key', 'ca-key.pem'],
    ['nodes/etcd0/server.crt', 'etcd0.pem'],
    ['nodes/etcd0/peer.crt', 'etcd0-peer.pem'],
    ['nodes/etcd1/server.crt', 'etcd1.pem'],
    ['clients/etcdctl/client.crt', 'etcdctl.pem'],
  ] as const)
    copyFileSync(join(issued, from), join(loose, to));
  const shell = new AppShellPage(page);
  await shell.waitReady();
  await shell.open('Inspector');
  await page
    .getByRole('region', { name: /^Drop zone for certificates/ })
    .getByLabel('Choose a folder')
    .setInputFiles(loose);
  await page.getByRole('button', { name: 'Renew these certificates' }).click();
  const day2 = new Day2Page(page);
  await expect(day2.heading()).toBeVisible({ timeout: 20_000 });
  const banner = day2.section.getByRole('alert').filter({ hasText: 'Renewal from the inspector' });
  await expect(banner).toContainText('etcd0 (server), etcd0 (peer)');
  await expect(day2.bundleTable().getByRole('row', { name: /etcd0 peer/ })).toContainText(
    serialText(join(loose, 'etcd0-peer.pem')),
  );
  await expect(banner).toContainText('The dropped CA certificate is filled in: CN=e2e-day2-ca');
  await expect(day2.section).toContainText('Dropped on the inspector');
  // The dropped CA key is filled in; it is not encrypted, so no passphrase.
  await expect(day2.section.getByText('ca-key.pem', { exact: true })).toBeVisible();
  await day2.section.getByRole('button', { name: /^Unlock$/ }).click();
  await expect(day2.unlocked()).toBeVisible({ timeout: 20_000 });
  await shot('day2-en-light-loose-change');
  await day2.preview();
  // Two members (server, peer) and etcdctl: the plan rebuilt from what was dropped.
  await expect(day2.counts()).toHaveText('5 renewed');
  await day2.continueToExport();
  const folder = await day2.chooseFolder();
  await day2.newCaPassphrase('the kept CA key passphrase');
  await day2.write();
  await shot('day2-en-light-loose-export');
  expect(verifies(join(issued, 'ca/ca.crt'), join(folder, 'nodes/etcd1/peer.crt'))).toBe(true);
  expect(readFileSync(join(folder, 'ca/ca.key'), 'utf8')).toContain('BEGIN ENCRYPTED PRIVATE KEY');
  expect(existsSync(join(folder, 'manifest.json'))).toBe(true);
  expect(pageErrors).toEqual([]);
});
