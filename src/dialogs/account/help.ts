import type { Actor } from "../../core/actor.ts";
import type { DialogDeps, IntentDialog } from "../intent.ts";
import type { TextKey } from "../texts/index.ts";
import type { Conversation } from "../types.ts";

type HelpLine = Extract<TextKey, `help_cmd_${string}`>;

const readerLines: HelpLine[] = [
  "help_cmd_search",
  "help_cmd_mine",
  "help_cmd_renew",
  "help_cmd_reserve",
  "help_cmd_new",
  "help_cmd_overdue",
  "help_cmd_rota",
];

/** The command lines for an actor's roles, in menu order, each once. */
export function helpLines(actor: Actor): HelpLine[] {
  const lines: HelpLine[] = [];
  const teacher = actor.classIds.length > 0;
  if (actor.patronIds.length > 0 || teacher) {
    // A teacher's 逾期 is the class list, not their own loans.
    const overdue: HelpLine = teacher ? "help_cmd_overdue_class" : "help_cmd_overdue";
    lines.push(...readerLines.map((l) => (l === "help_cmd_overdue" ? overdue : l)));
  }
  if (teacher) lines.push("help_cmd_stats", "help_cmd_link");
  if (actor.isStudentLibrarian) lines.push("help_cmd_duty", "help_cmd_desk_duty");
  if (actor.isLibrarian) {
    lines.push("help_cmd_search", "help_cmd_new", "help_cmd_desk", "help_cmd_charges");
    lines.push("help_cmd_stats", "help_cmd_helper");
    lines.push("help_cmd_broadcast", "help_cmd_activity", "help_cmd_suggestions");
  }
  lines.push("help_cmd_settings");
  if (!actor.isLibrarian) lines.push("help_cmd_suggest");
  return [...new Set(lines)];
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
    if (actor.isLibrarian) c.say(c.t("help_cli"));
    c.say(c.t("help_footer"));
  };
