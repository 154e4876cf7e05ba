import {
  createTelegramSender,
  startTelegram,
  telegramOptions,
} from "../adapters/telegram/index.ts";
import type { TelegramHandle } from "../adapters/telegram/index.ts";
import type { PuppetChoice, WechatHandle } from "../adapters/wechat/index.ts";
import { createBot, dialogHooks } from "./compose.ts";
import type { Config } from "./config.ts";
import type { DialogHooks } from "./dialogs/intent.ts";
import type { Library } from "./core/library.ts";
import { startSchedule } from "./jobs/schedule.ts";
import type { Schedule } from "./jobs/schedule.ts";
import type { Logger } from "./logger.ts";
import { startDelivery } from "./outbox/delivery.ts";
import type { Delivery } from "./outbox/delivery.ts";
import type { SendPort } from "./outbox/ports.ts";

export interface ServeOptions {
  /** A puppet instance to serve WeChat on instead of the WECHATY_PUPPET package (the bench). */
  wechatPuppet?: PuppetChoice;
  /** Called after each start-up step with its name (the bench reads its memory there). */
  onStage?: (stage: string) => void;
}

/** What `startServing` runs, held so it can be stopped (and driven by the bench). */
export interface Serving {
  wechat?: WechatHandle;
  telegram?: TelegramHandle;
  delivery: Delivery;
  schedule: Schedule;
  /** Resolves when Telegram polling has failed for good; never while all is well. */
  failed: Promise<void>;
  /** Stops the schedule, both adapters and then delivery, in that order. */
  stop(): Promise<void>;
}

async function serveWechat(
  lib: Library,
  config: Config,
  log: Logger,
  hooks: DialogHooks,
  puppet: PuppetChoice,
): Promise<WechatHandle> {
  const { startWechat, wechatOptions } = await import("../adapters/wechat/index.ts");
  const base = wechatOptions(config, { bot: createBot(lib, config, { hooks }), lib, log });
  return startWechat({ ...base, puppet });
}

async function serveTelegram(
  lib: Library,
  config: Config,
  log: Logger,
  hooks: DialogHooks,
): Promise<TelegramHandle> {
  const bot = (botName: string) => createBot(lib, config, { botName, hooks });
  const telegram = await startTelegram(telegramOptions(config, { db: lib.db, log, bot }));
  log.info({ bot: telegram.botName }, "telegram started");
  return telegram;
}

/**
 * Serves the configured platforms over `lib`: one Bot per adapter sharing the dialog hooks,
 * a send port per platform for the outbox, the delivery loop (woken by the hooks and by each
 * job run) and the schedule. wechaty (with gRPC and leveldown, ~50 MiB) is only loaded when
 * WeChat is served.
 */
export async function startServing(
  lib: Library,
  config: Config,
  log: Logger,
  opts: ServeOptions = {},
): Promise<Serving> {
  const stage = opts.onStage ?? (() => {});
  const wake = { delivery: () => {} };
  const hooks = dialogHooks(lib, config, log, () => wake.delivery());
  const puppet = opts.wechatPuppet ?? config.WECHATY_PUPPET;
  const wechat = puppet ? await serveWechat(lib, config, log, hooks, puppet) : undefined;
  if (wechat) stage("wechat started");
  const telegram = config.TELEGRAM_BOT_TOKEN
    ? await serveTelegram(lib, config, log, hooks)
    : undefined;
  if (telegram) stage("telegram started");
  const ports: Record<string, SendPort> = {};
  if (wechat) ports["wechat"] = wechat.sender;
  if (telegram) ports["telegram"] = createTelegramSender(telegram.telegram);
  const [min, max] = config.delivery.wechatIntervalSeconds;
  const delivery = startDelivery({
    lib,
    ports,
    quietHours: config.QUIET_HOURS,
    log,
    pacing: { wechat: { kind: "interval", minMs: min * 1000, maxMs: max * 1000 } },
  });
  wake.delivery = () => delivery.wake();
  const schedule = startSchedule({
    lib,
    schedule: config.schedule,
    defaultLocale: config.DEFAULT_LOCALE,
    log,
    onRun: () => delivery.wake(),
  });
  const stop = async () => {
    await schedule.stop();
    await wechat?.stop();
    await telegram?.stop();
    await delivery.stop();
  };
  const failed = telegram?.done ?? new Promise<void>(() => {});
  return {
    ...(wechat && { wechat }),
    ...(telegram && { telegram }),
    delivery,
    schedule,
    failed,
    stop,
  };
}
