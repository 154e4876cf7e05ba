import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { testLibrary } from "../../support/library.ts";
import {
  addClass,
  addCopy,
  addHold,
  addLoan,
  addPupil,
  addTitle,
  bindAccount,
  chatAs,
  readerBot,
} from "./fixtures.ts";

/** 西游记 with its only copy out on loan to another reader, who is also first in the queue. */
async function waitingList() {
  const lib = await testLibrary();
  const c3 = await addClass(lib.db, 3);
  const ming = await addPupil(lib.db, "张小明", { classId: c3.id });
  const hong = await addPupil(lib.db, "张小红", { classId: c3.id });
  const wang = await addPupil(lib.db, "王芳", { classId: c3.id });
  await bindAccount(lib.db, "zhang", [ming.id, hong.id]);
  const xyj = await addTitle(lib.db, "西游记", { author: "吴承恩" });
  await addLoan(lib.db, wang.id, xyj.id, { dueOn: "2026-09-14" });
  await addHold(lib.db, wang.id, xyj.id);
  return { lib, bot: readerBot(lib), ming, hong, wang, xyj };
}

const holdsOf = (lib: Awaited<ReturnType<typeof waitingList>>["lib"], patronId: number) =>
  lib.db.hold.findMany({ where: { patronId }, select: { titleId: true, status: true } });

describe("reserving from a search", () => {
  it("asks which child, places the hold and shows the queue position", async () => {
    const f = await waitingList();
    const zhang = chatAs(f.bot, "zhang");
    await zhang.send("西游记");
    expect((await zhang.send("1")).labels).toEqual([
      t("zh-CN", "reader_action_reserve"),
      t("zh-CN", "reader_action_back"),
    ]);
    const which = await zhang.send("1");
    expect(which.text).toBe(t("zh-CN", "reader_hold_which_child"));
    expect(which.labels).toEqual(["张小明（3-1）", "张小红（3-1）"]);
    const placed = await zhang.send("2");
    expect(placed.text).toBe("已为张小红预约《西游记》，现在排第 2 位。书到馆后会通知你。");
    expect(await holdsOf(f.lib, f.hong.id)).toEqual([{ titleId: f.xyj.id, status: "queued" }]);
    expect(await holdsOf(f.lib, f.ming.id)).toEqual([]);
  });

  it("预约 with a title reserves straight from the list", async () => {
    const f = await waitingList();
    const zhang = chatAs(f.bot, "zhang");
    const list = await zhang.send("预约 xiyouji");
    expect(list.text).toBe(t("zh-CN", "reader_reserve_found", { total: 1, shown: 1 }));
    await zhang.send("1");
    expect((await zhang.send("1")).text).toContain("排第 2 位");
    expect(await holdsOf(f.lib, f.ming.id)).toEqual([{ titleId: f.xyj.id, status: "queued" }]);
  });

  it("refuses a title on the shelf with where to find it and writes nothing", async () => {
    const f = await waitingList();
    await addCopy(f.lib.db, f.xyj.id, { callNumber: "I242.4/W84", location: "一楼借阅区" });
    const zhang = chatAs(f.bot, "zhang");
    await zhang.send("预约 西游记");
    await zhang.send("1");
    const refused = await zhang.send("1");
    expect(refused.text).toBe("书架上有，直接来借！索书号 I242.4/W84，在一楼借阅区。");
    expect(await f.lib.db.hold.count()).toBe(1);
    expect(await f.lib.db.auditLog.count({ where: { action: "hold.place" } })).toBe(0);
  });

  it("keeps reservations out of groups and asks unbound accounts to bind", async () => {
    const f = await waitingList();
    const group = chatAs(f.bot, "zhang", { chatId: "g", isGroup: true });
    expect((await group.send("/reserve 西游记")).text).toBe(t("zh-CN", "reader_private_reserve"));
    expect((await chatAs(f.bot, "nobody").send("预约 西游记")).text).toBe(
      t("zh-CN", "reader_need_binding"),
    );
    expect(await f.lib.db.hold.count()).toBe(1);
  });
});

describe("预约 without a title", () => {
  it("lists the holds with position or pickup date and cancels the chosen one", async () => {
    const f = await waitingList();
    const shz = await addTitle(f.lib.db, "水浒传");
    const copy = await addCopy(f.lib.db, shz.id, { status: "on_hold_shelf" });
    await addHold(f.lib.db, f.ming.id, shz.id, {
      status: "ready",
      pickupBy: "2026-09-14",
      copyId: copy.id,
    });
    const queued = await addHold(f.lib.db, f.hong.id, f.xyj.id, {
      placedAt: "2026-09-02T08:00:00+08:00",
    });
    const zhang = chatAs(f.bot, "zhang");
    const menu = await zhang.send("预约");
    expect(menu.text).toBe(
      [
        t("zh-CN", "reader_reserve_holds"),
        "· 张小明 · 水浒传 · 已到馆，请在 09-14 前取书",
        "· 张小红 · 西游记 · 排第 2 位",
        t("zh-CN", "reader_reserve_menu"),
      ].join("\n"),
    );
    expect(menu.labels).toEqual([
      "取消：张小明 · 水浒传 · 已到馆，请在 09-14 前取书",
      "取消：张小红 · 西游记 · 排第 2 位",
      t("zh-CN", "reader_reserve_new"),
    ]);
    expect((await zhang.send("2")).text).toBe("已取消《西游记》的预约。");
    const row = await f.lib.db.hold.findUniqueOrThrow({ where: { id: queued.id } });
    expect(row.status).toBe("cancelled");
  });

  it("asks what to reserve when there are no holds", async () => {
    const f = await waitingList();
    const zhang = chatAs(f.bot, "zhang");
    expect((await zhang.send("预约")).text).toBe(t("zh-CN", "reader_reserve_ask"));
    await zhang.send("西游记");
    await zhang.send("1");
    expect((await zhang.send("1")).text).toContain("排第 2 位");
    expect(await holdsOf(f.lib, f.ming.id)).toHaveLength(1);
  });
});
