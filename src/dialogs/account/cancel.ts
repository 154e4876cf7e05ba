import type { DialogDeps, IntentDialog } from "../intent.ts";

/**
 * 取消 with words after it ("取消 借书"): the runtime answers a plain 取消 itself and leaves
 * any waiting dialog; a message routed here means nothing was waiting, so there is nothing to
 * cancel.
 */
export const cancelDialog =
  (_deps: DialogDeps): IntentDialog =>
  async (c) => {
    c.say(c.t("nothing_to_cancel"));
  };
