#!/usr/bin/env node
// `node scripts/make-chart-font.js`: remakes assets/fonts/NotoSansSC-Regular-GB2312.ttf, the
// font the figures charts are drawn with (resvg gets no system fonts, so a bare server with no
// CJK fonts still draws Chinese labels). It fetches Noto Sans SC from npm with `npm pack`
// (@expo-google-fonts/noto-sans-sc, all weights, ~57 MB) into a temporary folder, installs
// subset-font there (not a project dependency), keeps the Regular weight's glyphs for ASCII,
// the 7 445 characters of GB 2312 (listed by decoding every GB 2312 code with iconv-lite,
// already a dependency) and a few signs the charts use, and copies the font's OFL licence
// beside it. Only the npm registry is reached.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import iconv from "iconv-lite";

const FONT_PACKAGE = "@expo-google-fonts/noto-sans-sc@0.4.3";
const FONT_IN_PACKAGE = "package/400Regular/NotoSansSC_400Regular.ttf";
const SUBSET_TOOL = "subset-font@2.9.0";
const root = resolve(import.meta.dirname, "..");
const out = join(root, "assets/fonts");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** ASCII, every character GB 2312 encodes (rows 0xA1–0xF7, cells 0xA1–0xFE), a few extras. */
function characters() {
  const chars = new Set();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  for (let hi = 0xa1; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = iconv.decode(Buffer.from([hi, lo]), "gb2312");
      if (ch.length === 1 && ch !== "\ufffd") chars.add(ch);
    }
  }
  for (const ch of "✓✗·–—“”‘’…￥") chars.add(ch);
  return [...chars].join("");
}

const work = mkdtempSync(join(tmpdir(), "chart-font-"));
try {
  const run = (args) =>
    execFileSync(npm, args, { cwd: work, stdio: ["ignore", "pipe", "inherit"] });
  const tarball = run(["pack", FONT_PACKAGE, "--silent"]).toString().trim().split("\n").pop();
  execFileSync("tar", ["xzf", tarball, FONT_IN_PACKAGE, "package/LICENSE_FONT"], { cwd: work });
  run(["install", "--no-save", "--no-package-lock", "--silent", "--prefix", work, SUBSET_TOOL]);
  const subsetFont = createRequire(join(work, "package.json"))("subset-font");
  const text = characters();
  const full = readFileSync(join(work, FONT_IN_PACKAGE));
  const subset = await subsetFont(full, text, { targetFormat: "truetype" });
  const target = join(out, "NotoSansSC-Regular-GB2312.ttf");
  writeFileSync(target, subset);
  copyFileSync(join(work, "package/LICENSE_FONT"), join(out, "OFL.txt"));
  const mib = (n) => (n / 1024 / 1024).toFixed(2);
  console.log(
    `${target}: ${[...text].length} characters, ${mib(statSync(target).size)} MiB (from ${mib(full.length)} MiB)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
