import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { testLibrary } from "../../support/library.ts";
import { addCopy, addTitle, chatAs, readerBot } from "./fixtures.ts";

/** 45 titles that one query finds, each with a copy: a search lists 40 of them, 5 pages. */
async function shelfOfSeaBooks() {
  const lib = await testLibrary();
  for (let i = 1; i <= 45; i++) {
    const n = String(i).padStart(2, "0");
    const title = await addTitle(lib.db, `海洋生物百科全书第${n}册`, {
      author: `青少年百科编委会 编著`,
      isbn: `97875358${String(10000 + i).slice(1)}2`,
      gradeMin: 3,
      gradeMax: 9,
    });
    await addCopy(lib.db, title.id, { callNumber: `Q178.53-49/H${n}`, location: "一楼借阅区" });
  }
  return lib;
}

type Lib = Awaited<ReturnType<typeof testLibrary>>;

const storedState = async (lib: Lib) => {
  const rows = await lib.db.dialogSession.findMany({ select: { state: true } });
  expect(rows).toHaveLength(1);
  return rows[0]?.state ?? "";
};

/**
 * As after a restart: the row's text no longer matches what this process wrote (JSON allows
 * leading blanks), so the next turn parses it instead of taking the state it kept in memory.
 */
const forgetWrittenState = (lib: Lib) =>
  lib.db.$executeRawUnsafe(`UPDATE "DialogSession" SET "state" = ' ' || "state"`);

const titleOf = (label: string | undefined) => label?.split(" — ")[0] ?? "";

describe("what a search dialog stores", () => {
  it("keeps a menu of 40 hits in well under 4 KB of state (ids and the shown page, not every hit)", async () => {
    const lib = await shelfOfSeaBooks();
    const found = await chatAs(readerBot(lib), "zhang").send("海洋生物");
    expect(found.text).toContain(t("zh-CN", "reader_search_found", { total: 45, shown: 40 }));
    expect(found.labels).toHaveLength(9);
    // Every hit's facts made it ~12 KB; now the 40 ids, the first page's lines and its menu.
    expect(Buffer.byteLength(await storedState(lib))).toBeLessThan(3500);
  });

  it("shows the right title for a hit chosen on a later page after a restart", async () => {
    const lib = await shelfOfSeaBooks();
    const zhang = chatAs(readerBot(lib), "zhang");
    await zhang.send("海洋生物");
    await forgetWrittenState(lib);
    const restarted = chatAs(readerBot(lib), "zhang");
    const second = await restarted.send("9");
    expect(second.text).toContain(t("zh-CN", "page_of", { page: 2, pages: 5 }));
    const third = titleOf(second.labels[2]);
    expect(third).toMatch(/^海洋生物百科全书第\d\d册$/);
    await forgetWrittenState(lib);
    const detail = await chatAs(readerBot(lib), "zhang").send("3");
    expect(detail.text.split("\n")[0]).toBe(`《${third}》 青少年百科编委会 编著`);
    expect(detail.text).toContain(t("zh-CN", "reader_detail_come_borrow"));
  });

  it("goes back (上一步) from a hit's details to the page it was chosen on", async () => {
    const lib = await shelfOfSeaBooks();
    const zhang = chatAs(readerBot(lib), "zhang");
    await zhang.send("海洋生物");
    const second = await zhang.send("9");
    await zhang.send("1");
    const back = await zhang.send("上一步");
    expect(back.text).toContain(t("zh-CN", "page_of", { page: 2, pages: 5 }));
    expect(back.labels.slice(0, 8)).toEqual(second.labels.slice(0, 8));
    await forgetWrittenState(lib);
    const detail = await chatAs(readerBot(lib), "zhang").send("2");
    expect(detail.text.split("\n")[0]).toBe(
      `《${titleOf(second.labels[1])}》 青少年百科编委会 编著`,
    );
  });

  it("says a chosen title has left the catalogue since the search", async () => {
    const lib = await shelfOfSeaBooks();
    const zhang = chatAs(readerBot(lib), "zhang");
    const found = await zhang.send("海洋生物");
    const gone = await lib.db.title.findFirstOrThrow({
      where: { title: titleOf(found.labels[0]) },
    });
    await lib.db.copy.deleteMany({ where: { titleId: gone.id } });
    await lib.db.title.delete({ where: { id: gone.id } });
    const detail = await zhang.send("1");
    expect(detail.text).toBe(t("zh-CN", "reader_hold_unknown_title"));
    expect(await lib.db.dialogSession.count()).toBe(0);
  });
});
