import QRCode from "qrcode";
import type { CodeSlip } from "../core/bindings/codes.ts";
import { maskName } from "../core/bindings/mask-name.ts";
import type { Locale } from "../locale.ts";
import { SLIPS_PER_PAGE, slipsCss } from "./slips-style.ts";
import type { SlipsTexts } from "./slips-texts.ts";

export interface SlipsPageOptions {
  locale: Locale;
  texts: SlipsTexts;
  /** Who the slips are for, in the page title ("3-2", "教师"). */
  who: string;
  /** The Telegram bot's username: each code gets a QR code of its deep link. None: no QR. */
  bot?: string | undefined;
}

/** The Telegram deep link that opens the bot and binds with `code` (/start CODE). */
export function deepLink(bot: string, code: string): string {
  return `https://t.me/${bot}?start=${encodeURIComponent(code)}`;
}

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text for an element's content. */
function esc(text: string): string {
  return text.replace(/[&<>]/g, (c) => entities[c] ?? c);
}

/** Text for a quoted attribute value. */
function attr(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** An inline SVG QR code (error correction M, a two-module quiet zone). */
function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

function whoLine(slip: CodeSlip, t: SlipsTexts): string {
  const p = slip.patron;
  if (!p) return `<p class="who"><span class="name">${esc(t.librarianSlip)}</span></p>`;
  const cls = p.className ? ` ${esc(t.className)} ${esc(p.className)} ·` : "";
  return (
    `<p class="who"><span class="name">${esc(maskName(p.name))}</span>` +
    `${cls} ${esc(t.cardNumber)} ${esc(p.cardNumber)}</p>`
  );
}

async function codeBlock(
  c: CodeSlip["codes"][number],
  { texts: t, bot }: SlipsPageOptions,
): Promise<string> {
  const link = bot ? deepLink(bot, c.code) : undefined;
  const qr = link
    ? `<div class="qr" role="img" aria-label="${attr(link)}">${await qrSvg(link)}</div>`
    : "";
  const how = [...(bot ? [t.telegramHow(bot, c.code)] : []), t.wechatHow(c.code)];
  return [
    `<section class="code" data-kind="${c.kind}" data-code="${attr(c.code)}"${link ? ` data-link="${attr(link)}"` : ""}>`,
    qr,
    `<div class="text"><div class="label">${esc(t.codeLabel[c.kind](c.maxUses))}</div>`,
    `<div class="value">${esc(c.code)}</div>`,
    ...how.map((h) => `<p class="how">${esc(h)}</p>`),
    `</div></section>`,
  ].join("");
}

async function slipHtml(slip: CodeSlip, opts: SlipsPageOptions): Promise<string> {
  const t = opts.texts;
  const codes = await Promise.all(slip.codes.map((c) => codeBlock(c, opts)));
  return [
    `<article class="slip">`,
    `<header><strong>${esc(t.heading)}</strong><span>${esc(t.expires(slip.expiresOn))}</span></header>`,
    whoLine(slip, t),
    ...codes,
    `</article>`,
  ].join("\n");
}

/**
 * A printable A4 page of binding slips: eight to a sheet, dashed cut lines, each with the
 * pupil's masked name (张*明: a lost slip names nobody), class, card number, every code in
 * print form and how to bind on WeChat, plus a QR code of the Telegram deep link when a bot is
 * named. Self-contained HTML (inline CSS and SVG) that prints from any browser.
 */
export async function slipsHtml(
  slips: readonly CodeSlip[],
  opts: SlipsPageOptions,
): Promise<string> {
  const rendered = [];
  for (const slip of slips) rendered.push(await slipHtml(slip, opts));
  const sheets: string[] = [];
  for (let i = 0; i < rendered.length; i += SLIPS_PER_PAGE)
    sheets.push(`<div class="sheet">\n${rendered.slice(i, i + SLIPS_PER_PAGE).join("\n")}\n</div>`);
  return [
    "<!doctype html>",
    `<html lang="${opts.locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${esc(opts.texts.pageTitle(opts.who))}</title>`,
    `<style>${slipsCss}</style>`,
    "</head>",
    "<body>",
    ...sheets,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
