/**
 * Page object of the inspector: a real drop (a DataTransfer built in the page, see
 * docs/testing.md#dropping-files-in-chromium), the tabs, the PKCS#12 password dialog, the endpoint
 * box. Locators go by role and label.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A file to drop: its bytes, or just its size for files over the cap (made in the page). */
interface DropFile {
  readonly name: string;
  readonly base64?: string;
  readonly size?: number;
}

/** Files over this are made in the page (zero-filled) instead of travelling through CDP. */
const MAKE_IN_PAGE_OVER = 1024 * 1024;

/** The inspector page. */
export class InspectorPage {
  readonly dropZone: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.dropZone = page.getByRole('region', {
      name: /^(Drop zone for certificates|证书、私钥和文件夹的拖放区)/,
    });
    this.summary = page.getByTestId('inspect-summary');
  }

  /** Drops files from a folder on disk onto the drop zone, as the user's file manager would. */
  async dropFolder(dir: string, names: readonly string[]): Promise<void> {
    const files: DropFile[] = names.map((name) => {
      const size = statSync(join(dir, name)).size;
      return size > MAKE_IN_PAGE_OVER
        ? { name, size }
        : { name, base64: readFileSync(join(dir, name)).toString('base64') };
    });
    const dataTransfer = await this.page.evaluateHandle((list: DropFile[]) => {
      const dt = new DataTransfer();
      for (const f of list) {
        const bytes =
          f.base64 !== undefined
            ? Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))
            : new Uint8Array(f.size ?? 0);
        dt.items.add(new File([bytes], f.name));
      }
      return dt;
    }, files);
    for (const type of ['dragenter', 'dragover', 'drop'] as const)
      await this.dropZone.dispatchEvent(type, { dataTransfer });
  }

  /** A results tab by its name. */
  async openTab(name: string | RegExp): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** The active tab panel. */
  panel(): Locator {
    return this.page.getByRole('tabpanel').filter({ visible: true });
  }

  /**
   * The files table row of one file, filtered to it first: the table is virtual, so rows out of
   * view do not exist in the page.
   */
  async file(name: string): Promise<Locator> {
    await this.panel()
      .getByRole('searchbox', { name: /Filter files|按名称筛选文件/ })
      .fill(name);
    return this.panel().locator('.ant-table-row', { hasText: name }).first();
  }

  /** A certificate's row in the current tab's table, filtered to it first. */
  async certRow(cn: string): Promise<Locator> {
    await this.panel()
      .getByRole('searchbox', { name: /Filter certificates|筛选证书/ })
      .fill(cn);
    return this.panel().locator('.ant-table-row', { hasText: cn }).first();
  }

  /** Enters a PKCS#12 password for the file through its dialog. */
  async enterPassword(file: string, password: string): Promise<void> {
    await (await this.file(file)).getByRole('button', { name: /Enter password|输入密码/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/PKCS#12 password|PKCS#12 密码/).fill(password);
    await dialog.getByRole('button', { name: /^(Read|读取)$/ }).click();
    await expect(dialog).toBeHidden();
  }

  /** Ticks a certificate in the certificates list. */
  async pick(cn: string): Promise<void> {
    await this.certRow(cn);
    await this.panel()
      .getByRole('checkbox', { name: new RegExp(`(Pick|选择) ${cn}\\b`) })
      .check();
  }

  /** Types endpoints into the grid's box and checks them. */
  async checkEndpoints(endpoints: readonly string[]): Promise<void> {
    await this.panel()
      .getByRole('textbox', { name: /Endpoints to check|要检查的端点/ })
      .fill(endpoints.join('\n'));
    await this.panel()
      .getByRole('button', { name: /^(Check|检查)$/ })
      .click();
  }

  /** The endpoint check's row of one endpoint (the per-endpoint view, not the matrix). */
  endpointRow(endpoint: string): Locator {
    return this.panel()
      .getByRole('table', { name: /Will a client dialling|客户端访问各端点/ })
      .locator('.ant-table-row', { hasText: endpoint })
      .first();
  }

  /** Waits until the given number of files were read. */
  async waitRead(files: number): Promise<void> {
    await expect(this.summary).toContainText(new RegExp(`^${files} (files|个文件)`), {
      timeout: 20_000,
    });
  }
}
