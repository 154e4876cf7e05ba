import { figuresChartSvg } from "../../charts/figures-chart.ts";
import type { FiguresChart } from "../../charts/figures-chart.ts";
import { svgToPng } from "../../charts/png.ts";
import type { ClassFigure } from "../../core/reports/class-figures.ts";
import type { TermCurves } from "../../core/reports/term-curve.ts";
import type { Locale } from "../../locale.ts";
import type { ReplyFile } from "../../messages.ts";
import { t } from "./index.ts";

type Week = { from: string; to: string };

/** The classes of a figure's grade, in class order (3-1, 3-2 …). */
function gradeOf(all: readonly ClassFigure[], f: ClassFigure): ClassFigure[] {
  return all
    .filter((o) => o.grade === f.grade)
    .sort((a, b) => a.className.localeCompare(b.className, "en", { numeric: true }));
}

/** 1 = the most books per pupil this term in its grade; equal figures share a rank. */
export function gradeRank(all: readonly ClassFigure[], f: ClassFigure): number {
  return 1 + gradeOf(all, f).filter((o) => o.perPupilThisTerm > f.perPupilThisTerm).length;
}

/**
 * What a class group reads on Friday: the class's week and term totals and its rank in its
 * grade. Counts only, never a pupil's name.
 */
export function groupFiguresText(
  locale: Locale,
  week: Week,
  all: readonly ClassFigure[],
  f: ClassFigure,
): string {
  return t(locale, "push_figures_group", {
    className: f.className,
    from: week.from,
    to: week.to,
    loans: f.loansThisWeek,
    readers: f.readersThisWeek,
    termLoans: f.loansThisTerm,
    perPupil: f.perPupilThisTerm,
    target: f.target,
    onTrack: f.onTrack,
    grade: f.grade,
    gradeRank: gradeRank(all, f),
    gradeClasses: gradeOf(all, f).length,
  });
}

/** The chart's words and numbers for one class (its curve from `curves`, when in a term). */
export function figuresChartOf(
  locale: Locale,
  week: Week,
  all: readonly ClassFigure[],
  f: ClassFigure,
  curves: TermCurves | null,
): FiguresChart {
  const name = { className: f.className };
  const chart: FiguresChart = {
    title: t(locale, "chart_title", { ...name, ...week }),
    bars: {
      title: t(locale, "chart_bars", { grade: f.grade }),
      items: gradeOf(all, f).map((o) => ({
        label: o.className,
        value: o.loansThisWeek,
        highlight: o.classId === f.classId,
      })),
    },
  };
  const curve = curves?.classes.find((c) => c.classId === f.classId);
  if (!curves || !curve) return chart;
  const target = Math.round(f.target * f.pupils);
  chart.curve = {
    title: t(locale, "chart_curve", name),
    weeks: curves.weeks.map((_, i) => String(i + 1)),
    cumulative: curve.cumulative,
    target,
    actualLabel: t(locale, "chart_actual"),
    targetLabel: t(locale, "chart_target", { target }),
  };
  return chart;
}

/** The figures chart of one class as a PNG picture for a reply. */
export async function figuresPicture(
  locale: Locale,
  week: Week,
  all: readonly ClassFigure[],
  f: ClassFigure,
  curves: TermCurves | null,
): Promise<ReplyFile> {
  const png = await svgToPng(figuresChartSvg(figuresChartOf(locale, week, all, f, curves)));
  return {
    name: t(locale, "chart_file", { className: f.className, from: week.from }),
    base64: png.toString("base64"),
  };
}
