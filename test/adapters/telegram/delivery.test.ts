import { afterEach, describe, expect, it } from "vitest";
import { createTelegramSender } from "../../../adapters/telegram/sender.ts";
import { testLibrary } from "../../support/library.ts";
import { chatWith, startHarness } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";
import { privateChat, user } from "./fake-updates.ts";
import { LONG_TEXT, tinyArea } from "./tiny-dialogs.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function setup() {
  const lib = await testLibrary();
  h = await startHarness(lib, [tinyArea({ searches: [], adds: 0 })]);
  const ann = user(3001, "Ann");
  return { h, ann, chat: chatWith(h, ann, privateChat(ann)) };
}

describe("sending replies", () => {
  it("waits out a 429 on sendMessage and delivers the reply once", async () => {
    const { h, chat } = await setup();
    h.fake.rateLimit("sendMessage", 1, 1);
    const sent = await chat.send("西游记");
    expect(sent.map((m) => m.text)).toEqual(["找到：西游记"]);
    const attempts = h.fake.calls.filter((c) => c.method === "sendMessage");
    expect(attempts).toHaveLength(2);
    const [first, second] = attempts;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it("sends a reply of over 10 000 characters as several messages under 4096 that add up to the whole text", async () => {
    const { h, chat } = await setup();
    const sent = await chat.send("/new");
    expect(sent.length).toBeGreaterThan(2);
    for (const m of sent) expect(m.text?.length).toBeLessThan(4096);
    expect(sent.map((m) => m.text).join("\n")).toBe(LONG_TEXT);
    expect(h.fake.callsOf("sendMessage").every((p) => p.parse_mode === undefined)).toBe(true);
  });
});

describe("the outbound sender", () => {
  it("reports sent, retry_after on a 429, and a permanent failure for a blocked or unknown chat", async () => {
    const { h, ann, chat } = await setup();
    await chat.send("西游记");
    const sender = createTelegramSender(h.handle.telegram);
    const reply = {
      text: "《西游记》到馆了 <b>_*",
      choices: [{ id: "ok", label: "好" }],
      menuId: "m1",
    };
    expect(await sender.send(String(ann.id), reply)).toEqual({ status: "sent" });
    expect(h.fake.sentTo(ann.id).at(-1)).toMatchObject({
      text: "《西游记》到馆了 <b>_*",
      reply_markup: { inline_keyboard: [[{ text: "好", callback_data: "m1:ok" }]] },
    });
    h.fake.rateLimit("sendMessage", 1, 7);
    expect(await sender.send(String(ann.id), reply)).toEqual({ status: "retry_after", seconds: 7 });
    h.fake.blocked.add(ann.id);
    expect(await sender.send(String(ann.id), reply)).toEqual({
      status: "failed",
      permanent: true,
      reason: "403: Forbidden: bot was blocked by the user",
    });
    expect(await sender.send("424242", reply)).toMatchObject({ status: "failed", permanent: true });
  });

  it("refuses a menu whose callback data would not fit 64 bytes without calling Telegram", async () => {
    const { h, ann } = await setup();
    const before = h.fake.callsOf("sendMessage").length;
    const reply = { text: "x", choices: [{ id: "书".repeat(21), label: "y" }], menuId: "m1" };
    const result = await createTelegramSender(h.handle.telegram).send(String(ann.id), reply);
    expect(result).toMatchObject({ status: "failed", permanent: true });
    expect(h.fake.callsOf("sendMessage").length).toBe(before);
  });
});
