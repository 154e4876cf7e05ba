import { describe, expect, it } from "vitest";
import { weeklyFigures } from "../../src/jobs/weekly-figures.ts";
import { testLibrary } from "../support/library.ts";
import { addAccount, addClass, addLoan, addPatron, inbox, jobContext } from "./fixtures.ts";

describe("weekly figures", () => {
  it("sends each class teacher their class and the top three, and the librarian every class", async () => {
    const lib = await testLibrary({ at: "2026-09-11T16:00:00+08:00" });
    const db = lib.db;
    const classes = [];
    for (const n of [1, 2, 3, 4]) classes.push(await addClass(db, 3, n));
    const [c1 = 0, , , c4 = 0] = classes;
    const pupils = [];
    for (const c of classes) pupils.push(await addPatron(db, `学生${c}`, { classId: c }));
    for (const [i, p] of pupils.entries()) {
      for (let k = 0; k <= i; k++) await addLoan(db, p, `书${i}-${k}`, "2026-09-18", lib.now());
    }
    const tao = await addPatron(db, "陶老师", { role: "teacher", heads: [c1] });
    const mo = await addPatron(db, "莫老师", { role: "teacher", heads: [c4] });
    await addAccount(db, "tao", [{ kind: "teacher", patronId: tao }]);
    await addAccount(db, "mo", [{ kind: "teacher", patronId: mo }], { muted: ["figures"] });
    await addAccount(db, "lib", [{ kind: "librarian" }], { locale: "en" });
    const summary = await weeklyFigures(lib, jobContext(lib));
    expect(summary).toMatchObject({ week: "2026-09-07", classes: 4, enqueued: 2 });
    const box = await inbox(lib.db);
    expect(box.has("mo")).toBe(false);
    const tao1 = box.get("tao")?.[0] ?? "";
    expect(tao1.split("\n")[0]).toBe("本周借阅统计（2026-09-07 至 2026-09-13）：");
    expect(tao1).toContain(
      "你的班级：\n4. 3-1 班：本周借出 1 本，1 人借阅；本学期人均 1 本（目标 10）✓",
    );
    expect(tao1).toContain("阳光阅读班级（本学期人均前三）：\n1. 3-4 班");
    expect(tao1.split("\n")).toHaveLength(7);
    const lines = (box.get("lib")?.[0] ?? "").split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^1\. class 3-4: 4 loan\(s\) by 1 reader\(s\)/);
  });
});
