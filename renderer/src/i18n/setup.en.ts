/** English strings of the setup area (owned by that area; zh-CN must have the same keys). */
export const setupEn = {
  title: 'Setup',
} as const;
