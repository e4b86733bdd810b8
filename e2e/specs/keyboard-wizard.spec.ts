/**
 * The whole wizard with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows): where focus
 * lands after each step, after Add member and after Export; the focus ring's contrast measured
 * on the way in both themes; axe on every screen; screenshots of the export result.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '../fixtures';
import { AppShellPage } from '../pages/app-shell-page';
import { CaStepPage } from '../pages/ca-step';
import { ClientsStepPage } from '../pages/clients-step';
import { MembersStepPage } from '../pages/members-step';
import { ReviewStepPage } from '../pages/review-step';
import { expectVisibleFocus, seriousViolations, tabTo } from '../support/a11y';

const PASSPHRASE = 'keyboard only passphrase';

/** The Steps bar is in view and below the sticky header, never under it. */
async function stepsBarVisible(page: Page): Promise<void> {
  const steps = page.getByRole('navigation', { name: 'Wizard steps' });
  await expect(steps).toBeInViewport();
  const bar = (await steps.boundingBox())!;
  const header = (await page.getByRole('banner').boundingBox())!;
  expect(bar.y, 'Steps bar top vs header bottom').toBeGreaterThanOrEqual(
    header.y + header.height - 1,
  );
}

/** Axe finds nothing serious or critical on the current screen. */
async function axeClean(page: Page, where: string): Promise<void> {
  expect(await seriousViolations(page), `axe: ${where}`).toEqual([]);
}

test('a keyboard-only user goes through the whole wizard, focus always where the work is', async ({
  page,
  shot,
  pageErrors,
}) => {
  test.setTimeout(240_000);
  const shell = new AppShellPage(page);
  await shell.waitReady();
  await expect(page.getByRole('main')).toHaveCount(1);

  // The first Tab reaches the skip link; Enter puts focus on the page itself.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page, 'skip link');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await axeClean(page, 'start');

  // Start → CA.
  const create = page.getByRole('button', { name: 'Create a new PKI' });
  await tabTo(page, create);
  await expectVisibleFocus(page, 'Create a new PKI');
  await page.keyboard.press('Enter');
  const ca = new CaStepPage(page);
  await expect(ca.heading).toBeFocused();
  await tabTo(page, ca.commonName);
  await expectVisibleFocus(page, 'CA name');
  await page.keyboard.type('keyboard-ca');
  await axeClean(page, 'CA');
  const next = page.getByRole('button', { name: 'Next', exact: true });
  await tabTo(page, next);
  await expectVisibleFocus(page, 'Next');
  await page.keyboard.press('Enter');

  // Members: typing, then Add member puts focus in the new row (Space, then Enter).
  const members = new MembersStepPage(page);
  await expect(members.heading).toBeFocused();
  await stepsBarVisible(page);
  const add = page.getByRole('button', { name: 'Add member' });
  const hosts = [
    ['etcd0', '10.0.0.10, etcd0.example.internal'],
    ['etcd1', '10.0.0.11, etcd1.example.internal'],
    ['etcd2', '10.0.0.12, etcd2.example.internal'],
  ] as const;
  for (const [i, [name, addresses]] of hosts.entries()) {
    if (i === 0) await tabTo(page, members.name(1));
    else {
      await tabTo(page, add);
      await expectVisibleFocus(page, 'Add member');
      await page.keyboard.press(i === 1 ? 'Space' : 'Enter');
      await expect(members.name(i + 1), 'focus moves to the new row').toBeFocused();
    }
    await page.keyboard.type(name);
    await tabTo(page, members.addresses(i + 1));
    await page.keyboard.type(addresses);
  }
  await expect(members.addresses(3)).toHaveValue('10.0.0.12, etcd2.example.internal');
  await axeClean(page, 'members');
  await tabTo(page, next);
  await page.keyboard.press('Enter');

  // Clients: Space ticks APISIX.
  const clients = new ClientsStepPage(page);
  await expect(clients.heading).toBeFocused();
  await tabTo(page, clients.apisix);
  await page.keyboard.press('Space');
  await expect(clients.apisix).toBeChecked();
  await expectVisibleFocus(page, 'APISIX checkbox');
  await axeClean(page, 'clients');
  await tabTo(page, next);
  await page.keyboard.press('Enter');

  // Review: a topology box is a button; Enter shows its machine's files, arrows pick another.
  const review = new ReviewStepPage(page);
  await expect(review.heading()).toBeFocused();
  await review.waitIssued();
  const etcd1 = review.topologyNode('etcd1');
  await tabTo(page, etcd1);
  await expectVisibleFocus(page, 'topology box');
  await page.keyboard.press('Enter');
  await expect(etcd1).toHaveAttribute('aria-pressed', 'true');
  const machine = (name: string) => review.machines().getByRole('radio', { name });
  await expect(machine('Member etcd1')).toBeChecked();
  await expect(review.section.getByLabel('Contents of nodes/etcd1/etcd.conf.yml')).toBeVisible();
  await tabTo(page, machine('Member etcd1'));
  await expectVisibleFocus(page, 'machine radio');
  await page.keyboard.press('ArrowRight');
  await expect(machine('Member etcd2')).toBeChecked();
  await expect(machine('Member etcd2')).toBeFocused();
  await expect(review.section.getByLabel('Contents of nodes/etcd2/etcd.conf.yml')).toBeVisible();
  await expect(review.topologyNode('etcd2')).toHaveAttribute('aria-pressed', 'true');
  await axeClean(page, 'review');
  await tabTo(page, page.getByRole('button', { name: 'Next: export' }));
  await page.keyboard.press('Enter');

  // Export: folder, language by arrows, passphrase twice, acknowledgement, Export.
  const exportHeading = page.getByRole('heading', { level: 3, name: 'Export' });
  await expect(exportHeading).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Choose folder' }));
  await page.keyboard.press('Enter');
  const section = page.locator('section[aria-labelledby="step-export-title"]');
  await expect(section.locator('code').first()).toHaveText(/\//);
  const folder = (await section.locator('code').first().textContent()) ?? '';
  const language = (name: string) =>
    section.getByRole('radiogroup', { name: /^Language of the README/ }).getByRole('radio', {
      name,
    });
  await tabTo(page, language('English'));
  await expectVisibleFocus(page, 'language radio');
  await page.keyboard.press('ArrowRight');
  await expect(language('中文')).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(language('English')).toBeChecked();
  await tabTo(page, section.getByLabel('Passphrase', { exact: true }));
  await page.keyboard.type(PASSPHRASE);
  await tabTo(page, section.getByLabel('Repeat the passphrase'));
  await page.keyboard.type(PASSPHRASE);
  const ack = section.getByRole('checkbox', { name: /cannot be recovered/ });
  await tabTo(page, ack);
  await page.keyboard.press('Space');
  await expect(ack).toBeChecked();
  await axeClean(page, 'export');
  const write = section.getByRole('button', { name: 'Export', exact: true });
  await tabTo(page, write);
  await expectVisibleFocus(page, 'Export');
  await page.keyboard.press('Enter');

  // Focus lands on the result, which says what to do next.
  const result = page.getByLabel('Export result');
  await expect(result).toBeFocused({ timeout: 60_000 });
  await expect(result).toContainText(/\d+ files written/);
  expect(existsSync(join(folder, 'README.md'))).toBe(true);
  await tabTo(page, page.getByRole('button', { name: 'Open README.md' }));
  await expectVisibleFocus(page, 'Open README.md');
  // Scrolled down with the keyboard: the Steps bar is still there, below the header.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  await stepsBarVisible(page);
  await axeClean(page, 'export result');
  await shot('export-result-en-light');

  // Dark theme by the keyboard: the header's theme switch, arrows to Dark.
  const theme = shell.themeSwitch();
  await tabTo(page, theme.getByRole('radio', { checked: true }), { back: true, max: 200 });
  while (!(await theme.getByRole('radio', { name: 'Dark' }).isChecked()))
    await page.keyboard.press('ArrowLeft');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectVisibleFocus(page, 'theme radio (dark)');
  await tabTo(page, page.getByRole('button', { name: 'Open README.md' }));
  await expectVisibleFocus(page, 'Open README.md (dark)');
  await tabTo(page, page.getByRole('button', { name: 'Back to review' }), { back: true });
  await expectVisibleFocus(page, 'Back to review (dark)');
  await axeClean(page, 'export result (dark)');
  await shot('export-result-en-dark');
  await page.keyboard.press('Enter');
  await expect(review.heading()).toBeFocused();
  await tabTo(page, review.topologyNode('etcd0'));
  await expectVisibleFocus(page, 'topology box (dark)');
  expect(pageErrors).toEqual([]);
});
