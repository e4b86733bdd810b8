/** The late style sheets, one dynamic import each, in cascade order (renderer/vite-antd-css.ts). */
declare module 'virtual:etw-late-styles' {
  export const parts: readonly (() => Promise<unknown>)[];
}

/** The first screen's part of Ant Design's sheet (renderer/vite-antd-css.ts). */
declare module 'antd/dist/antd.css?first-screen' {}
