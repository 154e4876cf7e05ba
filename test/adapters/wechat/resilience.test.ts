import { afterEach, describe, expect, it, vi } from "vitest";
import { ScanStatus } from "wechaty";
import { t } from "../../../src/dialogs/texts/index.ts";
import { waitFor, wechatSchool } from "./fixtures.ts";
import { startMockWechat } from "./mock-harness.ts";
import type { MockWechat } from "./mock-harness.ts";

const zh = "zh-CN" as const;
let wx: MockWechat | undefined;
afterEach(async () => {
  await wx?.close();
  wx = undefined;
});

const logged = (w: MockWechat, msg: string) => w.lines.filter((l) => l["msg"] === msg);

describe("WeChat adapter resilience", () => {
  it("acts once on a message the puppet delivers twice", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const mum = wx.contact("王妈妈");
    await wx.send(mum, `绑定 ${s.parentCode}`, wx.self);
    const [menu = ""] = await wx.send(mum, "续借", wx.self);
    const digit =
      menu
        .split("\n")
        .find((l) => l.includes("水浒传"))
        ?.slice(0, 1) ?? "";
    expect(await wx.send(mum, digit, wx.self)).toHaveLength(1);

    const again = await wx.redeliver(mum.id, wx.messageIdOf(mum, digit));
    expect(again).toEqual([]);
    const rows = await s.lib.db.inboundUpdate.count({ where: { platform: "wechat" } });
    expect(rows).toBe(3);
  });

  it("apologises when the Bot fails, logs it, and answers the next message", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    vi.spyOn(wx.bot, "handle").mockRejectedValueOnce(new Error("database on fire"));
    const mum = wx.contact("王妈妈");

    expect(await wx.send(mum, "帮助", wx.self)).toEqual([t(zh, "apology")]);
    expect(logged(wx, "message handling failed")).toHaveLength(1);
    const [help = ""] = await wx.send(mum, "帮助", wx.self);
    expect(help).not.toBe(t(zh, "apology"));
    expect(help.length).toBeGreaterThan(10);
  });

  it("stays quiet in a room when the Bot fails on chatter that was not for it", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    vi.spyOn(wx.bot, "handle").mockRejectedValueOnce(new Error("database on fire"));
    const dad = wx.contact("李爸爸");
    const room = wx.room([dad]);
    expect(await wx.send(dad, "收到", room)).toEqual([]);
    expect(logged(wx, "message handling failed")).toHaveLength(1);
  });

  it("logs a reply that could not be sent, sends it when the platform is back, and keeps serving", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const mum = wx.contact("王妈妈");
    wx.puppet.failSends = true;
    expect(await wx.send(mum, "帮助", wx.self)).toEqual([]);
    expect(logged(wx, "reply not sent yet, will retry").length).toBeGreaterThan(0);

    wx.puppet.failSends = false;
    await wx.send(mum, "帮助", wx.self);
    // Nothing is lost: the first answer is sent again, then the second, in order.
    await waitFor(() => (wx?.sentTo(mum.id).length ?? 0) === 2);
  });

  it("logs a puppet error event and keeps serving", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    wx.puppet.emit("error", { gerror: "connection to the puppet service lost" });
    await waitFor(() => logged(wx as MockWechat, "wechat error").length === 1);
    const mum = wx.contact("王妈妈");
    expect(await wx.send(mum, "帮助", wx.self)).toHaveLength(1);
  });

  it("draws the login QR code, logs its URL, and logs logins without names or ids", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    wx.mocker.scan("https://login.weixin.qq.com/l/abc", ScanStatus.Waiting);
    await waitFor(() => (wx?.qrDrawings.length ?? 0) === 1);
    await wx.relogin();

    const [scan] = logged(wx, "wechat login: scan the QR code");
    expect(scan?.["qrUrl"]).toBe(
      "https://wechaty.js.org/qrcode/https%3A%2F%2Flogin.weixin.qq.com%2Fl%2Fabc",
    );
    expect(logged(wx, "wechat logged in")).toHaveLength(1);
    expect(logged(wx, "wechat logged out")).toHaveLength(1);
    expect(logged(wx, "wechat logged in again")).toHaveLength(1);
    const account = logged(wx, "wechat logged in")[0]?.["account"];
    expect(account).toMatch(/^[0-9a-f]{10}$/);
    const all = JSON.stringify(wx.lines);
    expect(all).not.toContain(wx.self.id);
    expect(all).not.toContain("书香");
  });
});
