const digits: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};
const stages: Record<string, number> = { 初: 6, 高: 9 };

/**
 * A grade 1–12 from "3", "3年级", "三年级", "初一" (7) or "高二" (11); undefined otherwise.
 * Grades are integers across 小学 1–6, 初中 7–9, 高中 10–12 (shared decisions).
 */
export function parseGrade(raw: string): number | undefined {
  const s = raw
    .normalize("NFKC")
    .trim()
    .replace(/年级$|年$|级$/, "");
  let n: number | undefined;
  if (/^\d{1,2}$/.test(s)) n = Number(s);
  else if (/^[初高][一二三]$/.test(s)) n = (stages[s[0] ?? ""] ?? 0) + (digits[s.slice(1)] ?? 0);
  else n = digits[s];
  return n !== undefined && n >= 1 && n <= 12 ? n : undefined;
}

/** A reading range "3-6", "3~6", "3至6" or a single grade "3"; min ≤ max, else undefined. */
export function parseGradeRange(raw: string): [number, number] | undefined {
  const parts = raw.normalize("NFKC").split(/\s*(?:-|~|—|–|至|到)\s*/);
  if (parts.length > 2) return undefined;
  const min = parseGrade(parts[0] ?? "");
  const max = parts.length === 2 ? parseGrade(parts[1] ?? "") : min;
  return min !== undefined && max !== undefined && min <= max ? [min, max] : undefined;
}

/** Grades listed as "1,2", "1、2" or "1-3", sorted and without repeats; undefined if any is bad. */
export function parseGradeList(raw: string): number[] | undefined {
  const out = new Set<number>();
  for (const part of raw.normalize("NFKC").split(/\s*[,、;，]\s*/)) {
    const range = parseGradeRange(part);
    if (!range) return undefined;
    for (let g = range[0]; g <= range[1]; g++) out.add(g);
  }
  return [...out].sort((a, b) => a - b);
}

export interface ClassRef {
  grade: number;
  number: number;
  /** The canonical class name "G-N". */
  name: string;
}

function classNumber(s: string): number | undefined {
  const n = /^\d{1,2}$/.test(s) ? Number(s) : digits[s];
  return n !== undefined && n >= 1 ? n : undefined;
}

/**
 * A class from "3-2", "3年2班", "3年级(2)班", "三年二班" or "初一2班"; with a separate grade
 * (the roster's 年级 column) also "2", "2班" or "(2)班". Undefined when it names no class.
 */
export function parseClassName(raw: string, grade?: string): ClassRef | undefined {
  const s = raw.normalize("NFKC").replace(/\s+/g, "");
  const full =
    /^(.+?)(?:-|年级|年)\(?(\d{1,2}|十?[一二三四五六七八九十])\)?班?$/.exec(s) ??
    /^([初高].)\(?(\d{1,2})\)?班$/.exec(s);
  const onlyNumber = /^\(?(\d{1,2})\)?班?$/.exec(s);
  const g = full ? parseGrade(full[1] ?? "") : parseGrade(grade ?? "");
  const n = classNumber((full ? full[2] : onlyNumber?.[1]) ?? "");
  if (g === undefined || n === undefined || (!full && !onlyNumber)) return undefined;
  if (full && grade !== undefined && parseGrade(grade) !== g) return undefined;
  return { grade: g, number: n, name: `${g}-${n}` };
}
