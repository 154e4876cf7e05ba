import {
  lendToCorner,
  openCornerBatch,
  returnFromCorner,
} from "../../core/corners/class-corner.ts";
import type { CornerBatchOpened } from "../../core/corners/class-corner.ts";
import { classCornerBooks } from "../../core/corners/class-corner-books.ts";
import { cornerClasses } from "../../core/corners/corner-classes.ts";
import type { Actor } from "../../core/actor.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import { isGroupChat } from "../intent.ts";
import type { Conversation } from "../types.ts";
import { showPages } from "../engine/paginate.ts";
import { pickClass } from "./pick-class.ts";

const FINISH = new Set(["完成", "结束", "done", "finish", "/done"]);
const RETURN_WORDS = new Set(["收回", "归还", "还", "return"]);

const isFinish = (text: string) => FINISH.has(text.trim().toLowerCase());

/** Scans barcodes one per message until 完成; each is answered with its line. Counts the successes. */
async function scanLoop(
  c: Conversation,
  prompt: string,
  scan: (barcode: string) => Promise<{ ok: boolean; line: string }>,
) {
  let count = 0;
  for (
    let text = await c.ask(prompt);
    !isFinish(text);
    text = await c.ask(c.t("corner_scan_next"))
  ) {
    if (!text.trim()) continue;
    const { ok, line } = await scan(text.trim());
    if (ok) count += 1;
    c.say(line);
  }
  return count;
}

/** The batch to lend to: the class (and date) typed after 图书角, or picked from the menu. */
async function openBatch(c: Conversation, deps: DialogDeps, actor: Actor, words: string[]) {
  let className = words[0];
  if (!className) {
    const classes = await c.act(() => cornerClasses(deps.lib, actor));
    if (!classes.ok || classes.value.length === 0) return c.say(c.t("corner_no_classes"));
    className = (await pickClass(c, classes.value)).name;
  }
  const input = words[1] ? { className, dueOn: words[1] } : { className };
  const r = await c.act(() => openCornerBatch(deps.lib, actor, input));
  if (!r.ok) return c.say(c.t(`corner_open_${r.code}`, { className }));
  return r.value;
}

async function lend(c: Conversation, deps: DialogDeps, actor: Actor, batch: CornerBatchOpened) {
  const lent = await scanLoop(c, c.t("corner_lend_scan", batch), async (barcode) => {
    const r = await c.act(() => lendToCorner(deps.lib, actor, { batchId: batch.batchId, barcode }));
    if (!r.ok) return { ok: false, line: c.t(`corner_lend_${r.code}`, { barcode }) };
    return { ok: true, line: c.t("corner_lent", { ...r.value, className: batch.className }) };
  });
  c.say(c.t("corner_lend_done", { ...batch, lent }));
}

async function takeBack(c: Conversation, deps: DialogDeps, actor: Actor) {
  const back = await scanLoop(c, c.t("corner_return_scan"), async (barcode) => {
    const r = await c.act(() => returnFromCorner(deps.lib, actor, { barcode }));
    if (!r.ok) return { ok: false, line: c.t(`corner_return_${r.code}`, { barcode }) };
    if (r.value.holdId !== undefined) await deps.hooks.holdReady(r.value.holdId);
    return { ok: true, line: c.t("corner_returned", r.value) };
  });
  c.say(c.t("corner_return_done", { back }));
}

/** A class teacher's 图书角: what is still in the corners of their classes. */
async function teacherCorners(c: Conversation, deps: DialogDeps, actor: Actor) {
  const r = await c.act(() => classCornerBooks(deps.lib, actor));
  if (!r.ok) return c.say(c.t("corner_not_desk_staff"));
  const lines = r.value.flatMap((k) =>
    k.books.length === 0
      ? [c.t("corner_class_none", k)]
      : [
          c.t("corner_class_header", { className: k.className, count: k.books.length }),
          ...k.books.map((b) => c.t("corner_class_book", b)),
        ],
  );
  await showPages(c, lines, 20);
}

/**
 * 图书角 (集体借阅): the librarian or a 小管 on duty lends a batch of copies to a class — the
 * class (图书角 3-2, or picked), due at the term's last open day or a given date (图书角 3-2
 * 2027-01-08), then barcodes scanned one per message until 完成 — or takes corner copies back
 * (图书角 收回, then barcodes until 完成). A class teacher sees what is still in their classes'
 * corners. Private chats only.
 */
export const cornerDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, args, chat }) => {
    if (isGroupChat(chat, actor)) return c.say(c.t("corner_private"));
    const allowed = await c.act(() => cornerClasses(deps.lib, actor));
    if (!allowed.ok) return teacherCorners(c, deps, actor);
    const words = args.trim().split(/\s+/).filter(Boolean);
    let mode =
      words.length === 0 ? undefined : RETURN_WORDS.has(words[0] ?? "") ? "return" : "lend";
    if (!mode) {
      const menu = [
        { id: "lend", label: c.t("corner_choice_lend") },
        { id: "return", label: c.t("corner_choice_return") },
      ];
      mode = await c.choose(c.t("corner_choose"), menu);
    }
    if (mode === "return") return takeBack(c, deps, actor);
    const batch = await openBatch(c, deps, actor, words);
    if (batch) await lend(c, deps, actor, batch);
  };
