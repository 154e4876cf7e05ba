import { describe, expect, it } from "vitest";
import { instantOf } from "../../src/core/dates.ts";
import { termEndRecall } from "../../src/jobs/term-end-recall.ts";
import { testLibrary } from "../support/library.ts";
import { addAccount, addClass, addLoan, addPatron, inbox, jobContext } from "./fixtures.ts";

describe("term-end recall", () => {
  it("asks everyone with loans, once per term, to return everything by the term's last open day", async () => {
    // The test term ends Wed 2027-01-20; with 7 days' notice the recall goes out on 2027-01-13.
    const lib = await testLibrary({ at: "2027-01-12T08:00:00+08:00" });
    const db = lib.db;
    const c = await addClass(db, 3, 2);
    const a = await addPatron(db, "安安", { classId: c });
    const b = await addPatron(db, "贝贝", { classId: c });
    const idle = await addPatron(db, "闲闲", { classId: c });
    const tao = await addPatron(db, "陶老师", { role: "teacher" });
    await addAccount(db, "parent", [
      { kind: "guardian", patronId: a },
      { kind: "guardian", patronId: b },
    ]);
    await addAccount(db, "idle-home", [{ kind: "guardian", patronId: idle }]);
    await addAccount(db, "tao", [{ kind: "teacher", patronId: tao }], { locale: "en" });
    await addLoan(db, a, "西游记", "2027-01-15");
    await addLoan(db, b, "红楼梦", "2027-01-10");
    await addLoan(db, tao, "史记", "2027-02-01");
    expect(await termEndRecall(lib, jobContext(lib))).toMatchObject({ enqueued: 0 });
    lib.clock.set("2027-01-13T08:00:00+08:00");
    const previousSlot = instantOf(lib.timezone, "2027-01-12", "08:00");
    const run = await termEndRecall(lib, jobContext(lib, { previousSlot }));
    expect(run).toMatchObject({ term: "2026秋", returnBy: "2027-01-20", loans: 3, enqueued: 2 });
    const box = await inbox(lib.db);
    expect(box.get("parent")).toEqual([
      [
        "期末催还：本学期即将结束，请在 2027-01-20 前归还全部图书：",
        "【安安】",
        "· 《西游记》（2027-01-15 到期）",
        "【贝贝】",
        "· 《红楼梦》（2027-01-10 到期）",
      ].join("\n"),
    ]);
    expect(box.get("tao")?.[0]).toContain('"史记" (due 2027-02-01)');
    expect(box.has("idle-home")).toBe(false);
    const again = await termEndRecall(lib, jobContext(lib));
    expect(again["enqueued"]).toBe(0);
  });
});
