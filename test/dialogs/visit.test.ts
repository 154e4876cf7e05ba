import { describe, expect, it } from "vitest";
import { Bot } from "../../src/dialogs/bot.ts";
import { registerSchoolYearDialogs } from "../../src/dialogs/school-year-dialogs.ts";
import { registerStaffDialogs } from "../../src/dialogs/staff-dialogs.ts";
import { visitReminder } from "../../src/jobs/visit-reminder.ts";
import { inbox, jobContext } from "../jobs/fixtures.ts";
import { testLibrary } from "../support/library.ts";
import { addClass, addPupil, chatAs } from "./reader/fixtures.ts";

async function school() {
  const lib = await testLibrary();
  const c31 = await addClass(lib.db, 3, 1);
  const c32 = await addClass(lib.db, 3, 2);
  for (const [userId, classId] of [
    ["tao", c31.id],
    ["wu", c32.id],
  ] as const) {
    const teacher = await addPupil(lib.db, `${userId}老师`, { role: "teacher" });
    await lib.db.classTeacher.create({ data: { teacherId: teacher.id, classId } });
    const m = await lib.db.chatMember.create({ data: { platform: "console", userId } });
    await lib.db.binding.create({
      data: { memberId: m.id, kind: "teacher", patronId: teacher.id },
    });
  }
  const bot = new Bot({
    lib,
    areas: [registerStaffDialogs, registerSchoolYearDialogs],
    defaultLocale: "zh-CN",
  });
  return { lib, bot };
}

describe("到馆: class visits recorded in chat", () => {
  it("records the teacher's class once a day, shows it in the figures, and reminds on Thursday only the class that did not come", async () => {
    const { lib, bot } = await school();
    const tao = chatAs(bot, "tao");
    expect((await tao.send("到馆")).text).toBe("已登记：3-1 班 2026-09-09 到馆借阅。");
    expect((await tao.send("到馆 3-1")).text).toBe("3-1 班今天已经登记过了。");
    expect((await tao.send("到馆 3-2")).text).toBe("你不是 3-2 班的班主任。");
    expect((await tao.send("阅览课")).text).toBe("已登记：3-1 班 2026-09-09 阅览课。");
    expect((await tao.send("统计")).text).toContain("本周到馆 1 次");
    lib.clock.set("2026-09-10T07:35:00+08:00");
    expect(await visitReminder(lib, jobContext(lib))).toMatchObject({ classes: 1, enqueued: 1 });
    const box = await inbox(lib.db);
    expect(box.get("wu")).toEqual([
      "3-2 班本周还没有到图书馆借阅（计划每周不少于一次）。到馆后发送“到馆 3-2”登记。",
    ]);
    expect(box.has("tao")).toBe(false);
  });
});
