/**
 * The wizard's setup steps (start, CA, members, clients) in the real renderer against the real
 * handlers: the StatefulSet shortcut, importing an openssl-made CA with an encrypted key (a wrong
 * passphrase, then the right one), a bad address blocking Next, plan files and the persisted
 * draft; axe and screenshots of every step in both languages and both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { opensslCa } from '../../electron/test-support/openssl-ca';
import { expect, test, type Page } from '../fixtures';
import { AppShellPage } from '../pages/app-shell-page';
import { CaStepPage } from '../pages/ca-step';
import { ClientsStepPage } from '../pages/clients-step';
import { MembersStepPage } from '../pages/members-step';
import { StartStepPage } from '../pages/start-step';

/** Runs axe and returns the serious and critical violations, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens the app at the start step, ready. */
async function openWizard(page: Page) {
  const shell = new AppShellPage(page);
  await shell.waitReady();
  const start = new StartStepPage(page);
  await expect(start.heading).toBeVisible();
  return { shell, start };
}

/** The wizard-setup CA (see opensslCa), with the SHA-256 fingerprint the summary must show. */
function labCa(dir: string, passphrase: string): { cert: string; key: string; sha256: string } {
  const { cert, key } = opensslCa(dir, passphrase, {
    name: 'lab-ca',
    subject: '/O=Example Lab/CN=Lab Root CA',
    days: 1000,
  });
  expect(readFileSync(key, 'utf8')).toContain('BEGIN ENCRYPTED PRIVATE KEY');
  const fp = execFileSync('openssl', ['x509', '-in', cert, '-noout', '-fingerprint', '-sha256'], {
    encoding: 'utf8',
  });
  return { cert, key, sha256: fp.trim().replace(/^.*=/, '') };
}

test('Kubernetes StatefulSet shortcut fills members and SANs, APISIX hosts are checked', async ({
  page,
  tempDir,
  shot,
  pageErrors,
}) => {
  const { start } = await openWizard(page);
  await start.createNew();
  const ca = new CaStepPage(page);
  await expect(ca.heading).toBeFocused();
  await page.getByRole('button', { name: 'Next' }).click();

  const members = new MembersStepPage(page);
  await expect(members.heading).toBeVisible();
  const dialog = await members.statefulSet({
    replicas: 3,
    name: 'etcd',
    service: 'etcd',
    namespace: 'etcd',
  });
  await expect(dialog).toContainText('etcd-2.etcd.etcd.svc.cluster.local');
  await shot('setup-members-statefulset-dialog-en-light');
  await members.applyStatefulSet(dialog);

  for (const n of [0, 1, 2]) {
    await expect(members.name(n + 1)).toHaveValue(`etcd-${n}`);
    await expect(members.addresses(n + 1)).toHaveValue(`etcd-${n}.etcd.etcd.svc.cluster.local`);
  }
  await expect(members.name(4)).toHaveCount(0);
  await expect(members.extraSans).toHaveValue(
    '*.etcd.etcd.svc.cluster.local, etcd.etcd.svc.cluster.local, etcd.etcd.svc, etcd.etcd',
  );
  await members.next();

  const clients = new ClientsStepPage(page);
  await expect(clients.heading).toBeVisible();
  await expect(clients.builtin('kube-apiserver')).toBeChecked();
  await clients.apisix.check();
  await clients.apisixHosts.fill(
    'etcd.etcd.svc.cluster.local, etcd-0.etcd.etcd.svc.cluster.local, etcd.example.com',
  );
  await expect(clients.hostEntry('etcd.etcd.svc.cluster.local')).toContainText(
    'covered by the server certificates',
  );
  await expect(clients.hostEntry('etcd-0.etcd.etcd.svc.cluster.local')).toContainText('covered');
  await expect(clients.hostEntry('etcd.example.com')).toContainText(
    'not in the certificate of etcd-0, etcd-1, etcd-2',
  );

  // The plan file says what the wizard shows, and the CLI's schema accepts it.
  const download = await start.savePlan();
  const file = join(tempDir, download.suggestedFilename());
  await download.saveAs(file);
  const plan = parse(readFileSync(file, 'utf8')) as {
    cluster: { members: { name: string; addresses: string[] }[]; extraSans: string[] };
    clients: string[];
  };
  expect(plan.cluster.members.map((m) => m.name)).toEqual(['etcd-0', 'etcd-1', 'etcd-2']);
  expect(plan.cluster.extraSans).toContain('*.etcd.etcd.svc.cluster.local');
  expect(plan.clients).toEqual(['kube-apiserver', 'etcdctl', 'apisix']);
  const cli = join(process.cwd(), 'dist', 'cli.cjs');
  // The CLI keeps the CA key encrypted by default: it needs the passphrase.
  execFileSync(process.execPath, [cli, 'issue', '--plan', file, '--out', join(tempDir, 'bundle')], {
    stdio: 'pipe',
    env: { ...process.env, ETW_CA_PASSPHRASE: 'a passphrase for the CLI' },
  });
  expect(pageErrors).toEqual([]);
});

test('importing an openssl-made CA: a wrong passphrase is named at its field, the right one shows the decoded CA', async ({
  page,
  tempDir,
  shot,
}) => {
  // Decrypting a PBES2 key and checking it against the certificate is real work; on a loaded
  // two-core machine it can take a while.
  test.slow();
  const made = labCa(tempDir, 'correct horse');
  const { start } = await openWizard(page);
  await start.createNew();
  const ca = new CaStepPage(page);
  await ca.chooseMode('import');
  // Next is blocked until a CA is imported.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Import the CA');
  await ca.chooseCert(made.cert);
  await ca.chooseKey(made.key);
  await expect(page.getByText('Chosen: lab-ca.key')).toBeVisible();

  // A wrong passphrase: said at the passphrase field, nothing imported.
  await ca.passphrase.fill('wrong one');
  await ca.importCa();
  await expect(ca.passphrase).toHaveAttribute('aria-invalid', 'true');
  await expect(ca.passphrase).toHaveAccessibleDescription(
    /^Passphrase of the key: .*(passphrase|decrypt)/i,
  );
  await expect(ca.summary).toHaveCount(0);
  // The button is itself again once main answered (a fast answer once left it named
  // "loading Import CA" for good, so the second import below could never be pressed).
  await expect(ca.importButton).toHaveAttribute('aria-busy', 'false');

  // The right one, from the same page with the same chosen files.
  await ca.passphrase.fill('correct horse');
  await ca.importCa();
  await expect(ca.summary).toBeVisible();
  await expect(ca.summaryValue('Subject')).toContainText('CN=Lab Root CA');
  await expect(ca.summaryValue('Subject')).toContainText('O=Example Lab');
  await expect(ca.summaryValue('Key')).toHaveText('EC P-256');
  await expect(ca.summaryValue('Basic constraints')).toHaveText('CA:TRUE');
  await expect(ca.summaryValue('SHA-256 fingerprint')).toContainText(made.sha256);
  await expect(ca.summaryValue('Files')).toHaveText('lab-ca.crt, lab-ca.key');
  await shot('setup-ca-imported-en-light');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(new MembersStepPage(page).heading).toBeVisible();
});

test('a bad address is named at its field and blocks Next until fixed', async ({ page, shot }) => {
  const { start } = await openWizard(page);
  await start.createNew();
  await page.getByRole('button', { name: 'Next' }).click();
  const members = new MembersStepPage(page);
  await members.addresses(1).fill('10.0.0.10, 10.0.0.300');
  // As you type: the field says which field and what is wrong.
  await expect(members.addresses(1)).toHaveAttribute('aria-invalid', 'true');
  await expect(members.addresses(1)).toHaveAccessibleDescription(
    'Addresses of member 1: "10.0.0.300" is not a valid IPv4 or IPv6 address',
  );
  await members.addMember();
  await members.addresses(2).fill('*.etcd.example.com');
  await expect(members.addresses(2)).toHaveAccessibleDescription(
    /Addresses of member 2: .*is a wildcard/,
  );
  await members.next();
  await expect(members.heading).toBeVisible();
  await expect(members.blockers()).toContainText(
    'Addresses of member 1: "10.0.0.300" is not a valid',
  );
  await expect(members.blockers()).toContainText(
    'Addresses of member 2: "*.etcd.example.com" is a wildcard',
  );
  await shot('setup-members-blocked-en-light');
  await members.addresses(1).fill('10.0.0.10, etcd0.example.com');
  await members.addresses(2).fill('10.0.0.11');
  await expect(members.blockers()).toHaveCount(0);
  await members.next();
  await expect(new ClientsStepPage(page).heading).toBeVisible();
});

test('the draft survives a reload; a plan file opens with its problems at their fields', async ({
  page,
  tempDir,
}) => {
  const { start } = await openWizard(page);
  await start.createNew();
  await page.getByRole('button', { name: 'Next' }).click();
  const members = new MembersStepPage(page);
  await members.name(1).fill('alpha');
  await members.addresses(1).fill('10.1.0.1');
  await page.reload();
  await expect(members.heading).toBeVisible();
  await expect(members.name(1)).toHaveValue('alpha');
  await expect(members.addresses(1)).toHaveValue('10.1.0.1');
  // Nothing secret or key-like is kept in the browser.
  const stored = await page.evaluate(() => localStorage.getItem('etcd-tls-wizard') ?? '');
  expect(stored).toContain('alpha');
  expect(stored).not.toMatch(/PRIVATE KEY|importId|passphrase/);

  const file = join(tempDir, 'lab.yaml');
  writeFileSync(
    file,
    'version: 1\ncluster:\n  members:\n    - name: m0\n      addresses: [10.9.0.1, "https://m1:2379"]\n',
  );
  await start.openPlanFile(file);
  await expect(start.fileNotice()).toContainText('Opened lab.yaml');
  await expect(start.fileNotice()).toContainText('Addresses of member 1');
  await expect(page.getByLabel('Plan file')).toHaveText('lab.yaml');
  await expect(members.addresses(1)).toHaveValue('10.9.0.1, https://m1:2379');
  await expect(members.addresses(1)).toHaveAccessibleDescription(/"https:\/\/m1:2379" is a URL/);
});

const LOOKS = [
  ['English', 'light', 'en'],
  ['English', 'dark', 'en'],
  ['中文', 'light', 'zh'],
  ['中文', 'dark', 'zh'],
] as const;

for (const [language, theme, code] of LOOKS) {
  test(`every setup step passes axe and is photographed (${code}, ${theme})`, async ({
    page,
    shot,
  }) => {
    test.slow(); // axe runs five times
    const { shell, start } = await openWizard(page);
    await shell.setLanguage(language);
    await shell.setTheme(theme === 'dark' ? /^(Dark|深色)$/ : /^(Light|浅色)$/);
    const next = page.getByRole('button', { name: /^(Next|下一步)$/ });
    const check = async (name: string) => {
      await shot(`setup-${name}-${code}-${theme}`);
      expect(await seriousViolations(page), name).toEqual([]);
    };
    await check('start');
    await start.createNew();
    const ca = new CaStepPage(page);
    await expect(ca.heading).toBeVisible();
    await check('ca-create');
    await ca.chooseMode('import');
    await check('ca-import');
    await ca.chooseMode('create');
    await next.click();
    const members = new MembersStepPage(page);
    await members.addresses(1).fill('10.0.0.10, etcd0.example.com, 10.0.0.300');
    await check('members');
    await members.addresses(1).fill('10.0.0.10, etcd0.example.com');
    await next.click();
    const clients = new ClientsStepPage(page);
    await clients.apisix.check();
    await clients.apisixHosts.fill('etcd0.example.com, 10.0.0.10, lb.example.com');
    await page
      .getByRole('checkbox', { name: /^(Kubernetes service discovery|Kubernetes 服务发现)$/ })
      .or(
        page.getByRole('switch', { name: /^(Kubernetes service discovery|Kubernetes 服务发现)$/ }),
      )
      .click();
    await check('clients');
  });
}
