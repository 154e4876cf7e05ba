import { createHash, randomInt } from "node:crypto";

/** Letters and digits that cannot be misread on paper: no 0/O, 1/I/L. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 8;

/** A fresh random code, e.g. "K7QXM2PD" (31^8 ≈ 8.5 × 10^11 possibilities). */
export function newCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** The printed form, in two groups of four: "K7QX-M2PD". */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * A code as typed ("k7qx m2pd", "K7QX-M2PD", full-width letters) in its canonical form, or
 * undefined when it cannot be a code at all.
 */
export function normalizeCode(input: string): string | undefined {
  const s = input
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-_]/g, "");
  if (s.length !== CODE_LENGTH) return undefined;
  return [...s].every((c) => CODE_ALPHABET.includes(c)) ? s : undefined;
}

/** Codes are stored only as this hash, so a copy of the database cannot bind anyone. */
export function hashCode(canonical: string): string {
  return createHash("sha256").update(`shuxiang-bind:${canonical}`).digest("hex");
}
