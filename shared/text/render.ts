/**
 * Renders a text in a language: the one function every edge (window, CLI, web host log) calls,
 * so a text reads the same wherever it is shown. This entry has every catalogue registered.
 */
import { registerTextTable } from './text-tables';
import { TEXTS_ZH_CN } from './texts-zh-CN';

registerTextTable('zh-CN', TEXTS_ZH_CN);

export { renderText } from './render-text';
export { textTable } from './text-tables';
export type { TextLanguage } from './text';
