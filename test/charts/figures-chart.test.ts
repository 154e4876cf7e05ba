import { describe, expect, it } from "vitest";
import { figuresChartSvg } from "../../src/charts/figures-chart.ts";
import { svgToPng } from "../../src/charts/png.ts";
import { svgDocument, text, ticks } from "../../src/charts/svg.ts";
import { pngPixels } from "../../scripts/png-pixels.ts";

/** Pixels darker than mid-grey inside the box [x0, x1) × [y0, y1). */
async function darkPixels(png: Buffer, box: [number, number, number, number]): Promise<number> {
  const { width, data } = pngPixels(png);
  const [x0, y0, x1, y1] = box;
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * width + x) * 4;
      if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 3 * 128) n++;
    }
  }
  return n;
}

const label = (words: string) =>
  svgDocument(240, 80, [text(words, { x: 10, y: 55, "font-size": 40, fill: "#000000" })]);

/** The black pixels of a label, as a string of 0 and 1 (to compare two labels' shapes). */
async function shape(words: string): Promise<string> {
  const { data } = pngPixels(await svgToPng(label(words)));
  let bits = "";
  for (let i = 0; i < data.length; i += 4) bits += (data[i] ?? 255) < 128 ? "1" : "0";
  return bits;
}

const chart = {
  title: "3-1 班借阅图表（2026-09-07 至 09-13）",
  bars: {
    title: "三年级各班本周借阅（本）",
    items: [
      { label: "3-1", value: 12, highlight: true },
      { label: "3-2", value: 20, highlight: false },
    ],
  },
  curve: {
    title: "3-1 班本学期累计借阅（本）",
    weeks: ["1", "2", "3", "4"],
    cumulative: [5, 12],
    target: 40,
    actualLabel: "实际",
    targetLabel: "目标 40 本",
  },
};

describe("the figures chart", () => {
  it("is an SVG with the class bars, the highlighted class and the term curve, and renders to a PNG", async () => {
    const svg = figuresChartSvg(chart);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(">三年级各班本周借阅（本）</text>");
    expect(svg.match(/<rect [^>]*fill="#d9480f"/g)).toHaveLength(1);
    expect(svg).toContain(">目标 40 本</text>");
    const png = await svgToPng(svg);
    const { width, height } = pngPixels(png);
    expect([width, height]).toEqual([800, 624]);
    expect(await darkPixels(png, [0, 0, 800, 60])).toBeGreaterThan(100);
  });

  it("leaves the term curve out outside a term", () => {
    const svg = figuresChartSvg({ title: chart.title, bars: chart.bars });
    expect(svg).not.toContain("累计");
    expect(svg).toContain('height="344"');
  });

  it("escapes what it is given", () => {
    const svg = figuresChartSvg({ ...chart, title: `<a & "b">` });
    expect(svg).toContain(">&#60;a &#38; &#34;b&#34;&#62;</text>");
  });

  it("has round axis ticks from 0 past the largest value", () => {
    expect(ticks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(ticks(0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(400)).toEqual([0, 100, 200, 300, 400]);
  });
});

describe("Chinese labels", () => {
  it("are drawn with the bundled font, and not at all without it (no system fonts are read)", async () => {
    const svg = label("三年级借阅");
    expect(await darkPixels(await svgToPng(svg), [0, 0, 240, 80])).toBeGreaterThan(300);
    expect(await darkPixels(await svgToPng(svg, { fonts: "none" }), [0, 0, 240, 80])).toBe(0);
  });

  it("are glyphs, not one box repeated: two different characters draw different shapes", async () => {
    const [san, tian] = [await shape("三"), await shape("田")];
    expect(san).toMatch(/1/);
    expect(san).not.toBe(tian);
  });
});
