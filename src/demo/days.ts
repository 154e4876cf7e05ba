import type { SchoolCalendar, TermDates } from "../core/calendar.ts";
import { addDays, daysBetween, instantOf } from "../core/dates.ts";
import type { IsoDate } from "../core/dates.ts";
import type { Rng } from "./random.ts";

/**
 * Dates and instants of the demo, all relative to the library's today. Converting a school
 * date to an instant goes through the time zone once per date (cached), since the past loans
 * need hundreds of thousands of them.
 */
export class DemoDays {
  private readonly starts = new Map<IsoDate, number>();

  constructor(
    readonly today: IsoDate,
    readonly now: Date,
    readonly calendar: SchoolCalendar,
    private readonly timezone: string,
    /** The term the demo is set in. */
    readonly term: TermDates,
  ) {}

  /** The instant `minutes` after midnight of `date` in the school's time zone. */
  at(date: IsoDate, minutes: number): Date {
    let start = this.starts.get(date);
    if (start === undefined) {
      start = instantOf(this.timezone, date).getTime();
      this.starts.set(date, start);
    }
    return new Date(start + minutes * 60_000);
  }

  /** `at`, but never later than now (a planned moment of today may not have come yet). */
  atOrNow(date: IsoDate, minutes: number): Date {
    const t = this.at(date, minutes);
    return t > this.now ? new Date(this.now) : t;
  }

  /** Today plus `n` days (negative for the past). */
  plus(n: number): IsoDate {
    return addDays(this.today, n);
  }

  /** Every date from `lo` to `hi` that the library is open, or every date when none is. */
  openDates(lo: IsoDate, hi: IsoDate): IsoDate[] {
    const all = Array.from({ length: Math.max(0, daysBetween(lo, hi) + 1) }, (_, i) =>
      addDays(lo, i),
    );
    const open = all.filter((d) => this.calendar.isOpen(d));
    return open.length > 0 ? open : all;
  }

  /** A random open date in [lo, hi] (any date there when none is open). */
  pickOpen(rng: Rng, lo: IsoDate, hi: IsoDate): IsoDate {
    const dates = this.openDates(lo, hi > lo ? hi : lo);
    return rng.pick(dates);
  }

  /** The last open day strictly before `date` (within a year; else the day before). */
  lastOpenBefore(date: IsoDate): IsoDate {
    for (let i = 1; i <= 366; i++) {
      const d = addDays(date, -i);
      if (this.calendar.isOpen(d)) return d;
    }
    return addDays(date, -1);
  }

  /** `date` when open, else the last open day before it. */
  openOnOrBefore(date: IsoDate): IsoDate {
    return this.calendar.isOpen(date) ? date : this.lastOpenBefore(date);
  }
}
