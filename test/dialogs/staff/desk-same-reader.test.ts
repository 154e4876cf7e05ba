import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { book, school, send, textOf } from "./fixtures.ts";

const zh = "zh-CN" as const;

// Issue 16 item 1: after 借 CARD BARCODE the pupil's next book was read as a card number, and
// the error came one step late ("找不到借书证号 …").
describe("the desk after a checkout", () => {
  it("lends the next scanned book to the same pupil until a new card is scanned", async () => {
    const s = await school();
    const first = await book(s.db, "西游记");
    const second = await book(s.db, "水浒传");
    const third = await book(s.db, "红楼梦");
    const card = (await s.db.patron.findUniqueOrThrow({ where: { id: s.ming.id } })).cardNumber;
    const other = (await s.db.patron.findUniqueOrThrow({ where: { id: s.hai.id } })).cardNumber;
    await send(s.bot, "librarian", `借 ${card} ${first.barcode}`);
    const next = textOf(await send(s.bot, "librarian", second.barcode));
    expect(next).toContain(t(zh, "desk_same_reader", { card, barcode: second.barcode }));
    expect(next).toContain(t(zh, "desk_checked_out", { title: "水浒传", due: "09-16" }));
    expect(await s.db.loan.count({ where: { patronId: s.ming.id, returnedAt: null } })).toBe(2);
    expect(textOf(await send(s.bot, "librarian", other))).toBe(t(zh, "desk_ask_barcode"));
    await send(s.bot, "librarian", third.barcode);
    const lent = await s.db.loan.findFirstOrThrow({ where: { copyId: third.id } });
    expect(lent.patronId).toBe(s.hai.id);
  });
});
