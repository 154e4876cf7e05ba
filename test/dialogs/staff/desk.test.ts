import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { addLoan, addPatron, book, school, send, textOf } from "./fixtures.ts";
import type { School } from "./fixtures.ts";

const zh = "zh-CN" as const;

const openLoans = (s: School, copyId: number) =>
  s.db.loan.count({ where: { copyId, returnedAt: null } });

describe("checkout at the desk", () => {
  it("lends a book to a card in one message and says title and due date", async () => {
    const s = await school();
    const b = await book(s.db, "西游记");
    const card = (await s.db.patron.findUniqueOrThrow({ where: { id: s.ming.id } })).cardNumber;
    const text = textOf(await send(s.bot, "librarian", `借 ${card} ${b.barcode}`));
    expect(text).toContain(t(zh, "desk_checked_out", { title: "西游记", due: "09-16" }));
    expect(text).toContain(t(zh, "desk_next_checkout"));
    const loan = await s.db.loan.findFirstOrThrow({ where: { copyId: b.id, returnedAt: null } });
    expect(loan).toMatchObject({ patronId: s.ming.id, dueOn: "2026-09-16" });
  });

  it("asks for the card, then the barcode, when the command comes alone", async () => {
    const s = await school();
    const b = await book(s.db, "西游记");
    const card = (await s.db.patron.findUniqueOrThrow({ where: { id: s.hai.id } })).cardNumber;
    expect(textOf(await send(s.bot, "librarian", "借"))).toBe(t(zh, "desk_ask_card"));
    expect(textOf(await send(s.bot, "librarian", card))).toBe(t(zh, "desk_ask_barcode"));
    const text = textOf(await send(s.bot, "librarian", b.barcode));
    expect(text).toContain(t(zh, "desk_checked_out", { title: "西游记", due: "09-16" }));
    expect(await openLoans(s, b.id)).toBe(1);
    expect(textOf(await send(s.bot, "librarian", "结束"))).toBe(
      t(zh, "desk_finished", { count: 1 }),
    );
  });

  it("lets a student librarian on duty check out", async () => {
    const s = await school();
    const b = await book(s.db, "西游记");
    const card = (await s.db.patron.findUniqueOrThrow({ where: { id: s.hong.id } })).cardNumber;
    const text = textOf(await send(s.bot, "xiaoguan", `借 ${card} ${b.barcode}`));
    expect(text).toContain(t(zh, "desk_checked_out", { title: "西游记", due: "09-16" }));
  });

  it("refuses a student librarian off duty and shows their shifts", async () => {
    const s = await school({ at: "2026-09-09T11:00:00+08:00" });
    const b = await book(s.db, "西游记");
    const text = textOf(await send(s.bot, "xiaoguan", `借 C1 ${b.barcode}`));
    expect(text).toContain(t(zh, "desk_off_duty"));
    expect(text).toContain(
      t(zh, "duty_line", { day: "周三", date: "09-09", start: "09:30", end: "10:30" }),
    );
    expect(await s.db.loan.count()).toBe(0);
  });

  it("refuses anyone who is not desk staff without asking for anything", async () => {
    const s = await school();
    const b = await book(s.db, "西游记");
    expect(textOf(await send(s.bot, "parent", `借 C1 ${b.barcode}`))).toBe(t(zh, "desk_not_staff"));
    expect(textOf(await send(s.bot, "teacher", "还"))).toBe(t(zh, "desk_not_staff"));
    expect(await s.db.loan.count()).toBe(0);
  });

  it("refuses a reader who has reached the loan limit, saying the limit", async () => {
    const s = await school();
    await addLoan(s.db, s.ming.id, (await book(s.db, "一")).id, "2026-09-12");
    await addLoan(s.db, s.ming.id, (await book(s.db, "二")).id, "2026-09-12");
    const b = await book(s.db, "西游记");
    const card = (await s.db.patron.findUniqueOrThrow({ where: { id: s.ming.id } })).cardNumber;
    const text = textOf(await send(s.bot, "librarian", `借 ${card} ${b.barcode}`));
    expect(text).toContain(t(zh, "desk_limit_reached", { max: 2 }));
    expect(await openLoans(s, b.id)).toBe(0);
  });

  it("refuses a reference book", async () => {
    const s = await school();
    const b = await book(s.db, "新华字典", { isReference: true });
    const card = (await s.db.patron.findUniqueOrThrow({ where: { id: s.ming.id } })).cardNumber;
    const text = textOf(await send(s.bot, "librarian", `借 ${card} ${b.barcode}`));
    expect(text).toContain(t(zh, "desk_reference_only"));
    expect(await openLoans(s, b.id)).toBe(0);
  });

  it.each([
    ["not_issued", "desk_card_not_issued"],
    ["suspended", "desk_suspended"],
    ["left", "desk_card_left"],
  ] as const)("refuses a card with status %s", async (status, key) => {
    const s = await school();
    const reader = await addPatron(s.db, "某某", { status });
    const b = await book(s.db, "西游记");
    const text = textOf(await send(s.bot, "librarian", `借 ${reader.cardNumber} ${b.barcode}`));
    expect(text).toContain(t(zh, key));
    expect(await openLoans(s, b.id)).toBe(0);
  });

  it("names an unknown card and an unknown barcode", async () => {
    const s = await school();
    const b = await book(s.db, "西游记");
    const card = (await s.db.patron.findUniqueOrThrow({ where: { id: s.ming.id } })).cardNumber;
    const unknownCard = textOf(await send(s.bot, "librarian", `借 X999 ${b.barcode}`));
    expect(unknownCard).toContain(t(zh, "desk_unknown_card", { card: "X999" }));
    const unknownCopy = textOf(await send(s.bot, "librarian", `借 ${card} Z404`));
    expect(unknownCopy).toContain(t(zh, "desk_unknown_copy", { barcode: "Z404" }));
  });

  it("refuses a copy that is out, and one set aside for another reader", async () => {
    const s = await school();
    const out = await book(s.db, "西游记");
    await addLoan(s.db, s.hai.id, out.id, "2026-09-12");
    const card = (await s.db.patron.findUniqueOrThrow({ where: { id: s.ming.id } })).cardNumber;
    const text = textOf(await send(s.bot, "librarian", `借 ${card} ${out.barcode}`));
    expect(text).toContain(t(zh, "desk_not_available"));
    const held = await book(s.db, "红楼梦");
    await s.db.copy.update({ where: { id: held.id }, data: { status: "on_hold_shelf" } });
    await s.db.hold.create({
      data: { titleId: held.titleId, patronId: s.hai.id, status: "ready", copyId: held.id },
    });
    const text2 = textOf(await send(s.bot, "librarian", `借 ${card} ${held.barcode}`));
    expect(text2).toContain(t(zh, "desk_held_for_other"));
    expect(await openLoans(s, held.id)).toBe(0);
  });

  it("says a typed word is no code and asks again", async () => {
    const s = await school();
    await send(s.bot, "librarian", "借");
    const text = textOf(await send(s.bot, "librarian", "我的书"));
    expect(text).toBe(
      [t(zh, "desk_not_a_code", { text: "我的书" }), t(zh, "desk_ask_card")].join("\n"),
    );
  });
});
