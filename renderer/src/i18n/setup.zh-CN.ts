/** Simplified Chinese strings of the setup area; typed by the English ones so no key is missing. */
import type { Messages } from './en';

export const setupZh: Messages['setup'] = {
  title: 'Setup',
};
