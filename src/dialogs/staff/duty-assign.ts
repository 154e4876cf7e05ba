import type { Actor } from "../../core/actor.ts";
import { assignDuty } from "../../core/rota/assign-duty.ts";
import type { DutyRefusal } from "../../core/rota/assign-duty.ts";
import type { DialogDeps } from "../intent.ts";
import type { Conversation } from "../types.ts";

/** A refusal of assignDuty in words. */
function refusal(c: Conversation, code: DutyRefusal, card: string): string {
  switch (code) {
    case "not_librarian":
      return c.t("duty_assign_librarian_only");
    case "unknown_card":
      return c.t("duty_assign_unknown_card", { card });
    case "not_a_helper":
      return c.t("duty_assign_not_a_helper", { card });
    case "card_inactive":
      return c.t("duty_assign_card_inactive", { card });
    case "bad_weekday":
    case "bad_time":
      return c.t("duty_assign_bad_time");
    case "already_on_duty":
      return c.t("duty_assign_already");
  }
}

/** "12:00-12:40" (also with ～, –, —, to, 至, full-width digits) as start and end. */
function readShiftTime(text: string): { start: string; end: string } | undefined {
  const m = /^(\d{1,2})[:：](\d{2})\s*(?:-|–|—|~|～|至|到|to)\s*(\d{1,2})[:：](\d{2})$/i.exec(
    text.normalize("NFKC").trim(),
  );
  if (!m) return undefined;
  const hhmm = (h = "", mm = "") => `${h.padStart(2, "0")}:${mm}`;
  return { start: hhmm(m[1], m[2]), end: hhmm(m[3], m[4]) };
}

/** The shift's time, asked again until it reads as HH:mm-HH:mm with the start first. */
async function askShiftTime(c: Conversation) {
  for (;;) {
    const text = await c.ask(c.t("duty_assign_ask_time"));
    const time = readShiftTime(text);
    if (time && time.start < time.end) return time;
    c.say(c.t("duty_assign_bad_time"));
  }
}

/**
 * 值日 → 安排值日 (librarian): a 小管's card, the weekday, the time; the core's assignDuty
 * checks and stores the weekly shift (audited) and the answer says it or why not.
 */
export async function assignDutySteps(c: Conversation, deps: DialogDeps, actor: Actor) {
  const cardNumber = (await c.ask(c.t("duty_assign_ask_card"))).trim();
  const days = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
    id: `d${day}`,
    label: c.t("staff_weekday", { day }),
  }));
  const weekday = Number((await c.choose(c.t("duty_assign_pick_day"), days)).slice(1));
  const { start, end } = await askShiftTime(c);
  const shift = { cardNumber, weekday, start, end };
  const r = await c.act(() => assignDuty(deps.lib, actor, shift));
  if (!r.ok) return c.say(refusal(c, r.code, cardNumber));
  const day = c.t("staff_weekday", { day: weekday });
  c.say(c.t("duty_assign_done", { name: r.value.name, day, start, end }));
}
