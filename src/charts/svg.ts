/** Small helpers that write SVG markup as strings: no DOM, no chart library. */

/** The family name of the bundled chart font (assets/fonts). */
export const CHART_FONT_FAMILY = "Noto Sans SC";

/** Text made safe inside an SVG element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

type Attrs = Record<string, string | number | undefined>;

function attrs(a: Attrs): string {
  return Object.entries(a)
    .flatMap(([k, v]) =>
      v === undefined ? [] : [` ${k}="${escapeXml(typeof v === "number" ? round(v) : v)}"`],
    )
    .join("");
}

const round = (n: number): string => String(Math.round(n * 10) / 10);

/** An element with no children. */
export const el = (name: string, a: Attrs): string => `<${name}${attrs(a)}/>`;

/** A text element (the text escaped). */
export const text = (content: string, a: Attrs): string =>
  `<text${attrs(a)}>${escapeXml(content)}</text>`;

/** A polyline through the points. */
export const polyline = (points: [number, number][], a: Attrs): string =>
  el("polyline", { points: points.map(([x, y]) => `${round(x)},${round(y)}`).join(" "), ...a });

/** A whole SVG document of this size on a white ground, in the chart font. */
export function svgDocument(width: number, height: number, body: string[]): string {
  const root = attrs({
    xmlns: "http://www.w3.org/2000/svg",
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    "font-family": CHART_FONT_FAMILY,
  });
  return [`<svg${root}>`, el("rect", { width, height, fill: "#ffffff" }), ...body, "</svg>"].join(
    "\n",
  );
}

/** Axis ticks from 0 to at least `max`: 0, step, 2·step … with a round step, about `n` of them. */
export function ticks(max: number, n = 5): number[] {
  const raw = Math.max(max, 1) / n;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const top = Math.ceil(Math.max(max, 1) / step) * step;
  const out: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) out.push(Math.round(v * 1000) / 1000);
  return out;
}
