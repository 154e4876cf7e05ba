import { afterEach, describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { waitFor, wechatSchool } from "./fixtures.ts";
import type { WechatSchool } from "./fixtures.ts";
import { startMockWechat } from "./mock-harness.ts";
import type { MockWechat } from "./mock-harness.ts";

const zh = "zh-CN" as const;
const slot32 = t(zh, "rota_slot", {
  day: "周一",
  date: "09-07",
  start: "10:00",
  end: "10:40",
  className: "3-2",
});
const slot41 = t(zh, "rota_slot", {
  day: "周二",
  date: "09-08",
  start: "14:00",
  end: "14:40",
  className: "4-1",
});

let wx: MockWechat | undefined;
afterEach(async () => {
  await wx?.close();
  wx = undefined;
});

/** A class room with the bot, a parent and 赵老师, linked to 3-2 in the database. */
async function linkedRoom(s: WechatSchool, w: MockWechat) {
  const parent = w.contact("李爸爸");
  const teacher = w.contact("赵老师");
  const room = w.room([parent, teacher]);
  await s.lib.db.chatGroup.create({
    data: { platform: "wechat", chatId: room.id, classId: s.c32.id },
  });
  return { parent, teacher, room };
}

describe("WeChat class rooms", () => {
  it("answers a mentioned 排班 with this week's slot of the linked class, in the room", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const { parent, room } = await linkedRoom(s, wx);

    const replies = await wx.send(parent, "@书香\u2005排班", room, [wx.self]);
    const text = replies.join("\n");
    expect(text).toContain(t(zh, "rota_header", { week: 2, monday: "09-07" }));
    expect(text).toContain(slot32);
    expect(text).not.toContain(slot41);
    expect(wx.sentTo(parent.id)).toEqual([]);
  });

  it("ignores room chatter that does not mention the bot", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const { parent, room } = await linkedRoom(s, wx);

    expect(await wx.send(parent, "排班", room)).toEqual([]);
    expect(await wx.send(parent, "今天谁接孩子？", room)).toEqual([]);
    expect(wx.outcomes()).toEqual(["accepted", "accepted"]);
  });

  it("ignores its own messages in the room", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const { parent, room } = await linkedRoom(s, wx);

    await wx.send(parent, "/rota", room);
    await waitFor(() => wx?.selfSeen() === 1);
    await wx.handle.idle();
    expect(wx.outcomes()).toEqual(["accepted"]);
    expect(wx.sentTo(room.id)).toHaveLength(1);
  });

  it("lets the class teacher link a room with 绑定班级 or /link, as their own account", async () => {
    const s = await wechatSchool();
    wx = await startMockWechat(s.lib);
    const parent = wx.contact("李爸爸");
    const teacher = wx.contact("赵老师");
    const room = wx.room([parent, teacher]);

    const refused = await wx.send(parent, "/link 3-2", room);
    expect(refused).toEqual([t(zh, "link_not_your_class", { name: "3-2" })]);

    await wx.send(teacher, `绑定 ${s.teacherCode}`, wx.self);
    const linked = await wx.send(teacher, "@书香\u2005绑定班级 3-2", room, [wx.self]);
    expect(linked).toEqual([t(zh, "link_ok", { className: "3-2" })]);
    const group = await s.lib.db.chatGroup.findUnique({
      where: { platform_chatId: { platform: "wechat", chatId: room.id } },
      select: { classId: true },
    });
    expect(group?.classId).toBe(s.c32.id);

    const rota = await wx.send(parent, "/rota", room);
    expect(rota.join("\n")).toContain(slot32);
  });
});
