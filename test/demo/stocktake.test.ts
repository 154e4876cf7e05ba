import { expect, test } from "vitest";
import { buildDemoSchool } from "../../src/demo/build.ts";
import { Bot } from "../../src/dialogs/bot.ts";
import { registerSchoolYearDialogs } from "../../src/dialogs/school-year-dialogs.ts";
import { registerStaffDialogs } from "../../src/dialogs/staff-dialogs.ts";
import { chatAs } from "../dialogs/reader/fixtures.ts";
import { testLibrary } from "../support/library.ts";

test("the demo shows a finished stocktake of the reading room and a copy in repair, and builds again over them", async () => {
  const lib = await testLibrary();
  expect((await buildDemoSchool(lib, { students: 60, titles: 100 })).ok).toBe(true);
  const bot = new Bot({
    lib,
    areas: [registerStaffDialogs, registerSchoolYearDialogs],
    defaultLocale: "zh-CN",
  });
  const report = (await chatAs(bot, "demo-librarian").send("盘点 报告")).text;
  expect(report).toContain("盘点报告：二楼阅览室");
  expect(report).toMatch(/缺失 2 本.*错架 1 本/);
  expect(report).toContain("缺失（未扫到、未借出）2 本：");
  expect(report).toMatch(/→ 应放 一楼借阅区/);
  expect(await lib.db.copy.count({ where: { status: "in_repair" } })).toBe(1);
  expect(await lib.db.stocktake.count({ where: { openLocation: null } })).toBe(1);
  expect((await buildDemoSchool(lib, { students: 60, titles: 100, reset: true })).ok).toBe(true);
  expect(await lib.db.stocktake.count()).toBe(1);
});
