import { reportLostCard } from "../../core/cards/card-lifecycle.ts";
import type { LostCardNotice } from "../../core/cards/card-lifecycle.ts";
import type { PatronSummary } from "../../core/reports/patron-summary.ts";
import type { NoticeDeps } from "../../core/suggestion-answers.ts";
import { enqueue } from "../../outbox/queue.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import { t } from "../texts/index.ts";
import type { Conversation } from "../types.ts";
import { isGroupChat } from "../intent.ts";
import { loadFamily } from "./access.ts";

async function pickChild(c: Conversation, family: PatronSummary[]): Promise<PatronSummary> {
  const first = family[0] as PatronSummary;
  if (family.length === 1) return first;
  const choices = family.map((p) => ({
    id: `p${p.patronId}`,
    label: c.t("reader_mine_header", { name: p.name, className: p.className ?? "" }),
  }));
  const id = await c.choose(c.t("card_lost_which"), choices);
  return family.find((p) => `p${p.patronId}` === id) ?? first;
}

/**
 * 挂失: a parent or pupil reports a card lost (asking which child when there are several, and
 * to confirm). The card is blocked at once and the librarian told (reportLostCard); loans stay.
 * Private chats only.
 */
export const lostCardDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, chat }) => {
    if (isGroupChat(chat, actor)) return c.say(c.t("card_lost_private"));
    const family = actor.patronIds.length > 0 ? await loadFamily(c, deps, actor) : [];
    if (family.length === 0) return c.say(c.t("reader_need_binding"));
    const who = await pickChild(c, family);
    const yes = await c.choose(c.t("card_lost_confirm", { name: who.name }), [
      { id: "yes", label: c.t("card_lost_yes") },
      { id: "no", label: c.t("card_lost_no") },
    ]);
    if (yes !== "yes") return c.say(c.t("cancelled"));
    const notice: NoticeDeps<LostCardNotice> = {
      enqueue,
      defaultLocale: c.locale,
      render: (locale, n) => t(locale, "push_card_lost", n),
    };
    const r = await c.act(() => reportLostCard(deps.lib, actor, who.patronId, notice));
    if (!r.ok) {
      const code = r.code;
      if (code === "not_yours") return c.say(c.t("reader_need_binding"));
      return c.say(c.t(`card_lost_${code}`, { name: who.name }));
    }
    c.say(c.t("card_lost_done", { name: who.name }));
  };
