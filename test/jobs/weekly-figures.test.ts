import { describe, expect, it } from "vitest";
import { weeklyFigures } from "../../src/jobs/weekly-figures.ts";
import { replyOf } from "../../src/outbox/payload.ts";
import { pngPixels } from "../../scripts/png-pixels.ts";
import { testLibrary } from "../support/library.ts";
import {
  addAccount,
  addClass,
  addGroup,
  addLoan,
  addPatron,
  inbox,
  jobContext,
} from "./fixtures.ts";

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

  it("sends each linked class group its totals and rank in the grade with a chart, naming no pupil", async () => {
    const lib = await testLibrary({ at: "2026-09-11T16:00:00+08:00" });
    const db = lib.db;
    const [c31 = 0, c32 = 0, c41 = 0] = [
      await addClass(db, 3, 1),
      await addClass(db, 3, 2),
      await addClass(db, 4, 1),
    ];
    const [ming, fang, li] = [
      await addPatron(db, "张小明", { classId: c31 }),
      await addPatron(db, "王芳", { classId: c32 }),
      await addPatron(db, "李雷", { classId: c41 }),
    ];
    await addLoan(db, ming, "西游记", "2026-09-25", lib.now());
    await addLoan(db, fang, "水浒传", "2026-09-25", lib.now());
    await addLoan(db, fang, "红楼梦", "2026-09-25", lib.now());
    await addLoan(db, li, "三国演义", "2026-09-25", new Date("2026-09-02T10:00:00+08:00"));
    await addGroup(db, "-1001", c31);

    const summary = await weeklyFigures(lib, jobContext(lib));
    expect(summary).toMatchObject({ groups: 1, enqueued: 1 });
    const row = await db.outbox.findFirstOrThrow({ where: { chatId: "-1001" } });
    expect(row).toMatchObject({ kind: "figures", dedupeKey: "figures:2026-09-07:telegram:-1001" });
    const reply = replyOf(row.payload);
    expect(reply?.text).toBe(
      [
        "3-1 班本周借阅（2026-09-07 至 2026-09-13）：借出 1 本，1 人借阅。",
        "本学期累计 1 本，人均 1 本（目标 10）✓。",
        "在 3 年级 2 个班中排第 2（按本学期人均）。",
      ].join("\n"),
    );
    for (const name of ["张小明", "王芳", "李雷"]) expect(row.payload).not.toContain(name);
    expect(reply?.image?.name).toBe("借阅图表-3-1-2026-09-07.png");
    const png = pngPixels(Buffer.from(reply?.image?.base64 ?? "", "base64"));
    expect([png.width, png.height]).toEqual([800, 624]);

    expect(await weeklyFigures(lib, jobContext(lib))).toMatchObject({ groups: 1, enqueued: 0 });
    expect((await inbox(db)).get("-1001")).toHaveLength(1);
  });
});
