import { confiscateCard, reissueCard, returnCard } from "../../core/cards/card-lifecycle.ts";
import type { CardChange, DeskCardRefusal } from "../../core/cards/card-lifecycle.ts";
import { issueClassCards } from "../../core/cards/class-cards.ts";
import type { Result } from "../../core/result.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { Conversation } from "../types.ts";

type Action = "reissue" | "confiscate" | "return_card";

function sayResult(c: Conversation, action: Action, r: Result<CardChange, DeskCardRefusal>) {
  if (!r.ok) return c.say(c.t(`card_desk_${r.code}`));
  const { name, cardNumber, status } = r.value;
  const state = c.t(status === "suspended" ? "card_state_suspended" : "card_state_active");
  if (action === "reissue") return c.say(c.t("card_reissued", { name, cardNumber, state }));
  if (action === "confiscate") return c.say(c.t("card_confiscated", { name, cardNumber }));
  return c.say(c.t("card_returned", { name, cardNumber, state }));
}

/**
 * 补证 CARD [NEW] / 收证 CARD / 还证 CARD: the librarian reissues a card (a new number, or the
 * next "-B1"), confiscates one, or gives a confiscated card back. The card number is asked
 * when missing. Private chats only.
 */
export const cardDeskDialog =
  (action: Action) =>
  ({ lib }: DialogDeps): IntentDialog =>
  async (c, { actor, args, chat }) => {
    if (!actor.isLibrarian) return c.say(c.t("card_desk_not_librarian"));
    if (chat.isGroup || actor.kind === "group") return c.say(c.t("card_desk_private"));
    const words = args.trim().split(/\s+/).filter(Boolean);
    const card = words[0] ?? (await c.ask(c.t("card_desk_ask_card"))).trim();
    const newNumber = words[1];
    const r = await c.act(() => {
      if (action === "confiscate") return confiscateCard(lib, actor, card);
      if (action === "return_card") return returnCard(lib, actor, card);
      return reissueCard(
        lib,
        actor,
        newNumber ? { cardNumber: card, newNumber } : { cardNumber: card },
      );
    });
    sayResult(c, action, r);
  };

/** 发证 CLASS: the librarian issues every not-yet-issued card of a class in one step. */
export const issueCardsDialog =
  ({ lib }: DialogDeps): IntentDialog =>
  async (c, { actor, args, chat }) => {
    if (!actor.isLibrarian) return c.say(c.t("card_desk_not_librarian"));
    if (chat.isGroup || actor.kind === "group") return c.say(c.t("card_desk_private"));
    const name = args.trim() || (await c.ask(c.t("card_issue_ask_class"))).trim();
    const r = await c.act(() => issueClassCards(lib, actor, name));
    if (!r.ok) {
      const code = r.code;
      if (code === "not_librarian") return c.say(c.t("card_desk_not_librarian"));
      return c.say(c.t(`card_issue_${code}`, { className: name }));
    }
    c.say(c.t("card_issue_done", r.value));
  };
