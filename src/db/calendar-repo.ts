import type { CalendarConfig } from "../core/policy.ts";
import type { Db } from "./client.ts";

/** Stores the configured terms and closed days (config is the source; the table mirrors it). */
export async function saveCalendar(db: Db, cal: CalendarConfig): Promise<void> {
  await db.$transaction([
    ...cal.terms.map((t) => db.term.upsert({ where: { name: t.name }, create: t, update: t })),
    ...cal.closedDays.map((date) =>
      db.closedDay.upsert({ where: { date }, create: { date }, update: {} }),
    ),
  ]);
}

export async function loadCalendarRows(db: Db) {
  const [terms, closed] = await Promise.all([
    db.term.findMany({
      select: { name: true, startsOn: true, endsOn: true },
      orderBy: { startsOn: "asc" },
    }),
    db.closedDay.findMany({ select: { date: true } }),
  ]);
  return { terms, closedDays: closed.map((c) => c.date) };
}
