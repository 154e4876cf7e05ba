import { expect, test } from "vitest";
import { t } from "../../src/dialogs/texts/index.ts";
import { chat, demoSchool } from "./console-harness.ts";

// Issue 16 through the terminal chat, as `shuxiang chat` prints it when piped.

test("the librarian is asked which year 12月1日 means on 12-07, and steps back to fix the start (上一步 typed, then its number 3 in the menu)", async () => {
  const { lib, bot } = await demoSchool("2026-12-07T10:00:00+08:00");
  const before = await lib.db.activity.count();
  const printed = await chat(bot, "librarian", [
    "活动",
    "1",
    "冬季读书节",
    "12月1日",
    "2",
    "上一步",
    "3",
    "12-20",
    "12-31",
  ]);
  const [, , startAsk, which, endAsk, backToWhich, backToStart, end, deadline] = printed;
  expect(startAsk).toBe(t("zh-CN", "activity_ask_start", { full: "2026-12-21", short: "12-21" }));
  expect(which).toBe(
    [
      "“12月1日”是指今年的 2026-12-01（已过去）还是明年的 2027-12-01？",
      "  1. 今年 2026-12-01",
      "  2. 明年 2027-12-01",
      "  3. 上一步",
      "  4. 取消",
    ].join("\n"),
  );
  expect(endAsk).toBe(t("zh-CN", "activity_ask_end", { full: "2027-12-08", short: "12-08" }));
  expect(backToWhich?.startsWith(`${t("zh-CN", "back_done")}\n“12月1日”是指今年`)).toBe(true);
  expect(backToStart).toBe(`${t("zh-CN", "back_done")}\n${startAsk}`);
  expect(end).toBe(t("zh-CN", "activity_ask_end", { full: "2026-12-27", short: "12-27" }));
  expect(deadline).toContain(t("zh-CN", "activity_deadline_q"));
  expect(await lib.db.activity.count()).toBe(before);
});

test("上一步 with nothing in progress says so instead of searching for it", async () => {
  const { bot } = await demoSchool();
  expect(await chat(bot, "parent", ["上一步"])).toEqual([t("zh-CN", "nothing_to_go_back")]);
});
