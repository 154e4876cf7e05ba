import { describe, expect, it } from "vitest";
import { Bot } from "../../src/dialogs/bot.ts";
import { registerSchoolYearDialogs } from "../../src/dialogs/school-year-dialogs.ts";
import { inbox } from "../jobs/fixtures.ts";
import { testLibrary } from "../support/library.ts";
import { addClass, addPupil, bindAccount, chatAs } from "./reader/fixtures.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;

async function school() {
  const lib = await testLibrary();
  const c = await addClass(lib.db, 1);
  const hong = await addPupil(lib.db, "张小红", { classId: c.id });
  const ming = await addPupil(lib.db, "张小明", { classId: c.id });
  await addPupil(lib.db, "王新", { classId: c.id, status: "not_issued" });
  const parent = await bindAccount(lib.db, "zhang", [hong.id, ming.id]);
  const librarian = await lib.db.chatMember.create({
    data: { platform: "console", userId: "lib" },
  });
  await lib.db.binding.create({ data: { memberId: librarian.id, kind: "librarian" } });
  const bot = new Bot({ lib, areas: [registerSchoolYearDialogs], defaultLocale: "zh-CN" });
  return { lib, bot, hong, ming, parent };
}

const cardOf = async (lib: Lib, id: number) =>
  lib.db.patron.findUniqueOrThrow({ where: { id }, select: { cardNumber: true, status: true } });

describe("answering the suggestion box in chat", () => {
  it("lists what waits, takes the answer and a sentence, and tells the sender privately", async () => {
    const s = await school();
    await s.lib.db.suggestion.create({
      data: { memberId: s.parent.id, kind: "suggestion", text: "周六也开门吧" },
    });
    const lib = chatAs(s.bot, "lib");
    const list = await lib.send("答复");
    expect(list.labels).toEqual(["#1 建议：周六也开门吧"]);
    expect((await lib.send("1")).labels).toEqual(["采纳", "已订购", "无法办到"]);
    expect((await lib.send("1")).text).toContain("请写一句话");
    expect((await lib.send("下个月起每月第一个周六开放。")).text).toBe(
      "已答复 #1，已私信告诉提交人。",
    );
    expect((await inbox(s.lib.db)).get("zhang")).toEqual([
      "你的建议“周六也开门吧”有答复了：已采纳。下个月起每月第一个周六开放。",
    ]);
    expect((await lib.send("答复")).text).toBe("没有待答复的建议或荐购。");
  });

  it("takes the whole answer in one line, refuses 已订购 for a suggestion, and only the librarian", async () => {
    const s = await school();
    await s.lib.db.suggestion.create({
      data: { memberId: s.parent.id, kind: "suggestion", text: "多买漫画" },
    });
    const lib = chatAs(s.bot, "lib");
    expect((await lib.send("答复 1 已订购 好")).text).toContain("“已订购”只用于荐购");
    expect((await chatAs(s.bot, "zhang").send("答复 1 采纳 好")).text).toBe(
      "只有图书管理员能答复建议和荐购。",
    );
    expect((await lib.send("answer 1 not_possible 经费不够")).text).toBe(
      "已答复 #1，已私信告诉提交人。",
    );
    expect(await s.lib.db.outbox.count()).toBe(1);
  });
});

describe("library cards in chat", () => {
  it("a parent reports a child's card lost; the librarian is told and reissues it", async () => {
    const s = await school();
    const zhang = chatAs(s.bot, "zhang");
    expect((await zhang.send("挂失")).labels).toEqual(["张小红（1-1）", "张小明（1-1）"]);
    expect((await zhang.send("2")).text).toContain("确认挂失 张小明 的借书证吗");
    expect((await zhang.send("1")).text).toContain("已挂失 张小明 的借书证");
    const old = await cardOf(s.lib, s.ming.id);
    expect(old.status).toBe("lost");
    expect((await inbox(s.lib.db)).get("lib")?.[0]).toContain(`补证 ${old.cardNumber}`);
    const lib = chatAs(s.bot, "lib");
    expect((await lib.send(`补证 ${old.cardNumber} M-2026`)).text).toContain(
      "新证号 M-2026（可以借书）",
    );
    expect(await cardOf(s.lib, s.ming.id)).toEqual({ cardNumber: "M-2026", status: "active" });
  });

  it("the librarian confiscates and returns a card and issues a class's cards in one step", async () => {
    const s = await school();
    const { cardNumber } = await cardOf(s.lib, s.hong.id);
    const lib = chatAs(s.bot, "lib");
    expect((await lib.send(`收证 ${cardNumber}`)).text).toContain("归还前不能借书");
    expect((await lib.send("还证")).text).toBe("请发送借书证号：");
    expect((await lib.send(cardNumber)).text).toContain(`已把借书证 ${cardNumber} 还给 张小红`);
    expect((await lib.send("发证 一年一班")).text).toBe(
      "已为 1-1 班发放 1 张借书证，现在可以借书了。",
    );
    expect((await lib.send("发证 1-1")).text).toBe("1-1 班没有待发的借书证。");
    expect((await chatAs(s.bot, "zhang").send(`收证 ${cardNumber}`)).text).toBe(
      "只有图书管理员能办理借书证。",
    );
  });
});
