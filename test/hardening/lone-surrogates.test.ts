import { describe, expect, it } from "vitest";
import { demoPlatform, demoUserIds } from "../../src/demo/members.ts";
import { t } from "../../src/dialogs/texts/index.ts";
import type { Inbound } from "../../src/messages.ts";
import { demoSchool } from "../e2e/console-harness.ts";

/** Half an emoji: what a platform that cuts text by UTF-16 units may deliver. */
const HALF = "\ud83d";

const from = (userId: string, text: string): Inbound => ({
  platform: demoPlatform,
  chatId: userId,
  userId,
  isGroup: false,
  text,
});

describe("text with a lone surrogate", () => {
  it("is stored with U+FFFD in its place when it goes into the suggestion box", async () => {
    const { lib, bot } = await demoSchool();
    const replies = await bot.handle(from(demoUserIds.parent, `建议 多买恐龙书${HALF}谢谢`));
    expect(replies.map((r) => r.text)).toEqual([t("zh-CN", "suggest_thanks_suggestion")]);
    const rows = await lib.db.suggestion.findMany({
      where: { text: { startsWith: "多买恐龙书" } },
      select: { text: true },
    });
    expect(rows).toEqual([{ text: "多买恐龙书\ufffd谢谢" }]);
  });

  it("and a NUL (PostgreSQL refuses it in text) are stored as U+FFFD, and the sender is thanked", async () => {
    const { lib, bot } = await demoSchool();
    const replies = await bot.handle(from(demoUserIds.parent, `建议 多买\u0000恐龙书${HALF}`));
    expect(replies.map((r) => r.text)).toEqual([t("zh-CN", "suggest_thanks_suggestion")]);
    const rows = await lib.db.suggestion.findMany({
      where: { text: { startsWith: "多买" } },
      select: { text: true },
    });
    expect(rows).toEqual([{ text: "多买\ufffd恐龙书\ufffd" }]);
  });

  it("is stored with U+FFFD in its place when the librarian broadcasts it", async () => {
    const { lib, bot } = await demoSchool();
    const librarian = demoUserIds.librarian;
    let last = (await bot.handle(from(librarian, `广播 明天闭馆${HALF}`))).at(-1);
    for (const id of ["skip", "all", "send"]) {
      const menuId = last?.menuId ?? "";
      const inbound: Inbound = { ...from(librarian, ""), choice: { menuId, id } };
      delete inbound.text;
      last = (await bot.handle(inbound)).at(-1);
    }
    expect(last?.text).toMatch(/已排队发送给 \d+ 个账户/);
    const rows = await lib.db.broadcast.findMany({ select: { text: true } });
    expect(rows).toEqual([{ text: "明天闭馆\ufffd" }]);
  });
});
