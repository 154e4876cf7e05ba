/**
 * How wide text shows in a terminal or a spreadsheet column: CJK and full-width characters
 * take two columns. The CLI aligns its tables with it; the .xlsx exports size their columns.
 */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s)
    width += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return width;
}

/** Pads to `width` terminal columns. */
export function padDisplay(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}
