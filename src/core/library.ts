import type { Db } from "../db/client.ts";
import type { SchoolCalendar } from "./calendar.ts";
import { dateIn } from "./dates.ts";
import type { IsoDate } from "./dates.ts";
import type { Policy } from "./policy.ts";

/**
 * Everything a core operation needs besides the actor: the database, the rules, the school
 * calendar and a clock (tests pass a fake one).
 */
export interface Library {
  db: Db;
  policy: Policy;
  calendar: SchoolCalendar;
  timezone: string;
  now: () => Date;
}

/** Today's date in the school's time zone. */
export function today(lib: Library): IsoDate {
  return dateIn(lib.timezone, lib.now());
}
