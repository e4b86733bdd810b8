/**
 * The live check in Chromium through the browser host, against live etcd 3.4 members started by
 * the test (electron/test-support/probe-lab.ts): in the inspector, the etcdctl files dropped and
 * every member's verdict shown, in English (light) and Chinese (dark), with screenshots; on the
 * export result, "verify my cluster" against a member started from the bundle just exported.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  freePorts,
  startMember,
  stopAll,
  type EtcdMember,
} from '../../electron/test-support/etcd-cluster';
import { startProbeLab, waitUp, type ProbeLab } from '../../electron/test-support/probe-lab';
import { tempDir } from '../../electron/test-support/tools';
import { expect, test } from '../fixtures';
import { AppShellPage } from '../pages/app-shell-page';
import { ExportStepPage } from '../pages/export-step';
import { InspectorPage } from '../pages/inspector-page';
import { ProbePanel } from '../pages/probe-panel';
import { ReviewStepPage } from '../pages/review-step';

test.describe.configure({ timeout: 240_000 });

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const root = tempDir('etw-e2e-probe-');
let lab: ProbeLab;
const exported: EtcdMember[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  lab = await startProbeLab(root.path);
});
test.afterAll(async () => {
  await stopAll(exported);
  await lab?.stop();
  root.remove();
});

test('inspector: check live against good and broken members, in both languages', async ({
  page,
  shot,
  pageErrors,
}) => {
  const u = lab.urls;
  const tlsOnPlain = u.plain.replace('http:', 'https:');
  const plainOnTls = u.good.replace('https:', 'http:');
  const urls = [
    u.good,
    u.goodPeer,
    u.noLoopback,
    u.noClientAuth,
    u.expired,
    u.plain,
    tlsOnPlain,
    plainOnTls,
    u.closed,
  ];
  const shell = new AppShellPage(page);
  await shell.waitReady();
  await shell.open('Inspector');
  const inspector = new InspectorPage(page);
  await inspector.dropFolder(join(lab.bundle.bundle, 'clients/etcdctl'), [
    'ca.crt',
    'client.crt',
    'client.key',
  ]);
  await inspector.waitRead(3);
  await inspector.openTab(/^Endpoints$/);
  await inspector.checkEndpoints(urls);

  const live = new ProbePanel(page.getByRole('region', { name: /^(Check live|实时检查)$/ }));
  // The files were guessed from the analysis: the CA, and etcdctl's certificate and key.
  for (const [slot, file] of [
    [/^CA file$/, 'ca.crt'],
    [/^Client certificate$/, 'client.crt'],
    [/^Client key$/, 'client.key'],
  ] as const)
    await expect(live.slot(slot)).toContainText(file);
  await live.run();
  await expect(live.summary()).toHaveText(
    '9 endpoints checked: 2 working, 1 with warnings, 6 with problems',
  );
  await expect(live.scope).toContainText(/CA file: CN=/);

  // The good member and its peer URL.
  await expect(live.endpoint(u.good)).toHaveAttribute('data-verdict', 'ok');
  await expect(live.endpoint(u.good)).toContainText(/etcd 3\.4\.\d+/);
  await expect(live.check(u.good, 'client-cert')).toContainText('Client certificate accepted');
  await expect(live.check(u.goodPeer, 'gateway')).toContainText('Peer URL: no gateway here');
  // No 127.0.0.1 in the SANs: Go's text and curl's.
  await expect(live.endpoint(u.noLoopback)).toHaveAttribute('data-verdict', 'fail');
  await expect(live.check(u.noLoopback, 'hostname')).toContainText(
    'x509: certificate is valid for 127.0.0.2, not 127.0.0.1',
  );
  await expect(live.check(u.noLoopback, 'hostname')).toContainText(
    "curl: (60) SSL: no alternative certificate subject name matches target host name '127.0.0.1'",
  );
  // No clientAuth: the gateway's 503 with gRPC code 14, and what to do.
  await expect(live.check(u.noClientAuth, 'gateway')).toContainText(
    'Gateway broken: the server certificate lacks clientAuth',
  );
  await expect(live.check(u.noClientAuth, 'gateway')).toContainText('"code":14');
  await expect(live.check(u.noClientAuth, 'gateway')).toContainText(
    'extendedKeyUsage = serverAuth, clientAuth',
  );
  // Expired.
  await expect(live.check(u.expired, 'chain')).toContainText('Certificate has expired');
  await expect(live.check(u.expired, 'chain')).toContainText('is after 2020-02-01T00:00:00Z');
  // Plain HTTP, both ways round, and a closed port.
  await expect(live.endpoint(u.plain)).toHaveAttribute('data-verdict', 'warn');
  await expect(live.check(u.plain, 'tls')).toContainText('Plain HTTP, no TLS');
  await expect(live.check(tlsOnPlain, 'tls')).toContainText('This port speaks plain HTTP');
  await expect(live.check(plainOnTls, 'tls')).toContainText('This port speaks TLS: use https://');
  await expect(live.check(u.closed, 'connect')).toContainText('Connection refused');

  // The served chain, decoded like a dropped file.
  await live
    .endpoint(u.noLoopback)
    .getByRole('button', { name: /Served chain/ })
    .click();
  const card = live.endpoint(u.noLoopback).getByRole('region', { name: 'Certificate noloopback' });
  await expect(card).toContainText('127.0.0.2');
  expect(await seriousViolations(page), 'axe: live check').toEqual([]);
  await live.endpoint(u.noLoopback).scrollIntoViewIfNeeded();
  await shot('probe-en-light-inspector');

  // Chinese, dark: the same report in other words, without asking main again.
  await shell.setLanguage('中文');
  await shell.setTheme('深色');
  await expect(live.summary()).toHaveText('已检查 9 个端点：2 个正常，1 个有警告，6 个有问题');
  await expect(live.check(u.noLoopback, 'hostname')).toContainText('证书不包含 127.0.0.1');
  await expect(live.check(u.noLoopback, 'hostname')).toContainText(
    'x509: certificate is valid for 127.0.0.2, not 127.0.0.1',
  );
  await expect(live.check(u.noClientAuth, 'gateway')).toContainText(
    '网关故障：服务端证书缺少 clientAuth',
  );
  await expect(live.check(plainOnTls, 'tls')).toContainText('该端口使用 TLS：请用 https://');
  expect(await seriousViolations(page), 'axe: live check (zh, dark)').toEqual([]);
  await shot('probe-zh-dark-inspector');
  expect(pageErrors).toEqual([]);
});

test('export: verify my cluster with the bundle just written', async ({
  page,
  tempDir,
  shot,
  pageErrors,
}) => {
  const [client, peer] = await freePorts(2);
  const pki = join(tempDir, 'pki');
  const plan = join(tempDir, 'plan.yaml');
  writeFileSync(
    plan,
    [
      'version: 1',
      `pkiDir: ${pki}`,
      `dataDir: ${join(tempDir, 'data')}`,
      'etcd: { version: "3.4", clusterToken: e2e-probe }',
      'cluster:',
      '  members:',
      `    - { name: live0, addresses: [127.0.0.1], clientPort: ${client}, peerPort: ${peer} }`,
      'clients: [etcdctl]',
      '',
    ].join('\n'),
  );
  const shell = new AppShellPage(page);
  await shell.waitReady();
  await page.getByRole('button', { name: 'Open plan…' }).first().click();
  await page.locator('input[type=file]').setInputFiles(plan);
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByText('Review', { exact: true })
    .click();
  const review = new ReviewStepPage(page);
  await review.waitIssued();
  await review.next();
  const exp = new ExportStepPage(page);
  const folder = await exp.chooseFolder();
  await exp.encryptCaKey('probe e2e passphrase 1234');
  await exp.write();
  await expect(exp.tree()).toBeVisible();

  // Install as the README says and start the member from its etcd.conf.yml.
  mkdirSync(pki, { recursive: true, mode: 0o700 });
  for (const f of ['ca.crt', 'server.crt', 'server.key', 'peer.crt', 'peer.key'])
    copyFileSync(join(folder, 'nodes/live0', f), join(pki, f));
  const member = startMember(
    'live0',
    { configFile: join(folder, 'nodes/live0/etcd.conf.yml') },
    tempDir,
  );
  exported.push(member);
  const tls = {
    ca: join(folder, 'clients/etcdctl/ca.crt'),
    cert: join(folder, 'clients/etcdctl/client.crt'),
    key: join(folder, 'clients/etcdctl/client.key'),
  };
  await waitUp([`https://127.0.0.1:${client}`], tls, [member]);

  const verify = new ProbePanel(page.getByRole('region', { name: /Verify my cluster/ }));
  await expect(verify.scope.getByRole('textbox')).toHaveValue(`https://127.0.0.1:${client}`);
  await verify.run();
  await expect(verify.summary()).toHaveText(
    '1 endpoint checked: 1 working, 0 with warnings, 0 with problems',
  );
  await expect(verify.scope).toContainText('Client certificate: CN=etcdctl (clients/etcdctl)');
  const url = `https://127.0.0.1:${client}`;
  await expect(verify.check(url, 'chain')).toContainText('Chain verifies');
  await expect(verify.check(url, 'gateway')).toContainText(/Gateway answers/);
  await verify.summary().scrollIntoViewIfNeeded();
  await shot('probe-en-light-export');
  await stopAll([member]);
  expect(pageErrors).toEqual([]);
});
