/** Page object of the wizard's Export step (step 6), in English or Chinese. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The Export step. */
export class ExportStepPage {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.locator('section[aria-labelledby="step-export-title"]');
  }

  /** The step's heading. */
  heading(): Locator {
    return this.page.getByRole('heading', { level: 3, name: /^(Export|导出)$/ });
  }

  /** Chooses the destination folder; returns the path the host shows. */
  async chooseFolder(): Promise<string> {
    await this.section
      .getByRole('button', {
        name: /^(folder-open )?(Choose folder|Choose another folder|选择文件夹|选择其他文件夹)$/,
      })
      .click();
    const path = this.section.locator('code').first();
    await expect(path).toHaveText(/\//);
    return (await path.textContent()) ?? '';
  }

  /** Ticks "also write a .zip". */
  async wantZip(): Promise<void> {
    await this.section.getByRole('checkbox', { name: /\.zip/ }).check();
  }

  /** Exports the CA key encrypted, typing the passphrase twice and acknowledging. */
  async encryptCaKey(passphrase: string, repeat = passphrase): Promise<void> {
    // Ant Design's radio inputs are zero-size: click the label that wraps the input.
    const radio = this.page.getByRole('radio', {
      name: /^(Keep it in the bundle, encrypted with a passphrase \(recommended\)|用口令加密后放入证书包（推荐）)$/,
    });
    await this.section.locator('label', { has: radio }).click();
    await expect(radio).toBeChecked();
    await this.section.getByLabel(/^(Passphrase|口令)$/).fill(passphrase);
    await this.section.getByLabel(/^(Repeat the passphrase|再次输入口令)$/).fill(repeat);
    await this.section.getByRole('checkbox', { name: /(cannot be recovered|无法恢复)/ }).check();
  }

  /** The Export button. */
  exportButton(): Locator {
    // Exactly 导出: the app turns off Ant Design's space between two CJK characters.
    return this.section.getByRole('button', { name: /^(Export|导出)$/ });
  }

  /** Writes the bundle and waits for the outcome (success or an error alert). */
  async write(): Promise<void> {
    await this.exportButton().click();
    await expect(
      this.section
        .getByText(/files? written|已写出|not empty|不是空的|was not written|未写出/)
        .first(),
    ).toBeVisible({ timeout: 60_000 });
  }

  /** The tree of written files. */
  tree(): Locator {
    return this.section.getByRole('tree', { name: /^(Written files|已写出的文件)$/ });
  }

  /** The error alert of a refused export. */
  error(): Locator {
    return this.section.getByRole('alert');
  }

  /** Opens the folder (Electron) or shows its path (browser host). */
  async openFolder(): Promise<void> {
    await this.section
      .getByRole('button', { name: /(Open folder|Show folder path|打开文件夹|显示文件夹路径)$/ })
      .click();
  }
}
