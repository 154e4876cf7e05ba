/** "¥12.50" */
export const yuan = (cents: number): string => `¥${(cents / 100).toFixed(2)}`;

/** An amount in yuan as typed ("12", "12.5", "¥12.50", "12元") in cents; null if it is none. */
export function parseYuan(text: string): number | null {
  const m = /^[¥￥]?(\d{1,5})(?:\.(\d{1,2}))?元?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0"));
}
