import { classNamesOf } from "../../core/bindings/account-classes.ts";
import { actorFor } from "../../core/bindings/actor.ts";
import { CODE_VALID_DAYS } from "../../core/bindings/codes.ts";
import { BIND_LOCK_MINUTES, MAX_BIND_FAILURES, redeemCode } from "../../core/bindings/redeem.ts";
import type { Redeemed, RedeemRefusal } from "../../core/bindings/redeem.ts";
import { clockIn } from "../../core/dates.ts";
import type { Library } from "../../core/library.ts";
import { ok } from "../../core/result.ts";
import type { Result } from "../../core/result.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { Conversation } from "../types.ts";

/** A code typed again with its command ("绑定 K7QX-M2PD") while we wait for the code alone. */
function stripCommand(text: string): string {
  return text.replace(/^(绑定|\/bind|\/start|bind)\s*/i, "");
}

/** What the confirmation names: the redeemed binding, plus a teacher's classes. */
type Bound = Redeemed & { classes: string[] };

async function redeem(
  lib: Library,
  who: { platform: string; userId: string },
  code: string,
): Promise<Result<Bound, RedeemRefusal>> {
  const result = await redeemCode(lib, who, code);
  if (!result.ok) return result;
  const teacher = result.value.kind === "teacher";
  const classes = teacher ? await classNamesOf(lib, await actorFor(lib, who)) : [];
  return ok({ ...result.value, classes });
}

function sayBound(c: Conversation, b: Bound): void {
  const named = { name: b.maskedName, className: b.className ?? "" };
  switch (b.kind) {
    case "guardian":
      return c.say(c.t("bind_ok_guardian", named));
    case "self":
      return c.say(c.t("bind_ok_self", named));
    case "teacher": {
      const params = {
        name: b.maskedName,
        classes: b.classes.join("、"),
        first: b.classes[0] ?? "",
      };
      return c.say(c.t("bind_ok_teacher", params));
    }
    case "librarian":
      return c.say(c.t("bind_ok_librarian"));
    case "student_librarian":
      return c.say(c.t("bind_ok_student_librarian"));
  }
}

function sayRefusal(c: Conversation, lib: Library, code: RedeemRefusal, until: unknown): void {
  switch (code) {
    case "invalid_code":
      return c.say(
        c.t("bind_invalid_code", { max: MAX_BIND_FAILURES, minutes: BIND_LOCK_MINUTES }),
      );
    case "expired":
      return c.say(c.t("bind_expired", { days: CODE_VALID_DAYS }));
    case "used_up":
      return c.say(c.t("bind_used_up"));
    case "locked": {
      const at = typeof until === "string" ? new Date(until) : undefined;
      const time = at ? clockIn(lib.timezone, at) : "";
      return c.say(c.t("bind_locked", { time }));
    }
  }
}

/**
 * 绑定 CODE (/bind, /start CODE): links this chat account with a code slip. Codes are never
 * taken in a group — whoever reads the group could use them — so there it only points to a
 * private chat and writes nothing. Without a code it asks for one.
 */
export const bindDialog =
  ({ lib, hooks }: DialogDeps): IntentDialog =>
  async (c, { args, chat }) => {
    if (chat.isGroup) return c.say(c.t("bind_in_group"));
    const code = args.trim() ? args : stripCommand(await c.ask(c.t("bind_ask")));
    const who = { platform: chat.platform, userId: chat.userId };
    const result = await c.act(async () => {
      const r = await redeem(lib, who, code);
      if (r.ok) await hooks.rolesChanged?.(who);
      return r;
    });
    if (result.ok) sayBound(c, result.value);
    else sayRefusal(c, lib, result.code, result.detail?.["until"]);
  };
