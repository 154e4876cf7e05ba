import { afterEach, describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import { testLibrary } from "../../support/library.ts";
import { chatWith, startHarness } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";
import { privateChat, user } from "./fake-updates.ts";
import { tinyArea } from "./tiny-dialogs.ts";
import type { Tally } from "./tiny-dialogs.ts";

const expired = t("zh-CN", "menu_expired");
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function setup() {
  const lib = await testLibrary();
  const tally: Tally = { searches: [], adds: 0 };
  h = await startHarness(lib, [tinyArea(tally)]);
  const ann = user(2001, "Ann");
  const bob = user(2002, "Bob");
  return { lib, tally, h, ann, bob, annChat: chatWith(h, ann, privateChat(ann)) };
}

describe("each update acts once", () => {
  it("skips a redelivered message and a redelivered press", async () => {
    const { h, tally, annChat, ann, lib } = await setup();
    const search = h.fake.text(ann, privateChat(ann), "西游记");
    h.fake.push(search);
    const menu = await h.fake.waitFor(() => h.fake.sentTo(ann.id).at(-1));
    const add = h.fake.press(ann, menu.message_id, h.fake.button(ann.id, "加一").data);
    h.fake.push(add);
    await h.fake.waitFor(() => h.fake.sentTo(ann.id).some((m) => m.text === "加了一次"));
    h.fake.redeliver(add.update_id);
    h.fake.redeliver(search.update_id);
    await annChat.send("水浒传");
    expect(tally).toEqual({ searches: ["西游记", "水浒传"], adds: 1 });
    expect(h.fake.sentTo(ann.id).map((m) => m.text)).toEqual([
      "找到：西游记",
      "加了一次",
      "找到：水浒传",
    ]);
    expect(h.fake.callsOf("answerCallbackQuery")).toHaveLength(1);
    expect(await lib.db.inboundUpdate.count()).toBe(3);
  });

  it("answers a garbage, foreign or replayed button with the expired toast and changes nothing", async () => {
    const { h, tally, annChat, bob } = await setup();
    const bobChat = chatWith(h, bob, privateChat(bob));
    await annChat.send("西游记");
    const old = h.fake.button(2001, "加一");
    await annChat.press("完成");
    await annChat.send("水浒传");
    await bobChat.send("红楼梦");
    const live = h.fake.button(2001, "加一");
    const bobs = h.fake.button(2002, "加一");
    const forged = ["garbage", `${live.data.split(":")[0]}:${"x".repeat(70)}`, bobs.data, old.data];
    for (const data of forged) {
      expect(await annChat.pressData(live.messageId, data)).toEqual([]);
      expect(h.fake.callsOf("answerCallbackQuery").at(-1)?.text).toBe(expired);
    }
    expect(tally.adds).toBe(0);
    expect(await bobChat.press("加一")).toMatchObject([{ text: "加了一次" }]);
    expect(tally.adds).toBe(1);
  });
});
