import { afterEach, expect, it, vi } from "vitest";
import * as types from "wechaty-puppet/types";
import { t } from "../../../src/dialogs/texts/index.ts";
import { waitFor, wechatSchool } from "./fixtures.ts";
import { startMockWechat } from "./mock-harness.ts";
import type { MockWechat } from "./mock-harness.ts";

let wx: MockWechat | undefined;
afterEach(async () => {
  await wx?.close();
  wx = undefined;
});

/** The puppet reports a friend request of `type` from `contactId`. */
function request(w: MockWechat, id: string, contactId: string, type: types.Friendship) {
  const payload = { id, contactId, hello: "我是张小明的妈妈", timestamp: Date.now(), type };
  const known = w.puppet.friendshipRawPayload.bind(w.puppet);
  vi.spyOn(w.puppet, "friendshipRawPayload").mockImplementation(async (asked: string) =>
    asked === id ? payload : known(asked),
  );
  w.puppet.emit("friendship", { friendshipId: id });
}

it("accepts a friend request and tells the new contact how to bind", async () => {
  const s = await wechatSchool();
  wx = await startMockWechat(s.lib);
  const accept = vi.spyOn(wx.puppet, "friendshipAccept");
  const mum = wx.contact("王妈妈");

  request(wx, "fr-1", mum.id, types.Friendship.Receive);
  await waitFor(() => wx?.sentTo(mum.id).length === 1);

  expect(accept).toHaveBeenCalledWith("fr-1");
  expect(wx.sentTo(mum.id)).toEqual([t("zh-CN", "help_unbound")]);
  expect(JSON.stringify(wx.lines)).not.toContain("王妈妈");
  expect(await s.lib.db.binding.count({ where: { member: { platform: "wechat" } } })).toBe(0);
});

it("accepts only requests, not confirmations or verification notices", async () => {
  const s = await wechatSchool();
  wx = await startMockWechat(s.lib);
  const accept = vi.spyOn(wx.puppet, "friendshipAccept");
  const mum = wx.contact("王妈妈");
  const dad = wx.contact("张爸爸");
  request(wx, "fr-2", mum.id, types.Friendship.Confirm);
  request(wx, "fr-3", mum.id, types.Friendship.Verify);
  request(wx, "fr-4", dad.id, types.Friendship.Receive);
  await waitFor(() => wx?.sentTo(dad.id).length === 1);
  expect(accept.mock.calls).toEqual([["fr-4"]]);
  expect(wx.sentTo(mum.id)).toEqual([]);
});
