import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { loadConfig } from "../src/config.ts";
import { ConfigError } from "../src/core/errors.ts";
import { tempDir } from "./support/db.ts";

const noFile = join(tempDir(), "absent.json");

test("an empty environment gives the defaults of docs/users.md", () => {
  const c = loadConfig({}, noFile);
  expect(c.SCHOOL_TIMEZONE).toBe("Asia/Shanghai");
  expect(c.QUIET_HOURS).toBe("21:00-07:00");
  expect(c.policy.student).toEqual({
    maxLoans: 2,
    loanDays: 7,
    maxRenewals: 1,
    renewDays: 7,
    maxHolds: 2,
  });
  expect(c.policy.teacher.maxLoans).toBe(10);
  expect(c.schedule.dailyReminders).toBe("17:30");
  expect(c.configFile).toBeNull();
});

test("a bad setting stops start-up naming the field and the reason", () => {
  const run = () => loadConfig({ SCHOOL_TIMEZONE: "Mars/Olympus", QUIET_HOURS: "late" }, noFile);
  expect(run).toThrow(ConfigError);
  expect(run).toThrow(/SCHOOL_TIMEZONE: not an IANA time zone/);
  expect(run).toThrow(/QUIET_HOURS: expected HH:mm-HH:mm/);
});

test("the config file overrides policy and reports wrong values with their path", () => {
  const file = join(tempDir(), "shuxiang.config.json");
  writeFileSync(file, JSON.stringify({ policy: { student: { maxLoans: 3 } } }));
  expect(loadConfig({}, file).policy.student.maxLoans).toBe(3);
  expect(loadConfig({}, file).policy.student.loanDays).toBe(7);

  writeFileSync(
    file,
    JSON.stringify({ policy: { student: { loanDays: 0 } }, calendar: { closedDays: ["10-01"] } }),
  );
  expect(() => loadConfig({}, file)).toThrow(/policy\.student\.loanDays/);
  expect(() => loadConfig({}, file)).toThrow(/calendar\.closedDays\.0: expected YYYY-MM-DD/);
});

test("a config file that is not JSON is refused with its name", () => {
  const file = join(tempDir(), "broken.json");
  writeFileSync(file, "{ policy: ");
  expect(() => loadConfig({}, file)).toThrow(/broken\.json: cannot be read as JSON/);
});

test("a calendar that cannot be is refused with the field and the reason", () => {
  const file = join(tempDir(), "calendar.json");
  const refused = (calendar: object) => {
    writeFileSync(file, JSON.stringify({ calendar }));
    return () => loadConfig({}, file);
  };
  expect(refused({ closedDays: ["2026-02-30"] })).toThrow(
    /calendar\.closedDays\.0: not a date in the calendar/,
  );
  expect(
    refused({ terms: [{ name: "秋季", startsOn: "2027-01-20", endsOn: "2026-09-01" }] }),
  ).toThrow(/calendar\.terms\.0\.endsOn: a term must not end before it starts/);
  expect(refused({ closedWeekdays: [1, 2, 3, 4, 5, 6, 7] })).toThrow(
    /calendar\.closedWeekdays: the library must open on at least one weekday/,
  );
  expect(refused({ closedDays: ["10-01"] })).not.toThrow(/not a date in the calendar/);
});
