import { describe, expect, it } from "vitest";
import { instantOf } from "../../src/core/dates.ts";
import { noteGroupMembers } from "../../src/db/group-member-repo.ts";
import { activityNotices } from "../../src/jobs/activity-notices.ts";
import { testLibrary } from "../support/library.ts";
import {
  addAccount,
  addClass,
  addGroup,
  addPatron,
  inbox,
  jobContext,
  storyHourCreatedNow,
} from "./fixtures.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;

async function activitySchool(lib: Lib) {
  const db = lib.db;
  const c31 = await addClass(db, 3, 1);
  const c32 = await addClass(db, 3, 2);
  const c41 = await addClass(db, 4, 1);
  const a = await addPatron(db, "安安", { classId: c31 });
  const b = await addPatron(db, "贝贝", { classId: c31 });
  const c = await addPatron(db, "丛丛", { classId: c32 });
  const tao = await addPatron(db, "陶老师", { role: "teacher", heads: [c31] });
  await addAccount(db, "pa", [{ kind: "guardian", patronId: a }]);
  await addAccount(db, "pb", [{ kind: "guardian", patronId: b }], { muted: ["activities"] });
  await addAccount(db, "pc", [{ kind: "guardian", patronId: c }]);
  await addAccount(db, "tao", [{ kind: "teacher", patronId: tao }]);
  await addGroup(db, "-32", c32);
  await addGroup(db, "-41", c41);
  const activity = (data: {
    name: string;
    startsOn: string;
    endsOn: string;
    deadlineOn: string;
    audience: object;
  }) =>
    db.activity.create({
      data: {
        kind: "other",
        ...data,
        audience: JSON.stringify(data.audience),
        createdAt: new Date("2026-08-25T10:00:00+08:00"),
      },
    });
  await activity({
    name: "读书节",
    startsOn: "2026-09-09",
    endsOn: "2026-09-30",
    deadlineOn: "2026-09-20",
    audience: { kind: "grade", value: 3 },
  });
  await activity({
    name: "征文",
    startsOn: "2026-09-01",
    endsOn: "2026-09-30",
    deadlineOn: "2026-09-11",
    audience: { kind: "class", value: "4-1" },
  });
}

describe("activity notices", () => {
  it("announces on the start date to class groups and the families not known to be in them, or to families and teachers of classes without one", async () => {
    const lib = await testLibrary({ at: "2026-09-09T08:00:00+08:00" });
    await activitySchool(lib);
    const summary = await activityNotices(lib, jobContext(lib));
    expect(summary).toMatchObject({ started: 1, deadlines: 1, enqueued: 5 });
    const box = await inbox(lib.db);
    // pc's child is in 3-2, whose group -32 nobody has seen pc in: pc gets a private copy.
    expect([...box.keys()].sort()).toEqual(["-32", "-41", "pa", "pc", "tao"]);
    expect(box.get("-32")).toEqual([
      "阅读活动：\n「读书节」今天开始（2026-09-09 至 2026-09-30），欢迎参加！",
    ]);
    expect(box.get("-41")).toEqual(["阅读活动：\n「征文」将于 2026-09-11 截止提交，别错过。"]);
    expect(box.get("pa")?.[0]).toContain("读书节");
  });

  it("reminds two days before the deadline, once, and says nothing on other days", async () => {
    const lib = await testLibrary({ at: "2026-09-09T08:00:00+08:00" });
    await activitySchool(lib);
    await activityNotices(lib, jobContext(lib));
    lib.clock.set("2026-09-10T08:00:00+08:00");
    const previous = (d: string) => instantOf(lib.timezone, d, "08:00");
    const quiet = await activityNotices(
      lib,
      jobContext(lib, { previousSlot: previous("2026-09-09") }),
    );
    expect(quiet).toMatchObject({ started: 0, deadlines: 0, enqueued: 0 });
    lib.clock.set("2026-09-18T08:00:00+08:00");
    const run = await activityNotices(
      lib,
      jobContext(lib, { previousSlot: previous("2026-09-17") }),
    );
    expect(run).toMatchObject({ started: 0, deadlines: 1, enqueued: 4 });
    const box = await inbox(lib.db);
    expect(box.get("tao")?.at(-1)).toBe("阅读活动：\n「读书节」将于 2026-09-20 截止提交，别错过。");
  });

  it("announces at the next run an activity created after the run of its start date", async () => {
    const lib = await testLibrary({ at: "2026-09-09T08:00:00+08:00" });
    await activitySchool(lib);
    await activityNotices(lib, jobContext(lib));
    lib.clock.set("2026-09-09T10:00:00+08:00");
    await storyHourCreatedNow(lib);
    lib.clock.set("2026-09-10T08:00:00+08:00");
    const previousSlot = instantOf(lib.timezone, "2026-09-09", "08:00");
    const run = await activityNotices(lib, jobContext(lib, { previousSlot }));
    expect(run).toMatchObject({ started: 1, enqueued: 2 });
    expect((await inbox(lib.db)).get("-32")?.at(-1)).toContain("故事会");
    lib.clock.set("2026-09-11T08:00:00+08:00");
    const next = instantOf(lib.timezone, "2026-09-10", "08:00");
    const again = await activityNotices(lib, jobContext(lib, { previousSlot: next }));
    expect(again).toMatchObject({ started: 0, enqueued: 0 });
  });

  it("sends no private copy to a parent known to be in the class group, nor to one who chose group only", async () => {
    const lib = await testLibrary({ at: "2026-09-09T08:00:00+08:00" });
    await activitySchool(lib);
    const c32 = (await lib.db.schoolClass.findFirstOrThrow({ where: { name: "3-2" } })).id;
    const d = await addPatron(lib.db, "丁丁", { classId: c32 });
    await addAccount(lib.db, "pd", [{ kind: "guardian", patronId: d }], { muted: ["class_copy"] });
    await noteGroupMembers(lib.db, { platform: "telegram", chatId: "-32" }, ["pc"], lib.now());
    // Known in another platform's group, or in another class's group, counts for nothing.
    await noteGroupMembers(lib.db, { platform: "telegram", chatId: "-41" }, ["pa"], lib.now());
    await activityNotices(lib, jobContext(lib));
    expect([...(await inbox(lib.db)).keys()].sort()).toEqual(["-32", "-41", "pa", "tao"]);
  });

  it("does not announce twice an activity a late (caught-up) run already announced", async () => {
    const lib = await testLibrary({ at: "2026-09-09T09:00:00+08:00" });
    await activitySchool(lib);
    await storyHourCreatedNow(lib);
    // The 08:00 run of the 9th caught up at 10:00 and announced it.
    const first = await activityNotices(lib, jobContext(lib));
    expect(first).toMatchObject({ started: 2 });
    lib.clock.set("2026-09-10T08:00:00+08:00");
    const run = await activityNotices(
      lib,
      jobContext(lib, {
        previousSlot: instantOf(lib.timezone, "2026-09-09", "08:00"),
        previousRunAt: new Date("2026-09-09T10:00:00+08:00"),
      }),
    );
    expect(run).toMatchObject({ started: 0, enqueued: 0 });
  });
});
