import { weekdayOf } from "../core/dates.ts";
import type { DemoClassRow, DemoRotaRow } from "../db/demo-rows.ts";
import type { DemoDays } from "./days.ts";
import type { DemoPerson } from "./school.ts";

/** Start times of the 40-minute class borrowing slots of a school day. */
const slotStarts = ["08:00", "08:50", "09:40", "10:30", "11:20", "14:00", "14:50", "15:40"];

function plusMinutes(clock: string, minutes: number): string {
  const [h = 0, m = 0] = clock.split(":").map(Number);
  const t = h * 60 + m + minutes;
  return `${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`;
}

/** Weekdays (1–7) the library opens, read off the next eight weeks of the calendar. */
export function openWeekdays(days: DemoDays): number[] {
  const open = new Set<number>();
  for (const d of days.openDates(days.today, days.plus(55))) {
    if (days.calendar.isOpen(d)) open.add(weekdayOf(d));
  }
  const list = [...open].sort((a, b) => a - b);
  return list.length > 0 ? list : [1, 2, 3, 4, 5];
}

const row = (
  kind: "slot" | "grade_day" | "duty",
  weekday: number,
  start: string,
  end: string,
  more: Partial<DemoRotaRow> = {},
): DemoRotaRow => ({
  kind,
  className: null,
  grades: "",
  cardNumber: null,
  weekday,
  start,
  end,
  weeks: "every",
  ...more,
});

/**
 * One borrowing slot a week per class, spread over the open weekdays; when a school has more
 * classes than slots, two classes share a slot in odd and even weeks.
 */
function classSlots(classes: readonly DemoClassRow[], weekdays: readonly number[]): DemoRotaRow[] {
  const capacity = weekdays.length * slotStarts.length;
  const shared = classes.length > capacity;
  return classes.map((c, i) => {
    const n = i % capacity;
    const start = slotStarts[Math.floor(n / weekdays.length)] ?? "08:00";
    const weeks =
      !shared || n >= classes.length - capacity ? "every" : i < capacity ? "odd" : "even";
    const weekday = weekdays[n % weekdays.length] ?? 1;
    return row("slot", weekday, start, plusMinutes(start, 40), { className: c.name, weeks });
  });
}

/** Classes 6-1 and 5-1 share an extra late slot on the last open weekday, in turns. */
function extraSlots(weekdays: readonly number[]): DemoRotaRow[] {
  const weekday = weekdays[weekdays.length - 1] ?? 5;
  return [
    row("slot", weekday, "16:30", "17:10", { className: "6-1", weeks: "odd" }),
    row("slot", weekday, "16:30", "17:10", { className: "5-1", weeks: "even" }),
  ];
}

/** Lunchtime open days for grades 1–2, 3–4 and 5–6. */
function gradeDays(weekdays: readonly number[]): DemoRotaRow[] {
  return ["1,2", "3,4", "5,6"].map((grades, i) =>
    row("grade_day", weekdays[(i * 2) % weekdays.length] ?? 1, "12:00", "13:00", { grades }),
  );
}

/**
 * The helper is on duty all day every open weekday; the other student librarians each have a
 * lunch shift and an after-school shift.
 */
function duties(librarians: readonly DemoPerson[], weekdays: readonly number[]): DemoRotaRow[] {
  const [helper, ...others] = librarians;
  const rows = helper
    ? weekdays.map((d) => row("duty", d, "07:30", "17:30", { cardNumber: helper.cardNumber }))
    : [];
  others.forEach((p, i) => {
    const card = { cardNumber: p.cardNumber };
    rows.push(row("duty", weekdays[i % weekdays.length] ?? 1, "12:00", "12:50", card));
    rows.push(row("duty", weekdays[(i + 2) % weekdays.length] ?? 1, "16:10", "17:00", card));
  });
  return rows;
}

/** The weekly rota: class slots, grade open days and student librarians' duty shifts. */
export function planRota(
  days: DemoDays,
  classes: readonly DemoClassRow[],
  librarians: readonly DemoPerson[],
): DemoRotaRow[] {
  const weekdays = openWeekdays(days);
  return [
    ...classSlots(classes, weekdays),
    ...extraSlots(weekdays),
    ...gradeDays(weekdays),
    ...duties(librarians, weekdays),
  ];
}
