/** Simplified Chinese strings of the review area; typed by the English ones so no key is missing. */
import type { Messages } from './en';

export const reviewZh: Messages['review'] = {
  title: 'Review',
};
