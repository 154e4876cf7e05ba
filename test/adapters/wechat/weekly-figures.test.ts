import { afterEach, describe, expect, it } from "vitest";
import { weeklyFigures } from "../../../src/jobs/weekly-figures.ts";
import { pngPixels } from "../../../scripts/png-pixels.ts";
import { jobContext } from "../../jobs/fixtures.ts";
import { clockSender, drainAll } from "../../outbox/fake-port.ts";
import { waitFor, wechatSchool } from "./fixtures.ts";
import { startMockWechat } from "./mock-harness.ts";
import type { MockWechat } from "./mock-harness.ts";

let wx: MockWechat | undefined;
afterEach(async () => {
  await wx?.close();
  wx = undefined;
});

describe("the Friday figures on WeChat", () => {
  it("reach the linked class room as the class's chart image, then its totals, naming no pupil", async () => {
    const s = await wechatSchool();
    const lib = s.lib;
    lib.clock.set("2026-09-11T16:00:00+08:00");
    wx = await startMockWechat(lib);
    const room = wx.room([wx.contact("王妈妈")]);
    await lib.db.chatGroup.create({
      data: { platform: "wechat", chatId: room.id, classId: s.c32.id },
    });

    expect(await weeklyFigures(lib, jobContext(lib))).toMatchObject({ groups: 1, enqueued: 1 });
    await drainAll(lib, clockSender(lib, "wechat", wx.handle.sender), "wechat");

    expect(wx.puppet.files.map((f) => [f.to, f.name, f.mediaType])).toEqual([
      [room.id, "借阅图表-3-2-2026-09-07.png", "image/png"],
    ]);
    expect(pngPixels(wx.puppet.files[0]?.bytes ?? Buffer.alloc(0)).width).toBe(800);
    await waitFor(() => (wx?.sentTo(room.id).length ?? 0) === 1);
    const [text] = wx.sentTo(room.id);
    expect(text).toContain("3-2 班本周借阅（2026-09-07 至 2026-09-13）");
    expect(text).toContain("在 3 年级 1 个班中排第 1");
    expect(text).not.toContain("张小明");
  });
});
