import { expect, test } from "vitest";
import { buildDemoSchool } from "../../src/demo/build.ts";
import { Bot } from "../../src/dialogs/bot.ts";
import { registerSchoolYearDialogs } from "../../src/dialogs/school-year-dialogs.ts";
import { registerStaffDialogs } from "../../src/dialogs/staff-dialogs.ts";
import { chatAs } from "../dialogs/reader/fixtures.ts";
import { testLibrary } from "../support/library.ts";

test("the demo lends a class book corner to the demo teacher's class, and can be built again over it", async () => {
  const lib = await testLibrary();
  expect((await buildDemoSchool(lib, { students: 60, titles: 100 })).ok).toBe(true);
  const batches = await lib.db.cornerBatch.findMany({
    select: { class: { select: { name: true } }, _count: { select: { loans: true } } },
  });
  expect(batches).toHaveLength(1);
  expect(batches[0]?._count.loans).toBe(12);
  expect(await lib.db.copy.count({ where: { status: "in_corner" } })).toBe(12);
  const bot = new Bot({
    lib,
    areas: [registerStaffDialogs, registerSchoolYearDialogs],
    defaultLocale: "zh-CN",
  });
  const stats = await chatAs(bot, "demo-teacher").send("统计");
  expect(stats.text).toContain("图书角现有 12 本");
  expect((await buildDemoSchool(lib, { students: 60, titles: 100, reset: true })).ok).toBe(true);
  expect(await lib.db.cornerLoan.count()).toBe(12);
});
