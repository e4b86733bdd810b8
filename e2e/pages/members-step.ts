/** Page object of the wizard's members step: the members table, StatefulSet shortcut, settings. */
import { expect, type Locator, type Page } from '@playwright/test';

/** What the StatefulSet dialog asks for. */
export interface StatefulSetFields {
  readonly replicas?: number;
  readonly name?: string;
  readonly service?: string;
  readonly namespace?: string;
  readonly domain?: string;
}

/** The members step. */
export class MembersStepPage {
  readonly heading: Locator;
  readonly extraSans: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 3, name: /^(etcd members|etcd 成员)$/ });
    this.extraSans = page.getByRole('textbox', { name: /^(Extra SANs|额外 SAN)$/ });
  }

  /** The name input of member n (1-based). */
  name(n: number): Locator {
    return this.page.getByRole('textbox', {
      name: new RegExp(`^(Name of member ${n}|成员 ${n} 的名称)$`),
    });
  }

  /** The addresses input of member n (1-based). */
  addresses(n: number): Locator {
    return this.page.getByRole('textbox', {
      name: new RegExp(`^(Addresses of member ${n}|成员 ${n} 的地址)$`),
    });
  }

  /** Adds an empty member row. */
  async addMember(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Add member|添加成员)$/ }).click();
  }

  /** Fills the StatefulSet dialog and applies it. */
  async statefulSet(f: StatefulSetFields): Promise<Locator> {
    await this.page.getByRole('button', { name: /^Kubernetes StatefulSet…$/ }).click();
    const dialog = this.page.getByRole('dialog', {
      name: /^(Members from a Kubernetes StatefulSet|从 Kubernetes StatefulSet 生成成员)$/,
    });
    await expect(dialog).toBeVisible();
    if (f.replicas !== undefined)
      await dialog.getByLabel(/^(Replicas|副本数)$/).fill(String(f.replicas));
    const fill = async (label: RegExp, v?: string) => {
      if (v !== undefined) await dialog.getByLabel(label).fill(v);
    };
    await fill(/^(StatefulSet name|StatefulSet 名称)$/, f.name);
    await fill(/^(Headless Service name|无头 Service 名称)$/, f.service);
    await fill(/^(Namespace|命名空间)$/, f.namespace);
    await fill(/^(Cluster domain|集群域名)$/, f.domain);
    return dialog;
  }

  /** Applies the open StatefulSet dialog. */
  async applyStatefulSet(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: /^(Fill in members|填入成员)$/ }).click();
    await expect(dialog).toBeHidden();
  }

  /** Presses Next. */
  async next(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Next|下一步)$/ }).click();
  }

  /** The list of problems shown when Next was blocked. */
  blockers(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }
}
