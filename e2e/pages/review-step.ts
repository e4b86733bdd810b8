/**
 * Page object of the wizard's Review step (step 5). Locators go by role and accessible name, in
 * English or Chinese, so the same object drives both languages.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The Review step. */
export class ReviewStepPage {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.locator('section[aria-labelledby="step-review-title"]');
  }

  /** The step's heading. */
  heading(): Locator {
    return this.page.getByRole('heading', { level: 3, name: /^(Review|核对)$/ });
  }

  /** Waits until the certificates are issued for the current plan (key generation may take a while). */
  async waitIssued(): Promise<void> {
    await expect(
      this.section.getByRole('status').filter({ hasText: /certificates? issued|已签发/ }),
    ).toBeVisible({ timeout: 90_000 });
    // The topology and the file previews render in a deferred pass after the status line.
    await expect(this.topology()).toBeVisible();
  }

  /** Every certificate card. */
  cards(): Locator {
    return this.section.getByRole('region', { name: /^(Certificate|证书) / });
  }

  /** The trust topology picture (a group of buttons, one per machine). */
  topology(): Locator {
    return this.section.getByRole('group', { name: /^(Trust topology|信任拓扑)/ });
  }

  /** A box of the topology by the machine's name; picking it shows that machine's files. */
  topologyNode(name: string): Locator {
    return this.topology().locator(`g[data-name="${name}"]`);
  }

  /** The machine chooser above the file previews. */
  machines(): Locator {
    return this.section.getByRole('radiogroup', { name: /^(Machine|机器)$/ });
  }

  /** Ticks the Compare box of a certificate by its card title ("Server certificate · etcd0"). */
  async chooseForCompare(title: string): Promise<void> {
    await this.section
      .getByRole('checkbox', { name: new RegExp(`(Compare|比较) ${escape(title)}$`) })
      .check();
  }

  /** Opens the side-by-side comparison of the two ticked certificates; returns its region. */
  async openCompare(): Promise<Locator> {
    await this.section.getByRole('button', { name: /^(Compare|比较)（?\(?/ }).click();
    const region = this.section.getByRole('region', {
      name: /^(Side-by-side comparison|并排比较)/,
    });
    await expect(region).toBeVisible();
    return region;
  }

  /** A one-click fix button (its text starts with "Fix:" / "修复："). */
  fixButtons(): Locator {
    return this.section.getByRole('button', { name: /^(Fix:|修复：)/ });
  }

  /** Chooses a generated file to preview and returns its code view. */
  async previewFile(path: string): Promise<Locator> {
    const select = this.section.getByRole('combobox', { name: /^(File|文件)$/ });
    await select.click();
    await select.fill(path);
    // Ant Design's listbox for assistive tech is hidden; the search keeps the match active.
    await this.page.keyboard.press('Enter');
    const code = this.section.getByLabel(
      new RegExp(`^(Contents of ${escape(path)}|${escape(path)} 的内容)$`),
    );
    await expect(code).toBeVisible();
    return code;
  }

  /** Goes on to the Export step. */
  async next(): Promise<void> {
    await this.section.getByRole('button', { name: /^(Next: export|下一步：导出)$/ }).click();
  }
}

/** Escapes text for use inside a RegExp. */
export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
