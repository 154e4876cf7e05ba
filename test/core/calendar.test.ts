import { expect, test } from "vitest";
import { SchoolCalendar } from "../../src/core/calendar.ts";
import { dateIn } from "../../src/core/dates.ts";

const cal = new SchoolCalendar(["2026-10-01", "2026-10-02", "2026-10-05"], [6, 7]);

test("a due date on a weekend moves to the next Monday", () => {
  expect(cal.dueDate("2026-09-05", 7)).toBe("2026-09-14"); // Sat + 7 = Sat → Mon
});

test("a due date in a holiday moves past every closed day", () => {
  expect(cal.dueDate("2026-09-24", 7)).toBe("2026-10-06");
});

test("open days skip weekends and holidays", () => {
  expect(cal.addOpenDays("2026-09-30", 3)).toBe("2026-10-08");
});

test("the last open day on or before a date steps back over weekends and holidays", () => {
  expect(cal.openOnOrBefore("2026-10-06")).toBe("2026-10-06");
  expect(cal.openOnOrBefore("2026-10-05")).toBe("2026-09-30"); // Mon off, weekend, Oct 1–2 off
});

test("the school date follows the school time zone, not UTC", () => {
  expect(dateIn("Asia/Shanghai", new Date("2026-09-09T17:00:00Z"))).toBe("2026-09-10");
});
