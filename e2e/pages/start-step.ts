/**
 * Page object of the wizard's start step and of the plan file controls every step has (Open,
 * Save, the upload dialog of the browser host). Locators go by role and accessible name.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The start step and the plan file controls. */
export class StartStepPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 3,
      name: /^(How do you want to start\?|您想如何开始？)$/,
    });
  }

  /** The wizard's Steps bar. */
  stepsNav(): Locator {
    return this.page.getByRole('navigation', { name: /^(Wizard steps|向导步骤)$/ });
  }

  /** The heading (h3) of the step currently shown. */
  stepHeading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 3 }).first();
  }

  /** Starts a new PKI from the default plan (confirming the replacement of a draft if asked). */
  async createNew(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Create a new PKI|新建 PKI)$/ }).click();
    const confirm = this.page.getByRole('button', { name: /^(Replace|替换)$/ });
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
  }

  /** Opens a plan file through the browser host's upload dialog. */
  async openPlanFile(path: string): Promise<void> {
    await this.page
      .getByRole('button', { name: /^(Open plan…|打开计划…)$/ })
      .first()
      .click();
    const dialog = this.page.getByRole('dialog', { name: /^(Open a plan file|打开计划文件)$/ });
    await expect(dialog).toBeVisible();
    const chooser = this.page.waitForEvent('filechooser');
    await dialog
      .getByRole('button')
      .filter({ hasText: /\.yaml/ })
      .click();
    await (await chooser).setFiles(path);
    await expect(dialog).toBeHidden();
  }

  /** Saves the plan; in the browser host this is a download. */
  async savePlan(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: /^(Save plan…|保存计划…)$/ }).click();
    return download;
  }

  /** The notice of the last open or save. */
  fileNotice(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }
}
