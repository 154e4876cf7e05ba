import { describe, expect, it } from "vitest";
import { parseActivityDate } from "../../../src/core/activities/activity-date.ts";

const today = "2026-09-09";

describe("parseActivityDate", () => {
  it.each([
    ["2026-10-08", "2026-10-08"],
    ["2026/10/8", "2026-10-08"],
    ["2026年10月8日", "2026-10-08"],
    ["２０２６－１０－０８", "2026-10-08"],
    ["2026-09-01", "2026-09-01"],
    ["10-08", "2026-10-08"],
    ["10/8", "2026-10-08"],
    ["10月8号", "2026-10-08"],
    ["09-09", "2026-09-09"],
  ])("reads %j as %s", (raw, date) => {
    expect(parseActivityDate(raw, today)).toEqual({ kind: "date", date });
  });

  it.each([
    ["09-08", "2026-09-08", "2027-09-08"],
    ["1-5", "2026-01-05", "2027-01-05"],
  ])("asks which year %j means once its day has passed this year", (raw, thisYear, nextYear) => {
    expect(parseActivityDate(raw, today)).toEqual({ kind: "which_year", thisYear, nextYear });
  });

  it("does not roll 12月1日 into next year on 12-07 without asking", () => {
    expect(parseActivityDate("12月1日", "2026-12-07")).toEqual({
      kind: "which_year",
      thisYear: "2026-12-01",
      nextYear: "2027-12-01",
    });
  });

  it.each(["13-45", "2026-02-30", "02-30", "明天", "", "2026-10", "10-08-2026"])(
    "rejects %j",
    (raw) => {
      expect(parseActivityDate(raw, today)).toBeUndefined();
    },
  );

  it("takes 02-29 in the one year it exists", () => {
    expect(parseActivityDate("02-29", "2027-09-01")).toEqual({ kind: "date", date: "2028-02-29" });
    expect(parseActivityDate("02-29", "2028-03-01")).toEqual({ kind: "date", date: "2028-02-29" });
    expect(parseActivityDate("02-29", "2026-09-09")).toBeUndefined();
  });
});
