import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { addLoan, book, press, school, send, textOf } from "./fixtures.ts";
import type { School } from "./fixtures.ts";

const zh = "zh-CN" as const;

/** 西游记 (list price ¥25.00) lent to 张小明. */
async function lentBook(s: School) {
  const copy = await book(s.db, "西游记");
  await s.db.copy.update({ where: { id: copy.id }, data: { priceCents: 2500 } });
  const loan = await addLoan(s.db, s.ming.id, copy.id, "2026-09-16");
  return { ...copy, loanId: loan.id };
}

const charges = (s: School) =>
  s.db.charge.findMany({ select: { id: true, kind: true, amountCents: true, status: true } });

describe("丢失 and 损坏", () => {
  it("records a lost book at list price: the loan closes and the charge is open", async () => {
    const s = await school();
    const copy = await lentBook(s);
    const reply = textOf(await send(s.bot, "librarian", `丢失 ${copy.barcode}`));
    const [charge] = await charges(s);
    expect(charge).toMatchObject({ kind: "lost", amountCents: 2500, status: "open" });
    expect(reply).toBe(
      t(zh, "charge_lost_done", { title: "西游记", amount: "¥25.00", id: charge?.id ?? 0 }),
    );
    expect((await s.db.copy.findUniqueOrThrow({ where: { id: copy.id } })).status).toBe("lost");
    const loan = await s.db.loan.findUniqueOrThrow({ where: { id: copy.loanId } });
    expect(loan.returnedAt).not.toBeNull();
  });

  it("asks for the barcode when the command has none", async () => {
    const s = await school();
    const copy = await lentBook(s);
    expect(textOf(await send(s.bot, "librarian", "丢失"))).toBe(t(zh, "charge_ask_barcode_lost"));
    await send(s.bot, "librarian", copy.barcode);
    expect(await charges(s)).toMatchObject([{ kind: "lost", amountCents: 2500 }]);
  });

  it("charges a damaged book the amount given, nothing when repairable", async () => {
    const s = await school();
    const first = await lentBook(s);
    await send(s.bot, "librarian", `损坏 ${first.barcode} 12.5`);
    const second = await lentBook(s);
    const free = textOf(await send(s.bot, "librarian", `损坏 ${second.barcode} 0`));
    expect(free).toBe(t(zh, "charge_damaged_free", { title: "西游记" }));
    expect(await charges(s)).toMatchObject([
      { kind: "damaged", amountCents: 1250, status: "open" },
      { kind: "damaged", amountCents: 0, status: "waived" },
    ]);
  });

  it("asks for the amount of a book with no list price, and takes one typed after the barcode", async () => {
    const s = await school();
    const unpriced = await book(s.db, "草房子");
    await addLoan(s.db, s.ming.id, unpriced.id, "2026-09-16");
    const asked = textOf(await send(s.bot, "librarian", `丢失 ${unpriced.barcode}`));
    expect(asked).toBe(t(zh, "charge_ask_amount"));
    expect(await charges(s)).toEqual([]);
    const done = textOf(await send(s.bot, "librarian", "30"));
    const [charge] = await charges(s);
    expect(done).toBe(
      t(zh, "charge_lost_done", { title: "草房子", amount: "¥30.00", id: charge?.id ?? 0 }),
    );
    const priced = await lentBook(s);
    await send(s.bot, "librarian", `丢失 ${priced.barcode} 18`);
    expect((await charges(s)).map((c) => c.amountCents)).toEqual([3000, 1800]);
  });

  it("refuses a bad amount, an unknown barcode and a book not on loan, writing nothing", async () => {
    const s = await school();
    const copy = await lentBook(s);
    const shelved = await book(s.db, "红楼梦");
    const say = async (text: string) => textOf(await send(s.bot, "librarian", text));
    expect(await say(`损坏 ${copy.barcode} 十元`)).toBe(
      t(zh, "charge_bad_amount", { text: "十元" }),
    );
    expect(await say("丢失 NOPE-1")).toBe(t(zh, "desk_unknown_copy", { barcode: "NOPE-1" }));
    expect(await say(`丢失 ${shelved.barcode}`)).toBe(
      t(zh, "charge_not_on_loan", { barcode: shelved.barcode }),
    );
    expect(await charges(s)).toEqual([]);
    expect((await s.db.copy.findUniqueOrThrow({ where: { id: copy.id } })).status).toBe("on_loan");
  });

  it("is the librarian's alone: others and group chats are told so and nothing is written", async () => {
    const s = await school();
    const copy = await lentBook(s);
    for (const who of ["teacher", "xiaoguan", "parent", "stranger"]) {
      const reply = textOf(await send(s.bot, who, `丢失 ${copy.barcode}`));
      expect(reply).toBe(t(zh, "charge_librarian_only"));
    }
    const inGroup = await send(s.bot, "librarian", `/lost ${copy.barcode}`, {
      chatId: "g1",
      isGroup: true,
    });
    expect(textOf(inGroup)).toBe(t(zh, "charge_librarian_only"));
    expect(await charges(s)).toEqual([]);
  });

  it("leaves a search that only starts with the word a search", async () => {
    const s = await school();
    expect(textOf(await send(s.bot, "parent", "丢失的猫"))).toBe("(search)");
  });
});

describe("赔偿", () => {
  it("lists open charges and records the chosen one as paid, once", async () => {
    const s = await school();
    const copy = await lentBook(s);
    await send(s.bot, "librarian", `丢失 ${copy.barcode}`);
    const [charge] = await charges(s);
    const id = charge?.id ?? 0;
    const list = await send(s.bot, "librarian", "赔偿");
    expect(textOf(list)).toContain(t(zh, "charges_pick", { count: 1 }));
    expect(list.at(-1)?.choices?.[0]?.label).toBe(
      t(zh, "charges_label", {
        id,
        name: "张小明",
        className: "3-2",
        title: "西游记",
        amount: "¥25.00",
        lost: true,
      }),
    );
    const settle = await send(s.bot, "librarian", "1");
    expect(textOf(await press(s.bot, "librarian", settle, "paid"))).toBe(
      t(zh, "charges_paid", { id }),
    );
    expect(textOf(await press(s.bot, "librarian", settle, "waived"))).toBe(t(zh, "menu_expired"));
    expect(await charges(s)).toMatchObject([{ status: "paid" }]);
    expect(textOf(await send(s.bot, "librarian", "赔偿"))).toBe(t(zh, "charges_none"));
    const audit = await s.db.auditLog.findMany({ where: { action: "charge.settle" } });
    expect(audit).toHaveLength(1);
  });

  it("goes back to the list from a charge, and records a waiver", async () => {
    const s = await school();
    for (let i = 0; i < 2; i++)
      await send(s.bot, "librarian", `丢失 ${(await lentBook(s)).barcode}`);
    await send(s.bot, "librarian", "赔偿");
    await send(s.bot, "librarian", "2");
    const again = await send(s.bot, "librarian", "3");
    expect(textOf(again)).toContain(t(zh, "charges_pick", { count: 2 }));
    await send(s.bot, "librarian", "2");
    await send(s.bot, "librarian", "2");
    expect((await charges(s)).map((c) => c.status)).toEqual(["open", "waived"]);
  });

  it("is the librarian's alone", async () => {
    const s = await school();
    expect(textOf(await send(s.bot, "teacher", "赔偿"))).toBe(t(zh, "charge_librarian_only"));
  });
});
