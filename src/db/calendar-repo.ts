import type { Db } from "./client.ts";

/** The calendar rows the database mirrors: terms and closed days. */
export interface CalendarRows {
  terms: { name: string; startsOn: string; endsOn: string }[];
  closedDays: string[];
}

/** Stores the configured terms and closed days (config is the source; the table mirrors it). */
export async function saveCalendar(db: Db, cal: CalendarRows): Promise<void> {
  await db.$transaction([
    ...cal.terms.map((t) => db.term.upsert({ where: { name: t.name }, create: t, update: t })),
    ...cal.closedDays.map((date) =>
      db.closedDay.upsert({ where: { date }, create: { date }, update: {} }),
    ),
  ]);
}

export async function loadCalendarRows(db: Db): Promise<CalendarRows> {
  const [terms, closed] = await Promise.all([
    db.term.findMany({
      select: { name: true, startsOn: true, endsOn: true },
      orderBy: { startsOn: "asc" },
    }),
    db.closedDay.findMany({ select: { date: true } }),
  ]);
  return { terms, closedDays: closed.map((c) => c.date) };
}
