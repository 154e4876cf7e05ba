import { expect, test } from "vitest";
import { buildDemoSchool } from "../../src/demo/build.ts";
import { Bot } from "../../src/dialogs/bot.ts";
import { registerSchoolYearDialogs } from "../../src/dialogs/school-year-dialogs.ts";
import { chatAs } from "../dialogs/reader/fixtures.ts";
import { testLibrary } from "../support/library.ts";

test("the demo's suggestion box has answered items and one request for the librarian to answer", async () => {
  const lib = await testLibrary();
  const built = await buildDemoSchool(lib, { students: 60, titles: 100 });
  expect(built.ok).toBe(true);
  const rows = await lib.db.suggestion.findMany({
    select: { answer: true },
    orderBy: { id: "asc" },
  });
  expect(rows.map((r) => r.answer)).toEqual(["accepted", "ordered", null]);
  const bot = new Bot({ lib, areas: [registerSchoolYearDialogs], defaultLocale: "zh-CN" });
  const list = await chatAs(bot, "demo-librarian").send("答复");
  expect(list.labels).toEqual(["#3 荐购：希望买《三体》青少年版"]);
});
