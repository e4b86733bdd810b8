/** Simplified Chinese strings of the inspect area; typed by the English ones so no key is missing. */
import type { Messages } from './en';

export const inspectZh: Messages['inspect'] = {
  title: 'Inspect',
};
