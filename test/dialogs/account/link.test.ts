import { describe, expect, it } from "vitest";
import { accountSchool, bindAs, chat, groupChat, zh } from "./fixtures.ts";
import type { School } from "./fixtures.ts";

const groups = (s: School) =>
  s.lib.db.chatGroup.findMany({ select: { chatId: true, classId: true, linkedBy: true } });

describe("link dialog", () => {
  it("links a class group to the sender's class when the class teacher asks", async () => {
    const s = await accountSchool();
    const memberId = await bindAs(s.lib, "wang", "teacher", s.t1.id);
    expect(await groupChat(s.bot, "g1", "wang", "绑定班级 3-2")).toBe(
      zh("link_ok", { className: "3-2" }),
    );
    expect(await groups(s)).toEqual([{ chatId: "g1", classId: s.c32.id, linkedBy: memberId }]);
    expect(await s.lib.db.auditLog.count({ where: { action: "group.link" } })).toBe(1);
  });

  it("refuses a teacher linking another teacher's class and links nothing", async () => {
    const s = await accountSchool();
    await bindAs(s.lib, "wang", "teacher", s.t1.id);
    expect(await groupChat(s.bot, "g1", "wang", "/link 3-3")).toBe(
      zh("link_not_your_class", { name: "3-3" }),
    );
    expect(await groups(s)).toEqual([]);
  });

  it("refuses a parent, since only the class teacher or the librarian may link", async () => {
    const s = await accountSchool();
    await bindAs(s.lib, "mum", "guardian", s.s1.id);
    expect(await groupChat(s.bot, "g1", "mum", "绑定班级 3-2")).toBe(
      zh("link_not_your_class", { name: "3-2" }),
    );
    expect(await groups(s)).toEqual([]);
  });

  it("says which class it could not find", async () => {
    const s = await accountSchool();
    await bindAs(s.lib, "wang", "teacher", s.t1.id);
    expect(await groupChat(s.bot, "g1", "wang", "绑定班级 9-9")).toBe(
      zh("link_unknown_class", { name: "9-9" }),
    );
    expect(await groups(s)).toEqual([]);
  });

  it("lets the librarian link any class, written as 3年3班", async () => {
    const s = await accountSchool();
    await bindAs(s.lib, "lib", "librarian");
    expect(await groupChat(s.bot, "g2", "lib", "绑定班级 3年3班")).toBe(
      zh("link_ok", { className: "3-3" }),
    );
    expect((await groups(s)).map((g) => g.classId)).toEqual([s.c33.id]);
  });

  it("asks for the class when none is given and links with the answer", async () => {
    const s = await accountSchool();
    await bindAs(s.lib, "wang", "teacher", s.t1.id);
    expect(await groupChat(s.bot, "g1", "wang", "/link")).toBe(zh("link_ask"));
    expect(await groupChat(s.bot, "g1", "wang", "3-2")).toBe(zh("link_ok", { className: "3-2" }));
    expect((await groups(s)).map((g) => g.classId)).toEqual([s.c32.id]);
  });

  it("explains in a private chat that linking happens in the class group", async () => {
    const s = await accountSchool();
    await bindAs(s.lib, "wang", "teacher", s.t1.id);
    expect(await chat(s.bot, "wang", "绑定班级 3-2")).toBe(zh("link_private"));
    expect(await groups(s)).toEqual([]);
  });
});
