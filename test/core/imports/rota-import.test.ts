import { describe, expect, it } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import { importRoster } from "../../../src/core/imports/roster-import.ts";
import { importRota } from "../../../src/core/imports/rota-import.ts";
import { testLibrary } from "../../support/library.ts";
import { csvFile } from "./files.ts";

async function schoolWithRoster() {
  const lib = await testLibrary();
  await importRoster(
    lib,
    systemActor,
    csvFile(["card_number,name,role,class", "S1,张三,student,3-2", "S2,李四,student,5-1"]),
  );
  return lib;
}

describe("importRota", () => {
  it("stores slots, grade days and duty shifts and reports unknown classes and readers", async () => {
    const lib = await schoolWithRoster();
    const file = csvFile([
      "kind,class,weekday,start,end,weeks,grades,card_number",
      "slot,3年2班,周一,8:00,8:40,每周,,",
      'grade_day,,星期三,12:30,13:30,odd,"1、2",',
      "duty,,5,12:00,12:40,双周,,S2",
      "slot,6-6,2,9:00,9:40,,,",
      "duty,,3,12:00,12:40,,,S999",
      "slot,3-2,8,9:00,9:40,,,",
      "slot,3-2,周一,8:00,8:50,,,",
      "slot,3-2,周二,9:40,9:00,,,",
      "grade_day,,周四,9:00,9:40,,,",
    ]);
    const result = await importRota(lib, systemActor, file);
    expect(result.ok && result.value).toEqual({
      inserted: 3,
      updated: 0,
      errors: [
        { line: 5, reason: "unknown_class", column: "class", value: "6-6" },
        { line: 6, reason: "unknown_card_number", column: "card_number", value: "S999" },
        { line: 7, reason: "bad_value", column: "weekday", value: "8" },
        { line: 8, reason: "duplicate_entry" },
        { line: 9, reason: "bad_value", column: "end" },
        { line: 10, reason: "missing_value", column: "grades" },
      ],
      classes: ["3-2", "5-1"],
    });
    const rows = await lib.db.rotaEntry.findMany({
      orderBy: { id: "asc" },
      select: {
        kind: true,
        weekday: true,
        start: true,
        end: true,
        weeks: true,
        grades: true,
        classId: true,
        patronId: true,
      },
    });
    expect(rows.map((r) => [r.kind, r.weekday, r.start, r.end, r.weeks, r.grades])).toEqual([
      ["slot", 1, "08:00", "08:40", "every", ""],
      ["grade_day", 3, "12:30", "13:30", "odd", "1,2"],
      ["duty", 5, "12:00", "12:40", "even", ""],
    ]);
    expect(rows[0]?.classId).not.toBeNull();
    expect(rows[2]?.patronId).not.toBeNull();
  });

  it("updates an entry with the same key instead of adding another", async () => {
    const lib = await schoolWithRoster();
    const header = "kind,class,weekday,start,end,weeks";
    await importRota(lib, systemActor, csvFile([header, "slot,3-2,1,08:00,08:40,every"]));
    const second = await importRota(
      lib,
      systemActor,
      csvFile([header, "slot,3-2,1,08:00,08:45,odd"]),
    );
    expect(second).toEqual({ ok: true, value: { inserted: 0, updated: 1, errors: [] } });
    const rows = await lib.db.rotaEntry.findMany({ select: { end: true, weeks: true } });
    expect(rows).toEqual([{ end: "08:45", weeks: "odd" }]);
  });

  it("writes nothing when the weekday column is missing", async () => {
    const lib = await schoolWithRoster();
    const result = await importRota(
      lib,
      systemActor,
      csvFile(["kind,class,start,end", "slot,3-2,08:00,08:40"]),
    );
    expect(result).toEqual({ ok: false, code: "missing_column", detail: { column: "weekday" } });
    expect(await lib.db.rotaEntry.count()).toBe(0);
  });
});
