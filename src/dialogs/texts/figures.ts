import type { ClassFigure } from "../../core/reports/class-figures.ts";
import { t } from "./index.ts";
import type { Locale } from "../../locale.ts";

/** How many classes a teacher sees ranked beside their own (阳光阅读班级). */
const TOP = 3;

/** Classes best first (rank, then name): the order both the push and 统计 list them in. */
export function byRank(classes: readonly ClassFigure[]): ClassFigure[] {
  return [...classes].sort((a, b) => a.rank - b.rank || a.className.localeCompare(b.className));
}

function figureLine(locale: Locale, f: ClassFigure): string {
  const corner =
    f.cornerOut > 0 || f.cornerLentThisTerm > 0
      ? t(locale, "push_figures_corner", { out: f.cornerOut, lent: f.cornerLentThisTerm })
      : "";
  const visits =
    f.visitsThisWeek > 0 ? t(locale, "push_figures_visits", { visits: f.visitsThisWeek }) : "";
  return `${personalLine(locale, f)}${corner}${visits}`;
}

function personalLine(locale: Locale, f: ClassFigure): string {
  return t(locale, "push_figures_line", {
    rank: f.rank,
    className: f.className,
    loans: f.loansThisWeek,
    readers: f.readersThisWeek,
    perPupil: f.perPupilThisTerm,
    target: f.target,
    onTrack: f.onTrack,
  });
}

/**
 * The week's class borrowing figures as one text: every class (ranked) for the librarian, or
 * the reader's own classes then the top three. `all` is in rank order. Counts only, no names.
 */
export function figuresText(
  locale: Locale,
  week: { from: string; to: string },
  all: readonly ClassFigure[],
  mine: readonly ClassFigure[] | "all",
): string {
  const out = [t(locale, "push_figures_header", week)];
  if (mine === "all") return [...out, ...all.map((f) => figureLine(locale, f))].join("\n");
  out.push(t(locale, "push_figures_yours"), ...mine.map((f) => figureLine(locale, f)));
  out.push(t(locale, "push_figures_top"), ...all.slice(0, TOP).map((f) => figureLine(locale, f)));
  return out.join("\n");
}
