import { join } from "node:path";
import { openLibrary } from "./bootstrap.ts";
import { parseCommandArgs } from "./cli/args.ts";
import type { CliIo, ExitCode } from "./cli/io.ts";
import { UsageError } from "./cli/io.ts";
import { cliTexts } from "./cli/texts.ts";
import type { CliTexts } from "./cli/texts.ts";
import { createBot, createGate, openDemoLibrary } from "./compose.ts";
import type { RolesChanged } from "./compose.ts";
import { loadConfig } from "./config.ts";
import type { Config } from "./config.ts";
import { systemActor } from "./core/actor.ts";
import { unlinkGroup } from "./core/bindings/unlink-group.ts";
import { ConfigError } from "./core/errors.ts";
import { demoUserIds } from "./demo/members.ts";
import type { DemoRole } from "./demo/members.ts";
import { checkHealth, servedPlatforms } from "./health/health-report.ts";
import { t } from "./dialogs/texts/index.ts";
import { createLogger } from "./logger.ts";
import type { LeasedStart, PlatformStart } from "./serve.ts";
import type { Library } from "./core/library.ts";
import type { Logger } from "./logger.ts";

/**
 * The composition root: `npm start` (no arguments) serves the configured platforms, or the
 * demo school in a terminal chat when no token is set; `shuxiang …` runs an admin command.
 * The only src file that imports adapters/. What only one way of running needs (the terminal
 * chat, each platform's adapter, serving, the admin commands) is imported when that way runs,
 * so a start loads no code it does not use.
 */
const io: CliIo = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
  stdin: process.stdin,
  isTty: Boolean(process.stdin.isTTY),
};

async function chatCommand(args: string[], cli: CliIo, tx: CliTexts): Promise<ExitCode> {
  const options = { as: { type: "string", default: "parent" } } as const;
  const { values } = parseCommandArgs(tx, { args, options });
  const role = values.as as DemoRole;
  if (!(role in demoUserIds)) throw new UsageError(tx.chatAsRoles(Object.keys(demoUserIds)));
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
  const { lib, built } = await openDemoLibrary(config);
  if (built) cli.err(tx.demoCreated);
  const bot = createBot(lib, config);
  const gate = createGate(lib, config, log);
  const { runConsoleChat } = await import("../adapters/console/index.ts");
  await runConsoleChat({
    gate,
    handle: (inbound, scope) => bot.handle(inbound, scope),
    input: cli.stdin,
    output: process.stdout,
    userId: demoUserIds[role],
    interactive: cli.isTty,
    exportDir: join(config.DATA_DIR, "exports"),
    ...(cli.isTty ? { greeting: t(config.DEFAULT_LOCALE, "console_welcome", { role }) } : {}),
  });
  await gate.close();
  await lib.db.$disconnect();
  return 0;
}

/**
 * The adapters of the configured platforms, each started when serving begins. One WeChat
 * login and Telegram's long polling can only run in one process at a time: they are leased
 * (the other processes stand by); a Telegram webhook is served by every process.
 */
function configuredPlatforms(config: Config, lib: Library, log: Logger) {
  const starts: PlatformStart[] = [];
  const leased: LeasedStart[] = [];
  if (config.WECHATY_PUPPET) {
    leased.push({
      lease: "wechat",
      start: async (bot, gate) => {
        // wechaty weighs ~40 MiB: only loaded when WeChat is served.
        const { startWechat, wechatOptions } = await import("../adapters/wechat/index.ts");
        const groupGone = (roomId: string) =>
          unlinkGroup(lib, systemActor, { platform: "wechat", chatId: roomId });
        const options = wechatOptions(config, { bot: bot(), gate, lib, log, groupGone });
        const wechat = await startWechat(options);
        return { platform: "wechat", sender: wechat.sender, stop: () => wechat.stop() };
      },
    });
  }
  if (config.TELEGRAM_BOT_TOKEN) {
    const start: PlatformStart = async (bot, gate, roles) => {
      const health = () => checkHealth(lib.db, servedPlatforms(config));
      const onRolesChanged = (l: RolesChanged) => roles.listen(l);
      const base = { gate, log, bot, health, onRolesChanged };
      // telegraf is loaded only when Telegram is served.
      const { createTelegramSender, startTelegram, telegramOptions } =
        await import("../adapters/telegram/index.ts");
      const telegram = await startTelegram(telegramOptions(config, base));
      log.info({ bot: telegram.botName }, "telegram started");
      const sender = createTelegramSender(telegram.telegram);
      return { platform: "telegram", sender, stop: () => telegram.stop(), failed: telegram.done };
    };
    if (config.TELEGRAM_WEBHOOK_URL) starts.push(start);
    else leased.push({ lease: "telegram-polling", start });
  }
  return { starts, leased };
}

/** Serves the configured platforms with delivery and the schedule until SIGINT/SIGTERM. */
async function serve(config: Config): Promise<ExitCode> {
  const log = createLogger(config.LOG_LEVEL);
  const lib = await openLibrary(config);
  const { starts, leased } = configuredPlatforms(config, lib, log);
  // Delivery, the schedule (node-cron) and the leases: not loaded for the terminal chat.
  const { startServing } = await import("./serve.ts");
  const serving = await startServing(lib, config, log, starts, leased);
  const stopped = await untilStopped(serving.failed);
  log.info("stopping");
  await serving.stop();
  await lib.db.$disconnect();
  return stopped === "signal" ? 0 : 1;
}

/** Resolves on SIGINT/SIGTERM, or when a platform (Telegram polling) has failed for good. */
function untilStopped(failed: Promise<void>): Promise<"signal" | "failed"> {
  return new Promise((resolve) => {
    const onSignal = () => resolve("signal");
    process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
    void failed.then(() => resolve("failed"));
  });
}

/**
 * Serves the configured platforms; with none, the demo school in a terminal chat, except as a
 * service (NODE_ENV=production, as the systemd unit sets): there it fails with the reason, so
 * an env file left without tokens neither fills the school's database with the demo school nor
 * exits as if all were well.
 */
async function start(): Promise<ExitCode> {
  const config = loadConfig();
  if (config.TELEGRAM_BOT_TOKEN || config.WECHATY_PUPPET) return serve(config);
  const tx = cliTexts(config.DEFAULT_LOCALE);
  if (config.NODE_ENV === "production") {
    io.err(tx.noPlatform);
    return 1;
  }
  return chatCommand([], io, tx);
}

async function main(argv: string[]): Promise<ExitCode> {
  try {
    if (argv.length === 0) return await start();
    const { runCli } = await import("./cli/index.ts");
    return await runCli(argv, io, { chat: chatCommand });
  } catch (e) {
    if (e instanceof ConfigError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
