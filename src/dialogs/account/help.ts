import type { Actor } from "../../core/actor.ts";
import { helpLinesFor, rolesOf } from "../commands.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { TextKey } from "../texts/index.ts";
import type { Conversation } from "../types.ts";

/** The command lines for an actor's roles, in menu order, each once (src/dialogs/commands.ts). */
export function helpLines(actor: Actor): TextKey[] {
  return helpLinesFor(rolesOf(actor));
}

function isBound(actor: Actor): boolean {
  return (
    actor.patronIds.length > 0 ||
    actor.classIds.length > 0 ||
    actor.isLibrarian ||
    actor.isStudentLibrarian
  );
}

function groupHelp(c: Conversation, actor: Actor): void {
  c.say(c.t("help_group_intro"));
  c.say(c.t("help_group_rota"));
  c.say(c.t("help_group_new"));
  c.say(c.t("help_group_search"));
  if (actor.classIds.length === 0) c.say(c.t("help_group_unlinked"));
}

/**
 * 帮助: what this account can do, built from its actor alone (no reads). Unbound accounts learn
 * how to bind; a group sees only the group commands, and how to link it when it is unlinked.
 */
export const helpDialog =
  (_deps: DialogDeps): IntentDialog =>
  async (c, { actor, chat }) => {
    if (chat.isGroup || actor.kind === "group") return groupHelp(c, actor);
    if (!isBound(actor)) {
      c.say(c.t("help_unbound"));
      c.say(c.t("help_cmd_search"));
      c.say(c.t("help_cmd_settings"));
      return;
    }
    c.say(c.t("help_intro"));
    for (const line of helpLines(actor)) c.say(c.t(line));
    // The librarian's list is the longest: the command-line hint shares the footer's line.
    c.say(c.t(actor.isLibrarian ? "help_cli_footer" : "help_footer"));
  };
