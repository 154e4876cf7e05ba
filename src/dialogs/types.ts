import type { Locale, TextKey, TextParams } from "./texts/index.ts";

/** One incoming message or button press, the same for every platform. */
export interface Inbound {
  platform: string;
  chatId: string;
  userId: string;
  isGroup: boolean;
  text?: string;
  /** A button press: the menu it belongs to and the chosen id. */
  choice?: { menuId: string; id: string };
  /** The platform's update id, for dedupe by adapters. */
  updateId?: string;
  /** The bot was @-mentioned (group chats). */
  mentioned?: boolean;
}

/** One option of a menu: a short id (travels in Telegram callback data) and what users read. */
export interface Choice {
  id: string;
  label: string;
}

/**
 * One outgoing message. `menuId` is set whenever `choices` are: adapters send it with the
 * chosen id (Telegram callback data `menuId:id`, ≤ 64 bytes) so a stale button is recognised.
 */
export interface Reply {
  text: string;
  choices?: Choice[];
  menuId?: string;
}

export interface ChooseOptions {
  /**
   * When the user types text that is no answer to the menu, end the dialog and let the router
   * handle the text as a fresh message (e.g. a new search under a list of hits) instead of
   * re-prompting "please answer 1–n".
   */
  textFallthrough?: boolean;
}

/**
 * What a dialog sees. Dialogs are linear async functions that are replayed from their log on
 * every turn: everything not deterministic (any core call, any clock read) goes through `act`.
 */
export interface Conversation {
  readonly locale: Locale;
  /** Queues text for this turn; the texts of a turn go out joined by newlines. */
  say(text: string): void;
  /** Shows the prompt and waits for the user's next text message. */
  ask(prompt: string): Promise<string>;
  /**
   * Shows a menu and waits for a choice: a button of this menu or its number typed as text.
   * Resolves with the chosen id. Ids are short (≤ 48 bytes) and unique within the menu.
   */
  choose(prompt: string, choices: Choice[], opts?: ChooseOptions): Promise<string>;
  /**
   * Runs `fn` once: on replays its recorded result is returned instead. The result must be
   * JSON (it is stored); the first run sees the same JSON round-tripped value as replays.
   */
  act<R>(fn: () => R | Promise<R>): Promise<R>;
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
