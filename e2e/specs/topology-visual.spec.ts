/**
 * The topology picture with long names, measured in the real page: no line of text leaves its
 * box, the full text stays in the box's accessible name, and members show the DNS names clients
 * dial. Screenshots in both languages and themes; the export form with PKCS#12 asked for.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, ROOT, test, type Page } from '../fixtures';
import { AppShellPage } from '../pages/app-shell-page';
import { ExportStepPage } from '../pages/export-step';
import { ReviewStepPage } from '../pages/review-step';
import { StartStepPage } from '../pages/start-step';
import { seriousViolations } from '../support/a11y';

const LONG = 'etcd-member-with-a-rather-long-name-0';
const PLAN = `version: 1
ca:
  commonName: 一个名字很长的证书颁发机构名称 Example Root CA 2027
cluster:
  members:
    - name: ${LONG}
      addresses: [10.20.30.40, ${LONG}.etcd.production-cluster.svc.cluster.local]
    - name: etcd-1
      addresses: [etcd-1.etcd.production-cluster.svc.cluster.local]
    - name: etcd-2
      addresses: [10.20.30.42]
clients:
  - etcdctl
  - apisix
  - name: backup-job-with-an-unusually-long-client-name
    kind: custom
    commonName: backup-job-with-an-unusually-long-client-name.example.internal
`;

/** Every text of every box, with its box and its own drawn width. */
async function boxTexts(page: Page) {
  return page.locator('g.topology-node').evaluateAll((nodes) =>
    nodes.flatMap((g) => {
      const rect = (g.querySelector('rect') as SVGRectElement).getBBox();
      return [...g.querySelectorAll('text')].map((t) => {
        const b = (t as SVGTextElement).getBBox();
        return {
          text: t.textContent ?? '',
          name: g.getAttribute('aria-label') ?? '',
          inside:
            b.x >= rect.x &&
            b.x + b.width <= rect.x + rect.width &&
            b.y + b.height <= rect.y + rect.height,
        };
      });
    }),
  );
}

test('long names never leave their boxes in the topology, in both languages and themes', async ({
  page,
  tempDir,
}) => {
  test.setTimeout(300_000);
  const shell = new AppShellPage(page);
  await shell.waitReady();
  const file = join(tempDir, 'plan.yaml');
  writeFileSync(file, PLAN);
  await new StartStepPage(page).openPlanFile(file);
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByText('Review', { exact: true })
    .click();
  const review = new ReviewStepPage(page);
  await review.waitIssued();
  const dir = join(ROOT, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });

  for (const [language, light, dark] of [
    ['English', 'Light', 'Dark'],
    ['中文', '浅色', '深色'],
  ] as const) {
    if (language === '中文') await shell.setLanguage('中文');
    for (const theme of [light, dark]) {
      await shell.setTheme(theme);
      const texts = await boxTexts(page);
      expect(
        texts.filter((t) => !t.inside),
        'text outside its box',
      ).toEqual([]);
      // Cut text ends with …, and the box's name still has all of it.
      const cut = texts.filter((t) => t.text.endsWith('…'));
      expect(cut.length).toBeGreaterThan(0);
      for (const t of cut) expect(t.name).toContain(t.text.slice(0, -1));
      // Members show the DNS name clients dial, not only the IP.
      await expect(review.topologyNode('etcd-1')).toContainText('etcd-1.etcd.production-cluster');
      await expect(review.topologyNode('etcd-2')).toContainText('10.20.30.42');
      expect(await seriousViolations(page), `axe: review (${language}, ${theme})`).toEqual([]);
      await review.topology().screenshot({
        path: join(
          dir,
          `topology-long-names-${language === 'English' ? 'en' : 'zh'}-${theme === light ? 'light' : 'dark'}.png`,
        ),
        animations: 'disabled',
      });
    }
  }
  await shell.setTheme('浅色');
  await shell.setLanguage('English');

  // The export form with PKCS#12 asked for (a screenshot to look at; axe on it).
  await review.next();
  const exp = new ExportStepPage(page);
  await exp.chooseFolder();
  await exp.wantPkcs12('short', 'shorter');
  await expect(exp.section.getByText('Use at least 12 characters.')).toBeVisible();
  await expect(exp.exportButton()).toBeDisabled();
  await exp.wantPkcs12('twelve chars!', 'twelve chars?');
  await expect(exp.section.getByText('The two passwords differ.')).toBeVisible();
  await expect(exp.exportButton()).toBeDisabled();
  expect(await seriousViolations(page), 'axe: export with PKCS#12').toEqual([]);
  await exp.section.screenshot({
    path: join(dir, 'export-form-pkcs12-en-light.png'),
    animations: 'disabled',
  });
});
