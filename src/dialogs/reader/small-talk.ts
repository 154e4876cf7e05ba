import { commandsFor, groupCommands, rolesOf } from "../commands.ts";
import { commandWord, guessCommands, readText } from "../guess.ts";
import type { IntentArgs } from "../intent.ts";
import type { Choice } from "../../messages.ts";
import type { Conversation, Dialog } from "../types.ts";
import { isGroupChat } from "../intent.ts";

/** Finds a registered dialog by intent, to run the command a user meant inside this dialog. */
export type DialogLookup = (intent: string) => Dialog<IntentArgs> | undefined;

const ANYWAY = "none";

/** Answers a greeting, an emoji or a lone letter kindly, with 帮助; true when it did. */
export function answerSmallTalk(c: Conversation, text: string): boolean {
  const reading = readText(text);
  if (reading === "text") return false;
  c.say(c.t(reading === "greeting" ? "guess_greeting" : "guess_tiny"));
  return true;
}

/**
 * After a search found nothing: offers the commands the text looks like ("你是想…吗？") and runs
 * the one chosen, or points to 帮助 when it looks like none.
 */
export async function offerCommands(
  c: Conversation,
  { actor, args, chat }: IntentArgs,
  dialogOf: DialogLookup,
): Promise<void> {
  const allowed = isGroupChat(chat, actor) ? groupCommands() : commandsFor(rolesOf(actor));
  const guesses = guessCommands(args, allowed).filter((i) => dialogOf(i) !== undefined);
  if (guesses.length === 0) return c.say(c.t("guess_help_hint"));
  const choices: Choice[] = guesses.map((i) => ({ id: i, label: commandWord(i, c.locale) }));
  choices.push({ id: ANYWAY, label: c.t("guess_none") });
  const words = choices.slice(0, -1).map((x) => `“${x.label}”`);
  const picked = await c.choose(c.t("guess_did_you_mean", { words: words.join(" / ") }), choices, {
    textFallthrough: true,
  });
  const dialog = picked === ANYWAY ? undefined : dialogOf(picked);
  if (!dialog) return c.say(c.t("guess_help_hint"));
  await dialog(c, { actor, args: "", chat });
}
