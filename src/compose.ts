import { bootstrapDemo } from "./cli/demo-bootstrap.ts";
import { loadCalendar, openLibrary } from "./bootstrap.ts";
import type { Config } from "./config.ts";
import type { Library } from "./core/library.ts";
import { dialogAreas } from "./dialogs/areas.ts";
import { Bot } from "./dialogs/bot.ts";
import type { DialogHooks } from "./dialogs/intent.ts";
import { notifyHoldReady } from "./jobs/hold-ready.ts";
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
 * What dialogs set off beyond their own reply: a copy set aside for a reader (a return, a
 * cancelled ready hold, a checkout passing a copy on) queues the hold-ready notice at once and
 * wakes the sender. A failure here is logged and never undoes the desk action.
 */
export function dialogHooks(
  lib: Library,
  config: Config,
  log: Logger,
  wakeDelivery: () => void,
): DialogHooks {
  return {
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
