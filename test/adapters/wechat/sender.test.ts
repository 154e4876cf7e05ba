import { afterEach, describe, expect, it } from "vitest";
import { LOGGED_OUT_RETRY_SECONDS } from "../../../adapters/wechat/sender.ts";
import { WECHAT_MAX_CHARS } from "../../../adapters/wechat/render.ts";
import { tokenInRemark } from "../../../src/core/members/identity.ts";
import { waitFor, wechatSchool } from "./fixtures.ts";
import { startMockWechat } from "./mock-harness.ts";
import type { MockWechat } from "./mock-harness.ts";

let wx: MockWechat | undefined;
afterEach(async () => {
  await wx?.close();
  wx = undefined;
});

const notice = {
  text: "本周三 10:00 三年级二班到馆借书。",
  choices: [
    { id: "ok", label: "收到" },
    { id: "no", label: "请假" },
  ],
  menuId: "m1",
};

describe("WeChat sender (the outbox's port)", () => {
  it("sends a notice to a class room with its choices as a numbered list", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const room = wx.room([wx.contact("李爸爸")]);

    expect(await wx.handle.sender.send(room.id, notice)).toEqual({ status: "sent" });
    await waitFor(() => (wx?.sentTo(room.id).length ?? 0) === 1);
    expect(wx.sentTo(room.id)).toEqual([`${notice.text}\n1. 收到\n2. 请假`]);
  });

  it("reaches a bound parent by their key after a re-login, before they write again", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib, { contactIds: "session" });
    const before = wx.contact("王妈妈");
    await wx.send(before, `绑定 ${s.parentCode}`, wx.self);
    const remark = wx.remarkOf(before);
    const key = tokenInRemark(remark) ?? "";
    await wx.relogin();
    wx.mocker.cacheContactPayload.delete(before.id);
    const after = wx.contact("王妈妈", remark);

    expect(await wx.handle.sender.send(key, { text: "《水浒传》明天到期。" })).toEqual({
      status: "sent",
    });
    await waitFor(() => (wx?.sentTo(after.id).length ?? 0) === 1);
    expect(wx.sentTo(after.id)).toEqual(["《水浒传》明天到期。"]);
  });

  it("reaches an account on a stable-id puppet by its wx: key", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib, { contactIds: "stable" });
    const mum = wx.contact("王妈妈");
    expect(await wx.handle.sender.send(`wx:${mum.id}`, { text: "你好" })).toEqual({
      status: "sent",
    });
    await waitFor(() => (wx?.sentTo(mum.id).length ?? 0) === 1);
  });

  it("splits a long notice into messages below the WeChat size", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const room = wx.room([wx.contact("李爸爸")]);
    const lines = Array.from({ length: 200 }, (_, i) => `第 ${i + 1} 行：新书《某某某某》已上架。`);

    expect(await wx.handle.sender.send(room.id, { text: lines.join("\n") })).toEqual({
      status: "sent",
    });
    await waitFor(() => (wx?.sentTo(room.id).length ?? 0) >= 2);
    const parts = wx.sentTo(room.id);
    expect(parts.every((p) => p.length <= WECHAT_MAX_CHARS)).toBe(true);
    expect(parts.join("\n")).toBe(lines.join("\n"));
  });

  it("asks the outbox to retry later while the account is logged out", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const room = wx.room([wx.contact("李爸爸")]);
    await wx.puppet.logout();
    expect(await wx.handle.sender.send(room.id, { text: "通知" })).toEqual({
      status: "retry_after",
      seconds: LOGGED_OUT_RETRY_SECONDS,
    });
  });

  it("fails an attempt, not for good, when the room is unknown or the send is refused", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const unknown = await wx.handle.sender.send("nosuchroom@chatroom", { text: "通知" });
    expect(unknown).toMatchObject({ status: "failed", permanent: false });

    const room = wx.room([wx.contact("李爸爸")]);
    wx.puppet.failSends = true;
    const refused = await wx.handle.sender.send(room.id, { text: "通知" });
    expect(refused).toEqual({
      status: "failed",
      permanent: false,
      reason: "send refused by the mock",
    });
  });

  it("fails for good a notice with nothing to send", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    expect(await wx.handle.sender.send("any@chatroom", { text: " " })).toMatchObject({
      status: "failed",
      permanent: true,
    });
  });
});
