/** "2026-09-12" → "09-12": desk and list dates fall within the school year. */
export function md(date: string): string {
  return date.slice(5);
}

/** The first line of a text, shortened for a menu label or an echo. */
export function clip(text: string, max = 24): string {
  const chars = [...(text.split("\n")[0] ?? "")];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : chars.join("");
}
