import { createBot, openDemoLibrary } from "../src/compose.ts";
import { loadConfig } from "../src/config.ts";
import { demoPlatform, demoUserIds } from "../src/demo/members.ts";
import { createLogger } from "../src/logger.ts";

/**
 * Starts the way `npm start` does without platform tokens, up to a bot ready to answer:
 * configuration, logger, library (migration check, database open, calendar, the demo check)
 * and the Bot with every dialog. Prints `READY <ms since process start> <CPU ms so far>`, then
 * answers one search as demo-parent (the catalogue index loads on first use) and prints
 * `FIRST <ms> <rss MiB>`. bench/startup-case.ts compiles it as `npm start` compiles the bot.
 * Usage: `node <built startup-probe.js> <db file>`.
 */
const file = process.argv[2];
if (!file) throw new Error("usage: startup-probe.ts <db file>");
const config = loadConfig({ DATABASE_URL: `file:${file}`, LOG_LEVEL: "silent" });
createLogger(config.LOG_LEVEL);
const { lib } = await openDemoLibrary(config);
const bot = createBot(lib, config);
const cpu = process.cpuUsage();
process.stdout.write(
  `READY ${performance.now().toFixed(1)} ${((cpu.user + cpu.system) / 1000).toFixed(1)}\n`,
);

const userId = demoUserIds.parent;
await bot.handle({ platform: demoPlatform, chatId: userId, userId, isGroup: false, text: "xyj" });
const rss = process.memoryUsage.rss() / 2 ** 20;
process.stdout.write(`FIRST ${performance.now().toFixed(1)} ${rss.toFixed(1)}\n`);
await lib.db.$disconnect();
