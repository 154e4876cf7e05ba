// A second process for the race test: drains the outbox of the database given in argv through
// a recording port, starting at the given instant, and prints "SENT <chatId>" per delivery.
import { openDb } from "../../src/db/client.ts";
import { createPacer } from "../../src/outbox/pacing.ts";
import { OutboxSender } from "../../src/outbox/sender.ts";
import { FakePort } from "./fake-port.ts";

const [url = "", startAt = "0"] = process.argv.slice(2);
const db = await openDb(url);
const now = () => new Date();
const port = new FakePort(now);
const sender = new OutboxSender({
  db,
  platform: "telegram",
  port,
  pacer: createPacer({
    kind: "telegram",
    perSecond: 5000,
    perChatPerSecond: 1,
    perGroupPerMinute: 20,
  }),
  timezone: "Asia/Shanghai",
  quietHours: "00:00-00:01",
  now,
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  batchSize: 10,
});
await new Promise((r) => setTimeout(r, Math.max(0, Number(startAt) - Date.now())));
await sender.drain();
for (const c of port.calls) process.stdout.write(`SENT ${c.chatId}\n`);
await db.$disconnect();
