import type { Config } from "./config.ts";
import { SchoolCalendar } from "./core/calendar.ts";
import type { Library } from "./core/library.ts";
import { loadCalendarRows, saveCalendar } from "./db/calendar-repo.ts";
import { openDb } from "./db/client.ts";
import type { Db } from "./db/client.ts";
import { migrate } from "./db/migrate.ts";

/** Builds the school calendar from the database (the configured calendar is saved there first). */
export async function loadCalendar(
  db: Db,
  closedWeekdays: readonly number[],
): Promise<SchoolCalendar> {
  const rows = await loadCalendarRows(db);
  return new SchoolCalendar(rows.closedDays, closedWeekdays, rows.terms);
}

/**
 * Opens the library: applies pending migrations, opens the database, stores the configured
 * calendar. Used by the bot, the CLI and the benchmarks alike.
 */
export async function openLibrary(
  config: Config,
  now: () => Date = () => new Date(),
): Promise<Library> {
  await migrate(config.DATABASE_URL);
  const db = await openDb(config.DATABASE_URL);
  await saveCalendar(db, config.calendar);
  return {
    db,
    policy: config.policy,
    calendar: await loadCalendar(db, config.calendar.closedWeekdays),
    timezone: config.SCHOOL_TIMEZONE,
    now,
  };
}
