import { describe, expect, it } from "vitest";
import { startDelivery } from "../../src/outbox/delivery.ts";
import { freshDb } from "../support/db.ts";
import { FakePort } from "./fake-port.ts";
import { until } from "../support/wait.ts";

const row = (n: number) => ({
  dedupeKey: `test:attach:${n}`,
  platform: "wechat",
  chatId: `room-${n}`,
  kind: "broadcast",
  payload: JSON.stringify({ text: `通知 ${n}` }),
  urgent: true,
});

describe("a platform that starts serving later (the WeChat login passed to this process)", () => {
  it("is delivered once attached, and no longer once detached", async () => {
    const { db } = await freshDb();
    const now = () => new Date();
    const delivery = startDelivery({
      lib: { db, timezone: "Asia/Shanghai", now },
      ports: {},
      quietHours: "21:00-07:00",
      pacing: { wechat: { kind: "interval", minMs: 0, maxMs: 0 } },
      idlePollMs: 20,
    });
    await db.outbox.create({ data: row(1) });
    const port = new FakePort(now);
    const detach = delivery.attach("wechat", port);
    await until(async () => (await db.outbox.count({ where: { status: "sent" } })) === 1);
    expect(port.calls.map((c) => c.chatId)).toEqual(["room-1"]);
    await detach();
    await db.outbox.create({ data: row(2) });
    delivery.wake();
    await new Promise((r) => setTimeout(r, 200));
    expect(port.calls).toHaveLength(1);
    expect((await db.outbox.findUnique({ where: { dedupeKey: "test:attach:2" } }))?.status).toBe(
      "pending",
    );
    await delivery.stop();
    await db.$disconnect();
  });
});
