import { bootstrapDemo } from "./cli/demo-bootstrap.ts";
import { loadCalendar, openLibrary } from "./bootstrap.ts";
import type { Config } from "./config.ts";
import type { Library } from "./core/library.ts";
import { RecentlySeen } from "./recently-seen.ts";
import { dialogAreas } from "./dialogs/areas.ts";
import { Bot } from "./dialogs/bot.ts";
import { t } from "./dialogs/texts/index.ts";
import { InboundGate } from "./gate/gate.ts";
import type { DialogHooks } from "./dialogs/intent.ts";
import { notifyHoldReady } from "./jobs/hold-ready.ts";
import { markChatReachable } from "./outbox/unreachable.ts";
import type { Logger } from "./logger.ts";

/** The bot over a library with every intent dialog: what each adapter feeds. */
export function createBot(
  lib: Library,
  config: Config,
  opts: { botName?: string; hooks?: DialogHooks } = {},
): Bot {
  return new Bot({
    lib,
    areas: dialogAreas,
    defaultLocale: config.DEFAULT_LOCALE,
    ...(opts.botName === undefined ? {} : { botName: opts.botName }),
    ...(opts.hooks === undefined ? {} : { hooks: opts.hooks }),
  });
}

/**
 * The inbound gate every adapter feeds, over the library's database and clock; its apology and
 * "continued elsewhere" answer are in the school's language.
 */
export function createGate(lib: Library, config: Config, log: Logger): InboundGate {
  const locale = config.DEFAULT_LOCALE;
  return new InboundGate({
    db: lib.db,
    log,
    now: lib.now,
    words: { apology: t(locale, "apology"), conflict: t(locale, "session_conflict") },
  });
}

/** An account whose roles may have changed (a binding, a 小管 grant). */
export type RolesChanged = (who: { platform: string; userId: string }) => Promise<void>;

/**
 * The platforms that show each account a menu of its roles (Telegram) listen here; a binding
 * or a grant tells them. A listener's failure is logged and never undoes the binding.
 */
export class RoleListeners {
  private readonly listeners: RolesChanged[] = [];
  constructor(private readonly log: Logger) {}

  listen(listener: RolesChanged): void {
    this.listeners.push(listener);
  }

  async tell(who: { platform: string; userId: string }): Promise<void> {
    for (const listener of this.listeners) {
      await listener(who).catch((err: unknown) => this.log.warn({ err }, "menu not updated"));
    }
  }
}

/**
 * What dialogs set off beyond their own reply: a copy set aside for a reader (a return, a
 * cancelled ready hold, a checkout passing a copy on) queues the hold-ready notice at once and
 * wakes the sender. A message from a chat that had blocked the bot makes it reachable again
 * (checked at most hourly per chat). A failure here is logged and never undoes the desk action.
 */
export function dialogHooks(
  lib: Library,
  config: Config,
  log: Logger,
  wakeDelivery: () => void,
  roles: RoleListeners = new RoleListeners(log),
): DialogHooks {
  const heard = new RecentlySeen(lib.now, 3_600_000);
  return {
    rolesChanged: (who) => roles.tell(who),
    heardFrom: async (platform, chatId) => {
      if (heard.seen(`${platform}:${chatId}`)) return;
      try {
        if (await markChatReachable(lib.db, platform, chatId)) wakeDelivery();
      } catch (err) {
        log.error({ err }, "could not mark a chat reachable");
      }
    },
    holdReady: async (holdId) => {
      try {
        await notifyHoldReady(lib, holdId, { defaultLocale: config.DEFAULT_LOCALE });
        wakeDelivery();
      } catch (err) {
        log.error({ err, holdId }, "hold-ready notice not queued");
      }
    },
  };
}

/**
 * Opens the library, building the demo school first when the database is empty (the demo adds
 * a term to the calendar, so the calendar is read again after it).
 */
export async function openDemoLibrary(config: Config): Promise<{ lib: Library; built: boolean }> {
  const lib = await openLibrary(config);
  if (!(await bootstrapDemo(lib))) return { lib, built: false };
  const calendar = await loadCalendar(lib.db, config.calendar.closedWeekdays);
  return { lib: { ...lib, calendar }, built: true };
}
