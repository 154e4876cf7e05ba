import { describe, expect, it } from "vitest";
import { parseQuietHours, quietUntil } from "../../src/outbox/quiet-hours.ts";

const tz = "Asia/Shanghai";
const at = (clock: string, date = "2026-09-09") => new Date(`${date}T${clock}:00+08:00`);

describe("quiet hours", () => {
  it("holds a message inside a window that crosses midnight until the window ends", () => {
    expect(quietUntil(tz, "21:00-07:00", at("21:00"))).toEqual(at("07:00", "2026-09-10"));
    expect(quietUntil(tz, "21:00-07:00", at("23:59"))).toEqual(at("07:00", "2026-09-10"));
    expect(quietUntil(tz, "21:00-07:00", at("03:00"))).toEqual(at("07:00"));
    expect(quietUntil(tz, "21:00-07:00", at("07:00"))).toBeNull();
    expect(quietUntil(tz, "21:00-07:00", at("20:59"))).toBeNull();
  });

  it("handles a window within one day and ignores a malformed one", () => {
    expect(quietUntil(tz, "12:00-14:00", at("12:30"))).toEqual(at("14:00"));
    expect(quietUntil(tz, "12:00-14:00", at("14:00"))).toBeNull();
    expect(quietUntil(tz, "25:00-07:00", at("23:00"))).toBeNull();
    expect(parseQuietHours("07:00-07:00")).toBeUndefined();
    expect(parseQuietHours(" 22:30-06:45 ")).toEqual({ start: "22:30", end: "06:45" });
  });

  it("reads the window in the school's time zone, not the server's", () => {
    const instant = new Date("2026-09-09T14:30:00Z");
    expect(quietUntil("Europe/London", "21:00-07:00", instant)).toBeNull();
    expect(quietUntil(tz, "21:00-07:00", instant)).toEqual(at("07:00", "2026-09-10"));
  });
});
