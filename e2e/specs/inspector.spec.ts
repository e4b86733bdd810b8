/**
 * The inspector in Chromium through the browser host: a real drop of an openssl-made folder with
 * good and broken files; the files, cards, side-by-side view, role check, endpoint grid and
 * expiry view show the expected verdicts and texts, in English and Chinese, light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_P12_PASSWORD, makeInspectCorpus } from '../../electron/test-support/inspect-corpus';
import { kubeadm, regenerated } from '../../electron/test-support/verdict-corpus';
import { expect, test } from '../fixtures';
import { AppShellPage } from '../pages/app-shell-page';
import { InspectorPage } from '../pages/inspector-page';

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

test.describe.configure({ timeout: 180_000 });

test('a dropped folder of good and broken files: every view shows its verdicts', async ({
  page,
  tempDir,
  shot,
  pageErrors,
}) => {
  const dir = join(tempDir, 'pki');
  mkdirSync(dir);
  const names = makeInspectCorpus(dir);
  const shell = new AppShellPage(page);
  await shell.waitReady();
  await shell.open('Inspector');
  const inspector = new InspectorPage(page);
  await inspector.dropFolder(dir, names);
  await inspector.waitRead(names.length);

  // Files: each broken file has its own message; the good ones next to them are read.
  await expect(await inspector.file('huge.bin')).toContainText('too large');
  await expect(await inspector.file('huge.bin')).toContainText(
    'huge.bin is 10.0 MB; files over 5.0 MB are not read.',
  );
  await expect(await inspector.file('truncated.pem')).toContainText('the block is cut off');
  await expect(await inspector.file('empty.pem')).toContainText('empty.pem is empty.');
  await expect(await inspector.file('lonely.key')).toContainText(
    'matches no certificate among the files',
  );
  await expect(await inspector.file('etcd0.key')).toContainText('belongs to CN=etcd0');
  await shot('inspector-en-light-files');
  await inspector.enterPassword('client.p12', 'wrong');
  await expect(await inspector.file('client.p12')).toContainText('the PKCS#12 password is wrong');
  await inspector.enterPassword('client.p12', CORPUS_P12_PASSWORD);
  await expect(await inspector.file('client.p12')).toContainText('1 private key');

  // Certificates: cards for the picked ones, with every field.
  await inspector.openTab(/^Certificates$/);
  await inspector.pick('etcd0');
  await inspector.pick('etcd1');
  const card = page.getByRole('region', { name: 'Certificate etcd1' });
  await expect(card).toContainText('etcd1-0.etcd');
  await expect(card).toContainText('serverAuth, clientAuth');
  await expect(card).toContainText('CA:FALSE');
  // Each field is a table row named by its row header, so a screen reader reads name and value.
  await expect(card.getByRole('row', { name: /^Subject alternative names/ })).toContainText(
    '10.0.0.11',
  );
  await expect(card.getByRole('rowheader', { name: 'Extended key usage' })).toBeVisible();
  await shot('inspector-en-light-cards');

  // Side by side: the SAN row differs, the issuer row does not.
  await inspector.openTab(/^Compare/);
  const compare = page.getByRole('table').filter({ hasText: 'Subject alternative names' });
  await expect(
    compare.getByRole('row', { name: /Subject alternative names.*differs/ }),
  ).toBeVisible();
  await expect(compare.getByRole('row', { name: /^Issuer/ })).not.toContainText('differs');
  await shot('inspector-en-light-compare');

  // Roles: what each certificate can do. The server-only certificate fails as a server (the
  // gateway dials the member with it as a client certificate); not being a peer, a client or a
  // CA is no failure, so no error is quoted there.
  await inspector.openTab(/^Roles$/);
  const gateway = await inspector.certRow('etcd-gateway');
  const role = (r: string) => gateway.locator(`[data-role="${r}"]`);
  await expect(role('etcd-server')).toHaveAttribute('data-ok', 'false');
  await expect(role('etcd-server')).toHaveAttribute('data-intended', 'true');
  await expect(role('etcd-server')).toContainText(
    'x509: certificate specifies an incompatible key usage',
  );
  for (const r of ['ca', 'etcd-peer', 'client']) {
    await expect(role(r)).toHaveAttribute('data-intended', 'false');
    await expect(role(r)).toContainText('Not its job');
    await expect(role(r)).not.toContainText('x509:');
  }
  await expect(gateway).toContainText('signed by ca.pem');
  await shot('inspector-en-light-roles');

  // Endpoints: one verdict per endpoint, for the certificate served there. A dropped etcd config
  // says which file etcd0 serves at 10.0.0.10; the others are found by their SANs.
  await inspector.openTab(/^Endpoints$/);
  await inspector.checkEndpoints(['https://etcd0-0.etcd:2379', 'https://10.0.0.11:2379']);
  writeFileSync(
    join(dir, 'etcd.conf.yml'),
    'name: etcd0\nadvertise-client-urls: https://10.0.0.10:2379\nclient-transport-security:\n  cert-file: /etc/etcd/pki/etcd0.pem\n',
  );
  await inspector.dropFolder(dir, ['etcd.conf.yml']);
  const row = (ep: string) => inspector.endpointRow(ep);
  await expect(row('https://etcd0-0.etcd:2379')).toContainText('etcd0.pem');
  await expect(row('https://etcd0-0.etcd:2379').locator('[data-ok]')).toHaveAttribute(
    'data-ok',
    'true',
  );
  await expect(row('https://10.0.0.11:2379')).toContainText('etcd1-chain-crlf.pem');
  await expect(row('https://10.0.0.11:2379')).toContainText('Accepted');
  await expect(row('https://10.0.0.10:2379')).toContainText('named in etcd.conf.yml');
  await expect(row('https://10.0.0.10:2379')).toContainText(
    'x509: certificate is valid for 127.0.0.1, not 10.0.0.10',
  );
  await shot('inspector-en-light-endpoints');
  // The full matrix, every serving certificate against every endpoint, is one switch away.
  await inspector.panel().getByRole('switch').click();
  await inspector.certRow('etcd');
  const cell = (cn: string, ep: string) =>
    inspector
      .panel()
      .locator('.ant-table-row', { has: page.getByText(cn, { exact: true }) })
      .locator(`[data-endpoint="${ep}"]`);
  await expect(cell('etcd1', 'https://etcd0-0.etcd:2379')).toContainText(
    'x509: certificate is valid for etcd1-0.etcd, localhost, not etcd0-0.etcd',
  );
  await expect(cell('etcd0', 'https://10.0.0.11:2379')).toContainText(
    'x509: certificate is valid for 127.0.0.1, not 10.0.0.11',
  );
  await shot('inspector-en-light-endpoint-matrix');
  await inspector.panel().getByRole('switch').click();

  // Expiry: the expired client is an error.
  await inspector.openTab(/^Expiry$/);
  await expect(inspector.panel()).toContainText('1 certificate has expired.');
  await shot('inspector-en-light-expiry');
  await inspector.openTab(/^Findings$/);
  await expect(page.getByRole('region', { name: 'Findings of old-client' })).toContainText(
    'Certificate has expired',
  );
  await shot('inspector-en-light-findings');
  expect(await seriousViolations(page)).toEqual([]);

  // Chinese, dark.
  await shell.setLanguage('中文');
  await shell.setTheme('深色');
  await inspector.openTab(/^角色$/);
  await expect(inspector.panel()).toContainText('不是它的用途');
  await shot('inspector-zh-dark-roles');
  await inspector.openTab(/^文件$/);
  await expect(await inspector.file('huge.bin')).toContainText('文件过大');
  await shot('inspector-zh-dark-files');
  await inspector.openTab(/^比较/);
  await expect(page.getByRole('table').filter({ hasText: '主题备用名称' })).toContainText('不同');
  await shot('inspector-zh-dark-compare');
  await inspector.openTab(/^端点$/);
  await expect(inspector.endpointRow('https://10.0.0.10:2379')).toContainText(
    '由 etcd.conf.yml 指定',
  );
  await expect(inspector.endpointRow('https://10.0.0.11:2379')).toContainText('接受');
  await shot('inspector-zh-dark-endpoints');
  await inspector.openTab(/^问题$/);
  await expect(page.getByRole('region', { name: 'old-client 的问题' })).toContainText('证书已过期');
  await shot('inspector-zh-dark-findings');
  expect(await seriousViolations(page)).toEqual([]);
  await shell.setTheme('浅色');
  await inspector.openTab(/^证书$/);
  await shot('inspector-zh-light-cards');
  expect(pageErrors).toEqual([]);
});

test('a leaf of a CA made again with the same name: the error, in the summary, roles and findings', async ({
  page,
  tempDir,
  shot,
  pageErrors,
}) => {
  const dir = join(tempDir, 'pki');
  regenerated(dir);
  const shell = new AppShellPage(page);
  await shell.waitReady();
  await shell.open('Inspector');
  const inspector = new InspectorPage(page);
  // The new ca.crt and server-no-aki.crt, signed by the old CA of the same name, without AKI.
  await inspector.dropFolder(dir, ['ca.crt', 'server-no-aki.crt']);
  await inspector.waitRead(2);
  await expect(inspector.summary).toContainText('1 error');
  await inspector.openTab(/^Roles$/);
  const leaf = await inspector.certRow('etcd0-no-aki');
  await expect(leaf).toContainText('NOT signed by ca.crt: same name, another key');
  await expect(leaf).toContainText(
    'x509: certificate signed by unknown authority (possibly because of "x509: ECDSA verification failure" while trying to verify candidate authority certificate "etcd-ca")',
  );
  await shot('inspector-en-light-regenerated-ca-roles');
  await inspector.openTab(/^Findings$/);
  const findings = page.getByRole('region', { name: 'Findings of etcd0-no-aki' });
  await expect(findings).toContainText('Not signed by any CA among the files');
  await expect(findings).toContainText('x509: certificate signed by unknown authority');
  await shot('inspector-en-light-regenerated-ca-findings');
  await inspector.openTab(/^Endpoints$/);
  await inspector.checkEndpoints(['https://etcd0.example.internal:2379']);
  await expect(inspector.endpointRow('https://etcd0.example.internal:2379')).toContainText(
    'x509: certificate signed by unknown authority',
  );
  await shell.setLanguage('中文');
  await shell.setTheme('深色');
  await expect(inspector.summary).toContainText('1 个错误');
  await inspector.openTab(/^问题$/);
  await expect(page.getByRole('region', { name: 'etcd0-no-aki 的问题' })).toContainText(
    '不是由这些文件中的任何 CA 签发的',
  );
  await shot('inspector-zh-dark-regenerated-ca-findings');
  expect(await seriousViolations(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('kubeadm’s pki folder: kube-apiserver’s own certificates are listed as not etcd’s, with no etcd finding', async ({
  page,
  tempDir,
  shot,
  pageErrors,
}) => {
  const dir = join(tempDir, 'pki');
  kubeadm(dir);
  const shell = new AppShellPage(page);
  await shell.waitReady();
  await shell.open('Inspector');
  const inspector = new InspectorPage(page);
  const names = [
    'ca.crt',
    'apiserver.crt',
    'apiserver-kubelet-client.crt',
    'front-proxy-ca.crt',
    'front-proxy-client.crt',
    'apiserver-etcd-client.crt',
  ];
  await inspector.dropFolder(dir, names);
  await inspector.waitRead(names.length);
  await expect(inspector.summary).toContainText('3 not used by etcd');
  // No etcd finding (gateway, loopback) for apiserver.crt. The one error is
  // apiserver-etcd-client.crt's: its CA, etcd/ca.crt, is not among the dropped files.
  await expect(inspector.summary).toContainText('1 error · 0 warnings');
  await inspector.openTab(/^Roles$/);
  const api = await inspector.certRow('apiserver.crt');
  await expect(api.getByTestId('purpose-tag')).toHaveText(
    'kube-apiserver serving certificate — not used by etcd',
  );
  // None of etcd's roles is its job, so no etcd error is quoted.
  for (const r of ['ca', 'etcd-server', 'etcd-peer', 'client'])
    await expect(api.locator(`[data-role="${r}"]`)).toHaveAttribute('data-intended', 'false');
  await expect(api).not.toContainText('x509:');
  await shot('inspector-en-light-kubeadm-roles');
  await inspector.openTab(/^Certificates$/);
  await expect((await inspector.certRow('apiserver.crt')).getByTestId('purpose-tag')).toBeVisible();
  await expect(await inspector.certRow('apiserver-etcd-client')).not.toContainText(
    'not used by etcd',
  );
  await shell.setLanguage('中文');
  await expect(inspector.summary).toContainText('其中 3 张 etcd 不使用');
  await inspector.openTab(/^角色$/);
  await expect((await inspector.certRow('apiserver.crt')).getByTestId('purpose-tag')).toHaveText(
    'kube-apiserver 服务端证书，etcd 不使用',
  );
  await shot('inspector-zh-light-kubeadm-roles');
  expect(await seriousViolations(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});
