import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { testLibrary } from "../../support/library.ts";
import {
  addClass,
  addHold,
  addLoan,
  addPupil,
  addTitle,
  bindAccount,
  chatAs,
  readerBot,
} from "./fixtures.ts";

// The clock stands at Wednesday 2026-09-09; students renew once for 7 days, within 3 days of due.

async function family() {
  const lib = await testLibrary();
  const c3 = await addClass(lib.db, 3);
  const ming = await addPupil(lib.db, "张小明", { classId: c3.id });
  const hong = await addPupil(lib.db, "张小红", { classId: c3.id });
  const lei = await addPupil(lib.db, "李雷", { classId: c3.id });
  await bindAccount(lib.db, "zhang", [ming.id, hong.id]);
  await bindAccount(lib.db, "li", [lei.id]);
  const xyj = await addTitle(lib.db, "西游记", { author: "吴承恩" });
  const shz = await addTitle(lib.db, "水浒传", { author: "施耐庵" });
  return { lib, bot: readerBot(lib), ming, hong, lei, xyj, shz };
}

const loanRow = (lib: Awaited<ReturnType<typeof family>>["lib"], id: number) =>
  lib.db.loan.findUniqueOrThrow({ where: { id }, select: { dueOn: true, renewals: true } });

describe("renew dialog", () => {
  it("lists each loan first so that 1 renews a single loan and shows the new due date", async () => {
    const f = await family();
    const first = await addLoan(f.lib.db, f.ming.id, f.xyj.id, { dueOn: "2026-09-11" });
    const second = await addLoan(f.lib.db, f.hong.id, f.shz.id, { dueOn: "2026-09-12" });
    const zhang = chatAs(f.bot, "zhang");
    const menu = await zhang.send("续借");
    expect(menu.text).toBe(t("zh-CN", "reader_renew_prompt"));
    expect(menu.labels).toEqual([
      "张小明 · 西游记 · 到期 09-11",
      "张小红 · 水浒传 · 到期 09-12",
      "全部续借",
    ]);
    const done = await zhang.send("1");
    expect(done.text).toBe("《西游记》已续借，新的到期日是 09-18。");
    expect(await loanRow(f.lib, first.id)).toEqual({ dueOn: "2026-09-18", renewals: 1 });
    expect(await loanRow(f.lib, second.id)).toEqual({ dueOn: "2026-09-12", renewals: 0 });
  });

  it("renews all loans of every child and says each result, refusals included", async () => {
    const f = await family();
    const ok = await addLoan(f.lib.db, f.ming.id, f.xyj.id, { dueOn: "2026-09-11" });
    const held = await addLoan(f.lib.db, f.hong.id, f.shz.id, { dueOn: "2026-09-10" });
    const zhang = chatAs(f.bot, "zhang");
    expect((await zhang.send("续借")).labels).toHaveLength(3);
    await addHold(f.lib.db, f.lei.id, f.shz.id); // someone queues while the menu is open
    const done = await zhang.send("3");
    expect(done.text).toBe(
      [
        t("zh-CN", "reader_renew_results"),
        "张小明 · 《西游记》已续借，新的到期日是 09-18。",
        "张小红 · 《水浒传》没能续借：" + t("zh-CN", "reader_renew_on_hold"),
      ].join("\n"),
    );
    expect(await loanRow(f.lib, ok.id)).toEqual({ dueOn: "2026-09-18", renewals: 1 });
    expect(await loanRow(f.lib, held.id)).toEqual({ dueOn: "2026-09-10", renewals: 0 });
  });

  it("answers a number out of range with the valid range, then takes the right one", async () => {
    const f = await family();
    const loan = await addLoan(f.lib.db, f.ming.id, f.xyj.id, { dueOn: "2026-09-11" });
    await addLoan(f.lib.db, f.ming.id, f.shz.id, { dueOn: "2026-09-12" });
    const zhang = chatAs(f.bot, "zhang");
    await zhang.send("续借");
    const wrong = await zhang.send("7");
    expect(wrong.text).toBe(t("zh-CN", "choose_number", { n: 3 }));
    expect(await loanRow(f.lib, loan.id)).toEqual({ dueOn: "2026-09-11", renewals: 0 });
    const done = await zhang.send("1");
    expect(done.text).toContain("09-18");
    expect(await loanRow(f.lib, loan.id)).toEqual({ dueOn: "2026-09-18", renewals: 1 });
  });

  it("never shows or renews another family's loan, even with a forged number or button", async () => {
    const f = await family();
    await addLoan(f.lib.db, f.ming.id, f.xyj.id, { dueOn: "2026-09-11" });
    const theirs = await addLoan(f.lib.db, f.lei.id, f.shz.id, { dueOn: "2026-09-11" });
    const zhang = chatAs(f.bot, "zhang");
    const menu = await zhang.send("续借");
    expect(menu.labels).toEqual(["张小明 · 西游记 · 到期 09-11"]);
    expect(menu.text + menu.labels.join()).not.toContain("李雷");
    expect((await zhang.send("2")).text).toBe(t("zh-CN", "choose_number", { n: 1 }));
    expect((await zhang.press(`l${theirs.id}`)).text).toBe(t("zh-CN", "menu_expired"));
    expect((await zhang.press("all")).text).toBe(t("zh-CN", "menu_expired"));
    expect(await loanRow(f.lib, theirs.id)).toEqual({ dueOn: "2026-09-11", renewals: 0 });
  });

  it("says so when there is nothing on loan", async () => {
    const f = await family();
    expect((await chatAs(f.bot, "zhang").send("续借")).text).toBe(t("zh-CN", "reader_renew_none"));
  });

  it("tells an unbound account how to bind and refuses in a group", async () => {
    const f = await family();
    expect((await chatAs(f.bot, "stranger").send("续借")).text).toBe(
      t("zh-CN", "reader_need_binding"),
    );
    const inGroup = chatAs(f.bot, "zhang", { chatId: "g1", isGroup: true });
    expect((await inGroup.send("/renew")).text).toBe(t("zh-CN", "reader_private_renew"));
  });

  it("speaks English to an account that chose English", async () => {
    const lib = await testLibrary();
    const me = await addPupil(lib.db, "Tom");
    await bindAccount(lib.db, "tom", [me.id], { kind: "self", locale: "en" });
    const title = await addTitle(lib.db, "Charlotte's Web", { author: "E. B. White" });
    const loan = await addLoan(lib.db, me.id, title.id, { dueOn: "2026-09-11" });
    const tom = chatAs(readerBot(lib), "tom");
    const menu = await tom.send("renew");
    expect(menu.text).toBe("Which book do you want to renew?");
    expect(menu.labels).toEqual(["Charlotte's Web · due 09-11"]);
    expect((await tom.send("1")).text).toBe(
      "“Charlotte's Web” is renewed; the new due date is 09-18.",
    );
    expect(await loanRow(lib, loan.id)).toEqual({ dueOn: "2026-09-18", renewals: 1 });
  });
});
