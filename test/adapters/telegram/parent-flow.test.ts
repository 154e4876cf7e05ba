import { afterEach, describe, expect, it } from "vitest";
import { dialogAreas } from "../../../src/dialogs/areas.ts";
import { chatWith, startHarness, telegramSchool, textsOf } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";
import { privateChat, user } from "./fake-updates.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("a parent on Telegram", () => {
  it("binds by /start CODE, finds xyj, reserves and renews by button, and sees the new due date", async () => {
    const s = await telegramSchool();
    h = await startHarness(s.lib, dialogAreas);
    const mum = user(1001, "Mum");
    const chat = chatWith(h, mum, privateChat(mum));

    expect(textsOf(await chat.send(`/start ${s.parentCode}`))).toContain("张*明（3-1 班）");
    const member = await s.lib.db.chatMember.findUniqueOrThrow({
      where: { platform_userId: { platform: "telegram", userId: "1001" } },
      select: { bindings: { select: { kind: true, patronId: true } } },
    });
    expect(member.bindings).toEqual([{ kind: "guardian", patronId: s.ming.id }]);

    const hits = await chat.send("xyj");
    expect(
      hits
        .at(-1)
        ?.reply_markup?.inline_keyboard.flat()
        .map((b) => b.text),
    ).toEqual([expect.stringContaining("西游记")]);
    await chat.press("西游记");
    expect(h.fake.messages.get(hits.at(-1)?.message_id ?? 0)?.reply_markup).toBeUndefined();
    const reserved = textsOf(await chat.press("预约"));
    expect(reserved).toContain("已为张小明预约《西游记》，现在排第 1 位");
    const holds = await s.lib.db.hold.findMany({ select: { patronId: true, titleId: true } });
    expect(holds).toEqual([{ patronId: s.ming.id, titleId: s.xyj.id }]);

    await chat.send("/renew");
    const renewed = textsOf(await chat.press("水浒传"));
    expect(renewed).toContain("《水浒传》已续借，新的到期日是 09-18");
    const loan = await s.lib.db.loan.findUniqueOrThrow({
      where: { id: s.mingLoan.id },
      select: { dueOn: true, renewals: true },
    });
    expect(loan).toEqual({ dueOn: "2026-09-18", renewals: 1 });
  });
});
