import type { Actor } from "../core/actor.ts";
import type { Library } from "../core/library.ts";
import type { DialogRegistry } from "./engine/registry.ts";
import type { Dialog } from "./types.ts";

/** Where a message came from; stored with the dialog, so it is JSON. */
export interface ChatRef {
  platform: string;
  chatId: string;
  userId: string;
  isGroup: boolean;
}

/** A group chat, or a group actor: nothing personal is shown or done here. */
export function isGroupChat(chat: ChatRef, actor: Actor): boolean {
  return chat.isGroup || actor.kind === "group";
}

/**
 * What every intent dialog starts with: the actor built from the account's bindings when the
 * message arrived (never from the message), the words after the command, and the chat.
 */
export interface IntentArgs {
  actor: Actor;
  args: string;
  chat: ChatRef;
}

/** Effects a dialog sets off beyond its reply, wired by the composition root. */
export interface DialogHooks {
  /** A copy was set aside for a reader's hold: tell them (queues the notice; never throws). */
  holdReady(holdId: number): Promise<void>;
  /** A message came from this chat, so it can be reached again (it may have blocked us). */
  heardFrom(platform: string, chatId: string): Promise<void>;
  /**
   * An account's roles may have changed (it bound a code, or its pupil became or stopped being
   * a student librarian): platforms with role menus update its menu. Never throws.
   */
  rolesChanged?(who: { platform: string; userId: string }): Promise<void>;
}

/** Hooks that do nothing: tests and the terminal demo, where nothing is delivered. */
export const quietHooks: DialogHooks = { holdReady: async () => {}, heardFrom: async () => {} };

/** What intent dialogs close over: the library (database, policy, calendar, clock) and hooks. */
export interface DialogDeps {
  lib: Library;
  hooks: DialogHooks;
}

export type IntentDialog = Dialog<IntentArgs>;

/** Each area file exports one of these; src/dialogs/bot.ts registers them all. */
export type RegisterDialogs = (registry: DialogRegistry, deps: DialogDeps) => void;
