import { escapeControls } from '../../shared/text/one-line';

/** Plain words for file-system failures, so every "cannot read X" message says why. */
export function fsErrorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    default:
      // Node's own text names the path, which may hold control characters.
      return escapeControls(e instanceof Error ? e.message : String(e));
  }
}
