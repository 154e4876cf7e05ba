import { addDays, daysBetween, weekdayOf } from "./dates.ts";
import type { IsoDate } from "./dates.ts";

export interface TermDates {
  name: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

/**
 * The school calendar: which days the library is open and which term a date falls in.
 * Due dates and hold pickup deadlines are counted on it, so a book is never due on a closed day.
 */
export class SchoolCalendar {
  private readonly closed: ReadonlySet<IsoDate>;

  constructor(
    closedDays: Iterable<IsoDate>,
    private readonly closedWeekdays: readonly number[] = [6, 7],
    readonly terms: readonly TermDates[] = [],
  ) {
    this.closed = new Set(closedDays);
    if (this.closedWeekdays.length >= 7)
      throw new RangeError("the library must open on some weekday");
  }

  isOpen(date: IsoDate): boolean {
    return !this.closed.has(date) && !this.closedWeekdays.includes(weekdayOf(date));
  }

  /** `date` itself when open, otherwise the next open day. */
  openOnOrAfter(date: IsoDate): IsoDate {
    let d = date;
    // A closed-day list can span a holiday of several weeks; a year bounds any real calendar.
    for (let i = 0; i < 366 && !this.isOpen(d); i++) d = addDays(d, 1);
    return d;
  }

  /**
   * `date` itself when open, otherwise the last open day before it (a month back at most, then
   * `date`): a term's last open day, by which books come back.
   */
  openOnOrBefore(date: IsoDate): IsoDate {
    let d = date;
    for (let i = 0; i < 31 && !this.isOpen(d); i++) d = addDays(d, -1);
    return this.isOpen(d) ? d : date;
  }

  /** The `n`th open day after `date` (n ≥ 1). */
  addOpenDays(date: IsoDate, n: number): IsoDate {
    let d = date;
    for (let left = n; left > 0; left--) d = this.openOnOrAfter(addDays(d, 1));
    return d;
  }

  /** A due date `days` calendar days after `from`, moved off closed days. */
  dueDate(from: IsoDate, days: number): IsoDate {
    return this.openOnOrAfter(addDays(from, days));
  }

  termOf(date: IsoDate): TermDates | undefined {
    return this.terms.find((t) => t.startsOn <= date && date <= t.endsOn);
  }

  /** Open days strictly after `from` up to and including `to`. */
  openDaysBetween(from: IsoDate, to: IsoDate): number {
    let n = 0;
    for (let i = 1; i <= daysBetween(from, to); i++) if (this.isOpen(addDays(from, i))) n++;
    return n;
  }
}
