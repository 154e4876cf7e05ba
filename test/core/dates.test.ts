import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import fc from "fast-check";
import { expect, test } from "vitest";
import { clockIn, dateIn } from "../../src/core/dates.ts";

dayjs.extend(utc);
dayjs.extend(timezone);

const zones = ["Asia/Shanghai", "Asia/Hong_Kong", "Europe/London", "America/New_York", "UTC"];
const instants = fc.date({
  min: new Date("1990-01-01T00:00:00Z"),
  max: new Date("2100-12-31T23:59:59Z"),
  noInvalidDate: true,
});

test("dateIn and clockIn give the date and time dayjs gives in the zone, for any instant", () => {
  fc.assert(
    fc.property(instants, fc.constantFrom(...zones), (at, tz) => {
      expect(dateIn(tz, at)).toBe(dayjs(at).tz(tz).format("YYYY-MM-DD"));
      expect(clockIn(tz, at)).toBe(dayjs(at).tz(tz).format("HH:mm"));
    }),
    { numRuns: 2000 },
  );
});

test("midnight in Shanghai is 00:00 of the new day, not 24:00 of the old one", () => {
  const at = new Date("2026-12-06T16:00:00Z");
  expect(dateIn("Asia/Shanghai", at)).toBe("2026-12-07");
  expect(clockIn("Asia/Shanghai", at)).toBe("00:00");
  expect(dateIn("Asia/Shanghai", new Date("2026-12-06T15:59:00Z"))).toBe("2026-12-06");
});

test("instants seconds apart, across a minute, a day and a summer-time change, each get their own date and time", () => {
  const checks: [string, string, string, string][] = [
    ["Asia/Shanghai", "2026-12-06T15:59:00Z", "2026-12-06", "23:59"],
    ["Asia/Shanghai", "2026-12-06T15:59:59.999Z", "2026-12-06", "23:59"],
    ["Asia/Shanghai", "2026-12-06T16:00:00Z", "2026-12-07", "00:00"],
    ["Asia/Shanghai", "2026-12-06T15:59:30Z", "2026-12-06", "23:59"],
    ["America/New_York", "2026-03-08T06:59:59Z", "2026-03-08", "01:59"],
    ["America/New_York", "2026-03-08T07:00:00Z", "2026-03-08", "03:00"],
    ["Asia/Shanghai", "1969-12-31T15:59:59Z", "1969-12-31", "23:59"],
    ["Asia/Shanghai", "1969-12-31T16:00:01Z", "1970-01-01", "00:00"],
  ];
  for (const [tz, iso, date, clock] of checks) {
    expect([dateIn(tz, new Date(iso)), clockIn(tz, new Date(iso))]).toEqual([date, clock]);
  }
});
