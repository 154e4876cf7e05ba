import { afterEach, describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { wechatZh } from "../../../src/dialogs/texts/wechat-zh.ts";
import { waitFor, wechatSchool } from "./fixtures.ts";
import { startMockWechat } from "./mock-harness.ts";
import type { MockWechat } from "./mock-harness.ts";

const zh = "zh-CN" as const;
let wx: MockWechat | undefined;
afterEach(async () => {
  await wx?.close();
  wx = undefined;
});

/** The number in front of a menu line whose label contains `label`. */
function numberOf(text: string, label: string): string {
  const line = text.split("\n").find((l) => /^\d+\. /.test(l) && l.includes(label));
  if (!line) throw new Error(`no menu line with ${label} in:\n${text}`);
  return line.slice(0, line.indexOf("."));
}

describe("WeChat private chat", () => {
  it("lets a parent bind, then renew through a numbered menu answered by a digit", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const mum = wx.contact("王妈妈");

    const bound = await wx.send(mum, `绑定 ${s.parentCode}`, wx.self);
    expect(bound).toEqual([t(zh, "bind_ok_guardian", { name: "张*明", className: "3-2" })]);

    const [menu = ""] = await wx.send(mum, "续借", wx.self);
    expect(menu).toContain(t(zh, "reader_renew_prompt"));
    expect(menu).toMatch(/^1\. .*(水浒传|西游记)/m);
    expect(menu).toMatch(/^3\. 全部续借$/m);

    const done = await wx.send(mum, numberOf(menu, "水浒传"), wx.self);
    expect(done).toEqual([t(zh, "reader_renew_done", { title: "水浒传", due: "09-18" })]);
    const loans = await s.lib.db.loan.findMany({ select: { dueOn: true }, orderBy: { id: "asc" } });
    expect(loans.map((l) => l.dueOn)).toEqual(["2026-09-18", "2026-09-11"]);
  });

  it("answers a digit outside the menu with the numbers it takes, and the menu again", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const mum = wx.contact("王妈妈");
    await wx.send(mum, `绑定 ${s.parentCode}`, wx.self);
    await wx.send(mum, "续借", wx.self);

    const [again = ""] = await wx.send(mum, "7", wx.self);
    expect(again).toContain(t(zh, "choose_number", { n: 3 }));
    expect(again).toMatch(/^3\. 全部续借$/m);
    const loans = await s.lib.db.loan.findMany({ select: { dueOn: true } });
    expect(loans.every((l) => l.dueOn === "2026-09-11")).toBe(true);
  });

  it("tells a private chat it reads text only, and says nothing about a picture in a room", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const mum = wx.contact("王妈妈");
    expect(await wx.sendImage(mum)).toEqual([wechatZh.wechat_text_only]);
    expect(wx.outcomes().at(-1)).toBe("text_only");
    expect(await wx.sendImage(mum, wx.room([mum]))).toEqual([]);
    expect(wx.outcomes().at(-1)).toBe("ignored");
  });

  it("ignores its own messages, so its replies never start a loop", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const mum = wx.contact("王妈妈");
    await wx.send(mum, "帮助", wx.self);
    await waitFor(() => wx?.selfSeen() === 1);
    await wx.handle.idle();
    expect(wx.outcomes()).toEqual(["accepted"]);
    expect(wx.sentTo(mum.id)).toHaveLength(1);
  });
});
