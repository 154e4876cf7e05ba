// Opens the printable binding slips in a real browser (Debian's chromium, headless, through
// playwright-core) and checks what a librarian would print: every slip's QR code decodes to
// its code's Telegram deep link, nothing is cut off, and the slips fill whole A4 pages. Keeps a
// screenshot of the first sheet as docs/slips.png. Not part of `npm test` (needs a browser):
// `.ci/run` runs it after the tests. Usage: tsx scripts/check-slips-in-browser.ts [CLASS]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import jsQR from "jsqr";
import { chromium } from "playwright-core";
import type { Page } from "playwright-core";
import { runCli } from "../src/cli/index.ts";
import { pngPixels } from "./png-pixels.ts";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const bot = "ShuxiangDemoBot";
const className = process.argv[2] ?? "3-1";
const screenshot = resolve("docs/slips.png");
const slipsPerSheet = 8;

async function cli(...argv: string[]): Promise<string> {
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
  const code = await runCli(argv, { ...io, stdin: new PassThrough(), isTty: false });
  if (code !== 0) throw new Error(`shuxiang ${argv.join(" ")} → exit ${code}\n${lines.join("\n")}`);
  return lines.join("\n");
}

/** A demo school in a temp database, and its slips page for one class. */
async function writeSlipsPage(dir: string): Promise<string> {
  process.env.DATABASE_URL = `file:${join(dir, "demo.db")}`;
  process.env.TELEGRAM_BOT_TOKEN = "";
  process.env.LOG_LEVEL = "warn";
  await cli("demo");
  const html = join(dir, "slips.html");
  console.log(await cli("codes", className, "--html", html, "--bot", bot));
  return html;
}

interface Found {
  code: string;
  link: string | undefined;
  decoded: string | undefined;
}

/** Each code on the page as printed, and what its QR code (an element screenshot) decodes to. */
async function readCodes(page: Page): Promise<Found[]> {
  const found: Found[] = [];
  for (const block of await page.locator(".code").all()) {
    const code = (await block.locator(".value").innerText()).trim();
    const qr = block.locator(".qr");
    let decoded: string | undefined;
    if ((await qr.count()) === 1) {
      const { width, height, data } = pngPixels(await qr.screenshot());
      decoded = jsQR(data, width, height)?.data;
    }
    found.push({ code, link: (await block.getAttribute("data-link")) ?? undefined, decoded });
  }
  return found;
}

/** Slips whose content does not fit their box (it would be cut off on paper). */
function overflowing(page: Page): Promise<number> {
  return page.$$eval(
    ".slip",
    (slips) =>
      slips.filter((s) => s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1)
        .length,
  );
}

async function check(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const slips = await page.locator(".slip").count();
  const codes = await readCodes(page);
  if (slips === 0) problems.push("no slips on the page");
  for (const c of codes) {
    const want = `https://t.me/${bot}?start=${c.code}`;
    if (c.decoded !== want) problems.push(`${c.code}: QR decodes to ${c.decoded ?? "nothing"}`);
    if (c.link !== want) problems.push(`${c.code}: data-link ${c.link ?? "missing"}`);
  }
  const cut = await overflowing(page);
  if (cut > 0) problems.push(`${cut} slips do not fit their box`);
  await page.emulateMedia({ media: "print" });
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  const sheets = Math.ceil(slips / slipsPerSheet);
  if (pages !== sheets) problems.push(`${slips} slips print on ${pages} pages, want ${sheets}`);
  console.log(
    `${slips} slips, ${codes.length} QR codes decoded in Chromium, ${pages} A4 pages when printed`,
  );
  return problems;
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "shuxiang-slips-"));
  const profile = mkdtempSync(join(tmpdir(), "shuxiang-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    viewport: { width: 900, height: 1200 },
    deviceScaleFactor: 2,
  });
  try {
    const html = await writeSlipsPage(dir);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(html).href);
    await page.locator(".sheet").first().screenshot({ path: screenshot, scale: "css" });
    const problems = await check(page);
    for (const p of problems) console.error(`FAIL ${p}`);
    if (problems.length === 0) console.log(`slips page checked; screenshot: ${screenshot}`);
    return problems.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

process.exitCode = await main();
