import { describe, expect, it } from "vitest";
import { holdNotices } from "../../src/jobs/hold-notices.ts";
import {
  addClass,
  addHold,
  addLoan,
  addPupil,
  addTitle,
  bindAccount,
  chatAs,
  readerBot,
} from "../dialogs/reader/fixtures.ts";
import { testLibrary } from "../support/library.ts";
import { inbox, jobContext } from "./fixtures.ts";

type Lib = Awaited<ReturnType<typeof testLibrary>>;
const morning = (lib: Lib, date: string) => lib.clock.set(`${date}T07:40:00+08:00`);

/** 西游记 is out; 王芳 and 李雷 wait; the Zhangs reserve it in chat for 张小红 (third). */
async function queueOfThree() {
  const lib = await testLibrary();
  const c3 = await addClass(lib.db, 3);
  const hong = await addPupil(lib.db, "张小红", { classId: c3.id });
  const wang = await addPupil(lib.db, "王芳", { classId: c3.id });
  const li = await addPupil(lib.db, "李雷", { classId: c3.id });
  await bindAccount(lib.db, "zhang", [hong.id]);
  await bindAccount(lib.db, "li-home", [li.id], { locale: "en" });
  const xyj = await addTitle(lib.db, "西游记");
  await addLoan(lib.db, wang.id, xyj.id, { dueOn: "2026-09-14" });
  const first = await addHold(lib.db, wang.id, xyj.id);
  await addHold(lib.db, li.id, xyj.id, { placedAt: "2026-09-02T08:00:00+08:00" });
  const zhang = chatAs(readerBot(lib), "zhang");
  await zhang.send("西游记");
  await zhang.send("1");
  expect((await zhang.send("1")).text).toContain("现在排第 3 位");
  return { lib, first: first.id };
}

describe("hold queue position updates", () => {
  it("tells a reader whose place improved in the next daily digest, once", async () => {
    const { lib, first } = await queueOfThree();
    morning(lib, "2026-09-10");
    expect(await holdNotices(lib, jobContext(lib))).toMatchObject({ moved: 0, enqueued: 0 });
    await lib.db.hold.update({ where: { id: first }, data: { status: "cancelled" } });
    morning(lib, "2026-09-11");
    expect(await holdNotices(lib, jobContext(lib))).toMatchObject({ moved: 2, enqueued: 2 });
    expect((await inbox(lib.db)).get("zhang")).toEqual([
      "预约提醒：\n张小红 预约的《西游记》排队前进了：现在排第 2 位（之前第 3 位）。",
    ]);
    morning(lib, "2026-09-12");
    expect(await holdNotices(lib, jobContext(lib))).toMatchObject({ moved: 0, enqueued: 0 });
  });

  it("says nothing for a hold placed before places were recorded, then tells its moves", async () => {
    const { lib, first } = await queueOfThree();
    await lib.db.hold.updateMany({ data: { toldPosition: null } });
    await lib.db.hold.update({ where: { id: first }, data: { status: "cancelled" } });
    morning(lib, "2026-09-10");
    expect(await holdNotices(lib, jobContext(lib))).toMatchObject({ moved: 0, enqueued: 0 });
    const second = await lib.db.hold.findFirstOrThrow({ where: { status: "queued" } });
    await lib.db.hold.update({ where: { id: second.id }, data: { status: "cancelled" } });
    morning(lib, "2026-09-11");
    await holdNotices(lib, jobContext(lib));
    expect((await inbox(lib.db)).get("zhang")?.[0]).toContain("现在排第 1 位（之前第 2 位）");
  });

  it("writes the update in the reader's language", async () => {
    const { lib, first } = await queueOfThree();
    await lib.db.hold.updateMany({
      where: { patron: { name: "李雷" } },
      data: { toldPosition: 2 },
    });
    await lib.db.hold.update({ where: { id: first }, data: { status: "cancelled" } });
    morning(lib, "2026-09-10");
    await holdNotices(lib, jobContext(lib));
    expect((await inbox(lib.db)).get("li-home")).toEqual([
      'Reservations:\n李雷 moved up the queue for "西游记": now number 1 (was 2).',
    ]);
  });
});
