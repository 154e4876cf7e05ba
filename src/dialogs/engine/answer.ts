import { t } from "../texts/index.ts";
import type { Locale } from "../../locale.ts";
import type { Choice, Inbound, Reply } from "../../messages.ts";
import type { Wait } from "./session-state.ts";

/** How an inbound message relates to what the waiting dialog expects. */
export type Answer =
  | { kind: "value"; value: string }
  | { kind: "reprompt"; replies: Reply[] }
  | { kind: "expired" }
  | { kind: "fallthrough" }
  | { kind: "ignored" };

/** `取消`, `cancel`, `/cancel` (also `/cancel@bot`): leave whatever dialog is waiting. */
export function isCancelText(text: string | undefined): boolean {
  const word = text?.trim().toLowerCase();
  return word === "取消" || word === "cancel" || /^\/cancel(@\w+)?$/.test(word ?? "");
}

/** `上一步`, `back`, `/back` (also `/back@bot`): go back to the previous question of the waiting dialog. */
export function isBackText(text: string | undefined): boolean {
  const word = text?.trim().toLowerCase();
  return word === "上一步" || word === "back" || /^\/back(@\w+)?$/.test(word ?? "");
}

/** Full-width digits (common with Chinese input methods) read as ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Matches an inbound message to the wait: a button of the awaited menu, its number or exact
 * label typed as text (or text of the kind the menu also takes, `typed`), or free text for
 * `ask` (falling through when it is not of the kind the ask is `only` for). A button of any
 * other menu has expired.
 */
export function matchAnswer(wait: Wait, inbound: Inbound, locale: Locale): Answer {
  if (inbound.choice) {
    const { menuId, id } = inbound.choice;
    const fits = wait.kind === "choice" && wait.menuId === menuId;
    return fits && optionsOf(wait).some((c) => c.id === id)
      ? { kind: "value", value: id }
      : { kind: "expired" };
  }
  const text = inbound.text?.trim();
  if (!text) return { kind: "ignored" };
  if (wait.kind === "text") {
    const fits = wait.only === undefined || pattern(wait.only).test(text);
    return fits ? { kind: "value", value: text } : { kind: "fallthrough" };
  }
  const digits = asciiDigits(text);
  const n = /^\d{1,3}$/.test(digits) ? Number(digits) : 0;
  const options = optionsOf(wait);
  const chosen = n >= 1 ? options[n - 1] : byLabel(options, text);
  if (chosen) return { kind: "value", value: chosen.id };
  if (wait.typed !== undefined && pattern(wait.typed).test(text)) {
    return { kind: "value", value: text };
  }
  if (wait.textFallthrough && n === 0) return { kind: "fallthrough" };
  const reprompt: Reply = {
    text: t(locale, "choose_number", { n: options.length }),
    choices: wait.choices,
    menuId: wait.menuId,
  };
  if (wait.controls) reprompt.controls = wait.controls;
  return { kind: "reprompt", replies: [reprompt] };
}

/** What a menu answers to, numbered in order: its choices, then 上一步 / 取消 beside them. */
function optionsOf(wait: Extract<Wait, { kind: "choice" }>) {
  return wait.controls ? [...wait.choices, ...wait.controls] : wait.choices;
}

/** The option whose label is the text typed (case aside). */
function byLabel(options: Choice[], text: string): Choice | undefined {
  const typed = text.toLowerCase();
  return options.find((c) => c.label.trim().toLowerCase() === typed);
}

/**
 * The compiled form of a stored pattern (`only`, `typed`). Dialogs have a handful of them, so
 * each is compiled once, not on every answer; the bound only guards against a surprise.
 */
const patterns = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) {
    if (patterns.size >= 64) patterns.clear();
    re = new RegExp(source, "u");
    patterns.set(source, re);
  }
  return re;
}
