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

async function families() {
  const lib = await testLibrary();
  const c3 = await addClass(lib.db, 3, 2);
  const c5 = await addClass(lib.db, 5, 1);
  const ming = await addPupil(lib.db, "张小明", { classId: c3.id });
  const hong = await addPupil(lib.db, "张小红", { classId: c5.id, status: "suspended" });
  const lei = await addPupil(lib.db, "李雷", { classId: c3.id });
  await bindAccount(lib.db, "zhang", [ming.id, hong.id]);
  await bindAccount(lib.db, "li", [lei.id]);
  const title = (name: string) => addTitle(lib.db, name);
  return { lib, bot: readerBot(lib), ming, hong, lei, title };
}

describe("mine dialog", () => {
  it("shows each child's loans, whether each may be renewed, holds, and no other family", async () => {
    const f = await families();
    const xyj = await f.title("西游记");
    const shz = await f.title("水浒传");
    const hlm = await f.title("红楼梦");
    const sgy = await f.title("三国演义");
    await addLoan(f.lib.db, f.ming.id, xyj.id, { dueOn: "2026-09-11" });
    await addLoan(f.lib.db, f.hong.id, shz.id, { dueOn: "2026-09-06", renewals: 1 });
    await addHold(f.lib.db, f.lei.id, hlm.id, { placedAt: "2026-08-30T08:00:00+08:00" });
    await addHold(f.lib.db, f.ming.id, hlm.id);
    const copy = await addCopy(f.lib.db, sgy.id, { status: "on_hold_shelf" });
    await addHold(f.lib.db, f.hong.id, sgy.id, {
      status: "ready",
      pickupBy: "2026-09-14",
      copyId: copy.id,
    });
    await addLoan(f.lib.db, f.lei.id, sgy.id, { dueOn: "2026-09-10" });
    const mine = await chatAs(f.bot, "zhang").send("我的");
    expect(mine.text).toBe(
      [
        "张小明（3-2）",
        "· 《西游记》到期 09-11（还剩 2 天，可续借 1 次）",
        "· 预约《红楼梦》：排第 2 位",
        "",
        "张小红（5-1）",
        t("zh-CN", "reader_card_suspended"),
        "· 《水浒传》到期 09-06（逾期 3 天，借书证现在不能续借）",
        "· 预约《三国演义》：已到馆，请在 09-14 前取书",
        "",
        t("zh-CN", "reader_mine_hint"),
      ].join("\n"),
    );
    expect(mine.text).not.toContain("李雷");
  });

  it("marks a child with nothing out, and says so when nobody has anything", async () => {
    const f = await families();
    const zhang = chatAs(f.bot, "zhang");
    expect((await zhang.send("我的")).text).toBe(t("zh-CN", "reader_mine_nothing"));
    await addLoan(f.lib.db, f.ming.id, (await f.title("西游记")).id, { dueOn: "2026-09-09" });
    const text = (await zhang.send("/mine")).text;
    expect(text).toContain("（今天到期");
    expect(text).toContain(
      [
        "张小红（5-1）",
        t("zh-CN", "reader_card_suspended"),
        t("zh-CN", "reader_mine_empty_one"),
      ].join("\n"),
    );
  });

  it("tells the family what a child owes for lost or damaged books, open charges only", async () => {
    const f = await families();
    const xyj = await f.title("西游记");
    const copy = await addCopy(f.lib.db, xyj.id, { status: "lost" });
    const charge = (amountCents: number, status: string) =>
      f.lib.db.charge.create({
        data: { patronId: f.ming.id, copyId: copy.id, kind: "lost", amountCents, status },
      });
    await charge(2500, "open");
    await charge(1250, "open");
    await charge(900, "paid");
    const text = (await chatAs(f.bot, "zhang").send("我的")).text;
    expect(text).toContain(
      ["张小明（3-2）", t("zh-CN", "reader_mine_owed", { amount: "¥37.50" })].join("\n"),
    );
    expect((await chatAs(f.bot, "li").send("我的")).text).toBe(t("zh-CN", "reader_mine_nothing"));
  });

  it("keeps personal data out of groups and tells unbound accounts how to bind", async () => {
    const f = await families();
    await addLoan(f.lib.db, f.ming.id, (await f.title("西游记")).id, { dueOn: "2026-09-01" });
    const group = await chatAs(f.bot, "zhang", { chatId: "g", isGroup: true }).send("/mine");
    expect(group.text).toBe(t("zh-CN", "reader_private_mine"));
    expect((await chatAs(f.bot, "nobody").send("我的")).text).toBe(
      t("zh-CN", "reader_need_binding"),
    );
  });

  it("speaks English when the account chose it", async () => {
    const f = await families();
    await f.lib.db.chatMember.updateMany({ where: { userId: "li" }, data: { locale: "en" } });
    await addLoan(f.lib.db, f.lei.id, (await f.title("西游记")).id, { dueOn: "2026-09-06" });
    expect((await chatAs(f.bot, "li").send("mine")).text).toBe(
      [
        "李雷 (3-2)",
        "· “西游记” due 09-06 (3 days overdue, cannot be renewed: please return it soon)",
        "",
        t("en", "reader_mine_hint"),
      ].join("\n"),
    );
  });
});
