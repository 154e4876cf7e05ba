import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { titleHasCopyWithStatus } from "../../src/db/copy-repo.ts";
import {
  countActiveHolds,
  findActiveHoldOf,
  findHoldableTitle,
  hasServableHoldByOther,
} from "../../src/db/hold-repo.ts";
import { findLoanForRenewal, hasOpenLoanOfTitle } from "../../src/db/loan-repo.ts";
import { findPatronById } from "../../src/db/patron-repo.ts";
import { freshDb } from "../support/db.ts";
import { addHold, addLoan, addPatron, addTitle } from "../core/reports/fixtures.ts";

async function school(db: Db) {
  const kid = await addPatron(db, { name: "陈一", status: "suspended" });
  const teacher = await addPatron(db, { name: "赵老师", role: "teacher" });
  const book = await addTitle(db, { title: "草房子", copies: ["on_loan", "on_hold_shelf"] });
  const atlas = await addTitle(db, { title: "地图册", isReference: true, copies: ["available"] });
  return { kid, teacher, book, atlas };
}

describe("reads of a renewal and a hold attempt", () => {
  it("reads a loan for renewal with its patron and title, returned or not", async () => {
    const { db } = await freshDb();
    const { kid, book } = await school(db);
    const copyId = book.copyIds[0] ?? 0;
    const open = await addLoan(db, { copyId, patronId: kid, dueOn: "2026-09-20", renewals: 1 });
    const done = await addLoan(db, { copyId, patronId: kid, dueOn: "2026-09-01", returned: true });
    expect(await findLoanForRenewal(db, open)).toEqual({
      id: open,
      patronId: kid,
      dueOn: "2026-09-20",
      renewals: 1,
      returnedAt: null,
      patron: { role: "student", status: "suspended" },
      copy: { titleId: book.id },
    });
    expect((await findLoanForRenewal(db, done))?.returnedAt).toEqual(
      new Date("2026-09-01T10:00:00+08:00"),
    );
    expect(await findLoanForRenewal(db, done + 100)).toBeNull();
    expect(await hasOpenLoanOfTitle(db, kid, book.id)).toBe(true);
    await db.loan.update({ where: { id: open }, data: { returnedAt: new Date() } });
    expect(await hasOpenLoanOfTitle(db, kid, book.id)).toBe(false);
  });

  it("reads patrons, titles and copies on the shelf by id and status", async () => {
    const { db } = await freshDb();
    const { teacher, book, atlas } = await school(db);
    expect(await findPatronById(db, teacher)).toEqual({
      id: teacher,
      name: "赵老师",
      role: "teacher",
      status: "active",
    });
    expect(await findPatronById(db, teacher + 100)).toBeNull();
    expect(await findHoldableTitle(db, atlas.id)).toEqual({ id: atlas.id, isReference: true });
    expect(await findHoldableTitle(db, book.id)).toEqual({ id: book.id, isReference: false });
    expect(await findHoldableTitle(db, atlas.id + 100)).toBeNull();
    expect(await titleHasCopyWithStatus(db, atlas.id, "available")).toBe(true);
    expect(await titleHasCopyWithStatus(db, book.id, "available")).toBe(false);
  });

  it("finds a patron's active hold, counts them, and sees others queued on a title", async () => {
    const { db } = await freshDb();
    const { kid, teacher, book, atlas } = await school(db);
    const copyId = book.copyIds[1] ?? 0;
    await addHold(db, { titleId: atlas.id, patronId: kid, status: "cancelled" });
    const ready = await addHold(db, { titleId: book.id, patronId: kid, status: "ready", copyId });
    expect(await findActiveHoldOf(db, kid, book.id)).toEqual({
      id: ready,
      status: "ready",
      copyId,
    });
    expect(await findActiveHoldOf(db, kid, atlas.id)).toBeNull();
    const queued = await addHold(db, { titleId: atlas.id, patronId: kid });
    expect(await findActiveHoldOf(db, kid, atlas.id)).toEqual({
      id: queued,
      status: "queued",
      copyId: null,
    });
    expect(await countActiveHolds(db, kid)).toBe(2);
    expect(await countActiveHolds(db, teacher)).toBe(0);
    expect(await hasServableHoldByOther(db, atlas.id, kid)).toBe(false);
    // The kid's card is suspended: their queued hold waits, but does not count as servable.
    expect(await hasServableHoldByOther(db, atlas.id, teacher)).toBe(false);
    await db.patron.update({ where: { id: kid }, data: { status: "active" } });
    expect(await hasServableHoldByOther(db, atlas.id, teacher)).toBe(true);
    expect(await hasServableHoldByOther(db, book.id, teacher)).toBe(false);
  });
});
