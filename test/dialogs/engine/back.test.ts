import { describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import type { Dialog } from "../../../src/dialogs/types.ts";
import { inbound, press, setup, startOrder } from "./support.ts";

const en = "en" as const;

/** Three questions with a re-ask inside the second: name, then a number (again until 1–9), then yes/no. */
const threeSteps: Dialog<unknown> = async (c) => {
  const name = await c.ask("Name?");
  let n = Number(await c.ask("A number 1–9?"));
  while (!(n >= 1 && n <= 9)) {
    c.say("Not 1–9.");
    n = Number(await c.ask("A number 1–9?"));
  }
  const sure = await c.choose(`${name} picks ${n}. Sure?`, [
    { id: "y", label: "Yes" },
    { id: "n", label: "No" },
  ]);
  c.say(`${name}: ${n} (${sure})`);
};
const startThree = { dialog: "three", args: {}, locale: en };

describe("上一步 / back", () => {
  it("asks the previous question again and takes a new answer to it", async () => {
    const { runtime } = await setup(() => ({ three: threeSteps }));
    const rt = runtime();
    await rt.handle(inbound("go"), startThree);
    await rt.handle(inbound("Ann"));
    const back = await rt.handle(inbound("back"));
    expect(back).toEqual([{ text: `${t(en, "back_done")}\nName?` }]);
    await rt.handle(inbound("Bob"));
    const menu = await rt.handle(inbound("7"));
    expect(menu?.[0]?.text).toBe("Bob picks 7. Sure?");
    expect(await rt.handle(inbound("1"))).toEqual([{ text: "Bob: 7 (y)" }]);
  });

  it("takes /back as Telegram sends it, with or without the bot's name", async () => {
    const { runtime } = await setup(() => ({ three: threeSteps }));
    const rt = runtime();
    await rt.handle(inbound("go"), startThree);
    await rt.handle(inbound("Ann"));
    expect(await rt.handle(inbound("/back"))).toEqual([{ text: `${t(en, "back_done")}\nName?` }]);
    await rt.handle(inbound("Bob"));
    const again = await rt.handle(inbound("/back@ShuxiangBot"));
    expect(again).toEqual([{ text: `${t(en, "back_done")}\nName?` }]);
    expect(await rt.handle(inbound("/backup"))).not.toEqual(again);
  });

  it("undoes one answer at a time, a re-asked question counting as a question, with 上一步 too", async () => {
    const { runtime } = await setup(() => ({ three: threeSteps }));
    const rt = runtime();
    await rt.handle(inbound("go"), startThree);
    await rt.handle(inbound("Ann"));
    await rt.handle(inbound("42"));
    await rt.handle(inbound("3"));
    const toRetry = await rt.handle(inbound("上一步"));
    expect(toRetry).toEqual([{ text: `${t(en, "back_done")}\nNot 1–9.\nA number 1–9?` }]);
    const toNumber = await rt.handle(inbound("上一步"));
    expect(toNumber).toEqual([{ text: `${t(en, "back_done")}\nA number 1–9?` }]);
    const toName = await rt.handle(inbound("back"));
    expect(toName).toEqual([{ text: `${t(en, "back_done")}\nName?` }]);
    const atFirst = await rt.handle(inbound("back"));
    expect(atFirst).toEqual([{ text: `${t(en, "back_at_first")}\nName?` }]);
    await rt.handle(inbound("Cy"));
    await rt.handle(inbound("5"));
    expect(await rt.handle(inbound("2"))).toEqual([{ text: "Cy: 5 (n)" }]);
  });

  it("shows a menu again with fresh buttons; the old menu's buttons have expired", async () => {
    const { runtime } = await setup(() => ({ three: threeSteps }));
    const rt = runtime();
    await rt.handle(inbound("go"), startThree);
    await rt.handle(inbound("Ann"));
    const first = await rt.handle(inbound("4"));
    expect(first?.[0]?.menuId).toBeDefined();
    await rt.handle(inbound("back"));
    expect(await rt.handle(press(first?.[0]?.menuId ?? "", "y"))).toEqual([
      { text: t(en, "menu_expired"), expired: true },
    ]);
    const again = await rt.handle(inbound("4"));
    expect(again?.[0]?.text).toBe("Ann picks 4. Sure?");
    expect(await rt.handle(press(again?.[0]?.menuId ?? "", "y"))).toEqual([{ text: "Ann: 4 (y)" }]);
  });

  it("never repeats an act on the way back", async () => {
    const { counts, runtime } = await setup();
    const rt = runtime();
    await rt.handle(inbound("order"), startOrder);
    await rt.handle(inbound("Ann"));
    expect(counts.written).toBe(1);
    expect(await rt.handle(inbound("back"))).toEqual([
      { text: `${t(en, "back_done")}\nHello!\nYour name?` },
    ]);
    expect(counts.written).toBe(1);
    await rt.handle(inbound("Ben"));
    expect(counts.written).toBe(2);
    const [done] = (await rt.handle(inbound("1"))) ?? [];
    expect(done?.text).toMatch(/^Ordered s for Ben/);
    expect(counts).toEqual({ written: 2, confirmed: 1 });
  });

  it("says there is nothing to go back to when no dialog waits, in a private chat only", async () => {
    const { runtime } = await setup();
    const rt = runtime();
    expect(await rt.handle(inbound("上一步"))).toEqual([
      { text: t("zh-CN", "nothing_to_go_back") },
    ]);
    expect(await rt.handle(inbound("back", { isGroup: true, chatId: "g" }))).toBeNull();
  });

  it("offers 上一步 and 取消 beside a menu once the dialog has asked more than one question", async () => {
    const { runtime } = await setup(() => ({ pick: onlyMenu, three: threeSteps }));
    const rt = runtime();
    const [first] = await rt.handle(inbound("go"), { dialog: "pick", args: {}, locale: "zh-CN" });
    expect(first?.controls).toBeUndefined();
    await rt.handle(inbound("go"), startThree);
    await rt.handle(inbound("Ann"));
    const [menu] = (await rt.handle(inbound("4"))) ?? [];
    expect(menu?.controls).toEqual([
      { id: "~back", label: t(en, "control_back") },
      { id: "~cancel", label: t(en, "control_cancel") },
    ]);
  });

  it("goes back one question on the 上一步 button or its number, and leaves on 取消", async () => {
    const { runtime, db } = await setup(() => ({ three: threeSteps }));
    const rt = runtime();
    await rt.handle(inbound("go"), startThree);
    await rt.handle(inbound("Ann"));
    const [menu] = (await rt.handle(inbound("4"))) ?? [];
    const back = await rt.handle(press(menu?.menuId ?? "", "~back"));
    expect(back).toEqual([{ text: `${t(en, "back_done")}\nA number 1–9?` }]);
    const [again] = (await rt.handle(inbound("6"))) ?? [];
    expect(await rt.handle(inbound("3"))).toEqual([
      { text: `${t(en, "back_done")}\nA number 1–9?` },
    ]);
    const [third] = (await rt.handle(inbound("7"))) ?? [];
    expect(third?.menuId).not.toBe(again?.menuId);
    expect(await rt.handle(press(third?.menuId ?? "", "~cancel"))).toEqual([
      { text: t(en, "cancelled") },
    ]);
    expect(await db.dialogSession.count()).toBe(0);
  });

  it("answers a stale or forged 上一步 / 取消 press with 'menu expired' and changes nothing", async () => {
    const { runtime, db } = await setup(() => ({ pick: onlyMenu, three: threeSteps }));
    const rt = runtime();
    await rt.handle(inbound("go"), startThree);
    await rt.handle(inbound("Ann"));
    const [old] = (await rt.handle(inbound("4"))) ?? [];
    await rt.handle(inbound("back"));
    const [now] = (await rt.handle(inbound("5"))) ?? [];
    const state = async () => db.dialogSession.findMany({ select: { state: true, version: true } });
    const before = await state();
    const expired = [{ text: t(en, "menu_expired"), expired: true }];
    expect(await rt.handle(press(old?.menuId ?? "", "~back"))).toEqual(expired);
    expect(await rt.handle(press(old?.menuId ?? "", "~cancel"))).toEqual(expired);
    expect(await rt.handle(press(now?.menuId ?? "", "~nope"))).toEqual(expired);
    expect(await state()).toEqual(before);
    const [first] = await rt.handle(inbound("go"), { dialog: "pick", args: {}, locale: en });
    const atFirst = await state();
    expect(await rt.handle(press(first?.menuId ?? "", "~back"))).toEqual(expired);
    expect(await rt.handle(press(first?.menuId ?? "", "~cancel"))).toEqual(expired);
    expect(await state()).toEqual(atFirst);
    expect(await rt.handle(inbound("1"))).toEqual([{ text: "picked a" }]);
  });
});

/** One question only: a menu, with no 上一步 beside it. */
const onlyMenu: Dialog<unknown> = async (c) => {
  const id = await c.choose("Which?", [
    { id: "a", label: "A" },
    { id: "b", label: "B" },
  ]);
  c.say(`picked ${id}`);
};
