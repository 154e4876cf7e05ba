import { once } from "node:events";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { getHeapSpaceStatistics, getHeapStatistics } from "node:v8";

/**
 * Idle memory with both adapters on fakes: starts what `npm start` serves with a Telegram
 * token and a WeChat puppet — library, a Bot per adapter, WeChat on wechaty-puppet-mock,
 * Telegram long polling the fake Bot API at `apiRoot`, delivery and the schedule — has a few
 * messages answered on each platform (so the catalogue index and the dialogs are loaded),
 * idles, then reports its memory. It runs compiled like `npm start` (bench/idle-case.ts builds
 * it with scripts/build.ts) and serves through the same `startServing` as src/main.ts, with
 * the adapters of bench/idle-platforms.ts. Heavy modules are imported in steps so each step's
 * memory shows. Protocol on stdout:
 * `STAGE <json>` per step, `POLLING` (the parent then sends the Telegram messages and writes
 * `SENT` on stdin), `IDLE <json>` at the end: the memory after `idle ms`, and after `settle ms`
 * more (past V8's memory reducer, which starts 8 s after the last allocations) if given.
 * Usage: `node [--expose-gc] <built idle-probe.js> <db file> <apiRoot> <idle ms> [settle ms]`.
 */
const [file, apiRoot, idleArg = "5000", settleArg = "0"] = process.argv.slice(2);
if (!file || !apiRoot) throw new Error("usage: idle-probe.ts <db file> <apiRoot> [idle ms]");

const MiB = 2 ** 20;
const mib = (bytes: number) => Math.round((bytes / MiB) * 10) / 10;

/** This process's memory now, in MiB (V8's committed heap pages beside the used bytes). */
function memory() {
  const m = process.memoryUsage();
  const v8 = getHeapStatistics();
  const heap = { heapUsedMiB: mib(m.heapUsed), heapCommittedMiB: mib(v8.total_physical_size) };
  return { rssMiB: mib(m.rss), ...heap, externalMiB: mib(m.external) };
}

const stage = (name: string) =>
  process.stdout.write(`STAGE ${JSON.stringify({ stage: name, ...memory() })}\n`);

stage("node");
const { loadConfig } = await import("../src/config.ts");
const { createLogger } = await import("../src/logger.ts");
const { openLibrary } = await import("../src/bootstrap.ts");
const config = loadConfig({
  DATABASE_URL: `file:${file}`,
  LOG_LEVEL: "silent",
  TELEGRAM_BOT_TOKEN: "7000001:bench-idle",
  TELEGRAM_API_ROOT: apiRoot,
  WECHATY_PUPPET: "wechaty-puppet-mock",
});
const log = createLogger(config.LOG_LEVEL);
const lib = await openLibrary(config);
stage("library open (Prisma, SQLite)");
const { bindIdleMembers } = await import("./idle-members.ts");
await bindIdleMembers(lib);
await import("../src/compose.ts");
stage("dialogs loaded");
await import("telegraf");
stage("telegraf loaded");
const { mock, PuppetMock } = await import("wechaty-puppet-mock");
await import("../adapters/wechat/index.ts");
stage("wechat adapter (wechaty) + puppet-mock loaded");

const { startServing } = await import("../src/serve.ts");
const { fakePlatforms } = await import("./idle-platforms.ts");
const mocker = new mock.Mocker();
const fakes = fakePlatforms(lib, config, log, new PuppetMock({ mocker }), stage);
const serving = await startServing(lib, config, log, fakes.starts);
await serving.schedule.caughtUp;
stage("schedule started, missed runs caught up");

const { loginMockWechat } = await import("./idle-wechat.ts");
const wechat = await loginMockWechat(mocker, fakes.wechat());
stage("wechat logged in");
process.stdout.write("POLLING\n");
const stdin = createInterface({ input: process.stdin });
await once(stdin, "line");
stdin.close();
await serving.gate.idle();
await wechat.say("西游记");
await wechat.say("我的");
stage("answered on both platforms");

const { catalogIndex } = await import("../src/core/catalog/search-index.ts");
const index = (await catalogIndex(lib.db)).titles;
await sleep(Number(idleArg));
const idle = memory();
const spaces = getHeapSpaceStatistics()
  .filter((s) => s.physical_space_size > 0)
  .map((s) => ({
    space: s.space_name,
    usedMiB: mib(s.space_used_size),
    committedMiB: mib(s.physical_space_size),
  }));
const settleMs = Number(settleArg);
if (settleMs > 0) await sleep(settleMs);
const settled = settleMs > 0 ? memory() : null;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const afterGc = gc ? memory() : null;
const catalogue = { titles: index.list.length, textChars: index.text.length };
const wechatReplies = wechat.replies();
process.stdout.write(
  `IDLE ${JSON.stringify({ idle, settled, afterGc, spaces, catalogue, wechatReplies })}\n`,
);
await serving.stop();
await lib.db.$disconnect();
