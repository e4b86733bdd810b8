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

  /** Picks one of the CA key radios by its label (Ant Design's inputs are zero-size). */
  private async pickCaKey(name: RegExp): Promise<void> {
    const radio = this.page.getByRole('radio', { name });
    await this.section.locator('label', { has: radio }).click();
    await expect(radio).toBeChecked();
  }

  /** Exports the CA key encrypted (the default), typing the passphrase twice and acknowledging. */
  async encryptCaKey(passphrase: string, repeat = passphrase): Promise<void> {
    await this.pickCaKey(/^(Keep it in the bundle, encrypted|用口令加密后放入证书包)/);
    await this.section.getByLabel(/^(Passphrase|口令)$/).fill(passphrase);
    await this.section.getByLabel(/^(Repeat the passphrase|再次输入口令)$/).fill(repeat);
    await this.section.getByRole('checkbox', { name: /(cannot be recovered|无法恢复)/ }).check();
  }

  /** Throws away a CA created here, confirming that renewal then becomes impossible. */
  async discardCaKey(): Promise<void> {
    await this.pickCaKey(/^(Do not keep it|不保留)/);
    await expect(this.exportButton()).toBeDisabled();
    await this.section
      .getByRole('checkbox', { name: /(throw the CA key away|丢弃 CA 私钥)/ })
      .check();
  }

  /** Leaves the key of an imported CA out of the bundle (its owner already holds it). */
  async keepCaKeyOut(): Promise<void> {
    await this.pickCaKey(/^(Keep it out of the bundle|不放入证书包)/);
  }

  /** Asks for PKCS#12 files for the clients, typing their password twice. */
  async wantPkcs12(password: string, repeat = password): Promise<void> {
    const box = this.section.getByRole('checkbox', { name: /PKCS#12/ });
    if (!(await box.isChecked())) await box.check();
    await this.section.getByLabel(/^(PKCS#12 password|PKCS#12 密码)$/).fill(password);
    await this.section
      .getByLabel(/^(Repeat the PKCS#12 password|再次输入 PKCS#12 密码)$/)
      .fill(repeat);
  }

  /** The bundle language radio. */
  async chooseLanguage(language: 'English' | '中文'): Promise<void> {
    const radio = this.page.getByRole('radio', { name: language, exact: true });
    await this.section.locator('label', { has: radio }).click();
    await expect(radio).toBeChecked();
  }

  /** The "what to do now" panel of the export result. */
  nextSteps(): Locator {
    return this.section.locator('section[aria-labelledby="next-steps-title"]');
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
    return this.section
      .getByRole('alert')
      .filter({ hasText: /not empty|was not written|不是空的|未写出/ });
  }

  /** Opens the folder (Electron) or shows its path (browser host). */
  async openFolder(): Promise<void> {
    await this.section
      .getByRole('button', { name: /(Open folder|Show folder path|打开文件夹|显示文件夹路径)$/ })
      .click();
  }
}
