import { describe, expect, it } from "vitest";
import { SchoolCalendar } from "../../src/core/calendar.ts";
import { instantOf } from "../../src/core/dates.ts";
import { leavingClearance } from "../../src/jobs/leaving-clearance.ts";
import { testLibrary } from "../support/library.ts";
import { addAccount, addClass, addLoan, addPatron, inbox, jobContext } from "./fixtures.ts";

const spring = { name: "2027春", startsOn: "2027-02-20", endsOn: "2027-07-09" };

/** A school in the spring term (the school year's last), the day before clearance starts. */
async function school(at = "2027-06-24T08:00:00+08:00") {
  const base = await testLibrary({ at });
  const lib = { ...base, calendar: new SchoolCalendar([], [6, 7], [spring]) };
  const db = lib.db;
  const six1 = await addClass(db, 6, 1);
  const six2 = await addClass(db, 6, 2);
  const three = await addClass(db, 3, 1);
  const hong = await addPatron(db, "张小红", { classId: six1 });
  const done = await addPatron(db, "李明", { classId: six1 });
  const young = await addPatron(db, "王小", { classId: three });
  const tao = await addPatron(db, "陶老师", { role: "teacher", heads: [six1] });
  const wu = await addPatron(db, "吴老师", { role: "teacher", heads: [six2] });
  await addAccount(db, "hong-home", [{ kind: "guardian", patronId: hong }]);
  await addAccount(db, "li-home", [{ kind: "guardian", patronId: done }]);
  await addAccount(db, "wang-home", [{ kind: "guardian", patronId: young }]);
  await addAccount(db, "tao", [{ kind: "teacher", patronId: tao }]);
  await addAccount(db, "wu", [{ kind: "teacher", patronId: wu }], { locale: "en" });
  await addAccount(db, "lib", [{ kind: "librarian" }]);
  const loan = await addLoan(db, hong, "西游记", "2027-06-30");
  const lost = await addLoan(db, hong, "红楼梦", "2027-05-10");
  await db.loan.update({ where: { id: lost.id }, data: { returnedAt: new Date() } });
  const copy = await db.loan.findUniqueOrThrow({
    where: { id: lost.id },
    select: { copyId: true },
  });
  await db.charge.create({
    data: { patronId: hong, copyId: copy.copyId, loanId: lost.id, kind: "lost", amountCents: 2550 },
  });
  await addLoan(db, young, "史记", "2027-06-30");
  return { lib, loan };
}

describe("leaving-school clearance job", () => {
  it("tells the graduating families, the class teachers and the librarian once, 14 days before the school year's last term ends", async () => {
    const { lib } = await school();
    expect(await leavingClearance(lib, jobContext(lib))).toMatchObject({ enqueued: 0 });
    lib.clock.set("2027-06-25T08:00:00+08:00");
    const previousSlot = instantOf(lib.timezone, "2027-06-24", "08:00");
    const run = await leavingClearance(lib, jobContext(lib, { previousSlot }));
    expect(run).toMatchObject({ term: "2027春", returnBy: "2027-07-09", owing: 1, enqueued: 4 });
    const box = await inbox(lib.db);
    const barcode = await lib.db.copy.findFirstOrThrow({
      where: { title: { title: "西游记" } },
      select: { barcode: true },
    });
    expect(box.get("hong-home")).toEqual([
      [
        "离校清还：张小红（6-1 班）即将离校，请在 2027-07-09 前归还图书、结清赔偿：",
        `· 归还《西游记》（条码 ${barcode.barcode}）`,
        "· 赔偿《红楼梦》（丢失）¥25.50",
        "已经还过或有疑问，请联系图书管理员。",
      ].join("\n"),
    ]);
    expect(box.get("tao")?.[0]).toContain(
      "6-1 班：1 人未清还\n· 张小红：《西游记》未还；《红楼梦》赔偿 ¥25.50",
    );
    expect(box.get("wu")?.[0]).toContain("Class 6-2: all clear.");
    expect(box.get("lib")?.[0]).toContain("1 人未清还，1 本书未还，赔偿 ¥25.50");
    expect(box.get("lib")?.[0]).toContain("· 6-1 班：1 人，1 本，赔偿 ¥25.50");
    expect(box.has("li-home")).toBe(false);
    expect(box.has("wang-home")).toBe(false);
    expect((await leavingClearance(lib, jobContext(lib)))["enqueued"]).toBe(0);
  });

  it("says nothing in a term that does not end the school year", async () => {
    const base = await testLibrary({ at: "2027-01-06T08:00:00+08:00" });
    const c = await addClass(base.db, 6, 1);
    const p = await addPatron(base.db, "张小红", { classId: c });
    await addAccount(base.db, "home", [{ kind: "guardian", patronId: p }]);
    await addLoan(base.db, p, "西游记", "2027-01-10");
    expect(await leavingClearance(base, jobContext(base))).toMatchObject({
      term: null,
      enqueued: 0,
    });
    expect(await base.db.outbox.count()).toBe(0);
  });
});
