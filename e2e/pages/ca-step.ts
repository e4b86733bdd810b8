/** Page object of the wizard's CA step: create a CA, or import one with its decoded summary. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The CA step. */
export class CaStepPage {
  readonly heading: Locator;
  readonly commonName: Locator;
  readonly passphrase: Locator;
  readonly summary: Locator;
  /** Import CA, by its exact name (a stuck loading icon would add "loading" to it). */
  readonly importButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 3,
      name: /^(Certificate authority|证书颁发机构（CA）)$/,
    });
    this.commonName = page.getByLabel(/^(CA name \(common name\)|CA 名称（通用名称）)$/);
    this.passphrase = page.getByLabel(/^(Passphrase of the key|私钥口令)$/);
    this.summary = page.getByRole('region', { name: /^(Imported CA|已导入的 CA)$/ });
    this.importButton = page.getByRole('button', { name: /^(Import CA|导入 CA)$/ });
  }

  /** Switches between creating and importing a CA. */
  async chooseMode(mode: 'create' | 'import'): Promise<void> {
    const name =
      mode === 'create' ? /^(Create a new CA|新建 CA)$/ : /^(Import an existing CA|导入现有 CA)$/;
    const group = this.page.getByRole('radiogroup', {
      name: /^(Where the CA comes from|CA 来源)$/,
    });
    // Ant Design's radio inputs are zero-size: click the label that wraps the input.
    await group.locator('label', { has: this.page.getByRole('radio', { name }) }).click();
    await expect(group.getByRole('radio', { name })).toBeChecked();
  }

  /** Chooses a file in one of the import drop zones (the zone is a button: Enter or click). */
  private async choose(zone: RegExp, path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: zone }).click();
    await (await chooser).setFiles(path);
  }

  /** Picks the CA certificate file. */
  chooseCert(path: string): Promise<void> {
    return this.choose(/Drop the CA certificate|将 CA 证书拖到此处/, path);
  }

  /** Picks the CA key file. */
  chooseKey(path: string): Promise<void> {
    return this.choose(/Drop the CA key|将 CA 私钥拖到此处/, path);
  }

  /** Presses Import CA. */
  async importCa(): Promise<void> {
    await this.importButton.click();
  }

  /** One row of the decoded summary, by its label. */
  summaryValue(label: string): Locator {
    return this.summary
      .getByRole('row')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .getByRole('cell')
      .last();
  }
}
