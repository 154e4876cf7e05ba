import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHART_FONT_FAMILY } from "./svg.ts";

const FONT_FILE = "assets/fonts/NotoSansSC-Regular-GB2312.ttf";

/**
 * The bundled chart font: found in the nearest folder above this module that holds it (the
 * module runs from src/charts through tsx, or from a bundle in dist/).
 */
export function chartFontPath(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, FONT_FILE))) return join(dir, FONT_FILE);
    if (dirname(dir) === dir) throw new Error(`${FONT_FILE} not found above this module`);
  }
}

/**
 * An SVG drawn as PNG by resvg (prebuilt from npm, loaded on the first chart). Text is drawn
 * with the bundled font only, never the machine's fonts, so Chinese labels look the same on a
 * bare server as on a desktop. `fonts: "none"` draws with no font at all (text left out): only
 * for tests that prove the labels come from the bundled font.
 */
export async function svgToPng(svg: string, opts: { fonts?: "bundled" | "none" } = {}) {
  const { Resvg } = await import("@resvg/resvg-js");
  const font =
    opts.fonts === "none"
      ? { loadSystemFonts: false }
      : {
          loadSystemFonts: false,
          fontFiles: [chartFontPath()],
          defaultFontFamily: CHART_FONT_FAMILY,
        };
  return Buffer.from(new Resvg(svg, { font, background: "#ffffff" }).render().asPng());
}
