import type { Actor } from "../../core/actor.ts";
import type { BroadcastRefusal } from "../../core/broadcasts/send-broadcast.ts";
import {
  MAX_BROADCAST_CHARS,
  countBroadcastRecipients,
  sendBroadcast,
} from "../../core/broadcasts/send-broadcast.ts";
import { schoolClasses } from "../../core/broadcasts/school-classes.ts";
import { enqueue } from "../../outbox/queue.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { Conversation } from "../types.ts";
import { chooseAudience } from "./broadcast-audience.ts";
import type { ChosenAudience } from "./broadcast-audience.ts";
import { broadcastMessage, pickTitles } from "./broadcast-titles.ts";
import type { PickedTitle } from "./broadcast-titles.ts";
import { isGroupChat } from "../intent.ts";

/** The librarian's text: the command's words, or asked until it fits. */
async function composeText(c: Conversation, first: string): Promise<string> {
  let text = first.trim();
  for (;;) {
    const length = [...text].length;
    if (length > 0 && length <= MAX_BROADCAST_CHARS) return text;
    if (length > MAX_BROADCAST_CHARS) {
      c.say(c.t("broadcast_text_too_long", { max: MAX_BROADCAST_CHARS, length }));
    }
    text = (await c.ask(c.t("broadcast_ask_text", { max: MAX_BROADCAST_CHARS }))).trim();
  }
}

async function chooseTitles(c: Conversation, deps: DialogDeps, actor: Actor) {
  const menu = [
    { id: "add", label: c.t("broadcast_titles_add") },
    { id: "skip", label: c.t("broadcast_titles_skip") },
  ];
  const add = (await c.choose(c.t("broadcast_add_titles"), menu)) === "add";
  return add ? pickTitles(c, deps, actor) : [];
}

function refusalText(c: Conversation, code: BroadcastRefusal, to: ChosenAudience): string {
  switch (code) {
    case "not_librarian":
      return c.t("broadcast_librarian_only");
    case "no_recipients":
      return c.t("broadcast_nobody", { audience: to.description });
    default:
      return c.t(`broadcast_refused_${code}`);
  }
}

/** Preview with the count, then confirm → one outbox row per recipient, or cancel. */
async function previewAndSend(
  c: Conversation,
  deps: DialogDeps,
  actor: Actor,
  draft: { text: string; titles: PickedTitle[]; to: ChosenAudience },
) {
  const { to } = draft;
  const titleIds = draft.titles.map((t) => t.titleId);
  const count = await c.act(() => countBroadcastRecipients(deps.lib, actor, to.audience, titleIds));
  if (!count.ok) return c.say(refusalText(c, count.code, to));
  if (count.value === 0) return c.say(c.t("broadcast_nobody", { audience: to.description }));
  const message = broadcastMessage(c, draft.text, draft.titles);
  c.say(c.t("broadcast_preview", { message, audience: to.description, count: count.value }));
  const menu = [
    { id: "send", label: c.t("broadcast_confirm") },
    { id: "cancel", label: c.t("staff_cancel") },
  ];
  if ((await c.choose("", menu)) !== "send") return c.say(c.t("broadcast_cancelled"));
  const sent = await c.act(() =>
    sendBroadcast(
      deps.lib,
      actor,
      { text: draft.text, titleIds, audience: to.audience, message },
      enqueue,
    ),
  );
  if (!sent.ok) return c.say(refusalText(c, sent.code, to));
  c.say(c.t("broadcast_queued", { count: sent.value.recipientCount }));
}

/**
 * 广播 (librarian only, private chat): the text (≤ 1000 characters; the command's words count
 * as the text), optional recommended titles (≤ 5), the audience, a preview with the number
 * of accounts, then confirm — queued in the outbox, one row per chat — or cancel.
 */
export const broadcastDialog =
  (deps: DialogDeps): IntentDialog =>
  async (c, { actor, chat, args }) => {
    if (isGroupChat(chat, actor) || !actor.isLibrarian) {
      return c.say(c.t("broadcast_librarian_only"));
    }
    const text = await composeText(c, args);
    const titles = await chooseTitles(c, deps, actor);
    const classes = await c.act(() => schoolClasses(deps.lib, actor));
    const to = await chooseAudience(c, classes.ok ? classes.value : []);
    await previewAndSend(c, deps, actor, { text, titles, to });
  };
