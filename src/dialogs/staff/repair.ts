import { backFromRepair, copiesInRepair, sendToRepair } from "../../core/stock/repair.ts";
import type { Actor } from "../../core/actor.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import { isGroupChat } from "../intent.ts";
import type { Conversation } from "../types.ts";

const statusKey = {
  on_loan: "stock_status_on_loan",
  in_corner: "stock_status_in_corner",
  on_hold_shelf: "stock_status_on_hold_shelf",
  lost: "stock_status_lost",
  withdrawn: "stock_status_withdrawn",
} as const;

function statusWord(c: Conversation, status: string): string {
  const key = statusKey[status as keyof typeof statusKey];
  return key ? c.t(key) : status;
}

/** The barcodes typed after the command, or asked for after the list of copies in repair. */
async function barcodesOf(
  c: Conversation,
  deps: DialogDeps,
  actor: Actor,
  args: string,
): Promise<string[]> {
  if (args.trim()) return args.trim().split(/\s+/);
  const now = await c.act(() => copiesInRepair(deps.lib, actor));
  if (!now.ok) {
    c.say(c.t("stock_repair_off_duty"));
    return [];
  }
  const lines = now.value.map((b) => c.t("stock_report_book", b));
  c.say(
    lines.length
      ? [c.t("stock_in_repair_header", { n: lines.length }), ...lines.slice(0, 30)].join("\n")
      : c.t("stock_in_repair_none"),
  );
  return (await c.ask(c.t("stock_repair_ask"))).split(/\s+/).filter(Boolean);
}

/**
 * 待修 BARCODE…: desk staff (the librarian, a 小管 on duty) set copies aside for repair — not
 * lendable, no hold served with them, shown as 待修 in a search — until 修好 BARCODE… puts them
 * back on the shelf or, when a reader waits, on the hold shelf (the reader is told).
 */
export const repairDialog =
  (mode: "to_repair" | "repaired") =>
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, args, chat }) => {
    if (isGroupChat(chat, actor)) return c.say(c.t("stock_private"));
    for (const barcode of await barcodesOf(c, deps, actor, args)) {
      if (mode === "to_repair") {
        const r = await c.act(() => sendToRepair(deps.lib, actor, { barcode }));
        if (r.ok) c.say(c.t("stock_repair_done", { ...r.value, barcode }));
        else if (r.code === "not_on_shelf") {
          const status = statusWord(c, r.detail.status);
          c.say(c.t("stock_repair_not_on_shelf", { barcode, status }));
        } else c.say(c.t(`stock_repair_${r.code}`, { barcode }));
        if (!r.ok && r.code === "not_desk_staff") return;
        continue;
      }
      const r = await c.act(async () => {
        const back = await backFromRepair(deps.lib, actor, { barcode });
        if (back.ok && back.value.holdId !== undefined)
          await deps.hooks.holdReady(back.value.holdId);
        return back;
      });
      if (r.ok) {
        const key = r.value.holdId === undefined ? "stock_repaired" : "stock_repaired_hold";
        c.say(c.t(key, { title: r.value.title, barcode }));
      } else c.say(c.t(`stock_repaired_${r.code}`, { barcode }));
      if (!r.ok && r.code === "not_desk_staff") return;
    }
  };
