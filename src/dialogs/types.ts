import type { Locale } from "../locale.ts";
import type { Choice, ReplyFile } from "../messages.ts";
import type { TextKey, TextParams } from "./texts/index.ts";

// The neutral message types moved to src/messages.ts; re-exported for the files that still
// import them from here.

export interface ChooseOptions {
  /**
   * When the user types text that is no answer to the menu, end the dialog and let the router
   * handle the text as a fresh message (e.g. a new search under a list of hits) instead of
   * re-prompting "please answer 1–n".
   */
  textFallthrough?: boolean;
  /**
   * Text matching this (and neither a number nor a label of the menu) is an answer too, and
   * `choose` resolves with the text as typed: a class name typed at a menu of classes.
   */
  typed?: RegExp;
  /**
   * The language the dialog speaks now, when it is not the one it began in (设置 after a
   * language switch): 上一步 / 取消 beside the menu and the engine's answers to it use it.
   */
  locale?: Locale;
}

/** What a value of type T is after `JSON.parse(JSON.stringify(value))`. */
export type Jsonify<T> = T extends string | number | boolean | null
  ? T
  : T extends undefined | ((...args: never[]) => unknown)
    ? undefined
    : T extends Date
      ? string
      : T extends readonly (infer U)[]
        ? Jsonify<U>[]
        : T extends object
          ? { [K in keyof T]: Jsonify<Exclude<T[K], undefined>> }
          : never;

export interface AskOptions {
  only?: RegExp;
}

/**
 * What a dialog sees. Dialogs are linear async functions that are replayed from their log on
 * every turn: everything not deterministic (any core call, any clock read) goes through `act`.
 */
export interface Conversation {
  readonly locale: Locale;
  /** Queues text for this turn; the texts of a turn go out joined by newlines. */
  say(text: string): void;
  /** Sends a file this turn (before its texts), with `caption` as its message. */
  attach(file: ReplyFile, caption: string): void;
  /** Sends a picture (a PNG chart) this turn (before its texts), with `caption` as its message. */
  picture(image: ReplyFile, caption: string): void;
  /**
   * Shows the prompt and waits for the user's next text message. With `only`, text it does
   * not match ends the dialog and is handled as a fresh message (a command, a search): a
   * dialog may stay open for one kind of follow-up ("3-1" after 排班) without trapping the rest.
   */
  ask(prompt: string, opts?: AskOptions): Promise<string>;
  /**
   * Shows a menu and waits for a choice: a button of this menu or its number typed as text.
   * Resolves with the chosen id. Ids are short (≤ 48 bytes) and unique within the menu.
   */
  choose(prompt: string, choices: Choice[], opts?: ChooseOptions): Promise<string>;
  /**
   * Runs `fn` once: on replays its recorded result is returned instead. The result is stored
   * as JSON, so what comes back (on the first run too) is the JSON round trip: `Jsonify<R>`
   * (a Date becomes its ISO string, undefined properties vanish).
   */
  act<R>(fn: () => R | Promise<R>): Promise<Jsonify<R>>;
  /** The text for a key in this conversation's locale. */
  t<K extends TextKey>(key: K, ...params: TextParams<K>): string;
}

/** A dialog: a linear async function of a conversation and JSON arguments. */
export type Dialog<A> = (c: Conversation, args: A) => Promise<void>;

/** Starts a dialog by name; any dialog waiting in the same chat for the same user is dropped. */
export interface DialogStart {
  dialog: string;
  args: unknown;
  locale: Locale;
}
