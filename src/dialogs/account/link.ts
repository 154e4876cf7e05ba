import { actorFor } from "../../core/bindings/actor.ts";
import { linkGroup } from "../../core/bindings/link-group.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";

/**
 * 绑定班级 3-2 (/link 3-2) in a class group: links the group to the class. The group's own actor
 * is the class it is linked to, so the right to link comes from the sender's account (the
 * class teacher or the librarian), built inside the act. In a private chat it explains where
 * to send it.
 */
export const linkDialog =
  ({ lib }: DialogDeps): IntentDialog =>
  async (c, { args, chat }) => {
    if (!chat.isGroup) return c.say(c.t("link_private"));
    const className = (args.trim() || (await c.ask(c.t("link_ask")))).trim();
    const result = await c.act(async () => {
      const sender = await actorFor(lib, { platform: chat.platform, userId: chat.userId });
      return linkGroup(lib, sender, { platform: chat.platform, chatId: chat.chatId, className });
    });
    if (result.ok) return c.say(c.t("link_ok", { className: result.value.className }));
    if (result.code === "unknown_class")
      return c.say(c.t("link_unknown_class", { name: className }));
    c.say(c.t("link_not_your_class", { name: className }));
  };
