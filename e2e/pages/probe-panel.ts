/**
 * Page object of a live check's results (the inspector's "Check live" panel and the export
 * step's "Verify my cluster" card): the summary, one region per endpoint, one row per check
 * (`data-check`/`data-code`), in English or Chinese.
 */
import { expect, type Locator } from '@playwright/test';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Results of a live check inside `scope`. */
export class ProbePanel {
  constructor(readonly scope: Locator) {}

  /** The run button ("Check live" or "Check the cluster"). */
  runButton(): Locator {
    return this.scope.getByRole('button', {
      name: /^(api )?(Check live|Check the cluster|实时检查|检查集群)$/,
    });
  }

  /** The summary line. */
  summary(): Locator {
    return this.scope.getByTestId('probe-summary');
  }

  /** Runs the check and waits for the report. */
  async run(): Promise<void> {
    await this.runButton().click();
    await expect(this.summary()).toBeVisible({ timeout: 90_000 });
  }

  /** The card of one endpoint. */
  endpoint(url: string): Locator {
    return this.scope.getByRole('region', { name: new RegExp(`^(Endpoint|端点) ${escape(url)}$`) });
  }

  /** One check's row of an endpoint. */
  check(url: string, check: string): Locator {
    return this.endpoint(url).locator(`[data-check="${check}"]`);
  }

  /** A file slot of the inspector's panel (CA file, client certificate, client key), with its value. */
  slot(name: RegExp): Locator {
    return this.scope
      .locator('.ant-form-item')
      .filter({ has: this.scope.page().getByRole('combobox', { name }) });
  }
}
