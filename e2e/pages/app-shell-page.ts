/**
 * Page object of the application shell: header, navigation, language and theme switches,
 * footer. Locators go by role and accessible name, so they also prove the UI is accessible.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** UI languages as their switch labels show them (always in their own script). */
export type LanguageLabel = 'English' | '中文';

/** The application shell. */
export class AppShellPage {
  readonly header: Locator;
  readonly main: Locator;
  readonly footer: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.main = page.getByRole('main');
    this.footer = page.getByRole('contentinfo');
  }

  /** The radio group of the language switch (its name is translated, so match both). */
  languageSwitch(): Locator {
    return this.header.getByRole('radiogroup', { name: /^(Language|语言)$/ });
  }

  /** The radio group of the theme switch. */
  themeSwitch(): Locator {
    return this.header.getByRole('radiogroup', { name: /^(Theme|主题)$/ });
  }

  /** A top-level navigation entry (a button in the header's navigation) by its visible name. */
  navItem(name: string | RegExp): Locator {
    return this.header
      .getByRole('navigation', { name: /^(Main sections|主要功能)$/ })
      .getByRole('button', { name });
  }

  /** Waits until the app has rendered and loaded its host facts over the API. */
  async waitReady(): Promise<void> {
    await expect(this.main.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(this.footer).toContainText(/\d+\.\d+\.\d+/);
  }

  /** Switches the UI language. */
  async setLanguage(label: LanguageLabel): Promise<void> {
    await this.choose(this.languageSwitch(), label);
    await expect(this.page.locator('html')).toHaveAttribute(
      'lang',
      label === '中文' ? 'zh-CN' : 'en',
    );
  }

  /** Switches the theme by its label in the current language. */
  async setTheme(label: string | RegExp): Promise<void> {
    await this.choose(this.themeSwitch(), label);
  }

  /**
   * Picks a radio button by its accessible name. Ant Design's radio inputs are zero-size, so the
   * click goes to the visible label that wraps the input.
   */
  private async choose(group: Locator, name: string | RegExp): Promise<void> {
    const radio = { name, exact: typeof name === 'string' };
    // `has` is matched inside each label, so it must be a page-rooted locator.
    await group.locator('label', { has: this.page.getByRole('radio', radio) }).click();
    await expect(group.getByRole('radio', radio)).toBeChecked();
  }

  /** Opens a top-level page. */
  async open(name: string | RegExp): Promise<void> {
    await this.navItem(name).click();
  }

  /** The current page's title. */
  pageTitle(): Locator {
    return this.main.getByRole('heading', { level: 2 });
  }
}
