import { afterEach, describe, expect, it } from "vitest";
import { testLibrary } from "../../support/library.ts";
import { startHarness } from "./fixtures.ts";
import type { Harness } from "./fixtures.ts";
import { privateChat, user } from "./fake-updates.ts";
import type { FakeUpdate } from "./fake-updates.ts";
import { tinyArea } from "./tiny-dialogs.ts";
import type { Tally } from "./tiny-dialogs.ts";

const SECRET = "s3cret_Token-1";
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function setup() {
  const lib = await testLibrary();
  const tally: Tally = { searches: [], adds: 0 };
  const webhook = {
    url: "https://bot.example.org/tg/hook",
    secret: SECRET,
    port: 0,
    host: "127.0.0.1",
  };
  h = await startHarness(lib, [tinyArea(tally)], { webhook });
  const post = (update: FakeUpdate, headers: Record<string, string>, path = "/tg/hook") =>
    fetch(`http://127.0.0.1:${h?.handle.port}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(update),
    });
  return { lib, tally, h, post, ann: user(4001, "Ann") };
}

describe("webhook mode", () => {
  it("registers the webhook with its secret token and does not poll", async () => {
    const { h } = await setup();
    expect(h.fake.callsOf("setWebhook")).toEqual([
      {
        url: "https://bot.example.org/tg/hook",
        secret_token: SECRET,
        allowed_updates: ["message", "callback_query"],
      },
    ]);
    expect(h.fake.callsOf("deleteWebhook")).toEqual([]);
  });

  it("answers 403 to a request without the right secret and does nothing with it", async () => {
    const { h, post, ann, tally, lib } = await setup();
    const update = h.fake.text(ann, privateChat(ann), "西游记");
    expect((await post(update, {})).status).toBe(403);
    const wrong = { "x-telegram-bot-api-secret-token": "guess" };
    expect((await post(update, wrong)).status).toBe(403);
    const right = { "x-telegram-bot-api-secret-token": SECRET };
    expect((await post(update, right, "/other")).status).toBe(403);
    await h.gate.idle();
    expect(tally.searches).toEqual([]);
    expect(await lib.db.inboundUpdate.count()).toBe(0);
    expect(h.fake.callsOf("sendMessage")).toEqual([]);
  });

  it("handles an update posted with the right secret, once", async () => {
    const { h, post, ann, tally } = await setup();
    const update = h.fake.text(ann, privateChat(ann), "西游记");
    const right = { "x-telegram-bot-api-secret-token": SECRET };
    expect((await post(update, right)).status).toBe(200);
    expect((await post(update, right)).status).toBe(200);
    await h.fake.waitFor(() => h.fake.sentTo(ann.id).length > 0);
    await h.gate.idle();
    expect(tally.searches).toEqual(["西游记"]);
    expect(h.fake.sentTo(ann.id).map((m) => m.text)).toEqual(["找到：西游记"]);
  });
});
