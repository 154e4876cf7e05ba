import { describe, expect, it } from "vitest";
import { weeklyOverdue } from "../../src/jobs/weekly-overdue.ts";
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

describe("weekly overdue list", () => {
  it("sends each class teacher the overdue list of their classes, privately, and nothing for a clear class", async () => {
    // Monday 2026-09-14, 07:35
    const lib = await testLibrary({ at: "2026-09-14T07:35:00+08:00" });
    const db = lib.db;
    const c31 = await addClass(db, 3, 1);
    const c32 = await addClass(db, 3, 2);
    const ming = await addPatron(db, "张小明", { classId: c31 });
    const hong = await addPatron(db, "李小红", { classId: c31 });
    const hai = await addPatron(db, "赵大海", { classId: c32 });
    await addLoan(db, ming, "西游记", "2026-09-09");
    await addLoan(db, ming, "水浒传", "2026-09-12");
    await addLoan(db, hong, "红楼梦", "2026-09-20");
    await addLoan(db, hai, "草房子", "2026-09-30");
    const tao = await addPatron(db, "陶老师", { role: "teacher", heads: [c31] });
    const mo = await addPatron(db, "莫老师", { role: "teacher", heads: [c32] });
    await addAccount(db, "tao", [{ kind: "teacher", patronId: tao }], { muted: ["figures"] });
    await addAccount(db, "mo", [{ kind: "teacher", patronId: mo }]);
    await addGroup(db, "-31", c31);

    const summary = await weeklyOverdue(lib, jobContext(lib));

    expect(summary).toMatchObject({ date: "2026-09-14", classes: 1, enqueued: 1 });
    const box = await inbox(db);
    expect([...box.keys()]).toEqual(["tao"]);
    expect(box.get("tao")).toEqual([
      [
        "3-1 班本周逾期名单：1 人，2 本",
        "· 张小明《西游记》逾期 5 天",
        "· 张小明《水浒传》逾期 2 天",
        "请提醒学生尽快归还。发送“逾期”查看全班名单。",
      ].join("\n"),
    ]);
    expect((await weeklyOverdue(lib, jobContext(lib))).enqueued).toBe(0);
  });
});
