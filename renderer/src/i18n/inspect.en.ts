/** English strings of the inspect area (owned by that area; zh-CN must have the same keys). */
export const inspectEn = {
  title: 'Inspect',
} as const;
