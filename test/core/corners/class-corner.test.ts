import { describe, expect, it } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import { lendToCorner, openCornerBatch } from "../../../src/core/corners/class-corner.ts";
import { classFigures } from "../../../src/core/reports/class-figures.ts";
import { instantOf } from "../../../src/core/dates.ts";
import { cornerOverdue } from "../../../src/jobs/corner-overdue.ts";
import {
  addAccount,
  addClass,
  addPatron,
  addTitle,
  inbox,
  jobContext,
} from "../../jobs/fixtures.ts";
import { testLibrary } from "../../support/library.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;

async function copyOf(lib: Lib, title: string, barcode: string) {
  const titleId = await addTitle(lib.db, title);
  await lib.db.copy.create({ data: { barcode, titleId } });
}

async function lendBatch(lib: Lib, className: string, barcodes: string[], dueOn?: string) {
  const batch = await openCornerBatch(lib, systemActor, { className, ...(dueOn ? { dueOn } : {}) });
  if (!batch.ok) throw new Error(batch.code);
  for (const barcode of barcodes) {
    await lendToCorner(lib, systemActor, { batchId: batch.value.batchId, barcode });
  }
  return batch.value.batchId;
}

describe("class book corners (集体借阅)", () => {
  it("makes one corner loan when two desks scan the same copy at once", async () => {
    const lib = await testLibrary();
    await addClass(lib.db, 3, 1);
    await addClass(lib.db, 3, 2);
    await copyOf(lib, "西游记", "X1");
    const a = await openCornerBatch(lib, systemActor, { className: "3-1" });
    const b = await openCornerBatch(lib, systemActor, { className: "3-2" });
    if (!a.ok || !b.ok) throw new Error("batches not opened");
    const results = await Promise.all([
      lendToCorner(lib, systemActor, { batchId: a.value.batchId, barcode: "X1" }),
      lendToCorner(lib, systemActor, { batchId: b.value.batchId, barcode: "X1" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, code: "in_corner" });
    expect(await lib.db.cornerLoan.count()).toBe(1);
  });

  it("counts the corner's books in the class figures apart from personal loans", async () => {
    const lib = await testLibrary();
    const c = await addClass(lib.db, 3, 1);
    await addPatron(lib.db, "张小红", { classId: c });
    await copyOf(lib, "西游记", "X1");
    await copyOf(lib, "水浒传", "X2");
    await lendBatch(lib, "3-1", ["X1", "X2"]);
    const r = await classFigures(lib, systemActor);
    expect(r.ok && r.value.classes[0]).toMatchObject({
      className: "3-1",
      loansThisTerm: 0,
      loansThisWeek: 0,
      cornerLentThisTerm: 2,
      cornerOut: 2,
    });
  });

  it("tells the class teacher, never the pupils, when a corner batch is late, then weekly", async () => {
    const lib = await testLibrary({ at: "2026-10-31T17:30:00+08:00" });
    const c = await addClass(lib.db, 3, 1);
    const pupil = await addPatron(lib.db, "张小红", { classId: c });
    const tao = await addPatron(lib.db, "陶老师", { role: "teacher", heads: [c] });
    await addAccount(lib.db, "home", [{ kind: "guardian", patronId: pupil }]);
    await addAccount(lib.db, "tao", [{ kind: "teacher", patronId: tao }]);
    await lib.db.chatGroup.create({ data: { platform: "telegram", chatId: "g31", classId: c } });
    await copyOf(lib, "西游记", "X1");
    lib.clock.set("2026-10-20T10:00:00+08:00");
    await lendBatch(lib, "3-1", ["X1"], "2026-10-30");
    lib.clock.set("2026-10-30T17:30:00+08:00");
    expect(await cornerOverdue(lib, jobContext(lib))).toMatchObject({ batches: 0, enqueued: 0 });
    lib.clock.set("2026-10-31T17:30:00+08:00");
    const day1 = { previousSlot: instantOf(lib.timezone, "2026-10-30", "17:30") };
    expect(await cornerOverdue(lib, jobContext(lib, day1))).toMatchObject({ enqueued: 1 });
    lib.clock.set("2026-11-01T17:30:00+08:00");
    const day2 = { previousSlot: instantOf(lib.timezone, "2026-10-31", "17:30") };
    expect(await cornerOverdue(lib, jobContext(lib, day2))).toMatchObject({ enqueued: 0 });
    lib.clock.set("2026-11-07T17:30:00+08:00");
    const day8 = { previousSlot: instantOf(lib.timezone, "2026-11-06", "17:30") };
    expect(await cornerOverdue(lib, jobContext(lib, day8))).toMatchObject({ enqueued: 1 });
    const box = await inbox(lib.db);
    expect(box.get("tao")).toEqual([
      "班级图书角：3-1 班有 1 本集体借阅的书 2026-10-30 已到期，请组织学生整理归还图书馆。",
      "班级图书角：3-1 班有 1 本集体借阅的书 2026-10-30 已到期，请组织学生整理归还图书馆。",
    ]);
    expect([...box.keys()]).toEqual(["tao"]);
  });
});
