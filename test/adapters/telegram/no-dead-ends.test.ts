import { afterEach, describe, expect, it } from "vitest";
import { dialogAreas } from "../../../src/dialogs/areas.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import { privateChat, user } from "./fake-updates.ts";
import { chatWith, startHarness, telegramSchool, textsOf } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";
import type { FakeMessage } from "./fake-updates.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const buttons = (messages: FakeMessage[]) =>
  messages
    .at(-1)
    ?.reply_markup?.inline_keyboard.flat()
    .map((b) => b.text);

// Issue 16 over the Telegram fake: trap 5 (renewal answers agree) and 上一步.
describe("a parent on Telegram without dead ends", () => {
  it("is told the same about an overdue loan by /mine and /renew, which offers only the renewable one", async () => {
    const s = await telegramSchool();
    const hlm = await s.lib.db.title.create({
      data: { title: "红楼梦", author: "曹雪芹", addedOn: "2025-01-01", searchKey: "红楼梦" },
    });
    const copy = await s.lib.db.copy.create({
      data: { barcode: "B-HLM-1", titleId: hlm.id, status: "on_loan" },
    });
    await s.lib.db.loan.create({
      data: { copyId: copy.id, patronId: s.ming.id, dueOn: "2026-09-04" },
    });
    h = await startHarness(s.lib, dialogAreas);
    const mum = user(1001, "Mum");
    const chat = chatWith(h, mum, privateChat(mum));
    await chat.send(`/start ${s.parentCode}`);

    const mine = textsOf(await chat.send("/mine"));
    expect(mine).toContain("《红楼梦》到期 09-04（逾期 5 天，不能续借，请尽快归还）");
    expect(mine).toContain("《水浒传》到期 09-11（还剩 2 天，可续借 1 次）");
    const renew = await chat.send("/renew");
    expect(buttons(renew)).toEqual(["水浒传 · 到期 09-11"]);
    expect(textsOf(renew)).toContain("· 《红楼梦》：这本书已经逾期 5 天，不能续借。请尽快归还。");
  });

  it("goes back from a title's details to the hit list with 上一步", async () => {
    const s = await telegramSchool();
    h = await startHarness(s.lib, dialogAreas);
    const mum = user(1001, "Mum");
    const chat = chatWith(h, mum, privateChat(mum));
    await chat.send(`/start ${s.parentCode}`);

    const hits = await chat.send("xyj");
    const hitButtons = buttons(hits);
    expect(hitButtons).toEqual([expect.stringContaining("西游记")]);
    const details = await chat.press("西游记");
    expect(buttons(details)).toContain("预约这本书");
    const back = await chat.send("上一步");
    expect(textsOf(back).startsWith(t("zh-CN", "back_done"))).toBe(true);
    expect(buttons(back)).toEqual(hitButtons);
    expect(textsOf(await chat.press("西游记"))).toBe(textsOf(details));
  });

  it("offers 上一步 and 取消 buttons from the second question on; a stale or forged press changes nothing", async () => {
    const s = await telegramSchool();
    h = await startHarness(s.lib, dialogAreas);
    const mum = user(1001, "Mum");
    const chat = chatWith(h, mum, privateChat(mum));
    await chat.send(`/start ${s.parentCode}`);
    const session = () =>
      s.lib.db.dialogSession.findMany({ select: { state: true, version: true } });
    const toast = () => h?.fake.callsOf("answerCallbackQuery").at(-1)?.text;

    const hitButtons = buttons(await chat.send("xyj"));
    expect(hitButtons).toEqual([expect.stringContaining("西游记")]);
    const details = await chat.press("西游记");
    expect(
      details
        .at(-1)
        ?.reply_markup?.inline_keyboard.at(-1)
        ?.map((b) => b.text),
    ).toEqual(["上一步", "取消"]);
    const stale = h.fake.button(privateChat(mum).id, "上一步");
    const back = await chat.press("上一步");
    expect(textsOf(back).startsWith(t("zh-CN", "back_done"))).toBe(true);
    expect(buttons(back)).toEqual(hitButtons);

    const before = await session();
    expect(await chat.pressData(stale.messageId, stale.data)).toEqual([]);
    expect(toast()).toBe(t("zh-CN", "menu_expired"));
    const current = back.at(-1);
    const menuId = current?.reply_markup?.inline_keyboard[0]?.[0]?.callback_data.split(":")[0];
    expect(await chat.pressData(current?.message_id ?? 0, `${menuId}:~back`)).toEqual([]);
    expect(toast()).toBe(t("zh-CN", "menu_expired"));
    expect(await session()).toEqual(before);

    await chat.send("1");
    expect(textsOf(await chat.press("取消"))).toBe(t("zh-CN", "cancelled"));
    expect(await s.lib.db.dialogSession.count()).toBe(0);
  });
});
