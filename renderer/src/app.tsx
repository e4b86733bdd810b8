/** Root component: Ant Design locale and theme, i18n language, error handling around the shell. */
import { LoadingOutlined } from '@ant-design/icons';
import { ConfigProvider, theme, type ThemeConfig } from 'antd';
// The ES build of the locale, which Ant Design's components already import (antd/locale/* is
// the CommonJS build, a second copy with the date picker's and pagination's locales).
import enUS from 'antd/es/locale/en_US';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cspNonce } from './csp-nonce';
import { ErrorBoundary } from './errors/error-boundary';
import { antdLocale, LANGUAGES, loadLanguage, resolveLanguage } from './i18n';
import { lazyView, preloadViewsWhenIdle } from './lazy-view';
import { AppShell } from './shell/app-shell';
import { useDark } from './shell/use-color-scheme';
import { useAppStore } from './store';

// Contrast (WCAG AA 4.5:1) where Ant Design's defaults fall short: the brand blue of the icon
// as primary, secondary text and error red dark enough on the light background; in dark mode
// text on the light-blue primary (primary buttons, solid radios, the current step) turns dark.
const DARK_ON_PRIMARY = 'rgba(0, 0, 0, 0.88)';
// Focus rings: Ant Design draws them in colorPrimaryBorder, a pale blue at 1.5:1 on white.
// The primary colour itself gives 5:1 (light) and 8:1 (dark); global.css uses the same colour
// (--etw-focus) for the app's own focusable elements.
const FOCUS_RING = { light: '#2570b5', dark: '#52b4ec' } as const;
const LIGHT_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#2570b5',
    // Ant Design lightens primary on hover (white text then falls to 3.7:1): darken instead.
    colorPrimaryHover: '#1d5f9c',
    colorPrimaryActive: '#174d80',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorError: '#c4161c',
    colorPrimaryBorder: FOCUS_RING.light,
    lineWidthFocus: 2,
  },
};
const DARK_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#52b4ec',
    colorTextDescription: 'rgba(255, 255, 255, 0.62)',
    colorError: '#ff7875',
    colorPrimaryBorder: FOCUS_RING.dark,
    lineWidthFocus: 2,
  },
  components: {
    Button: { primaryColor: DARK_ON_PRIMARY },
    Radio: { buttonSolidCheckedColor: DARK_ON_PRIMARY },
  },
};
const nonce = cspNonce();

// Shown only after something went wrong, so not part of the first screen's scripts.
const AppErrorDialog = lazyView(() => import('./errors/app-error-dialog'), 'AppErrorDialog');
const CrashNotice = lazyView(() => import('./errors/crash-notice'), 'CrashNotice');

/** The error dialog, loaded at the first error and kept for its closing animation. */
function AppErrorSlot() {
  const failed = useAppStore((s) => s.ui.appError !== null);
  const [wanted, setWanted] = useState(failed);
  if (failed && !wanted) setWanted(true);
  return wanted ? (
    <Suspense fallback={null}>
      <AppErrorDialog />
    </Suspense>
  ) : null;
}

/**
 * The root element with the text styles Ant Design's App gives its own (colour, size, line
 * height and font of the theme). Not App itself: it brings the modal, notification and message
 * machinery into the first screen, and only the file previews' copy message uses one.
 */
function AppRoot({ children }: { readonly children: React.ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div
      style={{
        color: token.colorText,
        fontSize: token.fontSize,
        lineHeight: token.lineHeight,
        fontFamily: token.fontFamily,
      }}
    >
      {children}
    </div>
  );
}

/** The whole app. */
export function App() {
  const { t, i18n } = useTranslation();
  const language = useAppStore((s) => resolveLanguage(s.ui.language));
  const dark = useDark(useAppStore((s) => s.ui.theme));

  useEffect(() => {
    let current = true;
    // Already shown with its catalogue (the first render's language): changing to it again
    // would render every translated component again for nothing.
    const shown = i18n.language === language && i18n.hasResourceBundle(language, 'translation');
    // A switch to a language not yet fetched takes effect when its catalogue is here.
    void loadLanguage(language)
      .catch(() => undefined)
      .then(() => {
        if (!current) return;
        if (!shown) void i18n.changeLanguage(language);
        document.documentElement.lang = language;
      });
    return () => {
      current = false;
    };
  }, [i18n, language]);
  useEffect(() => {
    document.title = t('app.name');
  }, [t, language]);
  // Once the first screen is up, the other views load in idle moments.
  useEffect(preloadViewsWhenIdle, []);
  // So are the other catalogues, so that a language switch does not wait for a fetch.
  useEffect(() => {
    const start = () => LANGUAGES.forEach((l) => void loadLanguage(l).catch(() => undefined));
    if (typeof requestIdleCallback !== 'function') return start();
    const id = requestIdleCallback(start, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, []);
  useEffect(() => {
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
    document.documentElement.dataset.theme = dark ? 'dark' : 'light'; // global.css keys on it
  }, [dark]);

  return (
    <ConfigProvider
      locale={antdLocale(i18n.language === 'zh-CN' ? 'zh-CN' : 'en') ?? enUS}
      csp={nonce ? { nonce } : undefined}
      // A plain spinner for every loading button: Ant Design's default one leaves on a CSS
      // transition that may never end when an answer is fast, and the stuck spinner keeps
      // "loading" in the button's accessible name (found in the CA import e2e test).
      // autoInsertSpace off: Ant Design writes two-character Chinese buttons as "导 出", which
      // reads as two words and breaks the button's accessible name.
      button={{ loadingIcon: <LoadingOutlined aria-hidden />, autoInsertSpace: false }}
      theme={{
        ...(dark ? DARK_THEME : LIGHT_THEME),
        algorithm: dark ? theme.darkAlgorithm : theme.defaultAlgorithm,
        // Component styles come from antd/dist/antd.css (boot.tsx) instead of being generated
        // in the page: generating them was the longest task of the first load and of the
        // Review step. They are written against CSS variables, which Ant Design still sets
        // from the tokens above (light, dark, the component tokens), so the look is unchanged.
        zeroRuntime: true,
      }}
    >
      <AppRoot>
        <ErrorBoundary
          fallback={
            <Suspense fallback={null}>
              <CrashNotice />
            </Suspense>
          }
        >
          <AppShell />
        </ErrorBoundary>
        <AppErrorSlot />
      </AppRoot>
    </ConfigProvider>
  );
}
