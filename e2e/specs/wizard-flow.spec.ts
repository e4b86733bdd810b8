/**
 * The whole wizard as a new user meets it: create a CA, type three members, add the clients,
 * review, export; then the files on disk are checked with openssl and the exported plan is opened
 * again. Once in English and once in Chinese, with axe scans and screenshots of review and
 * export in both themes. Plus: a refused non-empty folder, and a one-click lint fix.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { AppShellPage } from '../pages/app-shell-page';
import { ExportStepPage } from '../pages/export-step';
import { ReviewStepPage } from '../pages/review-step';
import { seriousViolations } from '../support/a11y';

type Lang = 'en' | 'zh-CN';

/** The setup steps' labels (F1's strings) in both languages. */
const SETUP = {
  en: {
    newPki: 'Create a new PKI',
    caName: 'CA name (common name)',
    next: 'Next',
    memberName: (n: number) => `Name of member ${n}`,
    memberAddresses: (n: number) => `Addresses of member ${n}`,
    addMember: 'Add member',
    openPlan: 'Open plan…',
    steps: 'Wizard steps',
    review: 'Review',
    members: 'Members',
    dark: 'Dark',
    light: 'Light',
  },
  'zh-CN': {
    newPki: '新建 PKI',
    caName: 'CA 名称（通用名称）',
    next: '下一步',
    memberName: (n: number) => `成员 ${n} 的名称`,
    memberAddresses: (n: number) => `成员 ${n} 的地址`,
    addMember: '添加成员',
    openPlan: '打开计划…',
    steps: '向导步骤',
    review: '核对',
    members: '成员',
    dark: '深色',
    light: '浅色',
  },
} as const;

const MEMBERS = [
  { name: 'etcd0', ip: '10.0.0.10', dns: 'etcd0.example.internal' },
  { name: 'etcd1', ip: '10.0.0.11', dns: 'etcd1.example.internal' },
  { name: 'etcd2', ip: '10.0.0.12', dns: 'etcd2.example.internal' },
];
const PASSPHRASE = 'correct horse battery staple';

/** Steps 1-4, typed as a new user would. */
async function setUpPlan(page: Page, lang: Lang): Promise<void> {
  const s = SETUP[lang];
  await page.getByRole('button', { name: s.newPki }).click();
  await page.getByLabel(s.caName, { exact: true }).fill('e2e-ca');
  await page.getByRole('button', { name: s.next, exact: true }).click();
  for (const [i, m] of MEMBERS.entries()) {
    if (i > 0) await page.getByRole('button', { name: s.addMember }).click();
    await page.getByLabel(s.memberName(i + 1), { exact: true }).fill(m.name);
    await page.getByLabel(s.memberAddresses(i + 1), { exact: true }).fill(`${m.ip}, ${m.dns}`);
  }
  await page.getByRole('button', { name: s.next, exact: true }).click();
  await page.getByRole('checkbox', { name: 'Apache APISIX' }).check();
  await page.getByRole('button', { name: s.next, exact: true }).click();
}

/** Runs openssl and returns its combined output; fails the test on a non-zero exit. */
function openssl(args: string[]): string {
  const r = spawnSync('openssl', args, { encoding: 'utf8' });
  expect(r.status, `openssl ${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(0);
  return r.stdout + r.stderr;
}

/** Checks the written bundle with openssl: chains, purposes, names, key modes, the CA key. */
function checkBundle(dir: string): void {
  const ca = join(dir, 'ca/ca.crt');
  const verify = (cert: string, ...extra: string[]) =>
    expect(openssl(['verify', '-x509_strict', ...extra, '-CAfile', ca, join(dir, cert)])).toContain(
      ': OK',
    );
  for (const m of MEMBERS) {
    verify(`nodes/${m.name}/server.crt`, '-purpose', 'sslserver', '-verify_ip', m.ip);
    verify(`nodes/${m.name}/server.crt`, '-purpose', 'sslserver', '-verify_hostname', m.dns);
    // The gateway dials the member with its server certificate (etcd issue 9785).
    verify(`nodes/${m.name}/server.crt`, '-purpose', 'sslclient');
    verify(`nodes/${m.name}/peer.crt`, '-purpose', 'sslserver', '-verify_ip', m.ip);
    verify(`nodes/${m.name}/peer.crt`, '-purpose', 'sslclient');
    const wrong = spawnSync(
      'openssl',
      [
        'verify',
        '-x509_strict',
        '-verify_ip',
        '10.9.9.9',
        '-CAfile',
        ca,
        join(dir, `nodes/${m.name}/server.crt`),
      ],
      { encoding: 'utf8' },
    );
    expect(wrong.status).not.toBe(0);
  }
  for (const c of ['kube-apiserver', 'etcdctl', 'apisix'])
    verify(`clients/${c}/client.crt`, '-purpose', 'sslclient');
  const keys: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.key')) keys.push(join(d, e.name));
  };
  walk(dir);
  expect(keys.length).toBe(1 + 6 + 3);
  for (const k of keys) expect((statSync(k).mode & 0o777).toString(8), k).toBe('600');
  expect(readFileSync(join(dir, 'ca/ca.key'), 'utf8')).toContain('BEGIN ENCRYPTED PRIVATE KEY');
  openssl(['pkey', '-in', join(dir, 'ca/ca.key'), '-passin', `pass:${PASSPHRASE}`, '-noout']);
  expect(existsSync(`${dir}.zip`)).toBe(true);
  execFileSync('unzip', ['-tq', `${dir}.zip`]);
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`a new user creates, reviews and exports a PKI, then re-opens its plan (${lang})`, async ({
    page,
    shot,
    pageErrors,
  }) => {
    test.setTimeout(240_000);
    const s = SETUP[lang];
    const shell = new AppShellPage(page);
    await shell.waitReady();
    if (lang === 'zh-CN') await shell.setLanguage('中文');
    await setUpPlan(page, lang);

    const review = new ReviewStepPage(page);
    await expect(review.heading()).toBeVisible();
    await review.waitIssued();
    await expect(review.cards()).toHaveCount(1 + 2 * MEMBERS.length + 3);
    const topology = review.topology();
    await expect(topology).toBeVisible();
    for (const m of MEMBERS)
      await expect(topology.locator(`g[data-name="${m.name}"]`)).toHaveCount(1);
    await expect(topology.locator('path[data-edge="peer"]')).toHaveCount(3);
    await expect(topology.locator('path[data-edge="client"]')).toHaveCount(9);

    const server = lang === 'en' ? 'Server certificate' : '服务端证书';
    expect(pageErrors, 'console errors (CSP violations included)').toEqual([]);
    await review.chooseForCompare(`${server} · etcd0`);
    await review.chooseForCompare(`${server} · etcd1`);
    const dialog = await review.openCompare();
    await expect(dialog.getByText(lang === 'en' ? 'differs' : '不同').first()).toBeVisible();
    await expect(dialog).toContainText('10.0.0.11');
    await dialog
      .getByRole('button', { name: lang === 'en' ? 'Close' : '关闭' })
      .first()
      .click();
    await expect(dialog).toBeHidden();

    const conf = await review.previewFile('nodes/etcd0/etcd.conf.yml');
    await expect(conf).toContainText('client-transport-security');
    await expect(conf).toContainText('https://10.0.0.10:2379');
    expect(await seriousViolations(page), 'axe: review').toEqual([]);
    await shot(`wizard-review-${lang}-light`);
    await shell.setTheme(s.dark);
    expect(await seriousViolations(page), 'axe: review (dark)').toEqual([]);
    await shot(`wizard-review-${lang}-dark`);
    await shell.setTheme(s.light);

    await review.next();
    const exp = new ExportStepPage(page);
    await expect(exp.heading()).toBeVisible();
    const folder = await exp.chooseFolder();
    await exp.wantZip();
    await exp.encryptCaKey(PASSPHRASE);
    await expect(exp.exportButton()).toBeEnabled();
    expect(await seriousViolations(page), 'axe: export').toEqual([]);
    await shot(`wizard-export-${lang}-light`);
    await shell.setTheme(s.dark);
    expect(await seriousViolations(page), 'axe: export (dark)').toEqual([]);
    await shot(`wizard-export-${lang}-dark`);
    await shell.setTheme(s.light);
    await exp.write();
    await expect(exp.tree()).toBeVisible();
    await expect(exp.tree()).toContainText('server.key');
    // What to do now: per machine, a copy command to its address and the commands to run.
    const next = exp.nextSteps();
    await expect(next).toContainText(/What to do now|接下来做什么/);
    await expect(next).toContainText(
      `tar -czf - nodes/${MEMBERS[0]!.name} | ssh root@${MEMBERS[0]!.ip}`,
    );
    await expect(next).toContainText('etcdctl endpoint health');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', /Export result|导出结果/);
    await exp.openFolder();
    await expect(exp.section).toContainText(folder);
    expect(await seriousViolations(page), 'axe: export done').toEqual([]);
    await shot(`wizard-export-done-${lang}-light`);
    await shell.setTheme(s.dark);
    expect(await seriousViolations(page), 'axe: export done (dark)').toEqual([]);
    await shot(`wizard-export-done-${lang}-dark`);
    await shell.setTheme(s.light);

    expect(pageErrors, 'console errors on review and export').toEqual([]);
    checkBundle(folder);
    // The bundle speaks the window's language unless the user picked another on Export.
    expect(readFileSync(join(folder, 'README.md'), 'utf8')).toContain(
      lang === 'en' ? 'Members keep their files in' : '各成员的证书文件存放在',
    );

    // The exported plan opens again to the same members, clients and certificates.
    await page.getByRole('button', { name: s.openPlan }).first().click();
    await page.locator('input[type=file]').setInputFiles(join(folder, 'plan.yaml'));
    await page
      .getByRole('navigation', { name: s.steps })
      .getByText(s.members, { exact: true })
      .click();
    for (const [i, m] of MEMBERS.entries()) {
      await expect(page.getByLabel(s.memberName(i + 1), { exact: true })).toHaveValue(m.name);
      await expect(page.getByLabel(s.memberAddresses(i + 1), { exact: true })).toHaveValue(
        `${m.ip}, ${m.dns}`,
      );
    }
    await page
      .getByRole('navigation', { name: s.steps })
      .getByText(s.review, { exact: true })
      .click();
    await review.waitIssued();
    await expect(review.cards()).toHaveCount(1 + 2 * MEMBERS.length + 3);
  });
}

/** Opens a plan file through the Open plan upload and goes to the Review step. */
async function openPlanAndReview(page: Page, dir: string, yaml: string): Promise<ReviewStepPage> {
  const file = join(dir, 'plan.yaml');
  writeFileSync(file, yaml);
  await page.getByRole('button', { name: SETUP.en.openPlan }).first().click();
  await page.locator('input[type=file]').setInputFiles(file);
  await page
    .getByRole('navigation', { name: SETUP.en.steps })
    .getByText('Review', { exact: true })
    .click();
  const review = new ReviewStepPage(page);
  await review.waitIssued();
  return review;
}

const SMALL_PLAN = `version: 1
cluster:
  members:
    - name: etcd0
      addresses: [10.0.0.10]
clients: [etcdctl]
`;

test('a folder with files in it is refused and left untouched', async ({
  page,
  tempDir,
  pageErrors,
}) => {
  await new AppShellPage(page).waitReady();
  const review = await openPlanAndReview(page, tempDir, SMALL_PLAN);
  await review.next();
  const exp = new ExportStepPage(page);
  const folder = await exp.chooseFolder();
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'keep.txt'), 'mine');
  await exp.discardCaKey();
  await exp.write();
  await expect(exp.error()).toContainText('not empty');
  expect(readdirSync(folder)).toEqual(['keep.txt']);
  expect(pageErrors).toEqual([]);
});

test('a lint finding offers a one-click fix that changes the plan and issues again', async ({
  page,
  tempDir,
}) => {
  await new AppShellPage(page).waitReady();
  const review = await openPlanAndReview(
    page,
    tempDir,
    `${SMALL_PLAN.replace('[etcdctl]', '[etcdctl, apisix]')}apisix:\n  hosts: [etcd-lb.example.internal]\n`,
  );
  const fix = review.fixButtons().filter({ hasText: 'etcd-lb.example.internal' }).first();
  await expect(fix).toBeVisible();
  await fix.click();
  await review.waitIssued();
  await expect(review.fixButtons()).toHaveCount(0);
  const card = review.cards().first();
  await expect(review.section).toContainText('etcd-lb.example.internal');
  await expect(card).toBeVisible();
});
