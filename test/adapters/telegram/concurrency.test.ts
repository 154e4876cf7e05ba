import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { t } from "../../../src/dialogs/texts/index.ts";
import type { Library } from "../../../src/core/library.ts";
import { testLibrary } from "../../support/library.ts";
import { chatWith, startHarness } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";
import { privateChat, user } from "./fake-updates.ts";
import { gate, tinyArea } from "./tiny-dialogs.ts";
import type { Tally } from "./tiny-dialogs.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function setup() {
  const lib = await testLibrary();
  const tally: Tally = { searches: [], adds: 0 };
  const door = gate();
  h = await startHarness(lib, [tinyArea(tally, door.opened)]);
  const ann = user(5001, "Ann");
  const bob = user(5002, "Bob");
  return { lib, tally, door, h, ann, bob };
}

const handling = (lib: Library) => lib.db.inboundUpdate.count({ where: { status: "handling" } });

const textsTo = (h: Harness, chatId: number) => h.fake.sentTo(chatId).map((m) => m.text);

describe("updates of many chats", () => {
  it("answers another chat while one chat waits, and keeps each chat's updates in order", async () => {
    const { tally, door, h, ann, bob, lib } = await setup();
    h.fake.push(h.fake.text(ann, privateChat(ann), "wait"));
    h.fake.push(h.fake.text(ann, privateChat(ann), "西游记"));
    // Both are held by this process from the moment they are stored; "wait" is being handled.
    await h.fake.waitFor(async () => (await handling(lib)) === 2);
    h.fake.push(h.fake.text(bob, privateChat(bob), "水浒传"));
    await h.fake.waitFor(() => h.fake.sentTo(bob.id).length > 0);
    expect(textsTo(h, bob.id)).toEqual(["找到：水浒传"]);
    expect(textsTo(h, ann.id)).toEqual([]);
    door.open();
    await h.fake.waitFor(() => h.fake.sentTo(ann.id).length === 2);
    expect(textsTo(h, ann.id)).toEqual(["找到：wait", "找到：西游记"]);
    expect(tally.searches).toEqual(["水浒传", "wait", "西游记"]);
  });

  it("on stop, finishes the update in hand and sends its reply, then takes no more", async () => {
    const { door, h, ann, lib } = await setup();
    h.fake.push(h.fake.text(ann, privateChat(ann), "wait"));
    await h.fake.waitFor(async () => (await handling(lib)) === 1);
    let stopped = false;
    const stopping = (async () => {
      await h.handle.stop();
      await h.gate.close();
      stopped = true;
    })();
    await sleep(100);
    expect(stopped).toBe(false);
    door.open();
    await stopping;
    expect(textsTo(h, ann.id)).toEqual(["找到：wait"]);
    h.fake.push(h.fake.text(ann, privateChat(ann), "西游记"));
    await sleep(100);
    expect(textsTo(h, ann.id)).toEqual(["找到：wait"]);
    expect(await lib.db.inboundUpdate.count()).toBe(1);
  });

  it("answers a failing dialog with the apology, logs it without the message, and goes on", async () => {
    const { h, ann } = await setup();
    const chat = chatWith(h, ann, privateChat(ann));
    expect((await chat.send("/mine")).map((m) => m.text)).toEqual([t("zh-CN", "apology")]);
    expect((await chat.send("西游记")).map((m) => m.text)).toEqual(["找到：西游记"]);
    const failure = h.lines.find((l) => l.msg === "message handling failed");
    expect(failure).toMatchObject({ level: 50 });
    expect(JSON.stringify(h.lines)).not.toContain("/mine");
    expect(JSON.stringify(h.lines.filter((l) => Number(l.level) <= 30))).not.toContain("5001");
  });
});
