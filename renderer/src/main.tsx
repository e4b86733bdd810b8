/**
 * Renderer entry: evaluates the first screen's code in two tasks instead of one. React and
 * react-dom first, then the app (boot.tsx) with Ant Design: the whole graph evaluated at once
 * was the longest task of the first load. In the browser host, the tab's session is asked for
 * before either, so that the host's answer arrives while they are evaluated.
 */
import { webTabKey } from './web-session';

// window.api is Electron's preload; without it the app talks to the browser host.
if (window.api === undefined) void webTabKey();
void import('react-dom/client').then(() => import('./boot'));
