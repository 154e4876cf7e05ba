import { afterEach, describe, expect, it, vi } from "vitest";
import { tokenInRemark } from "../../../src/core/members/identity.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import type { Inbound } from "../../../src/messages.ts";
import { wechatSchool } from "./fixtures.ts";
import { startMockWechat } from "./mock-harness.ts";
import type { MockWechat } from "./mock-harness.ts";

const zh = "zh-CN" as const;
let wx: MockWechat | undefined;
afterEach(async () => {
  await wx?.close();
  wx = undefined;
});

/** The userIds the Bot was given, in order. */
function seenUserIds(w: MockWechat) {
  const spy = vi.spyOn(w.bot, "handle");
  return () => spy.mock.calls.map(([inbound]: [Inbound, ...unknown[]]) => inbound.userId);
}

describe("WeChat identity across a re-login", () => {
  it("keeps a binding when the contact comes back with a new id (web-protocol puppets)", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib, { contactIds: "session" });
    const userIds = seenUserIds(wx);
    const before = wx.contact("王妈妈", "王芳妈妈");
    await wx.send(before, `绑定 ${s.parentCode}`, wx.self);
    const remark = wx.remarkOf(before) ?? "";
    const token = tokenInRemark(remark);
    expect(remark).toBe(`王芳妈妈 ${token}`);

    await wx.relogin();
    const after = wx.contact("王妈妈", remark);
    expect(after.id).not.toBe(before.id);
    const [menu = ""] = await wx.send(after, "续借", wx.self);
    expect(menu).toContain("水浒传");
    expect(menu).not.toContain(t(zh, "reader_need_binding"));

    expect(new Set(userIds())).toEqual(new Set([token]));
    const member = await s.lib.db.chatMember.findUniqueOrThrow({
      where: { platform_userId: { platform: "wechat", userId: token ?? "" } },
      select: { stableKey: true },
    });
    expect(member.stableKey).toBe(token);
  });

  it("writes nobody's remark before they bind, and a bound one only once", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib, { contactIds: "session" });
    const stranger = wx.contact("路人", "图书馆门口认识的");
    await wx.send(stranger, "帮助", wx.self);
    await wx.send(stranger, "西游记", wx.self);
    expect(wx.puppet.remarkWrites).toBe(0);
    expect(wx.remarkOf(stranger)).toBe("图书馆门口认识的");

    const mum = wx.contact("王妈妈");
    await wx.send(mum, `绑定 ${s.parentCode}`, wx.self);
    await wx.send(mum, "我的", wx.self);
    await wx.send(mum, "续借", wx.self);
    expect(wx.puppet.remarkWrites).toBe(1);
    expect(wx.remarkOf(mum)).toMatch(/^sx-[a-z2-9]{8}$/);
  });

  it("loses an unbound stranger's session on re-login, never someone else's binding", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib, { contactIds: "session" });
    const userIds = seenUserIds(wx);
    const mum = wx.contact("王妈妈");
    await wx.send(mum, `绑定 ${s.parentCode}`, wx.self);
    const stranger = wx.contact("路人");
    await wx.send(stranger, "我的", wx.self);

    await wx.relogin();
    const strangerAgain = wx.contact("路人");
    const [answer] = await wx.send(strangerAgain, "我的", wx.self);
    expect(answer).toBe(t(zh, "reader_need_binding"));
    const [mine, first, second] = userIds();
    expect(new Set([mine, first, second]).size).toBe(3);
  });

  it("uses the contact id itself on puppets whose ids are stable, writing no remark", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib, { contactIds: "stable" });
    const userIds = seenUserIds(wx);
    const mum = wx.contact("王妈妈");
    await wx.send(mum, `绑定 ${s.parentCode}`, wx.self);
    await wx.relogin();
    const [menu = ""] = await wx.send(mum, "续借", wx.self);

    expect(menu).toContain("水浒传");
    expect(userIds()).toEqual([`wx:${mum.id}`, `wx:${mum.id}`]);
    expect(wx.puppet.remarkWrites).toBe(0);
  });
});
