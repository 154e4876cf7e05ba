import { describe, expect, it } from "vitest";
import { Bot } from "../../src/dialogs/bot.ts";
import { registerSchoolYearDialogs } from "../../src/dialogs/school-year-dialogs.ts";
import { testLibrary } from "../support/library.ts";
import {
  addClass,
  addCopy,
  addHold,
  addPupil,
  addTitle,
  bindAccount,
  chatAs,
} from "./reader/fixtures.ts";

async function school() {
  const lib = await testLibrary();
  const c = await addClass(lib.db, 3, 2);
  const pupil = await addPupil(lib.db, "张小红", { classId: c.id });
  const xyj = await addTitle(lib.db, "西游记");
  const shz = await addTitle(lib.db, "水浒传");
  const dict = await addTitle(lib.db, "新华字典", { isReference: true });
  const copies = [
    await addCopy(lib.db, xyj.id),
    await addCopy(lib.db, xyj.id),
    await addCopy(lib.db, shz.id),
  ];
  const refCopy = await addCopy(lib.db, dict.id);
  const barcodes = await lib.db.copy.findMany({
    orderBy: { id: "asc" },
    select: { id: true, barcode: true },
  });
  const code = (id: number) => barcodes.find((b) => b.id === id)?.barcode ?? "";
  await bindAccount(lib.db, "zhang", [pupil.id]);
  const tao = await addPupil(lib.db, "陶老师", { role: "teacher" });
  await lib.db.classTeacher.create({ data: { teacherId: tao.id, classId: c.id } });
  const taoChat = await lib.db.chatMember.create({ data: { platform: "console", userId: "tao" } });
  await lib.db.binding.create({
    data: { memberId: taoChat.id, kind: "teacher", patronId: tao.id },
  });
  const librarian = await lib.db.chatMember.create({
    data: { platform: "console", userId: "lib" },
  });
  await lib.db.binding.create({ data: { memberId: librarian.id, kind: "librarian" } });
  const bot = new Bot({ lib, areas: [registerSchoolYearDialogs], defaultLocale: "zh-CN" });
  return { lib, bot, pupil, shz, codes: copies.map((k) => code(k.id)), ref: code(refCopy.id) };
}

describe("图书角: lending a batch of copies to a class corner in chat", () => {
  it("picks the class, scans barcodes one per message until 完成, due at the term's last open day", async () => {
    const s = await school();
    const lib = chatAs(s.bot, "lib");
    expect((await lib.send("图书角")).labels).toEqual(["借给班级", "收回"]);
    expect((await lib.send("1")).text).toBe(
      "借给 3-2 班图书角，2027-01-20 前归还，班主任负责。请逐条发送图书条码，发送“完成”结束：",
    );
    const [a, b, c] = s.codes;
    expect((await lib.send(a ?? "")).text).toBe(
      "✓《西游记》借给 3-2 班图书角（本批 1 本）\n下一本的条码（或“完成”）：",
    );
    expect((await lib.send(a ?? "")).text).toContain(`✗ ${a} 已在班级图书角。`);
    expect((await lib.send(s.ref)).text).toContain("是工具书，不外借");
    expect((await lib.send("NOPE")).text).toContain("✗ 没有条码 NOPE 的书。");
    expect((await lib.send(b ?? "")).text).toContain("（本批 2 本）");
    expect((await lib.send(c ?? "")).text).toContain("✓《水浒传》");
    expect((await lib.send("完成")).text).toBe(
      "完成：这批共 3 本借给 3-2 班图书角，2027-01-20 前归还，由班主任负责。",
    );
    const corner = await s.lib.db.cornerLoan.findMany({
      select: {
        returnedAt: true,
        batch: { select: { dueOn: true, class: { select: { name: true } } } },
      },
    });
    expect(corner).toHaveLength(3);
    expect(
      corner.every((l) => l.batch.dueOn === "2027-01-20" && l.batch.class.name === "3-2"),
    ).toBe(true);
    expect(await s.lib.db.copy.count({ where: { status: "in_corner" } })).toBe(3);
    expect(await s.lib.db.loan.count()).toBe(0);
    const teacher = (await chatAs(s.bot, "tao").send("图书角")).text;
    expect(teacher).toContain("3-2 班图书角现有 3 本集体借阅的书（班主任负责）：");
    expect(teacher).toContain(`· 《水浒传》（条码 ${c}）2027-01-20 前归还`);
  });

  it("takes a class, a date, and copies back by scanning, serving a waiting hold", async () => {
    const s = await school();
    const lib = chatAs(s.bot, "lib");
    expect((await lib.send("图书角 3年2班 2026-10-30")).text).toContain("2026-10-30 前归还");
    const [, , c] = s.codes;
    await lib.send(c ?? "");
    await lib.send("完成");
    await addHold(s.lib.db, s.pupil.id, s.shz.id);
    expect((await lib.send("图书角 收回")).text).toBe(
      "请逐条发送图书角图书的条码，发送“完成”结束：",
    );
    expect((await lib.send(c ?? "")).text).toContain(
      "✓《水浒传》已从 3-2 班图书角收回（这批还有 0 本未还）",
    );
    expect((await lib.send(c ?? "")).text).toContain("不在班级图书角");
    expect((await lib.send("完成")).text).toBe("完成：共收回 1 本。");
    expect(await s.lib.db.copy.findMany({ where: { status: "on_hold_shelf" } })).toHaveLength(1);
    expect(await s.lib.db.cornerLoan.count({ where: { returnedAt: null } })).toBe(0);
  });

  it("refuses a parent, an unknown class and a past date", async () => {
    const s = await school();
    expect((await chatAs(s.bot, "zhang").send("图书角 3-2")).text).toBe(
      "只有图书管理员和值日的小管能办理图书角借还。",
    );
    const lib = chatAs(s.bot, "lib");
    expect((await lib.send("图书角 9-9")).text).toBe("没有 9-9 这个班级。");
    expect((await lib.send("图书角 3-2 2026-09-01")).text).toContain("不能早于今天");
    expect(await s.lib.db.cornerBatch.count()).toBe(0);
  });
});
