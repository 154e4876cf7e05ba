import { afterEach, describe, expect, it } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import { issueCodes } from "../../../src/core/bindings/codes.ts";
import { wechatSchool } from "./fixtures.ts";
import { startMockWechat } from "./mock-harness.ts";
import type { MockWechat } from "./mock-harness.ts";

let wx: MockWechat | undefined;
afterEach(async () => {
  await wx?.close();
  wx = undefined;
});

// Issue 15 item 6 over the WeChat fake: a stocktake by numbered menu, and 待修.
describe("the librarian's stocktake and repair on WeChat", () => {
  it("picks the location by its number, scans, finishes with the report, and sets a copy in repair", async () => {
    const s = await wechatSchool();
    await s.lib.db.copy.updateMany({ data: { location: "一楼借阅区" } });
    const slips = await issueCodes(s.lib, systemActor, { librarian: true });
    if (!slips.ok) throw new Error(slips.code);
    wx = await startMockWechat(s.lib);
    const li = wx.contact("李馆员");
    await wx.send(li, `绑定 ${slips.value[0]?.codes[0]?.code ?? ""}`, wx.self);

    expect((await wx.send(li, "盘点", wx.self)).join("\n")).toMatch(
      /盘点哪个位置？\n1\. 一楼借阅区/,
    );
    expect((await wx.send(li, "1", wx.self)).join("\n")).toContain("开始盘点：一楼借阅区。");
    expect((await wx.send(li, "B-SHZ-1", wx.self)).join("\n")).toContain(
      "✓ B-SHZ-1《水浒传》（已扫 1 本）；系统记录为借出，请办理还书",
    );
    const report = (await wx.send(li, "盘点 结束", wx.self)).join("\n");
    expect(report).toContain("盘点报告：一楼借阅区");
    expect(report).toContain("扫到了但记录为借出（请办理还书）1 本：");
    expect(report).toContain("借出中 1 本：\n· B-XYJ-1《西游记》");

    expect((await wx.send(li, "待修 B-SHZ-1", wx.self)).join("\n")).toBe(
      "B-SHZ-1 现在不在馆内（已借出），不能登记待修；请先办理还书或收回。",
    );
  });
});
