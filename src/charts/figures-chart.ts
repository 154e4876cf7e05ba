import { el, polyline, svgDocument, text, ticks } from "./svg.ts";

/** One bar: a class and its loans this week; the class the chart is for is highlighted. */
export interface Bar {
  label: string;
  value: number;
  highlight: boolean;
}

/** What the figures chart shows, its words already in the reader's language. */
export interface FiguresChart {
  title: string;
  bars: { title: string; items: Bar[] };
  /** The class's term so far against its target; absent outside a term. */
  curve?: {
    title: string;
    /** The x axis: one label a week of the whole term. */
    weeks: string[];
    /** Loans since the first day of term at the end of each week so far. */
    cumulative: number[];
    /** Loans the class should reach by the last day of term. */
    target: number;
    actualLabel: string;
    targetLabel: string;
  };
}

const WIDTH = 800;
const PANEL = { left: 70, right: WIDTH - 30, height: 260 };
const HIGHLIGHT = "#d9480f";
const MUTED = "#9db4cc";
const INK = "#212529";
const GRID = "#dee2e6";

/** Horizontal grid lines and their values, for a panel whose plot spans [top, bottom]. */
function yAxis(values: number[], top: number, bottom: number, y: (v: number) => number) {
  return values
    .flatMap((v) => [
      el("line", { x1: PANEL.left, x2: PANEL.right, y1: y(v), y2: y(v), stroke: GRID }),
      text(String(v), {
        x: PANEL.left - 8,
        y: y(v) + 5,
        "font-size": 14,
        "text-anchor": "end",
        fill: INK,
      }),
    ])
    .concat(el("line", { x1: PANEL.left, x2: PANEL.left, y1: top, y2: bottom, stroke: INK }));
}

/** This week's loans per class of the grade, as bars, the value above each. */
function barPanel(bars: FiguresChart["bars"], top: number): string[] {
  const plotTop = top + 40;
  const bottom = plotTop + PANEL.height - 60;
  const scale = ticks(1.15 * Math.max(0, ...bars.items.map((b) => b.value)));
  const max = scale[scale.length - 1] ?? 1;
  const y = (v: number) => bottom - (v / max) * (bottom - plotTop);
  const slot = (PANEL.right - PANEL.left) / Math.max(1, bars.items.length);
  const width = Math.min(60, slot * 0.6);
  const out = [text(bars.title, { x: PANEL.left, y: top + 20, "font-size": 18, fill: INK })];
  out.push(...yAxis(scale, plotTop, bottom, y));
  bars.items.forEach((b, i) => {
    const x = PANEL.left + slot * i + (slot - width) / 2;
    const fill = b.highlight ? HIGHLIGHT : MUTED;
    const weight = b.highlight ? INK : "#495057";
    out.push(el("rect", { x, y: y(b.value), width, height: bottom - y(b.value), fill }));
    const mid = x + width / 2;
    out.push(
      text(String(b.value), {
        x: mid,
        y: y(b.value) - 6,
        "font-size": 14,
        "text-anchor": "middle",
        fill: weight,
      }),
    );
    out.push(
      text(b.label, {
        x: mid,
        y: bottom + 22,
        "font-size": 15,
        "text-anchor": "middle",
        fill: weight,
      }),
    );
  });
  return out;
}

/** The class's cumulative loans week by week against a straight line to the term's target. */
function curvePanel(curve: NonNullable<FiguresChart["curve"]>, top: number): string[] {
  const plotTop = top + 40;
  const bottom = plotTop + PANEL.height - 60;
  const scale = ticks(Math.max(curve.target, ...curve.cumulative));
  const max = scale[scale.length - 1] ?? 1;
  const weeks = Math.max(1, curve.weeks.length);
  const x = (week: number) => PANEL.left + (week / weeks) * (PANEL.right - PANEL.left);
  const y = (v: number) => bottom - (v / max) * (bottom - plotTop);
  const out = [text(curve.title, { x: PANEL.left, y: top + 20, "font-size": 18, fill: INK })];
  out.push(...yAxis(scale, plotTop, bottom, y));
  const every = Math.ceil(weeks / 10);
  curve.weeks.forEach((label, i) => {
    if (i % every !== 0 && i !== weeks - 1) return;
    out.push(
      text(label, {
        x: x(i + 0.5),
        y: bottom + 22,
        "font-size": 13,
        "text-anchor": "middle",
        fill: INK,
      }),
    );
  });
  const target: [number, number][] = [
    [x(0), y(0)],
    [x(weeks), y(curve.target)],
  ];
  out.push(
    polyline(target, {
      fill: "none",
      stroke: "#495057",
      "stroke-width": 2,
      "stroke-dasharray": "8 6",
    }),
  );
  const points: [number, number][] = [
    [x(0), y(0)],
    ...curve.cumulative.map((v, i): [number, number] => [x(i + 1), y(v)]),
  ];
  out.push(polyline(points, { fill: "none", stroke: HIGHLIGHT, "stroke-width": 3 }));
  for (const [px, py] of points.slice(1))
    out.push(el("circle", { cx: px, cy: py, r: 4, fill: HIGHLIGHT }));
  const legend = top + 20;
  out.push(
    el("line", {
      x1: PANEL.right - 300,
      x2: PANEL.right - 270,
      y1: legend - 6,
      y2: legend - 6,
      stroke: HIGHLIGHT,
      "stroke-width": 3,
    }),
  );
  out.push(
    text(curve.actualLabel, { x: PANEL.right - 262, y: legend, "font-size": 14, fill: INK }),
  );
  out.push(
    el("line", {
      x1: PANEL.right - 170,
      x2: PANEL.right - 140,
      y1: legend - 6,
      y2: legend - 6,
      stroke: "#495057",
      "stroke-width": 2,
      "stroke-dasharray": "8 6",
    }),
  );
  out.push(
    text(curve.targetLabel, { x: PANEL.right - 132, y: legend, "font-size": 14, fill: INK }),
  );
  return out;
}

/**
 * The figures chart as SVG: a title, this week's loans per class of the grade (the class
 * highlighted), and, in a term, the class's cumulative loans week by week against a straight
 * line to its term target. Counts only; every word comes in `chart`.
 */
export function figuresChartSvg(chart: FiguresChart): string {
  const title = text(chart.title, {
    x: WIDTH / 2,
    y: 40,
    "font-size": 24,
    "text-anchor": "middle",
    fill: INK,
  });
  const body = [title, ...barPanel(chart.bars, 60)];
  if (chart.curve) body.push(...curvePanel(chart.curve, 60 + PANEL.height + 20));
  const height = (chart.curve ? 60 + 2 * PANEL.height + 20 : 60 + PANEL.height) + 24;
  return svgDocument(WIDTH, height, body);
}
