/**
 * ISBN checks and conversion. Catalogues mix ISBN-10 (books before 2007) and ISBN-13, with and
 * without hyphens; search and import compare them in one form, the ISBN-13.
 */

/** Drops hyphens and spaces and upper-cases a trailing check "x": "7-02-000220-x" → "702000220X". */
export function compactIsbn(s: string): string {
  return s.replace(/[\s\-‐‑–—]/g, "").toUpperCase();
}

function isbn10CheckOk(d: string): boolean {
  if (!/^\d{9}[\dX]$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const c = d[i] ?? "0";
    sum += (c === "X" ? 10 : Number(c)) * (10 - i);
  }
  return sum % 11 === 0;
}

function isbn13Check(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i] ?? "0") * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

function isbn13CheckOk(d: string): boolean {
  return /^97[89]\d{10}$/.test(d) && isbn13Check(d.slice(0, 12)) === d[12];
}

/** True for a well-formed ISBN-10 or ISBN-13 with a correct check digit (hyphens allowed). */
export function isValidIsbn(s: string): boolean {
  const d = compactIsbn(s);
  return d.length === 10 ? isbn10CheckOk(d) : isbn13CheckOk(d);
}

/**
 * The ISBN-13 form of a valid ISBN-10 or ISBN-13 ("7020002201" → "9787020002209"), or null
 * when `s` is not a valid ISBN. The importer stores this form; search compares in it.
 */
export function toIsbn13(s: string): string | null {
  const d = compactIsbn(s);
  if (d.length === 13) return isbn13CheckOk(d) ? d : null;
  if (!isbn10CheckOk(d)) return null;
  const first12 = "978" + d.slice(0, 9);
  return first12 + isbn13Check(first12);
}

/** The ISBN-10 form of a valid ISBN ("9787020002209" → "7020002201"); null when none exists. */
export function toIsbn10(s: string): string | null {
  const d13 = toIsbn13(s);
  if (!d13 || !d13.startsWith("978")) return null;
  const first9 = d13.slice(3, 12);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i] ?? "0") * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return first9 + (check === 10 ? "X" : String(check));
}
