// A bot process for the crash test: opens the database at argv[2], serves the terminal platform
// through the inbound gate, appends each reply it sends to the file argv[3] as a JSON line, and
// takes in `续借` then `1` from each of argv[5] parents (chats p1…pN), as a platform delivering
// (or redelivering) them would. Prints DONE and exits once every update is answered.
import { appendFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import pino from "pino";
import { SchoolCalendar } from "../../src/core/calendar.ts";
import type { Library } from "../../src/core/library.ts";
import { defaultPolicy } from "../../src/core/policy.ts";
import { openDb } from "../../src/db/client.ts";
import { Bot } from "../../src/dialogs/bot.ts";
import { registerReaderDialogs } from "../../src/dialogs/reader-dialogs.ts";
import { t } from "../../src/dialogs/texts/index.ts";
import { InboundGate } from "../../src/gate/gate.ts";
import type { Logger } from "../../src/logger.ts";

const [url = "", out = "", owner = "", count = "0"] = process.argv.slice(2);
const db = await openDb(url);
const term = { name: "2026秋", startsOn: "2026-09-01", endsOn: "2027-01-20" };
const lib: Library = {
  db,
  policy: defaultPolicy,
  calendar: new SchoolCalendar([], [6, 7], [term]),
  timezone: "Asia/Shanghai",
  now: () => new Date("2026-09-09T10:00:00+08:00"),
};
const bot = new Bot({ lib, areas: [registerReaderDialogs], defaultLocale: "zh-CN" });
const gate = new InboundGate({
  db,
  log: pino({ level: "silent" }) as unknown as Logger,
  owner,
  leaseMs: 1_000,
  sweepMs: 100,
  words: { apology: t("zh-CN", "apology"), conflict: t("zh-CN", "session_conflict") },
});
gate.register("console", {
  handle: (inbound, scope) => bot.handle(inbound, scope),
  port: {
    send(chatId, reply) {
      appendFileSync(out, JSON.stringify({ chatId, text: reply.text }) + "\n");
      return Promise.resolve({ status: "sent" });
    },
  },
});
gate.start();
for (let i = 1; i <= Number(count); i++) {
  const chat = { platform: "console", chatId: `p${i}`, userId: `p${i}`, isGroup: false };
  for (const [n, text] of ["续借", "1"].entries()) {
    const inbound = { ...chat, text };
    await gate.accept({ platform: "console", updateId: `p${i}-${n}`, inbound });
  }
}
for (;;) {
  const open = await db.inboundUpdate.count({ where: { status: { not: "done" } } });
  if (open === 0) break;
  await sleep(50);
}
process.stdout.write("DONE\n");
await gate.close();
await db.$disconnect();
