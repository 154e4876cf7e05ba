import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { testLibrary } from "../../support/library.ts";
import {
  addClass,
  addPupil,
  addTitle,
  bindAccount,
  chatAs,
  linkGroup,
  readerBot,
} from "./fixtures.ts";

// Today is 2026-09-09; "new" means added within the last 30 days.

async function shelfOfNews() {
  const lib = await testLibrary();
  const c2 = await addClass(lib.db, 2);
  const c8 = await addClass(lib.db, 8);
  const pupil = await addPupil(lib.db, "张小明", { classId: c2.id });
  await bindAccount(lib.db, "zhang", [pupil.id]);
  await linkGroup(lib.db, "class-8", c8.id);
  await addTitle(lib.db, "小猪唏哩呼噜", { gradeMin: 1, gradeMax: 3, addedOn: "2026-09-01" });
  await addTitle(lib.db, "草房子", {
    gradeMin: 1,
    gradeMax: 6,
    addedOn: "2026-09-05",
    recommended: true,
  });
  await addTitle(lib.db, "平凡的世界", { gradeMin: 7, gradeMax: 12, addedOn: "2026-09-08" });
  await addTitle(lib.db, "旧书", { addedOn: "2026-06-01" });
  return { lib, bot: readerBot(lib) };
}

describe("new-books dialog", () => {
  it("lists a parent's new titles for the child's grade, librarian picks first", async () => {
    const f = await shelfOfNews();
    const news = await chatAs(f.bot, "zhang").send("新书");
    expect(news.text).toBe(
      [
        t("zh-CN", "reader_new_header", { days: 30, total: 2, shown: 2 }),
        "· 【推荐】草房子 — 佚名 · 暂无馆藏 · 1–6年级",
        "· 小猪唏哩呼噜 — 佚名 · 暂无馆藏 · 1–3年级",
      ].join("\n"),
    );
  });

  it("gives a class group the titles of its class's grade", async () => {
    const f = await shelfOfNews();
    const group = chatAs(f.bot, "anyone", { chatId: "class-8", isGroup: true });
    const news = await group.send("/new");
    expect(news.text).toContain("平凡的世界");
    expect(news.text).not.toContain("草房子");
  });

  it("pages a long list ten at a time", async () => {
    const f = await shelfOfNews();
    for (let i = 1; i <= 12; i++) await addTitle(f.lib.db, `新书${i}`, { addedOn: "2026-09-02" });
    const anyone = chatAs(f.bot, "nobody");
    const first = await anyone.send("新书");
    expect(first.text.split("\n")).toHaveLength(1 + 10 + 1);
    expect(first.text).toContain(t("zh-CN", "page_of", { page: 1, pages: 2 }));
    expect(first.labels).toEqual([t("zh-CN", "page_next"), t("zh-CN", "page_done")]);
    const second = await anyone.send("1");
    expect(second.text.split("\n")).toHaveLength(5);
    expect(second.text.split("\n")[0]).toMatch(/^· 新书/);
  });

  it("keeps the listed ids and the first page's lines, and reads a later page when shown", async () => {
    const f = await shelfOfNews();
    for (let i = 1; i <= 60; i++) {
      await addTitle(f.lib.db, `新书${String(i).padStart(2, "0")}`, { addedOn: "2026-09-02" });
    }
    const first = await chatAs(f.bot, "nobody").send("新书");
    expect(first.text).toContain(t("zh-CN", "page_of", { page: 1, pages: 5 }));
    const [row] = await f.lib.db.dialogSession.findMany({ select: { state: true } });
    // All 50 hits with every fact made it ~13 KB.
    expect(Buffer.byteLength(row?.state ?? "")).toBeLessThan(2500);
    // As after a restart: the row is parsed, not taken from what this process kept.
    await f.lib.db.$executeRawUnsafe(`UPDATE "DialogSession" SET "state" = ' ' || "state"`);
    const shown = first.text.split("\n").slice(1, 11);
    for (let page = 2; page <= 5; page++) {
      const next = await chatAs(readerBot(f.lib), "nobody").send("1");
      const lines = next.text.split("\n").slice(0, 10);
      expect(lines.every((line) => /^· 新书\d\d — 佚名 · 暂无馆藏 · 各年级$/.test(line))).toBe(
        true,
      );
      shown.push(...lines);
    }
    expect(new Set(shown).size).toBe(50);
  });

  it("numbers no title, so 1 and 2 only ever answer the page menu (issue 16 trap 7)", async () => {
    const f = await shelfOfNews();
    for (let i = 1; i <= 12; i++) await addTitle(f.lib.db, `新书${i}`, { addedOn: "2026-09-02" });
    const first = await chatAs(f.bot, "nobody").send("新书");
    const listed = first.text.split("\n").slice(1, 11);
    expect(listed.every((line) => line.startsWith("· "))).toBe(true);
    expect(first.text).not.toMatch(/^\d+\. /m);
    expect(listed.filter((line) => line.includes("【推荐】"))).toEqual([
      "· 【推荐】草房子 — 佚名 · 暂无馆藏 · 1–6年级",
    ]);
  });

  it("says so when nothing is new", async () => {
    const f = await shelfOfNews();
    await f.lib.db.title.updateMany({ data: { addedOn: "2025-01-01" } });
    expect((await chatAs(f.bot, "zhang").send("新书")).text).toBe(
      t("zh-CN", "reader_new_none", { days: 30 }),
    );
  });
});
