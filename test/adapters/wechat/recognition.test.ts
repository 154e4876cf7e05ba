import { afterEach, describe, expect, it } from "vitest";
import { monthlyRecognition } from "../../../src/jobs/monthly-recognition.ts";
import { jobContext } from "../../jobs/fixtures.ts";
import { waitFor, wechatSchool } from "./fixtures.ts";
import { startMockWechat } from "./mock-harness.ts";
import type { MockWechat } from "./mock-harness.ts";

let wx: MockWechat | undefined;
afterEach(async () => {
  await wx?.close();
  wx = undefined;
});

describe("the monthly recognition on WeChat", () => {
  it("reaches the class room with the count only, through the WeChat sender", async () => {
    const s = await wechatSchool();
    s.lib.clock.set("2026-10-01T08:30:00+08:00");
    await s.lib.db.loan.updateMany({
      data: { returnedAt: new Date("2026-09-18T10:00:00+08:00") },
    });
    wx = await startMockWechat(s.lib);
    const room = wx.room([wx.contact("李爸爸")]);
    await s.lib.db.chatGroup.create({
      data: { platform: "wechat", chatId: room.id, classId: s.c32.id },
    });
    const lib = { ...s.lib, policy: { ...s.lib.policy, readerOfMonthMinBooks: 2 } };

    await monthlyRecognition(lib, jobContext(lib));
    const row = await s.lib.db.outbox.findFirstOrThrow({ where: { chatId: room.id } });
    const payload = JSON.parse(row.payload) as { text: string };
    expect(await wx.handle.sender.send(room.id, payload)).toEqual({ status: "sent" });
    await waitFor(() => (wx?.sentTo(room.id).length ?? 0) === 1);
    const [said = ""] = wx.sentTo(room.id);
    expect(said).toBe(
      "9 月 3-2 班有 1 位同学借阅了 2 本以上。小小读书迷的家长已收到私信，欢迎大家多来借书！",
    );
    for (const name of ["张小明", "张*明"]) expect(said).not.toContain(name);
  });
});
