/** "2026-09-12" → "09-12": dates in chat lists fall within the school year, so the year is noise. */
export function md(date: string): string {
  return date.slice(5);
}
