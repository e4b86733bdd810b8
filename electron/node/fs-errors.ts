import { escapeControls } from '../../shared/text/one-line';
import { msg, type AppText } from '../../shared/text/text';

/** Plain words for file-system failures, so every "cannot read X" message says why. */
export function fsErrorText(e: unknown): AppText {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return msg('fs.enoent', {});
    case 'EACCES':
    case 'EPERM':
      return msg('fs.eacces', {});
    case 'EISDIR':
      return msg('fs.eisdir', {});
    case 'ENOTDIR':
      return msg('fs.enotdir', {});
    default:
      // Node's own text (quoted as it is) names the path, which may hold control characters.
      return msg('fs.other', {
        detail: escapeControls(e instanceof Error ? e.message : String(e)),
      });
  }
}
