import { actorForGroup } from "../core/bindings/actor.ts";
import { memberContext } from "../core/bindings/member-context.ts";
import { GroupPresence } from "../core/members/group-presence.ts";
import type { Library } from "../core/library.ts";
import { DialogRegistry } from "./engine/registry.ts";
import { DialogRuntime } from "./engine/runtime.ts";
import type { TurnScope } from "./engine/turn-scope.ts";
import { quietHooks } from "./intent.ts";
import type { DialogHooks, IntentArgs, RegisterDialogs } from "./intent.ts";
import { route } from "./router.ts";
import type { Route } from "./router.ts";
import { t } from "./texts/index.ts";
import { isLocale } from "../locale.ts";
import type { Locale } from "../locale.ts";
import type { DialogStart } from "./types.ts";
import type { Inbound, Reply } from "../messages.ts";

/** A short number with no menu open is a stale menu answer, not a search (ISBNs are longer). */
const menuNumber = /^[0-9０-９]{1,3}$/;
/**
 * Half of a surrogate pair (a platform cutting text by UTF-16 units) and NUL: the databases
 * refuse them (PostgreSQL any NUL in text), so they become U+FFFD.
 */
// eslint-disable-next-line no-control-regex -- NUL is the character to replace
const unstorable = /[\p{Cs}\u0000]/gu;

export interface BotOptions {
  lib: Library;
  /** Area registrations (src/dialogs/*-dialogs.ts). */
  areas: RegisterDialogs[];
  defaultLocale: Locale;
  /** The bot's username: `/cmd@name` in groups. */
  botName?: string;
  idleMs?: number;
  /** Effects beyond the reply (hold-ready notices); default: none. */
  hooks?: DialogHooks;
}

/**
 * The one entry point every adapter feeds: resumes a waiting dialog, or routes the message to
 * an intent dialog with the actor built from the account's bindings. In a group the bot acts
 * only when mentioned, addressed by a slash command, or answering its own waiting menu.
 */
export class Bot {
  readonly runtime: DialogRuntime;
  private readonly hooks: DialogHooks;
  private readonly presence: GroupPresence;

  constructor(private readonly opts: BotOptions) {
    const registry = new DialogRegistry();
    this.hooks = opts.hooks ?? quietHooks;
    this.presence = new GroupPresence(opts.lib);
    const deps = { lib: opts.lib, hooks: this.hooks };
    for (const register of opts.areas) register(registry, deps);
    this.runtime = new DialogRuntime({
      db: opts.lib.db,
      registry,
      now: opts.lib.now,
      defaultLocale: opts.defaultLocale,
      ...(opts.idleMs === undefined ? {} : { idleMs: opts.idleMs }),
    });
  }

  /** The library the bot answers from. */
  get lib(): Library {
    return this.opts.lib;
  }

  /**
   * Answers one inbound message. The inbound gate passes the turn's scope (its dialog state is
   * committed with the replies, its core writes receipted) and keeps the messages of a chat in
   * order; without a scope (tests, tools) the state is written at once.
   */
  async handle(inbound: Inbound, scope?: TurnScope): Promise<Reply[]> {
    const text = inbound.text?.replace(unstorable, "\ufffd");
    const clean = text === undefined ? inbound : { ...inbound, text };
    await this.hooks.heardFrom(inbound.platform, inbound.chatId);
    // Who is in a group is noted (class notices skip their private copy); joins say nothing.
    if (inbound.isGroup) await this.presence.note(inbound);
    if (inbound.members) return [];
    return this.answer(clean, scope);
  }

  private async answer(inbound: Inbound, scope: TurnScope | undefined): Promise<Reply[]> {
    const text = inbound.text ?? "";
    const r = inbound.choice ? null : route(text, this.opts.botName);
    const next = () => this.decide(inbound, text, r);
    // A command typed while a dialog waits starts the new dialog (the old one is dropped);
    // anything else is first offered to the waiting dialog as its answer.
    if (!r?.exact || r.intent === "cancel") return this.runtime.offer(inbound, next, scope);
    const decided = await next();
    return Array.isArray(decided) ? decided : this.runtime.handle(inbound, decided, scope);
  }

  /**
   * What a message no waiting dialog took gets: the intent's dialog to start, or replies.
   * The account (actor and language) is read once, and not at all for group chatter the bot
   * is not addressed in.
   */
  private async decide(
    inbound: Inbound,
    text: string,
    r: Route | null,
  ): Promise<DialogStart | Reply[]> {
    const addressed = !inbound.isGroup || inbound.mentioned === true || text.trim().startsWith("/");
    if (!inbound.choice && !addressed) return [];
    const { lib, defaultLocale } = this.opts;
    const member = await memberContext(lib, { platform: inbound.platform, userId: inbound.userId });
    const locale = isLocale(member.locale) ? member.locale : defaultLocale;
    if (inbound.choice) return [{ text: t(locale, "menu_expired"), expired: true }];
    if (!r) return inbound.isGroup ? [] : [{ text: t(locale, "empty_message") }];
    if (r.intent === "search" && menuNumber.test(r.args)) {
      return [{ text: t(locale, "no_menu_open") }];
    }
    const group = { platform: inbound.platform, chatId: inbound.chatId };
    const args: IntentArgs = {
      actor: inbound.isGroup ? await actorForGroup(lib, group) : member.actor,
      args: r.args,
      chat: {
        platform: inbound.platform,
        chatId: inbound.chatId,
        userId: inbound.userId,
        isGroup: inbound.isGroup,
      },
    };
    return { dialog: r.intent, args, locale };
  }
}
