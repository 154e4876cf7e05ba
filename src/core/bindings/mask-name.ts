/**
 * A name with its middle hidden, for confirmations seen by whoever holds the phone:
 * 张小明 → 张*明, 欧阳小明 → 欧**明, 李华 → 李*. Keeps first and last character.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return "*";
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${"*".repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
