/**
 * Padding by terminal columns: a CJK character takes two columns, so labels in Chinese line up
 * only when padded by width, not by length.
 */

/** Columns a string takes in a terminal (wide East Asian characters count two). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

/** `s` padded with spaces to `width` columns, or to the width of a string given instead. */
export function padDisplay(s: string, width: number | string): string {
  const cols = typeof width === 'number' ? width : displayWidth(width);
  return s + ' '.repeat(Math.max(0, cols - displayWidth(s)));
}
