/**
 * The whole wizard in Chinese, from the first click to the files on disk: every screen is
 * checked for English sentences, every error the renderer words itself (a bad address, a wrong
 * passphrase, a non-empty folder, a bad dropped file) is Chinese, and the exported README.md and
 * the comments of the generated files are Chinese. Errors built on the Node side travel as
 * message ids and are rendered by the window: one that reads English fails the test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { AppShellPage } from '../pages/app-shell-page';
import { CaStepPage } from '../pages/ca-step';
import { ClientsStepPage } from '../pages/clients-step';
import { ExportStepPage } from '../pages/export-step';
import { InspectorPage } from '../pages/inspector-page';
import { MembersStepPage } from '../pages/members-step';
import { ReviewStepPage } from '../pages/review-step';
import { StartStepPage } from '../pages/start-step';
import { englishSentences, seriousViolations } from '../support/a11y';
import { opensslCa } from '../../electron/test-support/openssl-ca';

const CJK = /[\u4e00-\u9fff]/u;
const CA_PASSPHRASE = '正确的口令 correct horse';
const P12_PASSWORD = 'pkcs12 密码 twelve+';
const MEMBERS = [
  ['etcd0', '10.0.0.10, etcd0.example.internal'],
  ['etcd1', '10.0.0.11, etcd1.example.internal'],
  ['etcd2', '10.0.0.12, etcd2.example.internal'],
] as const;

/** The comment lines of a generated file that carry words (not "#" alone, not commands). */
const wordedComments = (text: string): string[] =>
  text.split('\n').filter((l) => /^\s*# \S/.test(l) && !l.startsWith('#!'));

test('a Chinese user goes from the first click to the copied files without meeting English', async ({
  page,
  tempDir,
  shot,
  pageErrors,
}) => {
  test.setTimeout(300_000);
  test.slow();
  /** An error the Node side built, as the window shows it: Chinese, whatever names it quotes. */
  const expectChinese = (where: string, text: string | null) => {
    expect(text ?? '', `${where}: the error is not Chinese`).toMatch(CJK);
  };
  /** No English sentence anywhere on the screen. */
  const chineseOnly = async (where: string) => {
    expect(await englishSentences(page), `English sentences on the ${where} screen`).toEqual([]);
  };

  const shell = new AppShellPage(page);
  await shell.waitReady();
  // The detector sees English where there is some: the same screen before the switch.
  expect(await englishSentences(page)).toContain(
    'Describe your members and clients, review the certificates, then export a bundle with etcd flags, etcdctl settings and Kubernetes and APISIX files.',
  );
  await shell.setLanguage('中文');
  const start = new StartStepPage(page);
  await expect(start.heading).toBeVisible();
  await chineseOnly('start');

  // CA: import one with a wrong passphrase first.
  const made = opensslCa(tempDir, CA_PASSPHRASE, {
    name: 'ca',
    subject: '/O=示例实验室/CN=Lab Root CA',
    days: 1500,
  });
  await start.createNew();
  const ca = new CaStepPage(page);
  await ca.chooseMode('import');
  await ca.chooseCert(made.cert);
  await ca.chooseKey(made.key);
  await ca.passphrase.fill('错误的口令 wrong one');
  await ca.importCa();
  await expect(ca.passphrase).toHaveAttribute('aria-invalid', 'true');
  const problem = page.locator('#ca-import-passphrase-error');
  await expect(problem).toHaveText(/^私钥口令：/);
  await expect(problem).toContainText('口令');
  expectChinese(
    'CA import, wrong passphrase',
    ((await problem.textContent()) ?? '').replace(/^私钥口令：/, ''),
  );
  await chineseOnly('CA import with a wrong passphrase');
  await ca.passphrase.fill(CA_PASSPHRASE);
  await ca.importCa();
  await expect(ca.summary).toBeVisible({ timeout: 30_000 });
  await expect(ca.summaryValue('有效期')).toHaveText(
    /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} – \d{4}-\d{2}-\d{2} \d{2}:\d{2}/,
  );
  await expect(ca.summaryValue('有效期')).toContainText('剩余');
  await chineseOnly('CA imported');
  await page.getByRole('button', { name: '下一步', exact: true }).click();

  // Members: a bad address is named in Chinese at its field.
  const members = new MembersStepPage(page);
  await expect(members.heading).toBeFocused();
  await members.name(1).fill(MEMBERS[0][0]);
  await members.addresses(1).fill('10.0.0.10, 10.0.0.300');
  await expect(
    page.getByText('成员 1 的地址：“10.0.0.300”不是有效的 IPv4 或 IPv6 地址'),
  ).toBeVisible();
  await chineseOnly('members with a bad address');
  for (const [i, [name, addresses]] of MEMBERS.entries()) {
    if (i > 0) {
      await members.addMember();
      await expect(members.name(i + 1)).toBeFocused();
    }
    await members.name(i + 1).fill(name);
    await members.addresses(i + 1).fill(addresses);
  }
  await chineseOnly('members');
  await members.next();

  const clients = new ClientsStepPage(page);
  await expect(clients.heading).toBeFocused();
  await clients.apisix.check();
  await chineseOnly('clients');
  await page.getByRole('button', { name: '下一步', exact: true }).click();

  // Review.
  const review = new ReviewStepPage(page);
  await expect(review.heading()).toBeFocused();
  await review.waitIssued();
  await review.topologyNode('etcd1').click();
  await expect(review.machines().getByRole('radio', { name: '成员 etcd1' })).toBeChecked();
  // The previews read as the bundle will be written: in Chinese, like the window.
  await expect(review.section.getByLabel('nodes/etcd1/etcd.conf.yml 的内容')).toContainText(
    '# 成员 etcd1 的 etcd 3.5 配置文件',
  );
  await chineseOnly('review');
  expect(await seriousViolations(page), 'axe: review (zh)').toEqual([]);
  await review.next();

  // Export: the bundle's language follows the window's; a folder with a file is refused.
  const exp = new ExportStepPage(page);
  await expect(exp.heading()).toBeFocused();
  await expect(exp.section.getByRole('radio', { name: '中文', exact: true })).toBeChecked();
  const refused = await exp.chooseFolder();
  mkdirSync(refused, { recursive: true });
  writeFileSync(join(refused, 'keep.txt'), 'mine');
  await exp.keepCaKeyOut();
  await exp.wantPkcs12(P12_PASSWORD);
  await chineseOnly('export');
  await exp.write();
  await expect(exp.error()).toContainText('该文件夹不是空的，请选择新的或空的文件夹');
  const notEmpty = exp.error().locator('.ant-alert-description');
  await expect(notEmpty).toContainText(
    `${refused} 不是空文件夹（其中已有 ${join(refused, 'keep.txt')}）`,
  );
  expectChinese('export into a non-empty folder', await notEmpty.textContent());
  await chineseOnly('export refused');
  expect(readdirSync(refused)).toEqual(['keep.txt']);

  const folder = await exp.chooseFolder();
  expect(folder).not.toBe(refused);
  // The passwords were forgotten with the failed attempt: typed again.
  await expect(exp.section.getByLabel('PKCS#12 密码', { exact: true })).toHaveValue('');
  await exp.wantPkcs12(P12_PASSWORD);
  await exp.write();
  const result = page.getByLabel('导出结果');
  await expect(result).toBeFocused();
  await expect(result).toContainText(/已写出 \d+ 个文件/);
  await chineseOnly('export result');
  expect(await seriousViolations(page), 'axe: export result (zh)').toEqual([]);
  await shot('export-result-zh-light');
  await shell.setTheme('深色');
  expect(await seriousViolations(page), 'axe: export result (zh, dark)').toEqual([]);
  await shot('export-result-zh-dark');
  await shell.setTheme('浅色');

  // The files: README and comments in Chinese, the .p12 files open with their password.
  const readme = readFileSync(join(folder, 'README.md'), 'utf8');
  expect(readme).toMatch(/^# etcd TLS 证书包/);
  // Outside code blocks every line is Chinese, but headings that are names ("## APISIX").
  let inCode = false;
  const englishLines = readme.split('\n').filter((l) => {
    if (l.startsWith('```')) inCode = !inCode;
    return !inCode && /[A-Za-z]/.test(l) && !CJK.test(l) && !/^#+ [\w .-]+$/.test(l);
  });
  expect(englishLines, 'README.md lines with no Chinese').toEqual([]);
  for (const file of [
    'nodes/etcd0/etcd.conf.yml',
    'nodes/etcd0/etcd.env',
    'nodes/etcd0/etcd.service',
    'clients/etcdctl/etcdctl.env',
    'clients/etcdctl/check.sh',
    'kube-apiserver/etcd.flags',
    'apisix/config.yaml',
  ]) {
    const comments = wordedComments(readFileSync(join(folder, file), 'utf8'));
    expect(comments.length, file).toBeGreaterThan(0);
    for (const line of comments) expect(line, `${file}: ${line}`).toMatch(CJK);
  }
  const p12s = readdirSync(join(folder, 'clients'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.p12'));
  expect(p12s.length).toBe(3);
  for (const p12 of p12s) {
    const r = spawnSync(
      'openssl',
      ['pkcs12', '-in', join(folder, 'clients', p12), '-passin', `pass:${P12_PASSWORD}`, '-noout'],
      { encoding: 'utf8' },
    );
    expect(r.status, `${p12}: ${r.stderr}`).toBe(0);
  }

  // The inspector: a good certificate and a file that is none.
  writeFileSync(join(tempDir, 'notes.txt'), 'not a certificate at all\n');
  await shell.open('证书诊断');
  const inspector = new InspectorPage(page);
  await inspector.dropFolder(join(folder, 'clients', 'etcdctl'), ['client.crt']);
  await inspector.dropFolder(tempDir, ['notes.txt']);
  await inspector.waitRead(2);
  const bad = await inspector.file('notes.txt');
  // Every tag (the renderer's words for the error code) is Chinese.
  await expect(bad.locator('.ant-tag').filter({ hasText: '不是证书' })).toBeVisible();
  for (const tag of await bad.locator('.ant-tag').allTextContents()) expect(tag).toMatch(CJK);
  await expect(bad).toContainText('notes.txt 是文本文件，但没有任何“-----BEGIN …-----”块');
  for (const text of await bad.locator('.ant-typography').allTextContents())
    if (text !== 'notes.txt')
      expectChinese('inspector, a dropped file that is no certificate', text);
  await chineseOnly('inspector');
  expect(pageErrors).toEqual([]);
});
