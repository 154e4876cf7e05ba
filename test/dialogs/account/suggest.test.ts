import { describe, expect, it } from "vitest";
import { accountSchool, bindAs, chat, groupChat, zh } from "./fixtures.ts";
import type { School } from "./fixtures.ts";

const stored = (s: School) =>
  s.lib.db.suggestion.findMany({
    select: { memberId: true, kind: true, text: true },
    orderBy: { id: "asc" },
  });

describe("suggest and purchase dialogs", () => {
  it("stores a suggestion from a parent and thanks them", async () => {
    const s = await accountSchool();
    const memberId = await bindAs(s.lib, "mum", "guardian", s.s1.id);
    expect(await chat(s.bot, "mum", "建议   希望周六也开馆  ")).toBe(
      zh("suggest_thanks_suggestion"),
    );
    expect(await stored(s)).toEqual([{ memberId, kind: "suggestion", text: "希望周六也开馆" }]);
  });

  it("asks for the title of a purchase request when none is given", async () => {
    const s = await accountSchool();
    const memberId = await bindAs(s.lib, "kid", "self", s.s2.id);
    expect(await chat(s.bot, "kid", "荐购")).toBe(zh("suggest_ask_purchase", { max: 500 }));
    expect(await chat(s.bot, "kid", "《哈利·波特》 J.K. 罗琳")).toBe(zh("suggest_thanks_purchase"));
    expect(await stored(s)).toEqual([
      { memberId, kind: "purchase", text: "《哈利·波特》 J.K. 罗琳" },
    ]);
  });

  it("refuses a text over 500 characters and stores nothing, but takes exactly 500", async () => {
    const s = await accountSchool();
    await bindAs(s.lib, "mum", "guardian", s.s1.id);
    expect(await chat(s.bot, "mum", `建议 ${"书".repeat(501)}`)).toBe(
      zh("suggest_too_long", { length: 501, max: 500 }),
    );
    expect(await stored(s)).toEqual([]);
    expect(await chat(s.bot, "mum", `建议 ${"书".repeat(500)}`)).toBe(
      zh("suggest_thanks_suggestion"),
    );
    expect(await s.lib.db.suggestion.count()).toBe(1);
  });

  it("asks an unbound account to bind first and stores nothing", async () => {
    const s = await accountSchool();
    expect(await chat(s.bot, "stranger", "建议 多买漫画")).toBe(zh("suggest_not_bound"));
    expect(await chat(s.bot, "stranger", "荐购")).toBe(zh("suggest_not_bound"));
    expect(await stored(s)).toEqual([]);
    expect(await s.lib.db.dialogSession.count()).toBe(0);
  });

  it("refuses suggestions in a group", async () => {
    const s = await accountSchool();
    await bindAs(s.lib, "mum", "guardian", s.s1.id);
    expect(await groupChat(s.bot, "g1", "mum", "/suggest 多买漫画")).toBe(zh("suggest_in_group"));
    expect(await stored(s)).toEqual([]);
  });

  it("shows the librarian the newest ten on a bare 建议, newest first", async () => {
    const s = await accountSchool();
    await bindAs(s.lib, "mum", "guardian", s.s1.id);
    await bindAs(s.lib, "lib", "librarian");
    for (let i = 1; i <= 12; i++) {
      s.lib.clock.set(new Date(Date.parse("2026-09-09T10:00:00+08:00") + i * 60_000));
      await chat(s.bot, "mum", i === 12 ? "荐购 西游记" : `建议 第${i}条`);
    }
    const text = await chat(s.bot, "lib", "建议");
    expect(text.startsWith(zh("suggest_list_title", { count: 10 }))).toBe(true);
    expect(text).toContain(
      zh("suggest_list_item", { n: 1, kind: "荐购", when: "2026-09-09 10:12", text: "西游记" }),
    );
    expect(text).toContain(
      zh("suggest_list_item", { n: 10, kind: "建议", when: "2026-09-09 10:03", text: "第3条" }),
    );
    expect(text).not.toContain("第2条");
    expect(text).not.toContain("第1条");
    expect(await s.lib.db.suggestion.count()).toBe(12);
  });

  it("tells the librarian when the box is empty, and still lets them write one", async () => {
    const s = await accountSchool();
    await bindAs(s.lib, "lib", "librarian");
    expect(await chat(s.bot, "lib", "建议")).toBe(zh("suggest_list_empty"));
    expect(await chat(s.bot, "lib", "建议 书架标签换新")).toBe(zh("suggest_thanks_suggestion"));
    expect(await s.lib.db.suggestion.count()).toBe(1);
  });

  it("asks a parent for the text on a bare 建议 instead of showing the box", async () => {
    const s = await accountSchool();
    await bindAs(s.lib, "mum", "guardian", s.s1.id);
    await s.lib.db.suggestion.create({ data: { kind: "suggestion", text: "别人的建议" } });
    expect(await chat(s.bot, "mum", "建议")).toBe(zh("suggest_ask_suggestion", { max: 500 }));
  });
});
