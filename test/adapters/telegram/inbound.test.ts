import { describe, expect, it } from "vitest";
import {
  decodeCallbackData,
  encodeCallbackData,
} from "../../../adapters/telegram/callback-data.ts";
import { toIncoming } from "../../../adapters/telegram/inbound.ts";
import { groupChat, privateChat, textMessage, user } from "./fake-updates.ts";
import type { FakeMessage } from "./fake-updates.ts";

const me = { id: 900, username: "ShuxiangBot" };
const ann = user(11, "Ann");
const group = groupChat(-100777, "3-1 班");
const botMessage: FakeMessage = {
  message_id: 5,
  date: 0,
  chat: group,
  from: { ...user(900, "书香"), is_bot: true },
};

const inGroup = (text: string, replyTo?: FakeMessage) =>
  toIncoming({ update_id: 1, message: textMessage(9, ann, group, text, replyTo) }, me)?.inbound;

describe("reading Telegram updates", () => {
  it("reads a private text message as a private Inbound with the update id", () => {
    const update = {
      update_id: 42,
      message: textMessage(1, ann, privateChat(ann), "/start K7QX-M2PD"),
    };
    expect(toIncoming(update, me)).toEqual({
      updateId: "42",
      inbound: {
        platform: "telegram",
        chatId: "11",
        userId: "11",
        isGroup: false,
        updateId: "42",
        text: "/start K7QX-M2PD",
      },
    });
  });

  it("marks a group message mentioned for a command, an @-mention of the bot or a reply to it", () => {
    expect(inGroup("/search 西游记")?.mentioned).toBe(true);
    expect(inGroup("@shuxiangbot 西游记")?.mentioned).toBe(true);
    expect(inGroup("西游记", botMessage)?.mentioned).toBe(true);
    expect(inGroup("西游记")?.mentioned).toBe(false);
    expect(inGroup("@OtherBotName 西游记")?.mentioned).toBe(false);
    expect(inGroup("西游记")?.isGroup).toBe(true);
  });

  it("reads people added to or leaving a group as members, bots left out", () => {
    const bob = user(12, "Bob");
    const robot = { ...user(13, "Other"), is_bot: true };
    const service = (extra: object) =>
      toIncoming(
        { update_id: 3, message: { message_id: 9, date: 0, chat: group, from: ann, ...extra } },
        me,
      )?.inbound;
    expect(service({ new_chat_members: [bob, robot] })?.members).toEqual({
      joined: ["12"],
      left: [],
    });
    expect(service({ left_chat_member: bob })?.members).toEqual({ joined: [], left: ["12"] });
    expect(service({ new_chat_members: [robot] })?.members).toBeUndefined();
    expect(inGroup("西游记")?.members).toBeUndefined();
  });

  it("drops the mention of the bot from the text, but not other mentions", () => {
    expect(inGroup("@ShuxiangBot 西游记")?.text).toBe("西游记");
    expect(inGroup("西游记 @ShuxiangBot")?.text).toBe("西游记");
    expect(inGroup("@OtherBotName 西游记")?.text).toBe("@OtherBotName 西游记");
  });

  it("reads a press as a choice of its chat, and bad callback data as a press of no menu", () => {
    const message = { ...botMessage, chat: group };
    const press = (data: string) =>
      toIncoming(
        { update_id: 3, callback_query: { id: "q", from: ann, chat_instance: "c", message, data } },
        me,
      );
    expect(press("Ab12_-:t17")).toMatchObject({
      inbound: {
        chatId: "-100777",
        userId: "11",
        isGroup: true,
        choice: { menuId: "Ab12_-", id: "t17" },
      },
      press: { queryId: "q", message: { chatId: -100777, messageId: 5 } },
    });
    for (const bad of ["garbage", ":x", "a b:c", `m:${"x".repeat(62)}`, "m:\u0000"]) {
      expect(press(bad)?.inbound.choice).toEqual({ menuId: "", id: "" });
    }
  });

  it("ignores edits, channel posts and updates it cannot read", () => {
    expect(
      toIncoming({ update_id: 4, edited_message: textMessage(1, ann, group, "x") }, me),
    ).toBeNull();
    expect(toIncoming({ update_id: "x" }, me)).toBeNull();
    expect(toIncoming(null, me)).toBeNull();
  });
});

describe("callback data", () => {
  it("round-trips menuId:id and refuses data over 64 bytes", () => {
    expect(decodeCallbackData(encodeCallbackData("Xy9_-a", "t:1"))).toEqual({
      menuId: "Xy9_-a",
      id: "t:1",
    });
    expect(() => encodeCallbackData("Xy9_-a", "书".repeat(20))).toThrow(/64 bytes/);
    expect(() => encodeCallbackData("bad id", "x")).toThrow();
  });
});
