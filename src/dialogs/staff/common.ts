/** The first line of a text, shortened for a menu label or an echo. */
export function clip(text: string, max = 24): string {
  const chars = [...(text.split("\n")[0] ?? "")];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : chars.join("");
}
