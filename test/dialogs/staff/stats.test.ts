import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import type { Reply } from "../../../src/messages.ts";
import { pngPixels } from "../../../scripts/png-pixels.ts";
import { addLoan, book, school, send, textOf } from "./fixtures.ts";

const zh = "zh-CN" as const;
const header = t(zh, "push_figures_header", { from: "2026-09-07", to: "2026-09-13" });

/** The replies without their pictures (which come first, each a reply of its own). */
const texts = (replies: Reply[]) => textOf(replies.filter((r) => !r.image));

describe("统计", () => {
  it("gives the librarian every class this week and today's overdue totals", async () => {
    const s = await school();
    const late = await book(s.db, "西游记");
    await addLoan(s.db, s.ming.id, late.id, "2026-09-01");
    const replies = await send(s.bot, "librarian", "统计");
    expect(replies.some((r) => r.image)).toBe(false);
    const lines = textOf(replies).split("\n");
    expect(lines[0]).toBe(header);
    expect(lines.filter((l) => /^\d+\. /.test(l)).map((l) => l.split(" ")[1])).toEqual([
      "3-2",
      "4-1",
    ]);
    expect(lines.at(-1)).toBe(t(zh, "stats_overdue", { classes: 1, pupils: 1, items: 1 }));
    expect(lines.join("\n")).not.toContain("张小明");
  });

  it("gives a class teacher their class and the top three, with their class's chart first", async () => {
    const s = await school();
    const replies = await send(s.bot, "teacher", "/stats");
    expect(replies[0]).toMatchObject({
      text: "3-2 班借阅图表",
      image: { name: "借阅图表-3-2-2026-09-07.png" },
    });
    const png = pngPixels(Buffer.from(replies[0]?.image?.base64 ?? "", "base64"));
    expect(png.width).toBe(800);
    expect(replies.filter((r) => r.image)).toHaveLength(1);
    const text = texts(replies);
    const [head, yours, mine] = text.split("\n");
    expect([head, yours]).toEqual([header, t(zh, "push_figures_yours")]);
    expect(mine).toMatch(/^\d+\. 3-2 班/);
    expect(text).toContain(t(zh, "push_figures_top"));
  });

  it("is for teachers and the librarian, in private chats", async () => {
    const s = await school();
    expect(textOf(await send(s.bot, "parent", "统计"))).toBe(t(zh, "stats_not_allowed"));
    const group = await send(s.bot, "teacher", "/stats", { chatId: "g1", isGroup: true });
    expect(textOf(group)).toBe(t(zh, "stats_private"));
  });

  it("shows a named class to the librarian, and refuses a teacher another class with the reason", async () => {
    const s = await school();
    const replies = await send(s.bot, "librarian", "统计 4-1");
    expect(replies.filter((r) => r.image).map((r) => r.text)).toEqual(["4-1 班借阅图表"]);
    const text = texts(replies);
    const [head, yours, named] = text.split("\n");
    expect([head, yours]).toEqual([header, t(zh, "push_figures_yours")]);
    expect(named).toMatch(/^\d+\. 4-1 班/);
    expect(textOf(await send(s.bot, "teacher", "统计 4-1"))).toBe(
      t(zh, "class_not_your_class", { name: "4-1", mine: "3-2" }),
    );
    expect(texts(await send(s.bot, "teacher", "统计 三年二班"))).toMatch(/\d+\. 3-2 班/);
  });
});
