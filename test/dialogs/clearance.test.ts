import { describe, expect, it } from "vitest";
import { Bot } from "../../src/dialogs/bot.ts";
import { registerSchoolYearDialogs } from "../../src/dialogs/school-year-dialogs.ts";
import { testLibrary } from "../support/library.ts";
import {
  addClass,
  addLoan,
  addPupil,
  addTitle,
  bindAccount,
  chatAs,
  linkGroup,
} from "./reader/fixtures.ts";

async function school() {
  const lib = await testLibrary();
  const six = await addClass(lib.db, 6, 1);
  const four = await addClass(lib.db, 4, 1);
  const hong = await addPupil(lib.db, "张小红", { classId: six.id });
  const gone = await addPupil(lib.db, "王离", { classId: four.id, status: "left" });
  await addPupil(lib.db, "李明", { classId: six.id });
  const title = await addTitle(lib.db, "西游记");
  await addLoan(lib.db, hong.id, title.id, { dueOn: "2026-09-20" });
  await addLoan(lib.db, gone.id, (await addTitle(lib.db, "水浒传")).id, { dueOn: "2026-09-01" });
  await bindAccount(lib.db, "zhang", [hong.id]);
  const librarian = await lib.db.chatMember.create({
    data: { platform: "console", userId: "lib" },
  });
  await lib.db.binding.create({ data: { memberId: librarian.id, kind: "librarian" } });
  await linkGroup(lib.db, "g6", six.id);
  const bot = new Bot({ lib, areas: [registerSchoolYearDialogs], defaultLocale: "zh-CN" });
  return { lib, bot };
}

describe("清还: the leaving-school clearance report in chat", () => {
  it("shows the librarian who of the graduating grades and the 离校 pupils still owe", async () => {
    const { bot } = await school();
    expect((await chatAs(bot, "lib").send("清还")).text).toBe(
      [
        "离校清还报告（2026-09-09）：2 人未清还，2 本书未还，赔偿 ¥0.00。",
        "毕业年级（6 年级）：",
        "· 6-1 班：1 人，1 本，赔偿 ¥0.00",
        "已离校未清还：1 人",
        "· 王离（4-1）：《水浒传》未还",
      ].join("\n"),
    );
  });

  it("is refused to a parent and in a group chat", async () => {
    const { bot } = await school();
    expect((await chatAs(bot, "zhang").send("清还")).text).toBe(
      "只有图书管理员能查看离校清还报告。",
    );
    const inGroup = chatAs(bot, "lib", { chatId: "g6", isGroup: true });
    expect((await inGroup.send("清还")).text).not.toContain("王离");
  });
});
