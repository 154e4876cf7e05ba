import { describe, expect, it } from "vitest";
import { cronExpression, latestSlot, slotInstant, slotKey } from "../../src/jobs/slots.ts";

const tz = "Asia/Shanghai";
const at = (iso: string) => new Date(iso);

describe("job slots", () => {
  it("writes cron expressions for daily, weekly and minute timings", () => {
    expect(cronExpression({ every: "day", at: "17:30" })).toBe("30 17 * * *");
    expect(cronExpression({ every: "week", weekday: 1, at: "07:30" })).toBe("30 7 * * 1");
    expect(cronExpression({ every: "week", weekday: 7, at: "09:05" })).toBe("5 9 * * 0");
    expect(cronExpression({ every: "minute" })).toBe("* * * * *");
  });

  it("finds the latest scheduled time at or before now in the school's time zone", () => {
    const daily = { every: "day", at: "17:30" } as const;
    expect(latestSlot(daily, tz, at("2026-09-09T17:30:00+08:00"))).toEqual(
      at("2026-09-09T17:30:00+08:00"),
    );
    expect(latestSlot(daily, tz, at("2026-09-09T17:29:59+08:00"))).toEqual(
      at("2026-09-08T17:30:00+08:00"),
    );
    const monday = { every: "week", weekday: 1, at: "07:30" } as const;
    expect(latestSlot(monday, tz, at("2026-09-09T10:00:00+08:00"))).toEqual(
      at("2026-09-07T07:30:00+08:00"),
    );
    expect(latestSlot(monday, tz, at("2026-09-14T07:00:00+08:00"))).toEqual(
      at("2026-09-07T07:30:00+08:00"),
    );
    expect(latestSlot(monday, tz, at("2026-09-14T07:30:00+08:00"))).toEqual(
      at("2026-09-14T07:30:00+08:00"),
    );
  });

  it("keys a slot by its school-time minute and reads the key back", () => {
    const key = slotKey(tz, at("2026-09-09T09:30:42Z"));
    expect(key).toBe("2026-09-09T17:30");
    expect(slotInstant(tz, key)).toEqual(at("2026-09-09T17:30:00+08:00"));
  });
});
