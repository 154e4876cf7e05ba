import { actorFor, actorForGroup } from "../core/bindings/actor.ts";
import type { Library } from "../core/library.ts";
import { loadPreferences } from "../core/members/preferences.ts";
import { KeyedQueue } from "./engine/key-queue.ts";
import { DialogRegistry } from "./engine/registry.ts";
import { DialogRuntime } from "./engine/runtime.ts";
import type { IntentArgs, RegisterDialogs } from "./intent.ts";
import { route } from "./router.ts";
import { isLocale, t } from "./texts/index.ts";
import type { Locale } from "./texts/index.ts";
import type { Inbound, Reply } from "./types.ts";

/** A short number with no menu open is a stale menu answer, not a search (ISBNs are longer). */
const menuNumber = /^[0-9０-９]{1,3}$/;

export interface BotOptions {
  lib: Library;
  /** Area registrations (src/dialogs/*-dialogs.ts). */
  areas: RegisterDialogs[];
  defaultLocale: Locale;
  /** The bot's username: `/cmd@name` in groups. */
  botName?: string;
  idleMs?: number;
}

/**
 * The one entry point every adapter feeds: resumes a waiting dialog, or routes the message to
 * an intent dialog with the actor built from the account's bindings. In a group the bot acts
 * only when mentioned, addressed by a slash command, or answering its own waiting menu.
 */
export class Bot {
  readonly runtime: DialogRuntime;
  private readonly queue = new KeyedQueue();

  constructor(private readonly opts: BotOptions) {
    const registry = new DialogRegistry();
    for (const register of opts.areas) register(registry, { lib: opts.lib });
    this.runtime = new DialogRuntime({
      db: opts.lib.db,
      registry,
      now: opts.lib.now,
      defaultLocale: opts.defaultLocale,
      ...(opts.idleMs === undefined ? {} : { idleMs: opts.idleMs }),
    });
  }

  /** Answers one inbound message; messages of one user in one chat are handled in order. */
  handle(inbound: Inbound): Promise<Reply[]> {
    const key = `${inbound.platform}\u0000${inbound.chatId}\u0000${inbound.userId}`;
    return this.queue.run(key, () => this.answer(inbound));
  }

  private async answer(inbound: Inbound): Promise<Reply[]> {
    const text = inbound.text ?? "";
    const r = inbound.choice ? null : route(text, this.opts.botName);
    // A command typed while a dialog waits starts the new dialog (the old one is dropped);
    // anything else is first offered to the waiting dialog as its answer.
    if (!r?.exact || r.intent === "cancel") {
      const resumed = await this.runtime.handle(inbound);
      if (resumed) return resumed;
    }
    const locale = await this.localeOf(inbound);
    if (inbound.choice) return [{ text: t(locale, "menu_expired") }];
    const addressed = !inbound.isGroup || inbound.mentioned === true || text.trim().startsWith("/");
    if (!addressed) return [];
    if (!r) return inbound.isGroup ? [] : [{ text: t(locale, "empty_message") }];
    if (r.intent === "search" && menuNumber.test(r.args)) {
      return [{ text: t(locale, "no_menu_open") }];
    }
    const args: IntentArgs = {
      actor: await this.actorOf(inbound),
      args: r.args,
      chat: {
        platform: inbound.platform,
        chatId: inbound.chatId,
        userId: inbound.userId,
        isGroup: inbound.isGroup,
      },
    };
    return this.runtime.handle(inbound, { dialog: r.intent, args, locale });
  }

  private actorOf(inbound: Inbound) {
    const { lib } = this.opts;
    return inbound.isGroup
      ? actorForGroup(lib, { platform: inbound.platform, chatId: inbound.chatId })
      : actorFor(lib, { platform: inbound.platform, userId: inbound.userId });
  }

  private async localeOf(inbound: Inbound): Promise<Locale> {
    const prefs = await loadPreferences(this.opts.lib, inbound);
    return isLocale(prefs.locale) ? prefs.locale : this.opts.defaultLocale;
  }
}
