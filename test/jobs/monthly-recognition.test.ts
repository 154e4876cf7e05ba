import { describe, expect, it } from "vitest";
import { defaultPolicy, scheduleSchema } from "../../src/core/policy.ts";
import type { Library } from "../../src/core/library.ts";
import { jobs } from "../../src/jobs/registry.ts";
import { runDue } from "../../src/jobs/schedule.ts";
import { cronExpression, latestSlot, slotKey } from "../../src/jobs/slots.ts";
import { monthlyRecognition } from "../../src/jobs/monthly-recognition.ts";
import { testLibrary } from "../support/library.ts";
import {
  addAccount,
  addClass,
  addGroup,
  addPatron,
  addTitle,
  inbox,
  jobContext,
} from "./fixtures.ts";

let seq = 0;

/** `n` loans of `patronId` returned at `at`. */
async function returned(lib: Library, patronId: number, n: number, at: string) {
  const titleId = await addTitle(lib.db, `书${++seq}`);
  for (let i = 0; i < n; i++) {
    const copy = await lib.db.copy.create({ data: { barcode: `M${seq}-${i}`, titleId } });
    await lib.db.loan.create({
      data: {
        copyId: copy.id,
        patronId,
        dueOn: "2026-09-20",
        issuedAt: new Date("2026-09-02T10:00:00+08:00"),
        returnedAt: new Date(at),
      },
    });
  }
}

/**
 * 3-1 with 王小明 (5 books in September), 李小红 (3), 赵小刚 (1, and 4 in October); 4-1 with
 * nobody at 3; 3-1's group; 王小明's parent; 小管 陈晓 (duty Wednesday 09:30–10:30) who did desk
 * work on two Wednesdays inside the shift and once outside; the librarian.
 */
async function september(policy = defaultPolicy) {
  const lib = await testLibrary({ at: "2026-10-01T08:30:00+08:00", policy });
  const c31 = await addClass(lib.db, 3, 1);
  const c41 = await addClass(lib.db, 4, 1);
  const ming = await addPatron(lib.db, "王小明", { classId: c31 });
  const hong = await addPatron(lib.db, "李小红", { classId: c31 });
  const gang = await addPatron(lib.db, "赵小刚", { classId: c31 });
  const hai = await addPatron(lib.db, "孙大海", { classId: c41 });
  await returned(lib, ming, 5, "2026-09-20T10:00:00+08:00");
  await returned(lib, hong, 3, "2026-09-30T23:00:00+08:00");
  await returned(lib, gang, 1, "2026-09-10T10:00:00+08:00");
  await returned(lib, gang, 4, "2026-10-01T00:10:00+08:00");
  await returned(lib, hai, 2, "2026-09-10T10:00:00+08:00");
  await addGroup(lib.db, "group-3-1", c31);
  await addGroup(lib.db, "group-4-1", c41);
  await addAccount(lib.db, "parent-ming", [{ kind: "guardian", patronId: ming }]);
  const teacher = await addPatron(lib.db, "陶老师", { role: "teacher", heads: [c31] });
  await addAccount(lib.db, "teacher-tao", [{ kind: "teacher", patronId: teacher }]);
  const xiao = await addPatron(lib.db, "陈晓", { classId: c41 });
  await lib.db.patron.update({ where: { id: xiao }, data: { isStudentLibrarian: true } });
  await lib.db.rotaEntry.create({
    data: { kind: "duty", patronId: xiao, weekday: 3, start: "09:30", end: "10:30" },
  });
  const xiaoChat = await addAccount(lib.db, "xiaoguan", [{ kind: "self", patronId: xiao }]);
  for (const at of [
    "2026-09-09T09:40:00+08:00",
    "2026-09-16T10:05:00+08:00",
    "2026-09-17T09:40:00+08:00",
  ]) {
    await lib.db.auditLog.create({
      data: { at: new Date(at), memberId: xiaoChat, actor: "member", action: "loan.checkout" },
    });
  }
  await addAccount(lib.db, "librarian", [{ kind: "librarian" }]);
  return lib;
}

const pupils = ["王小明", "李小红", "赵小刚", "孙大海", "王*明", "李*红"];

describe("monthly recognition (小小读书迷, 阳光管理员)", () => {
  it("tells the families privately and the class group only the count when naming is off", async () => {
    const lib = await september();
    expect(await monthlyRecognition(lib, jobContext(lib))).toMatchObject({
      month: "2026-09",
      classes: 1,
      readers: 1,
      helpers: 1,
    });
    const box = await inbox(lib.db);
    expect(box.get("group-3-1")).toEqual([
      "9 月 3-1 班有 2 位同学借阅了 3 本以上。小小读书迷的家长已收到私信，欢迎大家多来借书！",
    ]);
    for (const name of pupils) expect(box.get("group-3-1")?.join("")).not.toContain(name);
    expect(box.has("group-4-1")).toBe(false);
    expect(box.get("parent-ming")).toEqual([
      "🎉 王小明（3-1 班）是 9 月的小小读书迷：这个月还书 5 本，全班最多。继续加油！",
    ]);
    expect(box.get("teacher-tao")).toEqual([
      "9 月 3-1 班小小读书迷：王小明（还书 5 本）；全班 2 人借阅了 3 本以上。",
    ]);
    expect(box.get("xiaoguan")).toEqual([
      "☀️ 陈晓 是 9 月的阳光管理员：按时值日 2 次，谢谢你为图书馆出力！",
    ]);
    expect(box.get("librarian")?.[0]).toBe(
      [
        "9 月表彰（小小读书迷：全班还书最多且不少于 3 本）：",
        "· 3-1 班：王小明（5 本；2 人达标）",
        "阳光管理员：陈晓（按时值日 2 次）",
        "班级群只收到达标人数；读书迷的家长已收到私信。",
      ].join("\n"),
    );
    const again = await monthlyRecognition(lib, jobContext(lib));
    expect(again).toMatchObject({ enqueued: 0 });
  });

  it("names the reader of the month in the group, masked, only when the school allows it", async () => {
    const lib = await september({
      ...defaultPolicy,
      namePupilsInGroups: true,
      readerOfMonthMinBooks: 5,
    });
    await monthlyRecognition(lib, jobContext(lib));
    const box = await inbox(lib.db);
    expect(box.get("group-3-1")).toEqual([
      "9 月 3-1 班小小读书迷：王*明（还书 5 本）。全班有 1 位同学借阅了 5 本以上，欢迎大家多来借书！",
    ]);
  });

  it("runs on the 1st of each month, once per slot, as a ledger job", async () => {
    const timing = jobs["monthly-recognition"].timing(scheduleDefaults());
    expect(cronExpression(timing)).toBe("30 8 1 * *");
    const tz = "Asia/Shanghai";
    const slotOf = (iso: string) => slotKey(tz, latestSlot(timing, tz, new Date(iso)));
    expect(slotOf("2026-10-01T08:30:00+08:00")).toBe("2026-10-01T08:30");
    expect(slotOf("2026-10-01T08:29:00+08:00")).toBe("2026-09-01T08:30");
    expect(slotOf("2026-10-31T23:00:00+08:00")).toBe("2026-10-01T08:30");
    expect(slotOf("2027-01-01T07:00:00+08:00")).toBe("2026-12-01T08:30");
    const lib = await september();
    const opts = {
      lib,
      schedule: scheduleDefaults(),
      defaultLocale: "zh-CN" as const,
      jobs: ["monthly-recognition" as const],
    };
    expect((await runDue(opts)).ran).toEqual([
      { job: "monthly-recognition", slot: "2026-10-01T08:30" },
    ]);
    const queued = await lib.db.outbox.count();
    expect(queued).toBe(5);
    lib.clock.set("2026-10-01T09:30:00+08:00");
    expect((await runDue(opts)).ran).toEqual([]);
    expect(await lib.db.outbox.count()).toBe(queued);
  });
});

function scheduleDefaults() {
  return scheduleSchema.parse({});
}
