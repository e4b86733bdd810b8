/**
 * The window layout: a skip link, the header (name, navigation, switches), the current page in
 * the one `main` landmark, a footer.
 */
import { Layout, Spin, theme } from 'antd';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import iconUrl from '../../../assets/icon.svg';
import { firstScreenIsShown, lazyView } from '../lazy-view';
import { useAppStore } from '../store';
import type { Page } from '../store/ui-slice';
import { WizardPage } from '../wizard/wizard-page';
import { HeaderControls } from './header-controls';

// The wizard is the first screen; the inspector and day 2 load when opened (or when idle).
const InspectorPage = lazyView(() => import('../inspector/inspector-page'), 'InspectorPage');
const Day2Page = lazyView(() => import('../day2/day2-page'), 'Day2Page');

/** The header's navigation, in its order. */
const NAV: readonly Page[] = ['wizard', 'day2', 'inspector'];

const PAGES: Record<Page, React.ComponentType> = {
  wizard: WizardPage,
  inspector: InspectorPage,
  day2: Day2Page,
};

/**
 * How wide a page may grow: the wizard's forms read best narrow; the inspector's tables (roles,
 * endpoints, expiry) use a large window's width, and day 2 shows old and new side by side.
 */
const MAX_WIDTH: Record<Page, number> = { wizard: 1120, inspector: 1680, day2: 1440 };

/** Id of the main landmark, the skip link's target. */
export const MAIN_ID = 'main-content';

/** The app's frame around the current page. */
export function AppShell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { page, host } = useAppStore(useShallow((s) => ({ page: s.ui.page, host: s.ui.host })));
  const setPage = useAppStore((s) => s.setPage);
  const Current = PAGES[page];
  // The page is committed: the other views may start loading a little later (lazy-view.ts).
  // The frame and the page are one render (a transition, boot.tsx): rendering the frame first
  // and the page in a deferred render of its own cost a commit, a layout and a paint between
  // them, and made the first screen later, not its tasks shorter.
  useEffect(firstScreenIsShown, []);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a
        className="skip-link"
        href={`#${MAIN_ID}`}
        onClick={(e) => {
          // Focus, not only scroll: the next Tab then starts inside the page.
          e.preventDefault();
          document.getElementById(MAIN_ID)?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <Layout.Header
        // In a narrow browser window the switches wrap to a second row (global.css).
        className="etw-header"
        style={{
          display: 'flex',
          alignItems: 'center',
          columnGap: 24,
          position: 'sticky',
          top: 0,
          zIndex: 10,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          paddingInline: 24,
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 10, flex: 'none' }}>
          <img src={iconUrl} alt="" width={28} height={28} />
          <strong
            className="etw-brand-name"
            style={{
              fontSize: 16,
              fontWeight: token.fontWeightStrong,
              lineHeight: token.lineHeight,
              whiteSpace: 'nowrap',
            }}
          >
            {t('app.name')}
          </strong>
        </div>
        <nav aria-label={t('nav.label')} style={{ flex: '1 0 auto' }}>
          <ul className="etw-nav">
            {NAV.map((key) => (
              <li key={key}>
                <button
                  type="button"
                  className="etw-nav-item"
                  aria-current={key === page ? 'page' : undefined}
                  onClick={() => setPage(key)}
                >
                  {t(`nav.${key}`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div style={{ display: 'flex', marginInlineStart: 'auto' }}>
          <HeaderControls />
        </div>
      </Layout.Header>
      {/* Layout.Content is the page's one <main>. */}
      <Layout.Content id={MAIN_ID} tabIndex={-1} style={{ padding: '32px 24px', outline: 'none' }}>
        <div style={{ maxWidth: MAX_WIDTH[page], margin: '0 auto' }}>
          <Suspense fallback={<Spin aria-label={t('app.loading')} />}>
            <Current />
          </Suspense>
        </div>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', paddingBlock: 12 }}>
        <span className="etw-secondary" style={{ fontSize: 12 }}>
          {host
            ? t('app.footer', {
                version: host.version,
                host: t(host.isElectron ? 'app.hostElectron' : 'app.hostWeb'),
              })
            : t('app.tagline')}
        </span>
      </Layout.Footer>
    </Layout>
  );
}
