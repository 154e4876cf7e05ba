import type { Actor } from "../../core/actor.ts";
import { isCopyBarcode } from "../../core/circulation/desk-codes.ts";
import { isDeskStaff } from "../../core/circulation/desk-staff.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { Conversation } from "../types.ts";
import { explainNotStaff, performDesk } from "./desk-actions.ts";
import { codesNeeded, readDeskInput } from "./desk-input.ts";
import type { DeskMode } from "./desk-input.ts";

/** Rounds (requests) per dialog: keeps the replay log of one long shift bounded. */
const MAX_ROUNDS = 60;

interface Request {
  mode: DeskMode;
  codes: string[];
}

/** Asks for what a request still lacks (a card, a barcode); null when the user ends. */
async function complete(c: Conversation, first: Request): Promise<Request | null> {
  let req = first;
  while (req.codes.length < codesNeeded(req.mode)) {
    const card = req.mode === "checkout" && req.codes.length === 0;
    const input = readDeskInput(
      await c.ask(c.t(card ? "desk_ask_card" : "desk_ask_barcode")),
      req.mode,
    );
    if (input.kind === "end") return null;
    if (input.kind === "bad") c.say(c.t("desk_not_a_code", { text: input.text }));
    else if (input.command) req = { mode: input.mode, codes: input.codes };
    else req = { mode: req.mode, codes: [...req.codes, ...input.codes] };
  }
  return req;
}

/** A typed request (codes, or a mode word with codes); null for 结束. */
function nextRequest(c: Conversation, answer: string, mode: DeskMode): Request | null {
  const input = readDeskInput(answer, mode);
  if (input.kind === "end") return null;
  if (input.kind === "codes") return { mode: input.mode, codes: input.codes };
  c.say(c.t("desk_not_a_code", { text: input.text }));
  return { mode, codes: [] };
}

/**
 * After a checkout, a lone code that is a copy's barcode is the same reader's next book (said
 * so); any other lone code is the next reader's card.
 */
async function sameReader(
  c: Conversation,
  deps: DialogDeps,
  card: string | undefined,
  next: Request | null,
): Promise<Request | null> {
  if (!card || next?.mode !== "checkout" || next.codes.length !== 1) return next;
  const [code = ""] = next.codes;
  if (!(await c.act(() => isCopyBarcode(deps.lib, code)))) return next;
  c.say(c.t("desk_same_reader", { card, barcode: code }));
  return { mode: "checkout", codes: [card, code] };
}

/** The scan loop: perform, then ask for the next request in the same mode until 结束. */
async function deskLoop(c: Conversation, deps: DialogDeps, actor: Actor, start: Request) {
  let next: Request | null = start;
  let done = 0;
  for (let round = 0; next; round++) {
    if (round === MAX_ROUNDS) return c.say(c.t("desk_loop_limit"));
    const req: Request | null = await complete(c, next);
    if (!req) break;
    const out = await performDesk(c, deps, actor, req);
    done += out.done;
    if (out.notStaff) return explainNotStaff(c, deps, actor);
    const checkout = req.mode === "checkout";
    const answer = await c.ask(c.t(checkout ? "desk_next_checkout" : "desk_next_return"));
    const card = checkout ? req.codes[0] : undefined;
    next = await sameReader(c, deps, card, nextRequest(c, answer, req.mode));
  }
  c.say(c.t("desk_finished", { count: done }));
}

/**
 * 借 CARD BARCODE / 还 BARCODE at the desk, for the librarian and a student librarian on duty
 * (others are told who may, a 小管 off duty their shifts). Missing parts are asked for (card,
 * then barcode). After each action it asks for the next one in the same mode, so a shift
 * scans book after book without the command; 借/还 switches mode, 结束 (or 取消) ends.
 */
export const deskDialog =
  (deps: DialogDeps, mode: DeskMode): IntentDialog =>
  async (c, { actor, args }) => {
    const allowed = await c.act(() => isDeskStaff(deps.lib, actor));
    if (!allowed) return explainNotStaff(c, deps, actor);
    await deskLoop(c, deps, actor, nextRequest(c, args, mode) ?? { mode, codes: [] });
  };
