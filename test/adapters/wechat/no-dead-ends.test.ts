import { afterEach, describe, expect, it } from "vitest";
import { wechatSchool } from "./fixtures.ts";
import { startMockWechat } from "./mock-harness.ts";
import type { MockWechat } from "./mock-harness.ts";

let wx: MockWechat | undefined;
afterEach(async () => {
  await wx?.close();
  wx = undefined;
});

// Issue 16 over the WeChat fake: trap 5 (renewal answers agree) and 上一步.
describe("a parent on WeChat without dead ends", () => {
  it("is told the same about an overdue loan by 我的 and 续借, which offers only the renewable one", async () => {
    const s = await wechatSchool();
    const late = await s.lib.db.loan.findFirstOrThrow({ where: { copy: { barcode: "B-XYJ-1" } } });
    await s.lib.db.loan.update({ where: { id: late.id }, data: { dueOn: "2026-09-04" } });
    wx = await startMockWechat(s.lib);
    const mum = wx.contact("王妈妈");
    await wx.send(mum, `绑定 ${s.parentCode}`, wx.self);

    const mine = await wx.send(mum, "我的", wx.self);
    expect(mine.join("\n")).toContain("《西游记》到期 09-04（逾期 5 天，不能续借，请尽快归还）");
    expect(mine.join("\n")).toContain("《水浒传》到期 09-11（还剩 2 天，可续借 1 次）");
    const renew = (await wx.send(mum, "续借", wx.self)).join("\n");
    expect(renew).toContain("· 《西游记》：这本书已经逾期 5 天，不能续借。请尽快归还。");
    expect(renew).toMatch(/续借哪一本？\n1\. 水浒传 · 到期 09-11$/);

    // 上一步 at the first question says so and asks it again; with nothing open, says that.
    const back = (await wx.send(mum, "上一步", wx.self)).join("\n");
    expect(back.startsWith("这已经是第一步了")).toBe(true);
    expect(back.endsWith(renew)).toBe(true);
    expect(await wx.send(mum, "1", wx.self)).toEqual(["《水浒传》已续借，新的到期日是 09-18。"]);
    expect((await wx.send(mum, "上一步", wx.self)).join("\n")).toContain("没有上一步可以回去");
  });
});
