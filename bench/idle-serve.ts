import type { PuppetMock } from "wechaty-puppet-mock";
import {
  createTelegramSender,
  startTelegram,
  telegramOptions,
} from "../adapters/telegram/index.ts";
import type { TelegramHandle } from "../adapters/telegram/index.ts";
import { startWechat, wechatOptions } from "../adapters/wechat/index.ts";
import type { WechatHandle } from "../adapters/wechat/index.ts";
import { createBot, dialogHooks } from "../src/compose.ts";
import type { Config } from "../src/config.ts";
import type { Library } from "../src/core/library.ts";
import { startSchedule } from "../src/jobs/schedule.ts";
import type { Schedule } from "../src/jobs/schedule.ts";
import type { Logger } from "../src/logger.ts";
import { startDelivery } from "../src/outbox/delivery.ts";
import type { Delivery } from "../src/outbox/delivery.ts";

/** What `serve()` runs, held so the probe can drive it and stop it. */
export interface Serving {
  wechat: WechatHandle;
  telegram: TelegramHandle;
  delivery: Delivery;
  schedule: Schedule;
  stop(): Promise<void>;
}

/**
 * Both adapters, delivery and the schedule over `lib`, wired the way src/main.ts `serve()`
 * wires them (one Bot per adapter sharing the dialog hooks, a send port per platform, the
 * delivery loop woken by the hooks and by each job run); WeChat runs on the given mock puppet
 * and Telegram on `config.TELEGRAM_API_ROOT`. `onStage` notes the memory after each start.
 */
export async function serveOnFakes(
  lib: Library,
  config: Config,
  log: Logger,
  puppet: PuppetMock,
  onStage: (name: string) => void,
): Promise<Serving> {
  const wake = { delivery: () => {} };
  const hooks = dialogHooks(lib, config, log, () => wake.delivery());
  const wechatBase = wechatOptions(config, { bot: createBot(lib, config, { hooks }), lib, log });
  const wechat = await startWechat({ ...wechatBase, puppet });
  onStage("wechat started");
  const bot = (botName: string) => createBot(lib, config, { botName, hooks });
  const telegram = await startTelegram(telegramOptions(config, { db: lib.db, log, bot }));
  onStage("telegram started");
  const [min, max] = config.delivery.wechatIntervalSeconds;
  const delivery = startDelivery({
    lib,
    ports: { wechat: wechat.sender, telegram: createTelegramSender(telegram.telegram) },
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
    await wechat.stop();
    await telegram.stop();
    await delivery.stop();
  };
  return { wechat, telegram, delivery, schedule, stop };
}
