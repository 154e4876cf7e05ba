import type { Actor } from "../../core/actor.ts";
import { namedClass } from "../../core/reports/named-class.ts";
import type { DialogDeps } from "../intent.ts";
import type { Conversation } from "../types.ts";

const number = "(?:[0-9０-９]{1,2}|十?[一二三四五六七八九十])";
const grade = "(?:[0-9０-９]{1,2}|[一二三四五六七八九十]|[初高][一二三])";

/**
 * Text that looks like a class name ("3-1", "三年二班", "3年级(2)班", "初一2班"), for a dialog
 * waiting for one; whether the school has it, and whether the asker may see it, is the
 * core's `namedClass` to say.
 */
export const classLike = new RegExp(
  `^${grade}\\s*(?:[-－—]|年级?)\\s*[(（]?\\s*${number}\\s*[)）]?\\s*班?$|^[初高][一二三]\\s*[(（]?[0-9０-９]{1,2}[)）]?班$`,
  "u",
);

/** Who may name a class after 排班/逾期/统计: the librarian and class teachers. */
export const mayNameClass = (actor: Actor): boolean =>
  actor.isLibrarian || actor.classIds.length > 0;

/**
 * The class named in `text` when the actor may see it; otherwise null after saying why (not
 * a class name, no such class, not theirs) and which classes they may see.
 */
export async function classNamed(c: Conversation, deps: DialogDeps, actor: Actor, text: string) {
  const r = await c.act(() => namedClass(deps.lib, actor, text));
  if (r.ok) return r.value;
  const name = String(r.detail?.["name"] ?? text);
  const mine = String(r.detail?.["mine"] ?? "");
  c.say(c.t(`class_${r.code}`, { name, mine }));
  return null;
}

/**
 * After a list, waits for a class name (`hint` says so): the class when one is sent and the
 * actor may see it, null after a refusal. Any other message ends the dialog and is handled
 * as a fresh message (a search, a command).
 */
export async function askFollowUpClass(
  c: Conversation,
  deps: DialogDeps,
  actor: Actor,
  hint: string,
) {
  const text = await c.ask(hint, { only: classLike });
  return classNamed(c, deps, actor, text);
}
