/** The window layout: header (name, navigation, switches), the current page, a footer. */
import { Layout, Menu, Spin, Typography, theme } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import iconUrl from '../../../assets/icon.svg';
import { lazyView } from '../lazy-view';
import { useAppStore } from '../store';
import type { Page } from '../store/ui-slice';
import { WizardPage } from '../wizard/wizard-page';
import { HeaderControls } from './header-controls';

// The wizard is the first screen; the inspector loads when opened (or when idle).
const InspectorPage = lazyView(() => import('../inspector/inspector-page'), 'InspectorPage');

const PAGES: Record<Page, React.ComponentType> = {
  wizard: WizardPage,
  inspector: InspectorPage,
};

/** The app's frame around the current page. */
export function AppShell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { page, host } = useAppStore(useShallow((s) => ({ page: s.ui.page, host: s.ui.host })));
  const setPage = useAppStore((s) => s.setPage);
  const Current = PAGES[page];
  return (
    <Layout style={{ minHeight: '100vh' }}>
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
              { key: 'inspector', label: t('nav.inspector') },
            ]}
            style={{ borderBottom: 'none', background: 'transparent' }}
          />
        </nav>
        <HeaderControls />
      </Layout.Header>
      <Layout.Content style={{ padding: '32px 24px' }}>
        <main style={{ maxWidth: 1120, margin: '0 auto' }}>
          <Suspense fallback={<Spin aria-label={t('app.loading')} />}>
            <Current />
          </Suspense>
        </main>
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
