import { describe, expect, it } from "vitest";
import { instantOf } from "../../src/core/dates.ts";
import { dailyReminders } from "../../src/jobs/daily-reminders.ts";
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

type Lib = Awaited<ReturnType<typeof testLibrary>>;

/**
 * Today is Wed 2026-09-09. Ann (3-2) and Ben (4-1) are siblings; Cai (4-1) is in another
 * family; Dan (3-2) is the class teacher Tao's own child. Tao heads 3-2 and 4-1.
 */
async function school(lib: Lib) {
  const db = lib.db;
  const c32 = await addClass(db, 3, 2);
  const c41 = await addClass(db, 4, 1);
  const ann = await addPatron(db, "安安", { classId: c32 });
  const ben = await addPatron(db, "贝贝", { classId: c41 });
  const cai = await addPatron(db, "彩彩", { classId: c41 });
  const dan = await addPatron(db, "丹丹", { classId: c32 });
  const tao = await addPatron(db, "陶老师", { role: "teacher", heads: [c32, c41] });
  await addAccount(db, "parent", [
    { kind: "guardian", patronId: ann },
    { kind: "guardian", patronId: ben },
  ]);
  await addAccount(db, "mum", [{ kind: "guardian", patronId: ann }], { muted: ["due_soon"] });
  await addAccount(db, "ann", [{ kind: "self", patronId: ann }], { locale: "en" });
  await addAccount(db, "cai-home", [{ kind: "guardian", patronId: cai }]);
  await addAccount(db, "tao", [
    { kind: "teacher", patronId: tao },
    { kind: "guardian", patronId: dan },
  ]);
  await addGroup(db, "-41", c41);
  await addLoan(db, ann, "西游记", "2026-09-11");
  await addLoan(db, ann, "水浒传", "2026-09-08");
  await addLoan(db, ben, "红楼梦", "2026-09-02");
  await addLoan(db, cai, "三国演义", "2026-08-26");
  await addLoan(db, dan, "草房子", "2026-09-11");
  return { cai };
}

describe("daily reminders", () => {
  it("sends each family one digest covering all their children", async () => {
    const lib = await testLibrary();
    await school(lib);
    const summary = await dailyReminders(lib, jobContext(lib));
    const box = await inbox(lib.db);
    expect([...box.keys()].sort()).toEqual(["ann", "cai-home", "mum", "parent", "tao"]);
    for (const texts of box.values()) expect(texts).toHaveLength(1);
    const parent = box.get("parent")?.[0] ?? "";
    expect(parent).toContain("【安安】");
    expect(parent).toContain("《西游记》2026-09-11 到期");
    expect(parent).toContain("《水浒传》2026-09-08 到期，已逾期 1 天");
    expect(parent).toContain("【贝贝】");
    expect(parent).toContain("《红楼梦》2026-09-02 到期，已逾期 7 天");
    expect(parent).toContain("已同时告知班主任");
    expect(summary).toMatchObject({ dueSoon: 2, overdue: [1, 1, 1], recipients: 5, enqueued: 5 });
  });

  it("gives the pupil their own lines in their language and skips muted due-soon lines", async () => {
    const lib = await testLibrary();
    await school(lib);
    await dailyReminders(lib, jobContext(lib));
    const box = await inbox(lib.db);
    const ann = box.get("ann")?.[0] ?? "";
    expect(ann).toContain('"西游记" is due on 2026-09-11');
    expect(ann).not.toContain("红楼梦");
    const mum = box.get("mum")?.[0] ?? "";
    expect(mum).toContain("水浒传");
    expect(mum).not.toContain("西游记");
  });

  it("tells the class teacher from level 2 in the same message as their own child's reminder", async () => {
    const lib = await testLibrary();
    await school(lib);
    await dailyReminders(lib, jobContext(lib));
    const tao = (await inbox(lib.db)).get("tao") ?? [];
    expect(tao).toHaveLength(1);
    expect(tao[0]).toContain("《草房子》2026-09-11 到期");
    expect(tao[0]).toContain("4-1 班逾期较久的图书");
    expect(tao[0]).toContain("· 贝贝《红楼梦》逾期 7 天");
    expect(tao[0]).toContain("· 彩彩《三国演义》逾期 14 天");
    expect(tao[0]).not.toContain("水浒传");
    expect(tao[0]).not.toContain("3-2 班");
  });

  it("suspends the card at level 3 and says so; the class group hears nothing", async () => {
    const lib = await testLibrary();
    const { cai } = await school(lib);
    const summary = await dailyReminders(lib, jobContext(lib));
    expect(summary["suspended"]).toBe(1);
    const status = await lib.db.patron.findUniqueOrThrow({ where: { id: cai } });
    expect(status.status).toBe("suspended");
    const box = await inbox(lib.db);
    expect(box.get("cai-home")?.[0]).toContain("彩彩 的借书证已暂停借书");
    expect(box.has("-41")).toBe(false);
  });

  it("adds nothing when run again the same day", async () => {
    const lib = await testLibrary();
    await school(lib);
    await dailyReminders(lib, jobContext(lib));
    lib.clock.set("2026-09-09T17:30:00+08:00");
    const again = await dailyReminders(lib, jobContext(lib));
    expect(again["enqueued"]).toBe(0);
    expect(await lib.db.outbox.count()).toBe(5);
  });

  it("tells each rise of a level once, catching up the days a run was missed", async () => {
    const lib = await testLibrary();
    await school(lib);
    const first = jobContext(lib);
    await dailyReminders(lib, first);
    lib.clock.set("2026-09-10T17:30:00+08:00");
    const quiet = await dailyReminders(lib, jobContext(lib, { previousSlot: first.slot }));
    expect(quiet).toMatchObject({ dueSoon: 0, overdue: [0, 0, 0], enqueued: 0 });
    lib.clock.set("2026-09-15T17:30:00+08:00");
    const previousSlot = instantOf(lib.timezone, "2026-09-10", "17:30");
    const later = await dailyReminders(lib, jobContext(lib, { previousSlot }));
    expect(later).toMatchObject({ overdue: [2, 1, 0] });
    const texts = (
      await lib.db.outbox.findMany({ where: { dedupeKey: { startsWith: "reminder:2026-09-15:" } } })
    ).map((r) => [r.chatId, r.payload] as const);
    const parent = texts.find(([c]) => c === "parent")?.[1] ?? "";
    expect(parent).toContain("《水浒传》2026-09-08 到期，已逾期 7 天");
    expect(parent).toContain("《西游记》2026-09-11 到期，已逾期 4 天");
    expect(parent).not.toContain("红楼梦");
    const tao = texts.find(([c]) => c === "tao")?.[1] ?? "";
    expect(tao).toContain("3-2 班逾期较久的图书");
    expect(tao).toContain("安安《水浒传》逾期 7 天");
  });
});
