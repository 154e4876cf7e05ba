import { Telegram } from "telegraf";
import { afterEach, describe, expect, it } from "vitest";
import { createTelegramSender } from "../../adapters/telegram/sender.ts";
import type { OutboundMessage } from "../../src/core/broadcasts/outbound.ts";
import { startDelivery } from "../../src/outbox/delivery.ts";
import { enqueue } from "../../src/outbox/queue.ts";
import { FakeBotApi } from "../adapters/telegram/fake-bot-api.ts";
import { privateChat, user } from "../adapters/telegram/fake-updates.ts";
import { freshDb } from "../support/db.ts";

let api: FakeBotApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe("a 429 storm from the Bot API", () => {
  it("slows the sender by retry_after each time without losing or doubling a message", async () => {
    const fake = (api = await FakeBotApi.start());
    const ids = Array.from({ length: 150 }, (_, i) => 800_000 + i);
    for (const id of ids) fake.text(user(id, "p"), privateChat(user(id, "p")), "hi");
    const { db } = await freshDb();
    const messages = ids.map((id): OutboundMessage => ({
      dedupeKey: `broadcast:1:telegram:${id}`,
      platform: "telegram",
      chatId: String(id),
      kind: "broadcast",
      text: "通知",
      urgent: true,
    }));
    await enqueue(db, messages, new Date(Date.now() - 1000));
    fake.rateLimit("sendMessage", 3, 1);
    const delivery = startDelivery({
      lib: { db, timezone: "Asia/Shanghai", now: () => new Date() },
      ports: { telegram: createTelegramSender(new Telegram("1:T", { apiRoot: fake.apiRoot })) },
      quietHours: "21:00-07:00",
      pacing: {
        telegram: { kind: "telegram", perSecond: 300, perChatPerSecond: 1, perGroupPerMinute: 20 },
      },
      idlePollMs: 50,
    });
    await fake.waitFor(() => fake.callsOf("sendMessage").length >= 60, 20_000);
    fake.rateLimit("sendMessage", 2, 1);
    await fake.waitFor(
      async () => (await db.outbox.count({ where: { status: "sent" } })) === 150,
      30_000,
    );
    await delivery.stop();
    const calls = fake.calls.filter((c) => c.method === "sendMessage");
    expect(calls).toHaveLength(155);
    for (let i = 0; i < 3; i++) {
      expect((calls[i + 1]?.at ?? 0) - (calls[i]?.at ?? 0)).toBeGreaterThanOrEqual(990);
    }
    const bigGaps = calls.slice(1).filter((c, i) => c.at - (calls[i]?.at ?? 0) >= 990);
    expect(bigGaps.length).toBeGreaterThanOrEqual(5);
    for (const id of ids) expect(fake.sentTo(id)).toHaveLength(1);
    await db.$disconnect();
  }, 40_000);
});
