import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { accountSchool, chat, codeFor, groupChat, zh } from "./fixtures.ts";
import type { School } from "./fixtures.ts";

const bindings = (s: School) =>
  s.lib.db.binding.findMany({
    select: { kind: true, patronId: true, member: { select: { userId: true } } },
  });

const invalid = zh("bind_invalid_code", { max: 5, minutes: 15 });

describe("bind dialog", () => {
  it("binds a parent with the parent code and names the child masked, with the class", async () => {
    const s = await accountSchool();
    const code = await codeFor(s.lib, { class: "3-2" }, "parent", "S1");
    const text = await chat(s.bot, "mum", `绑定 ${code}`);
    expect(text).toBe(zh("bind_ok_guardian", { name: "张*明", className: "3-2" }));
    expect(text).not.toContain("张小明");
    expect(await bindings(s)).toEqual([
      { kind: "guardian", patronId: s.s1.id, member: { userId: "mum" } },
    ]);
  });

  it("binds a pupil to themself through /start CODE", async () => {
    const s = await accountSchool();
    const code = await codeFor(s.lib, { class: "3-2" }, "pupil", "S2");
    expect(await chat(s.bot, "kid", `/start ${code}`)).toBe(
      zh("bind_ok_self", { name: "李*", className: "3-2" }),
    );
    expect(await bindings(s)).toEqual([
      { kind: "self", patronId: s.s2.id, member: { userId: "kid" } },
    ]);
  });

  it("confirms a teacher binding with the classes they head", async () => {
    const s = await accountSchool();
    const code = await codeFor(s.lib, { teachers: true }, "teacher", "T1");
    expect(await chat(s.bot, "wang", `/bind ${code}`)).toBe(
      zh("bind_ok_teacher", { name: "王*", classes: "3-2", first: "3-2" }),
    );
  });

  it("confirms the librarian binding", async () => {
    const s = await accountSchool();
    const code = await codeFor(s.lib, { librarian: true }, "librarian");
    expect(await chat(s.bot, "lib", `绑定 ${code}`)).toBe(zh("bind_ok_librarian"));
    expect(await bindings(s)).toEqual([
      { kind: "librarian", patronId: null, member: { userId: "lib" } },
    ]);
  });

  it("asks for the code when none is given and accepts it typed with or without the command", async () => {
    const s = await accountSchool();
    const code = await codeFor(s.lib, { class: "3-2" }, "parent", "S1");
    expect(await chat(s.bot, "mum", "绑定")).toBe(zh("bind_ask"));
    expect(await chat(s.bot, "mum", `绑定 ${code.toLowerCase()}`)).toBe(
      zh("bind_ok_guardian", { name: "张*明", className: "3-2" }),
    );
    expect(await chat(s.bot, "dad", "/bind")).toBe(zh("bind_ask"));
    expect(await chat(s.bot, "dad", code)).toContain("张*明");
    expect(await s.lib.db.binding.count()).toBe(2);
  });

  it("refuses a wrong code, counts the failure and binds nothing", async () => {
    const s = await accountSchool();
    expect(await chat(s.bot, "mum", "绑定 ABCD-EFGH")).toBe(invalid);
    expect(await chat(s.bot, "mum", "绑定 hello")).toBe(invalid);
    const member = await s.lib.db.chatMember.findFirstOrThrow({ select: { bindFailures: true } });
    expect(member.bindFailures).toBe(2);
    expect(await s.lib.db.binding.count()).toBe(0);
  });

  it("locks after five wrong codes, refuses even the right code while locked, then binds", async () => {
    const s = await accountSchool();
    const code = await codeFor(s.lib, { class: "3-2" }, "parent", "S1");
    for (let i = 0; i < 4; i++) expect(await chat(s.bot, "mum", "绑定 ABCD-EFGH")).toBe(invalid);
    const locked = zh("bind_locked", { time: "10:15" });
    expect(await chat(s.bot, "mum", "绑定 ABCD-EFGH")).toBe(locked);
    expect(await chat(s.bot, "mum", `绑定 ${code}`)).toBe(locked);
    expect(await s.lib.db.binding.count()).toBe(0);
    s.lib.clock.set("2026-09-09T10:16:00+08:00");
    expect(await chat(s.bot, "mum", `绑定 ${code}`)).toContain("张*明");
    expect(await s.lib.db.binding.count()).toBe(1);
  });

  it("refuses an expired code and says where to get a new one", async () => {
    const s = await accountSchool();
    const code = await codeFor(s.lib, { class: "3-2" }, "pupil", "S1");
    s.lib.clock.advanceDays(31);
    expect(await chat(s.bot, "kid", `绑定 ${code}`)).toBe(zh("bind_expired", { days: 30 }));
    expect(await s.lib.db.binding.count()).toBe(0);
  });

  it("refuses a parent code after its two guardians", async () => {
    const s = await accountSchool();
    const code = await codeFor(s.lib, { class: "3-2" }, "parent", "S1");
    await chat(s.bot, "mum", `绑定 ${code}`);
    await chat(s.bot, "dad", `绑定 ${code}`);
    expect(await chat(s.bot, "uncle", `绑定 ${code}`)).toBe(zh("bind_used_up"));
    expect((await bindings(s)).map((b) => b.member.userId).sort()).toEqual(["dad", "mum"]);
  });

  it("refuses a code typed in a group and writes nothing", async () => {
    const s = await accountSchool();
    const code = await codeFor(s.lib, { class: "3-2" }, "parent", "S1");
    expect(await groupChat(s.bot, "g1", "mum", `/bind ${code}`)).toBe(zh("bind_in_group"));
    expect(await groupChat(s.bot, "g1", "mum", "绑定")).toBe(zh("bind_in_group"));
    expect(await s.lib.db.chatMember.count()).toBe(0);
    expect(await s.lib.db.binding.count()).toBe(0);
    const stored = await s.lib.db.bindingCode.findMany({ select: { uses: true } });
    expect(stored.every((c) => c.uses === 0)).toBe(true);
    expect(await s.lib.db.dialogSession.count()).toBe(0);
  });

  it("answers in English for an account that chose English", async () => {
    const s = await accountSchool();
    await s.lib.db.chatMember.create({
      data: { platform: "console", userId: "mum", locale: "en" },
    });
    const code = await codeFor(s.lib, { class: "3-2" }, "parent", "S1");
    const text = await chat(s.bot, "mum", `bind ${code}`);
    expect(text).toBe(t("en", "bind_ok_guardian", { name: "张*明", className: "3-2" }));
    expect(text).toMatch(/^Linked: parent of/);
  });
});
