import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { testLibrary } from "../../support/library.ts";
import {
  addClass,
  addCopy,
  addLoan,
  addPupil,
  addTitle,
  bindAccount,
  chatAs,
  readerBot,
} from "./fixtures.ts";

async function catalogue() {
  const lib = await testLibrary();
  const c3 = await addClass(lib.db, 3);
  const ming = await addPupil(lib.db, "张小明", { classId: c3.id });
  const hong = await addPupil(lib.db, "张小红", { classId: c3.id });
  await bindAccount(lib.db, "zhang", [ming.id, hong.id]);
  const xyj = await addTitle(lib.db, "西游记", {
    author: "吴承恩",
    isbn: "9787020008735",
    gradeMin: 3,
    gradeMax: 6,
  });
  const place = { callNumber: "I242.4/W84", location: "一楼借阅区" };
  await addCopy(lib.db, xyj.id, place);
  await addCopy(lib.db, xyj.id, place);
  await addLoan(lib.db, hong.id, xyj.id, { dueOn: "2026-09-12" });
  const dict = await addTitle(lib.db, "新华字典", { author: "商务印书馆", isReference: true });
  await addCopy(lib.db, dict.id, { callNumber: "H163/X", location: "工具书区" });
  return { lib, bot: readerBot(lib), ming, hong, xyj, dict };
}

describe("search dialog", () => {
  it("finds 西游记 by its initials and lists shelf, call number, location and grades", async () => {
    const f = await catalogue();
    const found = await chatAs(f.bot, "zhang").send("xyj");
    expect(found.text).toBe(t("zh-CN", "reader_search_found", { total: 1, shown: 1 }));
    expect(found.labels).toEqual([
      "西游记 — 吴承恩 · 在架 2/3 · I242.4/W84 · 一楼借阅区 · 3–6年级",
    ]);
  });

  it("marks reference books as in-library only and offers no reservation for them", async () => {
    const f = await catalogue();
    const zhang = chatAs(f.bot, "zhang");
    const found = await zhang.send("搜索 字典");
    expect(found.labels).toEqual([
      "新华字典 — 商务印书馆 · 在架 1/1 · H163/X · 工具书区 · 各年级 · 仅限馆内阅读",
    ]);
    const detail = await zhang.send("1");
    expect(detail.text).toContain(t("zh-CN", "reader_detail_reference"));
    expect(detail.labels).toEqual([t("zh-CN", "reader_action_back")]);
  });

  it("shows a chosen hit's details and goes back to the list", async () => {
    const f = await catalogue();
    const zhang = chatAs(f.bot, "zhang");
    await zhang.send("西游");
    const detail = await zhang.send("1");
    expect(detail.text.split("\n")).toEqual([
      "《西游记》 吴承恩",
      "ISBN：9787020008735",
      "索书号：I242.4/W84 · 位置：一楼借阅区",
      "在架 2 本，共 3 本",
      "适读：3–6年级",
      t("zh-CN", "reader_detail_come_borrow"),
      t("zh-CN", "reader_detail_prompt"),
    ]);
    expect(detail.labels).toEqual([
      t("zh-CN", "reader_action_reserve"),
      t("zh-CN", "reader_action_back"),
    ]);
    const back = await zhang.send("2");
    expect(back.labels).toHaveLength(1);
    expect(back.labels[0]).toContain("西游记");
  });

  it("says nothing was found, suggests pinyin or initials, and points to 帮助", async () => {
    const f = await catalogue();
    const none = await chatAs(f.bot, "zhang").send("红楼梦");
    const hint = t("zh-CN", "guess_help_hint");
    expect(none.text).toBe(`${t("zh-CN", "reader_search_none", { query: "红楼梦" })}\n${hint}`);
    expect(none.text).toContain("xyj");
  });

  it("explains a query that cannot be searched", async () => {
    const f = await catalogue();
    const long = await chatAs(f.bot, "zhang").send("搜索 " + "书".repeat(101));
    const hint = t("zh-CN", "guess_help_hint");
    expect(long.text).toBe(`${t("zh-CN", "reader_search_bad_query")}\n${hint}`);
  });

  it("asks what to look for when 搜索 comes alone", async () => {
    const f = await catalogue();
    const zhang = chatAs(f.bot, "zhang");
    expect((await zhang.send("搜索")).text).toBe(t("zh-CN", "reader_search_ask"));
    expect((await zhang.send("xiyouji")).labels[0]).toContain("西游记");
  });

  it("pages a long list eight at a time and starts a new search when text is typed", async () => {
    const f = await catalogue();
    for (let i = 1; i <= 12; i++) await addTitle(f.lib.db, `童话故事${String(i).padStart(2, "0")}`);
    const zhang = chatAs(f.bot, "zhang");
    const first = await zhang.send("童话故事");
    expect(first.text).toContain(t("zh-CN", "page_of", { page: 1, pages: 2 }));
    expect(first.labels).toHaveLength(9);
    expect(first.labels[8]).toBe(t("zh-CN", "page_next"));
    const second = await zhang.send("9");
    expect(second.text).toContain(t("zh-CN", "page_of", { page: 2, pages: 2 }));
    expect(second.labels.slice(0, 4)).toEqual(
      ["09", "10", "11", "12"].map((n) => `童话故事${n} — 佚名 · 暂无馆藏 · 各年级`),
    );
    const detail = await zhang.send("4");
    expect(detail.text).toContain("《童话故事12》");
    const fresh = await zhang.send("西游记");
    expect(fresh.labels[0]).toContain("西游记 — 吴承恩");
  });

  it("works in a group but sends reservations to a private chat", async () => {
    const f = await catalogue();
    await f.lib.db.copy.updateMany({ where: { titleId: f.xyj.id }, data: { status: "on_loan" } });
    const group = chatAs(f.bot, "zhang", { chatId: "class-3", isGroup: true });
    expect(await group.send("西游记")).toMatchObject({ text: "", labels: [] });
    const found = await group.send("/search 西游记");
    expect(found.labels[0]).toContain("西游记");
    const detail = await group.send("1");
    expect(detail.text).toContain(t("zh-CN", "reader_detail_reserve_private"));
    expect(detail.labels).toEqual([t("zh-CN", "reader_action_back")]);
  });

  it("offers reservation only after binding", async () => {
    const f = await catalogue();
    const stranger = chatAs(f.bot, "nobody");
    await stranger.send("西游记");
    const detail = await stranger.send("1");
    expect(detail.text).toContain(t("zh-CN", "reader_detail_reserve_bind"));
    expect(detail.labels).toEqual([t("zh-CN", "reader_action_back")]);
  });
});
