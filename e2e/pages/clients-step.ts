/** Page object of the wizard's clients step: built-in clients, APISIX settings, custom clients. */
import type { Locator, Page } from '@playwright/test';

/** The clients step. */
export class ClientsStepPage {
  readonly heading: Locator;
  readonly apisix: Locator;
  readonly apisixHosts: Locator;
  readonly coverage: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 3, name: /^(Clients|客户端)$/ });
    this.apisix = page.getByRole('checkbox', { name: /^Apache APISIX$/ });
    this.apisixHosts = page.getByRole('textbox', {
      name: /^(APISIX etcd hosts|APISIX 的 etcd 主机)$/,
    });
    this.coverage = page.getByRole('list', {
      name: /^(Whether the server certificates cover each host|服务端证书是否覆盖每个主机)$/,
    });
  }

  /** A built-in client's checkbox by its visible name. */
  builtin(name: string | RegExp): Locator {
    return this.page.getByRole('checkbox', { name });
  }

  /** The coverage entry of one APISIX host. */
  hostEntry(host: string): Locator {
    return this.coverage
      .getByRole('listitem')
      .filter({ has: this.page.getByText(host, { exact: true }) });
  }
}
