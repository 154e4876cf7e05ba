import { describe, expect, it } from "vitest";
import { actorFor } from "../../../src/core/bindings/actor.ts";
import { overdueCountsByClass } from "../../../src/core/reports/overdue-counts.ts";
import { addClass, addLoan, addPatron, book, school } from "../../dialogs/staff/fixtures.ts";

describe("overdueCountsByClass", () => {
  it("counts overdue pupils and loans per class, by grade and class number", async () => {
    const s = await school();
    const c310 = await addClass(s.db, 3, 10);
    const p = await addPatron(s.db, "钱多多", { classId: c310.id });
    const teacherLoan = await addPatron(s.db, "李老师", { role: "teacher" });
    await addLoan(s.db, s.ming.id, (await book(s.db, "一")).id, "2026-09-01");
    await addLoan(s.db, s.ming.id, (await book(s.db, "二")).id, "2026-09-08");
    await addLoan(s.db, s.hong.id, (await book(s.db, "三")).id, "2026-09-02");
    await addLoan(s.db, s.hai.id, (await book(s.db, "四")).id, "2026-09-09");
    await addLoan(s.db, p.id, (await book(s.db, "五")).id, "2026-09-01");
    await addLoan(s.db, teacherLoan.id, (await book(s.db, "六")).id, "2026-09-01");
    const librarian = await actorFor(s.lib, { platform: "console", userId: "librarian" });
    const r = await overdueCountsByClass(s.lib, librarian);
    expect(r).toEqual({
      ok: true,
      value: [
        { classId: s.c32.id, className: "3-2", grade: 3, pupils: 2, items: 3 },
        { classId: c310.id, className: "3-10", grade: 3, pupils: 1, items: 1 },
      ],
    });
  });

  it("is for the librarian only", async () => {
    const s = await school();
    const teacher = await actorFor(s.lib, { platform: "console", userId: "teacher" });
    expect(await overdueCountsByClass(s.lib, teacher)).toEqual({
      ok: false,
      code: "not_librarian",
    });
  });
});
