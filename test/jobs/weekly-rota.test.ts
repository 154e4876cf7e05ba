import { describe, expect, it } from "vitest";
import { weeklyRota } from "../../src/jobs/weekly-rota.ts";
import { testLibrary } from "../support/library.ts";
import { addAccount, addClass, addGroup, addPatron, inbox, jobContext } from "./fixtures.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;

async function rotaSchool(lib: Lib) {
  const db = lib.db;
  const c32 = await addClass(db, 3, 2);
  const c41 = await addClass(db, 4, 1);
  const tao = await addPatron(db, "陶老师", { role: "teacher", heads: [c32, c41] });
  const lee = await addPatron(db, "李老师", { role: "teacher", heads: [c41] });
  const hu = await addPatron(db, "胡胡", { classId: c32 });
  await db.patron.update({ where: { id: hu }, data: { isStudentLibrarian: true } });
  await addAccount(db, "tao", [{ kind: "teacher", patronId: tao }]);
  await addAccount(db, "lee", [{ kind: "teacher", patronId: lee }], { muted: ["rota"] });
  await addAccount(db, "hu", [{ kind: "self", patronId: hu }]);
  await addAccount(db, "hu-home", [{ kind: "guardian", patronId: hu }]);
  await addGroup(db, "-32", c32);
  const entry = (data: Record<string, unknown>) =>
    db.rotaEntry.create({ data: { kind: "slot", start: "10:00", end: "10:40", ...data } as never });
  await entry({ classId: c32, weekday: 2 });
  await entry({ classId: c41, weekday: 3, weeks: "odd" });
  await entry({ classId: c41, weekday: 4, weeks: "even" });
  await entry({ kind: "grade_day", grades: "3", weekday: 4, start: "15:00", end: "16:00" });
  await entry({ kind: "duty", patronId: hu, weekday: 5, start: "12:00", end: "12:30" });
}

/** Grade 1 borrows every week, grade 5 only in odd weeks (as "三到六年级每隔一周" plans do). */
async function alternateSchool(lib: Lib) {
  const db = lib.db;
  const c11 = await addClass(db, 1, 1);
  const c51 = await addClass(db, 5, 1);
  const ms = await addPatron(db, "Ms Li", { role: "teacher", heads: [c51] });
  await addAccount(db, "ms", [{ kind: "teacher", patronId: ms }], { locale: "en" });
  await addGroup(db, "-11", c11);
  await addGroup(db, "-51", c51);
  const slot = { kind: "slot", start: "10:00", end: "10:40" };
  await db.rotaEntry.create({ data: { ...slot, classId: c11, weekday: 1 } });
  await db.rotaEntry.create({ data: { ...slot, classId: c51, weekday: 3, weeks: "odd" } });
}

describe("weekly rota", () => {
  it("sends Monday's slots to class teachers, class groups and the families not known to be in them, duty shifts to the student librarian", async () => {
    const lib = await testLibrary({ at: "2026-09-14T07:30:00+08:00" });
    await rotaSchool(lib);
    const summary = await weeklyRota(lib, jobContext(lib));
    const box = await inbox(lib.db);
    // hu and hu's parent are not known to be in 3-2's group -32: each gets the class's slot too.
    expect([...box.keys()].sort()).toEqual(["-32", "hu", "hu-home", "tao"]);
    expect(box.get("tao")).toEqual([
      [
        "本周借阅安排（第 3 周，2026-09-14 起）：",
        "周二 2026-09-15 10:00–10:40 3-2 班借阅",
        "周三 2026-09-16 10:00–10:40 4-1 班借阅",
        "周四 2026-09-17 15:00–16:00 3 年级开放日",
        "3-2、4-1 班每周到馆借阅。",
      ].join("\n"),
    ]);
    expect(box.get("-32")?.[0]).toContain("3-2 班借阅");
    expect(box.get("-32")?.[0]).not.toContain("4-1");
    const huClass = [
      "本周借阅安排（第 3 周，2026-09-14 起）：",
      "周二 2026-09-15 10:00–10:40 3-2 班借阅",
      "周四 2026-09-17 15:00–16:00 3 年级开放日",
      "3-2 班每周到馆借阅。",
    ];
    expect(box.get("hu-home")).toEqual([huClass.join("\n")]);
    expect(box.get("hu")).toEqual([
      [...huClass, "本周你的值日：", "周五 2026-09-18 12:00–12:30"].join("\n"),
    ]);
    expect(summary).toMatchObject({ week: "2026-09-14", classes: 2, duties: 1, enqueued: 4 });
    const again = await weeklyRota(lib, jobContext(lib));
    expect(again["enqueued"]).toBe(0);
  });

  it("states the school's odd/even-week rule, and tells a class off this week its next times", async () => {
    const odd = await testLibrary({ at: "2026-09-14T07:30:00+08:00" });
    await alternateSchool(odd);
    await weeklyRota(odd, jobContext(odd));
    const oddBox = await inbox(odd.db);
    expect(oddBox.get("-51")).toEqual([
      [
        "本周借阅安排（第 3 周，2026-09-14 起）：",
        "周三 2026-09-16 10:00–10:40 5-1 班借阅",
        "5-1 班单周到馆借阅（隔周一次），本周第 3 周轮到。",
      ].join("\n"),
    ]);
    expect(oddBox.get("ms")?.[0]).toContain(
      "Class(es) 5-1 borrow in odd weeks (every other week); this is week 3, their week.",
    );
    expect(oddBox.get("-11")?.[0]).toContain("1-1 班每周到馆借阅。");
    const even = await testLibrary({ at: "2026-09-21T07:30:00+08:00" });
    await alternateSchool(even);
    await weeklyRota(even, jobContext(even));
    expect((await inbox(even.db)).get("-51")).toEqual([
      [
        "本周借阅安排（第 4 周，2026-09-21 起）：",
        "5-1 班单周到馆借阅（隔周一次），本周第 4 周不轮到。下次：",
        "周三 2026-09-30 10:00–10:40 5-1 班借阅",
      ].join("\n"),
    ]);
  });

  it("stays quiet in a week no term covers", async () => {
    const lib = await testLibrary({ at: "2027-02-01T07:30:00+08:00" });
    await rotaSchool(lib);
    expect(await weeklyRota(lib, jobContext(lib))).toMatchObject({ holidays: true, enqueued: 0 });
    expect(await lib.db.outbox.count()).toBe(0);
  });
});
