import { bootstrapDemo } from "./cli/demo-bootstrap.ts";
import { loadCalendar, openLibrary } from "./bootstrap.ts";
import type { Config } from "./config.ts";
import type { Library } from "./core/library.ts";
import { dialogAreas } from "./dialogs/areas.ts";
import { Bot } from "./dialogs/bot.ts";

/** The bot over a library with every intent dialog: what each adapter feeds. */
export function createBot(lib: Library, config: Config, botName?: string): Bot {
  return new Bot({
    lib,
    areas: dialogAreas,
    defaultLocale: config.DEFAULT_LOCALE,
    ...(botName === undefined ? {} : { botName }),
  });
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
