/** App-level channels: facts about the host and the application menu's commands. */
import type * as z from 'zod';
import { event, noArg, request, type EventSpec, type RequestSpec } from './define';

/** What the renderer needs to know about where it runs. */
export interface AppInfo {
  readonly name: string;
  readonly version: string;
  /** Node's process.platform of the host (`linux`, `darwin`, `win32`). */
  readonly platform: string;
  /** BCP 47 locale of the operating system, e.g. `zh-CN`, `en-US`. */
  readonly locale: string;
  /** false in the browser host: the renderer offers uploads and downloads instead of dialogs. */
  readonly isElectron: boolean;
}

/** Commands of the application menu, forwarded to the renderer. */
export const MENU_COMMANDS = ['open-plan', 'save-plan', 'inspect-files'] as const;
/** A menu command the renderer acts on. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Request channels of the `app` domain. */
export const appRequests = {
  'app:get-info': request(noArg).returns<AppInfo>(),
} satisfies Record<`app:${string}`, RequestSpec<z.ZodType, unknown>>;

/** Event channels of the `app` domain. */
export const appEvents = {
  'app:menu': event<{ readonly command: MenuCommand }>(),
} satisfies Record<`app:${string}`, EventSpec<unknown>>;
