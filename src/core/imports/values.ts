import { isIsoDate } from "../dates.ts";
import type { IsoDate } from "../dates.ts";

const nfkc = (s: string) => s.normalize("NFKC").trim();

/** 是/否, yes/no, true/false, y/n, 1/0 (any case); undefined for anything else. */
export function parseBool(raw: string): boolean | undefined {
  const s = nfkc(raw).toLowerCase();
  if (["是", "yes", "y", "true", "1", "√"].includes(s)) return true;
  if (["否", "no", "n", "false", "0", "×"].includes(s)) return false;
  return undefined;
}

/** A card's state as a roster writes it: issued, not issued yet, or closed (the reader left). */
export function parseCardStatus(raw: string): "active" | "not_issued" | "left" | undefined {
  const s = nfkc(raw)
    .toLowerCase()
    .replace(/[\s_-]/g, "");
  if (["issued", "active", "已发", "已发放", "已发证", "正常"].includes(s)) return "active";
  if (["notissued", "未发", "未发放", "未发证"].includes(s)) return "not_issued";
  if (["left", "closed", "离校", "已离校", "注销", "已注销"].includes(s)) return "left";
  return undefined;
}

/** "2026-09-01", "2026/9/1", "2026.9.1" or "2026年9月1日" as YYYY-MM-DD; undefined if no date. */
export function parseDate(raw: string): IsoDate | undefined {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(nfkc(raw));
  if (!m) return undefined;
  const d = `${m[1]}-${m[2]?.padStart(2, "0")}-${m[3]?.padStart(2, "0")}`;
  return isIsoDate(d) ? d : undefined;
}

/** A price in yuan ("25", "25.50", "¥25", "25元") as whole fen (cents); undefined if not. */
export function parsePriceCents(raw: string): number | undefined {
  const s = nfkc(raw)
    .replace(/^[¥￥]|元$|cny$/gi, "")
    .trim();
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return undefined;
  return Math.round(Number(s) * 100);
}

/** A publication year from "2005", "2005年" or a date such as "2005-01"; 1000–2999 only. */
export function parseYear(raw: string): number | undefined {
  const m = /^(\d{4})(?:年|[-/.]\d{1,2}.*)?$/.exec(nfkc(raw));
  return m && Number(m[1]) >= 1000 && Number(m[1]) <= 2999 ? Number(m[1]) : undefined;
}

const weekdayNames: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

/** 1–7, 周一…周日, 星期一…星期日 (星期天) or Mon…Sun; 1 = Monday. */
export function parseWeekday(raw: string): number | undefined {
  const s = nfkc(raw).toLowerCase();
  if (/^[1-7]$/.test(s)) return Number(s);
  const zh = /^(?:周|星期|礼拜)(.)$/.exec(s);
  if (zh) return weekdayNames[zh[1] ?? ""];
  return /^[a-z]{3,}$/.test(s) ? weekdayNames[s.slice(0, 3)] : undefined;
}

/** "8:00", "08:00" or "8：00" as HH:mm; undefined for an impossible time. */
export function parseClock(raw: string): string | undefined {
  const m = /^(\d{1,2})[:：.](\d{2})$/.exec(nfkc(raw));
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return `${m[1]?.padStart(2, "0")}:${m[2]}`;
}

/** every/odd/even or 每周/单周/双周. */
export function parseWeeks(raw: string): "every" | "odd" | "even" | undefined {
  const s = nfkc(raw).toLowerCase();
  if (s === "every" || s === "每周") return "every";
  if (s === "odd" || s === "单周") return "odd";
  if (s === "even" || s === "双周") return "even";
  return undefined;
}

/** student/学生 or teacher/教师/老师. */
export function parseRole(raw: string): "student" | "teacher" | undefined {
  const s = nfkc(raw).toLowerCase();
  if (s === "student" || s === "学生") return "student";
  if (s === "teacher" || s === "教师" || s === "老师") return "teacher";
  return undefined;
}
