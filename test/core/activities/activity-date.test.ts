import { describe, expect, it } from "vitest";
import { parseActivityDate } from "../../../src/core/activities/activity-date.ts";

const today = "2026-09-09";

describe("parseActivityDate", () => {
  it.each([
    ["2026-10-08", "2026-10-08"],
    ["2026/10/8", "2026-10-08"],
    ["2026年10月8日", "2026-10-08"],
    ["２０２６－１０－０８", "2026-10-08"],
    ["10-08", "2026-10-08"],
    ["10/8", "2026-10-08"],
    ["10月8号", "2026-10-08"],
    ["09-09", "2026-09-09"],
    ["09-08", "2027-09-08"],
    ["1-5", "2027-01-05"],
  ])("reads %j as %s", (raw, date) => {
    expect(parseActivityDate(raw, today)).toBe(date);
  });

  it.each(["13-45", "2026-02-30", "02-29", "明天", "", "2026-10", "10-08-2026"])(
    "rejects %j",
    (raw) => {
      expect(parseActivityDate(raw, today)).toBeUndefined();
    },
  );

  it("accepts 02-29 in a year before a leap year's February", () => {
    expect(parseActivityDate("02-29", "2027-09-01")).toBe("2028-02-29");
  });
});
