import { SchoolCalendar } from "../../src/core/calendar.ts";
import type { Library } from "../../src/core/library.ts";
import { defaultPolicy } from "../../src/core/policy.ts";
import type { Policy } from "../../src/core/policy.ts";
import { freshDb, freshSqliteDb } from "./db.ts";

/** A settable clock for tests. */
export class FakeClock {
  constructor(private at: Date) {}
  now = (): Date => new Date(this.at);
  set(iso: string | Date): void {
    this.at = new Date(iso);
  }
  advanceDays(days: number): void {
    this.at = new Date(this.at.getTime() + days * 86_400_000);
  }
}

/**
 * A library on a fresh temp database with a fake clock. Defaults: the default policy,
 * weekends closed, no holidays, clock at Wednesday 2026-09-09 10:00 Asia/Shanghai.
 */
export async function testLibrary(
  opts: {
    at?: string;
    policy?: Policy;
    closedDays?: string[];
    closedWeekdays?: number[];
    /** On SQLite whatever the run's database (tests of SQLite files: backups). */
    sqlite?: boolean;
  } = {},
): Promise<Library & { clock: FakeClock }> {
  const { db } = opts.sqlite ? await freshSqliteDb() : await freshDb();
  const clock = new FakeClock(new Date(opts.at ?? "2026-09-09T10:00:00+08:00"));
  return {
    db,
    policy: opts.policy ?? defaultPolicy,
    calendar: new SchoolCalendar(opts.closedDays ?? [], opts.closedWeekdays ?? [6, 7], [
      { name: "2026秋", startsOn: "2026-09-01", endsOn: "2027-01-20" },
    ]),
    timezone: "Asia/Shanghai",
    now: clock.now,
    clock,
  };
}
