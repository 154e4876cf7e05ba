import { describe, expect, it } from "vitest";
import { systemActor } from "../../src/core/actor.ts";
import { returnCopy } from "../../src/core/circulation/return-copy.ts";
import { instantOf } from "../../src/core/dates.ts";
import { holdNotices } from "../../src/jobs/hold-notices.ts";
import { notifyHoldReady } from "../../src/jobs/hold-ready.ts";
import { testLibrary } from "../support/library.ts";
import { addAccount, addClass, addLoan, addPatron, inbox, jobContext } from "./fixtures.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;

/** One copy of 西游记 lent to Ann; Bo and then Cy wait for it. Today is Wed 2026-09-09. */
async function queue(lib: Lib) {
  const db = lib.db;
  const c = await addClass(db, 3, 2);
  const ann = await addPatron(db, "安安", { classId: c });
  const bo = await addPatron(db, "波波", { classId: c });
  const cy = await addPatron(db, "茜茜", { classId: c });
  await addAccount(db, "bo-home", [{ kind: "guardian", patronId: bo }]);
  await addAccount(db, "bo", [{ kind: "self", patronId: bo }]);
  await addAccount(db, "cy-home", [{ kind: "guardian", patronId: cy }], { muted: ["due_soon"] });
  const loan = await addLoan(db, ann, "西游记", "2026-09-16");
  const { copyId, copy } = await db.loan.findUniqueOrThrow({
    where: { id: loan.id },
    select: { copyId: true, copy: { select: { barcode: true, titleId: true } } },
  });
  const hold = (patronId: number, at: string) =>
    db.hold.create({ data: { titleId: copy.titleId, patronId, placedAt: new Date(at) } });
  const boHold = await hold(bo, "2026-09-01T09:00:00+08:00");
  const cyHold = await hold(cy, "2026-09-02T09:00:00+08:00");
  return { barcode: copy.barcode, copyId, boHold: boHold.id, cyHold: cyHold.id };
}

const morning = (lib: Lib, date: string) => lib.clock.set(`${date}T07:40:00+08:00`);
const slot = (lib: Lib, date: string) => instantOf(lib.timezone, date, "07:40");

describe("hold notices", () => {
  it("tells the reader and their parent at once when a returned copy is set aside, once", async () => {
    const lib = await testLibrary();
    const { barcode, boHold } = await queue(lib);
    const r = await returnCopy(lib, systemActor, { barcode });
    expect(r.ok && r.value.hold?.holdId).toBe(boHold);
    expect(await notifyHoldReady(lib, boHold, { defaultLocale: "zh-CN" })).toBe(2);
    expect(await notifyHoldReady(lib, boHold, { defaultLocale: "zh-CN" })).toBe(0);
    const box = await inbox(lib.db);
    expect(box.get("bo-home")).toEqual([
      "波波 预约的《西游记》已到馆，请在 2026-09-14 前到图书馆领取。",
    ]);
    expect(box.get("bo")).toHaveLength(1);
    expect(box.has("cy-home")).toBe(false);
  });

  it("reminds on the last open day before the pickup date, and not on the weekend after", async () => {
    const lib = await testLibrary();
    const { barcode, boHold } = await queue(lib);
    await returnCopy(lib, systemActor, { barcode });
    await notifyHoldReady(lib, boHold, { defaultLocale: "zh-CN" });
    morning(lib, "2026-09-10");
    expect(await holdNotices(lib, jobContext(lib))).toMatchObject({ lastDay: 0, enqueued: 0 });
    morning(lib, "2026-09-11");
    const friday = await holdNotices(
      lib,
      jobContext(lib, { previousSlot: slot(lib, "2026-09-10") }),
    );
    expect(friday).toMatchObject({ ready: 0, lastDay: 1, enqueued: 2 });
    const texts = (await inbox(lib.db)).get("bo-home") ?? [];
    expect(texts.at(-1)).toBe(
      "预约提醒：\n波波 预约的《西游记》请在 2026-09-14 前领取，过期将让给下一位读者。",
    );
    morning(lib, "2026-09-12");
    const saturday = await holdNotices(
      lib,
      jobContext(lib, { previousSlot: slot(lib, "2026-09-11") }),
    );
    expect(saturday).toMatchObject({ lastDay: 0, enqueued: 0 });
  });

  it("expires an uncollected hold, serves the next reader and tells both families", async () => {
    const lib = await testLibrary();
    const { barcode, boHold, cyHold, copyId } = await queue(lib);
    await returnCopy(lib, systemActor, { barcode });
    await notifyHoldReady(lib, boHold, { defaultLocale: "zh-CN" });
    morning(lib, "2026-09-15");
    const run = await holdNotices(lib, jobContext(lib, { previousSlot: slot(lib, "2026-09-14") }));
    expect(run).toMatchObject({ expired: 1, passedOn: 1, ready: 1, enqueued: 3 });
    const holds = await lib.db.hold.findMany({
      orderBy: { id: "asc" },
      select: { id: true, status: true, copyId: true },
    });
    expect(holds).toEqual([
      { id: boHold, status: "expired", copyId },
      { id: cyHold, status: "ready", copyId },
    ]);
    const box = await inbox(lib.db);
    expect(box.get("cy-home")).toEqual([
      "预约提醒：\n茜茜 预约的《西游记》已到馆，请在 2026-09-18 前到图书馆领取。",
    ]);
    expect(box.get("bo-home")?.at(-1)).toContain("波波 预约的《西游记》已过领取期限");
    const again = await holdNotices(
      lib,
      jobContext(lib, { previousSlot: slot(lib, "2026-09-14") }),
    );
    expect(again["enqueued"]).toBe(0);
  });

  it("catches up a ready hold whose notice was never queued", async () => {
    const lib = await testLibrary();
    const { barcode } = await queue(lib);
    await returnCopy(lib, systemActor, { barcode });
    morning(lib, "2026-09-10");
    const run = await holdNotices(lib, jobContext(lib, { previousSlot: slot(lib, "2026-09-09") }));
    expect(run).toMatchObject({ ready: 1, enqueued: 2 });
    expect((await inbox(lib.db)).get("bo")?.[0]).toContain("已到馆");
  });
});
