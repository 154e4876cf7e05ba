import { expect, test } from "vitest";
import { systemActor } from "../../src/core/actor.ts";
import { termCurves } from "../../src/core/reports/term-curve.ts";
import { buildDemoSchool } from "../../src/demo/build.ts";
import { Bot } from "../../src/dialogs/bot.ts";
import { registerStaffDialogs } from "../../src/dialogs/staff-dialogs.ts";
import { pngPixels } from "../../scripts/png-pixels.ts";
import { chatAs } from "../dialogs/reader/fixtures.ts";
import { testLibrary } from "../support/library.ts";

test("the demo teacher's 统计 comes with their class's chart, its term curve drawn from the demo's loans", async () => {
  const lib = await testLibrary();
  expect((await buildDemoSchool(lib, { students: 60, titles: 100 })).ok).toBe(true);
  const bot = new Bot({ lib, areas: [registerStaffDialogs], defaultLocale: "zh-CN" });
  const { replies } = await chatAs(bot, "demo-teacher").send("统计");
  const pictures = replies.filter((r) => r.image);
  expect(pictures).toHaveLength(1);
  const [picture] = pictures;
  expect(picture?.text).toMatch(/^\d+-\d+ 班借阅图表$/);
  expect(pngPixels(Buffer.from(picture?.image?.base64 ?? "", "base64")).width).toBe(800);
  const curves = await termCurves(lib, systemActor);
  const loans = curves.ok ? (curves.value?.classes ?? []).map((c) => c.cumulative.at(-1) ?? 0) : [];
  expect(Math.max(0, ...loans)).toBeGreaterThan(0);
});
