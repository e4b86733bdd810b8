/**
 * The window layout: a skip link, the header (name, navigation, switches), the current page in
 * the one `main` landmark, a footer.
 */
import { Layout, Menu, Spin, Typography, theme } from 'antd';
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
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 24,
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
          <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
            {t('app.name')}
          </Typography.Text>
        </div>
        <nav aria-label={t('nav.label')} style={{ flex: 1, minWidth: 0 }}>
          <Menu
            mode="horizontal"
            selectedKeys={[page]}
            onClick={({ key }) => setPage(key as Page)}
            items={[
              { key: 'wizard', label: t('nav.wizard') },
              { key: 'day2', label: t('nav.day2') },
              { key: 'inspector', label: t('nav.inspector') },
            ]}
            style={{ borderBottom: 'none', background: 'transparent' }}
          />
        </nav>
        <HeaderControls />
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
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {host
            ? t('app.footer', {
                version: host.version,
                host: t(host.isElectron ? 'app.hostElectron' : 'app.hostWeb'),
              })
            : t('app.tagline')}
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
