/** Root component: Ant Design locale and theme, i18n language, error handling around the shell. */
import { App as AntApp, ConfigProvider, Result, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppErrorDialog } from './errors/app-error-dialog';
import { ErrorBoundary } from './errors/error-boundary';
import { resolveLanguage } from './i18n';
import { AppShell } from './shell/app-shell';
import { useDark } from './shell/use-color-scheme';
import { useAppStore } from './store';

/** Nonce the host put into this page load; Ant Design tags its <style> elements with it (CSP). */
const cspNonce =
  document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? undefined;

// The brand blue of the icon, and secondary text dark enough for WCAG AA (4.5:1) on the layout
// background; Ant Design's defaults (#1677ff, 45% text) fall short of it.
const LIGHT_TOKENS = { colorPrimary: '#2570b5', colorTextDescription: 'rgba(0, 0, 0, 0.62)' };
const DARK_TOKENS = { colorPrimary: '#52b4ec', colorTextDescription: 'rgba(255, 255, 255, 0.62)' };

/** The whole app. */
export function App() {
  const { t, i18n } = useTranslation();
  const language = useAppStore((s) => resolveLanguage(s.ui.language));
  const dark = useDark(useAppStore((s) => s.ui.theme));

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  useEffect(() => {
    document.title = t('app.name');
  }, [t, language]);
  useEffect(() => {
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  }, [dark]);

  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCN : enUS}
      csp={cspNonce ? { nonce: cspNonce } : undefined}
      theme={{
        algorithm: dark ? theme.darkAlgorithm : theme.defaultAlgorithm,
        token: dark ? DARK_TOKENS : LIGHT_TOKENS,
      }}
    >
      <AntApp>
        <ErrorBoundary
          fallback={<Result status="error" title={t('errors.title')} subTitle={t('errors.body')} />}
        >
          <AppShell />
        </ErrorBoundary>
        <AppErrorDialog />
      </AntApp>
    </ConfigProvider>
  );
}
