/** The first screen: error handlers first, then i18n, host facts, menu commands and the app (loaded by main.tsx). */
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { cspNonce, tagInsertedStyles } from './csp-nonce';
// Ant Design's component styles as a static sheet (the theme sets zeroRuntime, app.tsx), only the
// first screen's components here (renderer/vite-antd-css.ts; the whole sheet follows through
// late-styles.ts): before global.css, which overrides some of them at the same specificity.
import 'antd/dist/antd.css?first-screen';
import './global.css';
import { installGlobalErrorHandlers } from './errors/error-boundary';
import { initI18n, loadLanguage, resolveLanguage } from './i18n';
import { useAppStore } from './store';
import { startMenuCommands } from './store/menu-commands';

tagInsertedStyles(cspNonce());
installGlobalErrorHandlers();
// The host's facts (the footer's version) are asked for first and awaited before the first render
// starts: a store change in the middle of the sliced first render would make React redo it in
// one long task (an external store is read consistently, never sliced).
const hostInfo = useAppStore.getState().loadHostInfo();
const language = resolveLanguage(useAppStore.getState().ui.language);

/** i18n, menu commands and the first render. */
function start(): void {
  initI18n(language);
  startMenuCommands();
  // As a transition, the first render is cut into short slices (React yields to the browser
  // every few milliseconds) instead of one long task that would hold off input.
  const root = createRoot(document.getElementById('root')!);
  const render = () =>
    startTransition(() => {
      root.render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    });
  // A non-English first screen waits for its catalogue rather than flash English; if the
  // catalogue cannot be fetched, English (the fallback) is better than nothing.
  Promise.all([loadLanguage(language), hostInfo]).then(render, render);
}
// In a task of its own: evaluating the first screen's modules is already one task, the longest
// of the load; i18next's set-up after it in the same task would make it longer still.
setTimeout(start, 0);
