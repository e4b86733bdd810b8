/** English strings of the review area (owned by that area; zh-CN must have the same keys). */
export const reviewEn = {
  title: 'Review',
} as const;
