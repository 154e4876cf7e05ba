import { t } from "../../../src/dialogs/texts/index.ts";
import { locales } from "../../../src/locale.ts";

/** Telegram refuses longer messages. */
export const TELEGRAM_MAX_CHARS = 4096;
/** Telegram callback data is at most 64 bytes: `menuId:id`. */
const MAX_CALLBACK_BYTES = 64;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A regex for a rendered template: placeholder characters (private use) match any text, numbers any digits. */
function templateRegex(rendered: string): RegExp {
  const source = escape(rendered)
    .replace(/\d+/g, "\\d+")
    .replace(/[\uE000-\uE002]/g, "[^\\n]{0,80}?");
  return new RegExp(source);
}

/** What an overdue list looks like in every language: its headers and its item lines. */
export const overdueListPatterns: RegExp[] = locales.flatMap((l) => [
  templateRegex(t(l, "overdue_class_header", { className: "\uE000", pupils: 0, items: 0 })),
  templateRegex(
    t(l, "overdue_item", {
      title: "\uE000",
      barcode: "\uE001",
      due: "\uE002",
      days: 0,
      stopped: false,
    }),
  ),
  templateRegex(t(l, "overdue_mine_header")),
  templateRegex(t(l, "overdue_pick_class")),
]);

export interface ReplyContext {
  group: boolean;
  /** Full names no group reply may contain. */
  pupilNames: readonly string[];
  /** What the members typed in this run: a name they typed may be echoed back. */
  typed: string;
}

function menuViolations(r: { choices?: unknown; menuId?: unknown }): string[] {
  if (r.choices === undefined) return [];
  const out: string[] = [];
  if (!Array.isArray(r.choices) || r.choices.length === 0) return ["a menu without choices"];
  if (typeof r.menuId !== "string" || !r.menuId) out.push("a menu without menuId");
  for (const c of r.choices as { id?: unknown; label?: unknown }[]) {
    if (typeof c.id !== "string" || !c.id) out.push("a choice without id");
    if (typeof c.label !== "string" || !c.label.trim())
      out.push(`choice ${String(c.id)} has no label`);
    const data = `${String(r.menuId)}:${String(c.id)}`;
    if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES)
      out.push(`callback data over 64 bytes: ${data}`);
  }
  return out;
}

function groupViolations(text: string, ctx: ReplyContext): string[] {
  const out: string[] = [];
  const names = ctx.pupilNames.filter((n) => text.includes(n) && !ctx.typed.includes(n));
  if (names.length > 0) out.push(`group reply names pupils: ${names.slice(0, 5).join("、")}`);
  const list = overdueListPatterns.find((p) => p.test(text));
  if (list) out.push(`group reply looks like an overdue list (${list.source})`);
  return out;
}

/**
 * The properties every answer of `Bot.handle` has: a list of replies, each with non-empty text
 * under Telegram's 4096 characters, menus with ids, labels and callback data that fit; and in a
 * group, no pupil's full name and nothing of an overdue list.
 */
export function replyViolations(replies: unknown, ctx: ReplyContext): string[] {
  if (!Array.isArray(replies)) return [`handle resolved with ${typeof replies}, not a list`];
  const out: string[] = [];
  for (const r of replies as { text?: unknown; choices?: unknown; menuId?: unknown }[]) {
    if (typeof r.text !== "string" || !r.text.trim()) {
      out.push(`a reply without text: ${JSON.stringify(r).slice(0, 200)}`);
      continue;
    }
    if (r.text.length >= TELEGRAM_MAX_CHARS) out.push(`a reply of ${r.text.length} characters`);
    out.push(...menuViolations(r));
    if (ctx.group) out.push(...groupViolations(r.text, ctx));
  }
  return out;
}
