import type { JobSummary } from "../jobs/context.ts";
import type { Timing } from "../jobs/slots.ts";
import { displayWidth, padDisplay } from "../text-width.ts";
import type { CliTexts } from "./texts.ts";

/** A job as the librarian knows it ("每日到期提醒"), or its name in English. */
export function jobLabel(tx: CliTexts, name: string): string {
  return tx.jobNames[name] ?? name;
}

/** When a job runs: "每天 17:30", "周一 07:30", "每分钟". */
export function timingText(tx: CliTexts, t: Timing): string {
  if (t.every === "minute") return tx.timing.minute;
  if (t.every === "day") return tx.timing.day(t.at);
  if (t.every === "month") return tx.timing.month(t.at);
  return `${tx.weekdays[t.weekday - 1] ?? "?"} ${t.at}`;
}

function valueText(tx: CliTexts, value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? tx.yes : tx.no;
  if (Array.isArray(value)) {
    return value.length === 0 ? tx.none : value.map((v) => valueText(tx, v)).join(" / ");
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A run's summary as aligned "label  value" lines, in the summary's own order. */
export function summaryLines(tx: CliTexts, summary: JobSummary): string[] {
  const rows = Object.entries(summary).map(([key, value]) => [
    tx.summaryKeys[key] ?? key,
    valueText(tx, value),
  ]);
  const width = Math.max(0, ...rows.map(([label]) => displayWidth(label ?? ""))) + 2;
  return rows.map(([label = "", value = ""]) => `  ${padDisplay(label, width)}${value}`);
}
