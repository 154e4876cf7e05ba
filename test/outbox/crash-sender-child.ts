// The process the crash test kills: delivers the outbox of the database in argv through the
// real Telegram send port to the fake Bot API at argv[1] (at most argv[2] messages a second,
// claims leased for argv[3] ms: short, so the test need not wait out the default), then exits
// when nothing is left.
import { Telegram } from "telegraf";
import { createTelegramSender } from "../../adapters/telegram/sender.ts";
import { openDb } from "../../src/db/client.ts";
import { startDelivery } from "../../src/outbox/delivery.ts";

const [url = "", apiRoot = "", perSecond = "2000", leaseMs = "1000"] = process.argv.slice(2);
const db = await openDb(url);
const telegram = new Telegram("123456:TEST", { apiRoot });
const delivery = startDelivery({
  lib: { db, timezone: "Asia/Shanghai", now: () => new Date() },
  ports: { telegram: createTelegramSender(telegram) },
  quietHours: "21:00-07:00",
  pacing: {
    telegram: {
      kind: "telegram",
      perSecond: Number(perSecond),
      perChatPerSecond: 1,
      perGroupPerMinute: 20,
    },
  },
  sender: { leaseMs: Number(leaseMs), batchSize: 50 },
  idlePollMs: 50,
});
for (;;) {
  await new Promise((r) => setTimeout(r, 100));
  const left = await db.outbox.count({ where: { status: { in: ["pending", "sending"] } } });
  if (left === 0) break;
}
await delivery.stop();
await db.$disconnect();
