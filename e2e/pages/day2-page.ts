/**
 * Page object of the day-2 page (work with an existing bundle), in English or Chinese: open a
 * bundle by uploading its folder or its zip, unlock the CA key, choose a change, read the review,
 * export. Locators go by role and accessible name.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The day-2 page. */
export class Day2Page {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.locator('section[aria-labelledby="day2-title"]');
  }

  /** The page's title. */
  heading(): Locator {
    return this.page.getByRole('heading', {
      level: 2,
      name: /^(Work with an existing bundle|使用已有的证书包)$/,
    });
  }

  /** From the wizard's start step: "Open a bundle". */
  async openFromStart(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Open a bundle|打开证书包)$/ }).click();
    await expect(this.heading()).toBeVisible();
  }

  /** Uploads a bundle folder through the folder input (names keep the folder path). */
  async uploadFolder(dir: string): Promise<void> {
    await this.section.getByLabel(/^(Upload folder|上传文件夹)$/).setInputFiles(dir);
  }

  /** Uploads a bundle's zip. */
  async uploadZip(file: string): Promise<void> {
    await this.section.getByLabel(/^(Upload \.zip|上传 \.zip)$/).setInputFiles(file);
  }

  /** The table of the opened bundle's certificates. */
  bundleTable(): Locator {
    return this.section.getByRole('table', {
      name: /^(Certificates of the bundle|证书包中的证书)$/,
    });
  }

  /** Picks a change by its label (a button-style radio). */
  async chooseAction(name: RegExp): Promise<void> {
    await this.choose(name);
  }

  /** Picks a renewal mode by its label. */
  async renewMode(name: RegExp): Promise<void> {
    await this.choose(name);
  }

  /**
   * Ant Design's radio inputs are zero-size: the click goes to the label that wraps the input
   * (`has` is matched inside each label, so it must be a page-rooted locator).
   */
  private async choose(name: RegExp): Promise<void> {
    const radio = this.page.getByRole('radio', { name });
    await this.section.locator('label', { has: radio }).first().click();
    await expect(radio).toBeChecked();
  }

  /** Types the CA key passphrase and unlocks. */
  async unlock(passphrase: string): Promise<void> {
    await this.section.getByLabel(/^(CA key passphrase|CA 私钥口令)$/).fill(passphrase);
    await this.section.getByRole('button', { name: /^(Unlock|解\s?锁)$/ }).click();
  }

  /** The "unlocked" line. */
  unlocked(): Locator {
    return this.section.getByText(/^(CA key unlocked|CA 私钥已解锁)/);
  }

  /** The first alert (refusals). */
  alert(): Locator {
    return this.section.getByRole('alert').first();
  }

  /** "Show what will change", then waits for the review. */
  async preview(): Promise<void> {
    await this.section
      .getByRole('button', { name: /^(Show what will change|查看将要发生的变化)$/ })
      .click();
    await expect(
      this.page.getByRole('heading', { level: 3, name: /^(What will change|将要发生的变化)$/ }),
    ).toBeVisible({ timeout: 30_000 });
  }

  /** The before/after table of the review. */
  changesTable(): Locator {
    return this.section.getByRole('table', {
      name: /^(Certificates before and after|变更前后的证书)$/,
    });
  }

  /** The review's counts ("6 renewed", …). */
  counts(): Locator {
    return this.section.getByRole('status').first();
  }

  /** "Continue to export". */
  async continueToExport(): Promise<void> {
    await this.section.getByRole('button', { name: /^(Continue to export|继续导出)$/ }).click();
    await expect(
      this.page.getByRole('heading', {
        level: 3,
        name: /^(Export the new bundle|导出新的证书包)$/,
      }),
    ).toBeVisible();
  }

  /** Chooses the destination folder; returns the path the host shows. */
  async chooseFolder(): Promise<string> {
    await this.section
      .getByRole('button', { name: /^(folder-open )?(Choose folder|选择文件夹)$/ })
      .click();
    const path = this.section.locator('code').filter({ hasText: /^\// }).first();
    await expect(path).toBeVisible();
    return (await path.textContent()) ?? '';
  }

  /** Ticks "also write a .zip". */
  async wantZip(): Promise<void> {
    await this.section.getByRole('checkbox', { name: /\.zip/ }).check();
  }

  /** Types the new CA key's passphrase twice and acknowledges (CA rotation). */
  async newCaPassphrase(passphrase: string): Promise<void> {
    await this.section.getByLabel(/^(Passphrase|口令)$/).fill(passphrase);
    await this.section.getByLabel(/^(Repeat the passphrase|再次输入口令)$/).fill(passphrase);
    await this.section.getByRole('checkbox', { name: /(cannot be recovered|无法恢复)/ }).check();
  }

  /** Exports and waits for the written result. */
  async write(): Promise<void> {
    await this.section.getByRole('button', { name: /^(Export|导\s?出)$/ }).click();
    await expect(this.section.getByText(/files? written|个文件已写出|已写出/).first()).toBeVisible({
      timeout: 60_000,
    });
  }

  /** The tree of written files. */
  tree(): Locator {
    return this.section.getByRole('tree', { name: /^(Written files|已写出的文件)$/ });
  }
}
