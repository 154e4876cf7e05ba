import { describe, expect, it } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import { lendToCorner, openCornerBatch } from "../../../src/core/corners/class-corner.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import { addLoan, book, school, send, textOf } from "./fixtures.ts";

const zh = "zh-CN" as const;

describe("return at the desk", () => {
  it("scans two returns in a row without repeating the command", async () => {
    const s = await school();
    const one = await book(s.db, "西游记");
    const two = await book(s.db, "水浒传");
    await addLoan(s.db, s.ming.id, one.id, "2026-09-12");
    await addLoan(s.db, s.hai.id, two.id, "2026-09-12");
    const first = textOf(await send(s.bot, "xiaoguan", `还 ${one.barcode}`));
    expect(first).toBe(
      [t(zh, "desk_returned", { title: "西游记" }), t(zh, "desk_next_return")].join("\n"),
    );
    const second = textOf(await send(s.bot, "xiaoguan", two.barcode));
    expect(second).toContain(t(zh, "desk_returned", { title: "水浒传" }));
    expect(await s.db.loan.count({ where: { returnedAt: null } })).toBe(0);
    expect(await s.db.copy.count({ where: { status: "available" } })).toBe(2);
    expect(textOf(await send(s.bot, "xiaoguan", "结束"))).toBe(
      t(zh, "desk_finished", { count: 2 }),
    );
  });

  it("takes back a copy lent to a class corner and serves a waiting hold", async () => {
    const s = await school();
    const b = await book(s.db, "西游记");
    const other = await book(s.db, "水浒传");
    const batch = await openCornerBatch(s.lib, systemActor, { className: "3-2" });
    if (!batch.ok) throw new Error(batch.code);
    for (const copy of [b, other]) {
      await lendToCorner(s.lib, systemActor, {
        batchId: batch.value.batchId,
        barcode: copy.barcode,
      });
    }
    const hold = await s.db.hold.create({
      data: { titleId: b.titleId, patronId: s.hai.id },
      select: { id: true },
    });
    const text = textOf(await send(s.bot, "librarian", `还 ${b.barcode}`));
    expect(text).toContain(
      t(zh, "corner_returned", { title: "西游记", className: "3-2", stillOut: 1 }),
    );
    expect(await s.db.cornerLoan.count({ where: { returnedAt: null } })).toBe(1);
    const row = await s.db.hold.findUniqueOrThrow({ where: { id: hold.id } });
    expect(row).toMatchObject({ status: "ready", copyId: b.id });
    expect(await s.db.auditLog.count({ where: { action: "corner.return" } })).toBe(1);
    expect(textOf(await send(s.bot, "librarian", b.barcode))).toContain(
      t(zh, "desk_not_on_loan", { barcode: b.barcode }),
    );
    expect(textOf(await send(s.bot, "librarian", "结束"))).toBe(
      t(zh, "desk_finished", { count: 1 }),
    );
  });

  it("sets a returned copy aside for the next reader in the queue", async () => {
    const s = await school();
    const b = await book(s.db, "西游记");
    await addLoan(s.db, s.ming.id, b.id, "2026-09-12");
    const hold = await s.db.hold.create({
      data: { titleId: b.titleId, patronId: s.hai.id },
      select: { id: true },
    });
    const text = textOf(await send(s.bot, "librarian", `还 ${b.barcode}`));
    const pickupBy = s.lib.calendar.addOpenDays("2026-09-09", 3);
    expect(text).toContain(
      [
        t(zh, "desk_returned", { title: "西游记" }),
        t(zh, "desk_returned_hold", { pickupBy: pickupBy.slice(5) }),
      ].join(t(zh, "desk_sep")),
    );
    const row = await s.db.hold.findUniqueOrThrow({ where: { id: hold.id } });
    expect(row).toMatchObject({ status: "ready", copyId: b.id, pickupBy });
  });

  it("says how late a return is and that the card is reinstated", async () => {
    const s = await school();
    const b = await book(s.db, "西游记");
    await addLoan(s.db, s.hai.id, b.id, "2026-08-25");
    await s.db.patron.update({ where: { id: s.hai.id }, data: { status: "suspended" } });
    const text = textOf(await send(s.bot, "librarian", `还 ${b.barcode}`));
    expect(text).toContain(
      [
        t(zh, "desk_returned", { title: "西游记" }),
        t(zh, "desk_returned_late", { days: 15 }),
        t(zh, "desk_returned_unsuspended"),
      ].join(t(zh, "desk_sep")),
    );
    const patron = await s.db.patron.findUniqueOrThrow({ where: { id: s.hai.id } });
    expect(patron.status).toBe("active");
  });

  it("says a book that is not on loan needs no return, and an unknown barcode", async () => {
    const s = await school();
    const b = await book(s.db, "西游记");
    const text = textOf(await send(s.bot, "librarian", `还 ${b.barcode}`));
    expect(text).toContain(t(zh, "desk_not_on_loan", { barcode: b.barcode }));
    const next = textOf(await send(s.bot, "librarian", "Q1"));
    expect(next).toContain(t(zh, "desk_unknown_copy", { barcode: "Q1" }));
  });

  it("switches from returns to a checkout inside the loop", async () => {
    const s = await school();
    const one = await book(s.db, "西游记");
    const two = await book(s.db, "水浒传");
    await addLoan(s.db, s.ming.id, one.id, "2026-09-12");
    await send(s.bot, "librarian", `还 ${one.barcode}`);
    const card = (await s.db.patron.findUniqueOrThrow({ where: { id: s.hai.id } })).cardNumber;
    const text = textOf(await send(s.bot, "librarian", `借 ${card} ${two.barcode}`));
    expect(text).toContain(t(zh, "desk_checked_out", { title: "水浒传", due: "09-16" }));
    expect(text).toContain(t(zh, "desk_next_checkout"));
    const loan = await s.db.loan.findFirstOrThrow({ where: { copyId: two.id } });
    expect(loan.patronId).toBe(s.hai.id);
  });

  it("stops the loop when the duty shift has ended between two scans", async () => {
    const s = await school({ at: "2026-09-09T10:25:00+08:00" });
    const one = await book(s.db, "西游记");
    const two = await book(s.db, "水浒传");
    await addLoan(s.db, s.ming.id, one.id, "2026-09-12");
    await addLoan(s.db, s.ming.id, two.id, "2026-09-12");
    await send(s.bot, "xiaoguan", `还 ${one.barcode}`);
    s.lib.clock.set("2026-09-09T10:31:00+08:00");
    const text = textOf(await send(s.bot, "xiaoguan", two.barcode));
    expect(text).toContain(t(zh, "desk_off_duty"));
    expect(text).not.toContain(t(zh, "desk_next_return"));
    expect(await s.db.loan.count({ where: { copyId: two.id, returnedAt: null } })).toBe(1);
  });

  it("leaves the loop on 取消", async () => {
    const s = await school();
    await send(s.bot, "librarian", "还");
    expect(textOf(await send(s.bot, "librarian", "取消"))).toBe(t(zh, "cancelled"));
    expect(await s.db.dialogSession.count()).toBe(0);
  });
});
