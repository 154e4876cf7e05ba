import { parseArgs } from "node:util";
import { runConsoleChat } from "../adapters/console/index.ts";
import {
  createTelegramSender,
  startTelegram,
  telegramOptions,
} from "../adapters/telegram/index.ts";
import { openLibrary } from "./bootstrap.ts";
import { runCli } from "./cli/index.ts";
import type { CliIo, ExitCode } from "./cli/io.ts";
import { UsageError } from "./cli/io.ts";
import { createBot, dialogHooks, openDemoLibrary } from "./compose.ts";
import { loadConfig } from "./config.ts";
import type { Config } from "./config.ts";
import { ConfigError } from "./core/errors.ts";
import { demoUserIds } from "./demo/members.ts";
import { t } from "./dialogs/texts/index.ts";
import type { DemoRole } from "./demo/members.ts";
import { startSchedule } from "./jobs/schedule.ts";
import { createLogger } from "./logger.ts";
import { startDelivery } from "./outbox/delivery.ts";
import type { SendPort } from "./outbox/ports.ts";

/**
 * The composition root: `npm start` (no arguments) serves the configured platforms, or the
 * demo school in a terminal chat when no token is set; `shuxiang …` runs an admin command.
 * The only src file that imports adapters/.
 */
const io: CliIo = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
  stdin: process.stdin,
  isTty: Boolean(process.stdin.isTTY),
};

async function chatCommand(args: string[], cli: CliIo): Promise<ExitCode> {
  const { values } = parseArgs({ args, options: { as: { type: "string", default: "parent" } } });
  const role = values.as as DemoRole;
  if (!(role in demoUserIds)) {
    throw new UsageError(`--as must be one of: ${Object.keys(demoUserIds).join(", ")}`);
  }
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
  const { lib, built } = await openDemoLibrary(config);
  if (built) cli.err("已创建演示学校 (demo school created)");
  const bot = createBot(lib, config);
  await runConsoleChat({
    route: (inbound) => bot.handle(inbound),
    input: cli.stdin,
    output: process.stdout,
    userId: demoUserIds[role],
    interactive: cli.isTty,
    onError: (error) => {
      log.error({ err: error }, "dialog failed");
      return [{ text: t(config.DEFAULT_LOCALE, "apology") }];
    },
  });
  await lib.db.$disconnect();
  return 0;
}

/** Serves the configured platforms with delivery and the schedule until SIGINT/SIGTERM. */
async function serve(config: Config): Promise<ExitCode> {
  const log = createLogger(config.LOG_LEVEL);
  const lib = await openLibrary(config);
  const wake = { delivery: () => {} };
  const hooks = dialogHooks(lib, config, log, () => wake.delivery());
  const ports: Record<string, SendPort> = {};
  const stops: (() => Promise<void>)[] = [];
  if (config.WECHATY_PUPPET) {
    // wechaty (with gRPC and leveldown) weighs ~64 MiB: only loaded when WeChat is served.
    const { startWechat, wechatOptions } = await import("../adapters/wechat/index.ts");
    const bot = createBot(lib, config, { hooks });
    const wechat = await startWechat(wechatOptions(config, { bot, lib, log }));
    ports["wechat"] = wechat.sender;
    stops.push(() => wechat.stop());
  }
  let telegramDone: Promise<void> = new Promise(() => {});
  if (config.TELEGRAM_BOT_TOKEN) {
    const bot = (botName: string) => createBot(lib, config, { botName, hooks });
    const telegram = await startTelegram(telegramOptions(config, { db: lib.db, log, bot }));
    log.info({ bot: telegram.botName }, "telegram started");
    ports["telegram"] = createTelegramSender(telegram.telegram);
    stops.push(() => telegram.stop());
    telegramDone = telegram.done;
  }
  const delivery = startDelivery({
    lib,
    ports,
    quietHours: config.QUIET_HOURS,
    log,
    pacing: pacingOf(config),
  });
  wake.delivery = () => delivery.wake();
  const schedule = startSchedule({
    lib,
    schedule: config.schedule,
    defaultLocale: config.DEFAULT_LOCALE,
    log,
    onRun: () => delivery.wake(),
  });
  const stopped = await untilStopped(telegramDone);
  log.info("stopping");
  await schedule.stop();
  for (const stop of stops) await stop();
  await delivery.stop();
  await lib.db.$disconnect();
  return stopped === "signal" ? 0 : 1;
}

/** Resolves on SIGINT/SIGTERM, or when Telegram polling has failed for good. */
function untilStopped(telegramDone: Promise<void>): Promise<"signal" | "failed"> {
  return new Promise((resolve) => {
    const onSignal = () => resolve("signal");
    process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
    void telegramDone.then(() => resolve("failed"));
  });
}

function pacingOf(config: Config) {
  const [min, max] = config.delivery.wechatIntervalSeconds;
  return { wechat: { kind: "interval" as const, minMs: min * 1000, maxMs: max * 1000 } };
}

async function start(): Promise<ExitCode> {
  const config = loadConfig();
  if (config.TELEGRAM_BOT_TOKEN || config.WECHATY_PUPPET) return serve(config);
  return chatCommand([], io);
}

async function main(argv: string[]): Promise<ExitCode> {
  try {
    return argv.length === 0 ? await start() : await runCli(argv, io, { chat: chatCommand });
  } catch (e) {
    if (e instanceof ConfigError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
