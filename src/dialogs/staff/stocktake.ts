import type { Actor } from "../../core/actor.ts";
import {
  finishStocktake,
  lastStocktakeReport,
  openStocktakes,
  scanForStocktake,
  startStocktake,
  stockLocations,
} from "../../core/stock/stocktake.ts";
import type { OpenStocktake } from "../../core/stock/stocktake.ts";
import { showPages } from "../engine/paginate.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import { isGroupChat } from "../intent.ts";
import type { Conversation, Jsonify } from "../types.ts";
import { reportLines, scanLine } from "./stocktake-lines.ts";

const FINISH_WORDS = new Set(["结束", "完成盘点", "结束盘点", "盘点结束", "finish"]);
const REPORT_WORDS = new Set(["报告", "report"]);
const STOP = new Set(["完成", "done", "/done"]);

type Open = Jsonify<OpenStocktake>;

/** "盘点 结束" typed while scanning: the librarian finishes the stocktake there and then. */
const finishTyped = (text: string) => {
  const [cmd = "", word = ""] = text.trim().toLowerCase().split(/\s+/);
  return (cmd === "盘点" || cmd === "stocktake") && FINISH_WORDS.has(word);
};

/**
 * Barcodes one per message (or several, space-separated) until 完成; each gets its answer.
 * True when the librarian typed 盘点 结束 instead: the caller finishes the stocktake.
 */
async function scanLoop(c: Conversation, deps: DialogDeps, actor: Actor, take: Open) {
  let fresh = 0;
  for (
    let text = await c.ask(c.t("stock_scan_prompt", take));
    !STOP.has(text.trim().toLowerCase()) &&
    !(FINISH_WORDS.has(text.trim().toLowerCase()) && !actor.isLibrarian);
    text = await c.ask(c.t("stock_scan_next"))
  ) {
    if (actor.isLibrarian && (finishTyped(text) || FINISH_WORDS.has(text.trim()))) return true;
    for (const barcode of text.trim().split(/\s+/).filter(Boolean)) {
      const r = await c.act(() =>
        scanForStocktake(deps.lib, actor, { stocktakeId: take.stocktakeId, barcode }),
      );
      if (!r.ok && r.code !== "unknown_copy") {
        c.say(c.t(`stock_scan_${r.code}`));
        return false;
      }
      if (!r.ok) c.say(c.t("stock_scan_unknown_copy", { barcode }));
      else {
        if (r.value.fresh) fresh += 1;
        c.say(scanLine(c, barcode, r.value));
      }
    }
  }
  c.say(c.t(actor.isLibrarian ? "stock_paused_librarian" : "stock_paused", { ...take, fresh }));
  return false;
}

/** The open stocktake named by `location`, the only one, or the one picked. */
async function pickOpen(c: Conversation, open: Open[], location: string) {
  if (location) return open.find((o) => o.location === location);
  if (open.length <= 1) return open[0];
  const menu = open.map((o) => ({ id: String(o.stocktakeId), label: o.location }));
  const id = await c.choose(c.t("stock_choose_open"), menu);
  return open.find((o) => String(o.stocktakeId) === id);
}

async function finish(c: Conversation, deps: DialogDeps, actor: Actor, location: string) {
  const open = await c.act(() => openStocktakes(deps.lib, actor));
  const take = open.ok ? await pickOpen(c, open.value, location) : undefined;
  if (!take) return c.say(c.t("stock_none_open_at", { location }));
  await finishAndReport(c, deps, actor, take.stocktakeId);
}

async function finishAndReport(c: Conversation, deps: DialogDeps, actor: Actor, id: number) {
  const r = await c.act(() => finishStocktake(deps.lib, actor, { stocktakeId: id }));
  if (!r.ok) return c.say(c.t(`stock_finish_${r.code}`));
  await showPages(c, reportLines(c, r.value), 30);
}

async function lastReport(c: Conversation, deps: DialogDeps, actor: Actor) {
  const r = await c.act(() => lastStocktakeReport(deps.lib, actor));
  if (!r.ok) return c.say(c.t(`stock_report_${r.code}`));
  await showPages(c, reportLines(c, r.value), 30);
}

/** The librarian starts (or resumes) a location's stocktake, typed or picked, then scans. */
async function start(c: Conversation, deps: DialogDeps, actor: Actor, typed: string) {
  let location = typed;
  if (!location) {
    const known = await c.act(() => stockLocations(deps.lib, actor));
    if (!known.ok || known.value.length === 0) return c.say(c.t("stock_no_locations"));
    const menu = known.value.map((l, i) => ({ id: String(i), label: l }));
    location = known.value[Number(await c.choose(c.t("stock_choose_location"), menu))] ?? "";
  }
  const r = await c.act(() => startStocktake(deps.lib, actor, { location }));
  if (!r.ok) {
    return c.say(
      r.code === "unknown_location"
        ? c.t("stock_start_unknown_location", { location, ...r.detail })
        : c.t("stock_start_not_librarian"),
    );
  }
  c.say(c.t(r.value.resumed ? "stock_resumed" : "stock_started", r.value));
  if (await scanLoop(c, deps, actor, r.value))
    await finishAndReport(c, deps, actor, r.value.stocktakeId);
}

/** A 小管 on duty (or the librarian) scans into an open stocktake. */
async function join(c: Conversation, deps: DialogDeps, actor: Actor, location: string) {
  const open = await c.act(() => openStocktakes(deps.lib, actor));
  if (!open.ok) return c.say(c.t("stock_scan_not_desk_staff"));
  const take = await pickOpen(c, open.value, location);
  if (!take) return c.say(c.t("stock_none_open_at", { location }));
  if (await scanLoop(c, deps, actor, take)) await finishAndReport(c, deps, actor, take.stocktakeId);
}

/**
 * 盘点 (stocktake): the librarian starts one for a location (盘点 一楼借阅区, or picked) — or
 * resumes it if it is open — and scans barcodes until 完成; a 小管 on duty sends 盘点 to scan
 * into the open one. 盘点 结束 [LOCATION] (also typed while scanning) finishes it with the report (missing, misplaced, on
 * loan); 盘点 报告 shows the last report again. Private chats only.
 */
export const stocktakeDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, args, chat }) => {
    if (isGroupChat(chat, actor)) return c.say(c.t("stock_private"));
    const [first = "", ...rest] = args.trim().split(/\s+/).filter(Boolean);
    const word = first.toLowerCase();
    if (!actor.isLibrarian) return join(c, deps, actor, [first, ...rest].join(" ").trim());
    if (FINISH_WORDS.has(word)) return finish(c, deps, actor, rest.join(" "));
    if (REPORT_WORDS.has(word)) return lastReport(c, deps, actor);
    await start(c, deps, actor, [first, ...rest].join(" ").trim());
  };
