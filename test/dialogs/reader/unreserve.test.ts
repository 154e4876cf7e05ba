import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { testLibrary } from "../../support/library.ts";
import { addHold, addPupil, addTitle, bindAccount, chatAs, readerBot } from "./fixtures.ts";

async function holds() {
  const lib = await testLibrary();
  const me = await addPupil(lib.db, "张小明");
  const other = await addPupil(lib.db, "李雷");
  await bindAccount(lib.db, "ming", [me.id], { kind: "self" });
  await bindAccount(lib.db, "lei", [other.id], { kind: "self" });
  const xyj = await addTitle(lib.db, "西游记");
  const mine = await addHold(lib.db, me.id, xyj.id);
  const theirs = await addHold(lib.db, other.id, xyj.id, { placedAt: "2026-08-30T08:00:00+08:00" });
  return { lib, bot: readerBot(lib), mine, theirs };
}

const statusOf = (lib: Awaited<ReturnType<typeof holds>>["lib"], id: number) =>
  lib.db.hold.findUnique({ where: { id }, select: { status: true } }).then((h) => h?.status);

describe("unreserve dialog", () => {
  it("lists only the account's own holds and cancels the chosen one", async () => {
    const f = await holds();
    const ming = chatAs(f.bot, "ming");
    const menu = await ming.send("取消预约");
    expect(menu.text).toBe(t("zh-CN", "reader_unreserve_prompt"));
    expect(menu.labels).toEqual(["西游记 · 排第 2 位"]);
    expect((await ming.press(`h${f.theirs.id}`)).text).toBe(t("zh-CN", "menu_expired"));
    expect((await ming.send("1")).text).toBe("已取消《西游记》的预约。");
    expect(await statusOf(f.lib, f.mine.id)).toBe("cancelled");
    expect(await statusOf(f.lib, f.theirs.id)).toBe("queued");
  });

  it("says a hold that ended meanwhile needs no cancelling", async () => {
    const f = await holds();
    const ming = chatAs(f.bot, "ming");
    await ming.send("/unreserve");
    await f.lib.db.hold.update({ where: { id: f.mine.id }, data: { status: "expired" } });
    expect((await ming.send("1")).text).toBe(t("zh-CN", "reader_unreserve_not_active"));
    expect(await statusOf(f.lib, f.mine.id)).toBe("expired");
  });

  it("says a hold that is gone is not the account's", async () => {
    const f = await holds();
    const ming = chatAs(f.bot, "ming");
    await ming.send("取消预约");
    await f.lib.db.hold.delete({ where: { id: f.mine.id } });
    expect((await ming.send("1")).text).toBe(t("zh-CN", "reader_unreserve_not_yours"));
  });

  it("says so when there is nothing to cancel, and refuses in a group", async () => {
    const f = await holds();
    await f.lib.db.hold.deleteMany();
    expect((await chatAs(f.bot, "ming").send("取消预约")).text).toBe(
      t("zh-CN", "reader_unreserve_none"),
    );
    const group = chatAs(f.bot, "ming", { chatId: "g", isGroup: true });
    expect((await group.send("/unreserve")).text).toBe(t("zh-CN", "reader_private_unreserve"));
  });
});
