import type { PuppetMock } from "wechaty-puppet-mock";
import {
  createTelegramSender,
  startTelegram,
  telegramOptions,
} from "../adapters/telegram/index.ts";
import type { TelegramHandle } from "../adapters/telegram/index.ts";
import { startWechat, wechatOptions } from "../adapters/wechat/index.ts";
import type { WechatHandle } from "../adapters/wechat/index.ts";
import type { Config } from "../src/config.ts";
import type { Library } from "../src/core/library.ts";
import type { Logger } from "../src/logger.ts";
import type { PlatformStart } from "../src/serve.ts";

/** Both platforms on fakes, and their handles once started (for the probe to drive them). */
export interface FakePlatforms {
  starts: PlatformStart[];
  wechat(): WechatHandle;
  telegram(): TelegramHandle;
}

/**
 * The adapters src/main.ts starts for a configured WeChat puppet and Telegram token, with
 * WeChat on `puppet` (wechaty-puppet-mock) instead of a package chosen by name; Telegram
 * polls `config.TELEGRAM_API_ROOT`. `onStage` notes the memory after each start.
 */
export function fakePlatforms(
  lib: Library,
  config: Config,
  log: Logger,
  puppet: PuppetMock,
  onStage: (stage: string) => void,
): FakePlatforms {
  const held: { wechat?: WechatHandle; telegram?: TelegramHandle } = {};
  const startOfWechat: PlatformStart = async (bot, gate) => {
    const base = wechatOptions(config, { bot: bot(), gate, lib, log });
    const wechat = (held.wechat = await startWechat({ ...base, puppet }));
    onStage("wechat started");
    return { platform: "wechat", sender: wechat.sender, stop: () => wechat.stop() };
  };
  const startOfTelegram: PlatformStart = async (bot, gate) => {
    const telegram = await startTelegram(telegramOptions(config, { gate, log, bot }));
    held.telegram = telegram;
    onStage("telegram started");
    const sender = createTelegramSender(telegram.telegram);
    return { platform: "telegram", sender, stop: () => telegram.stop(), failed: telegram.done };
  };
  const started = <T>(handle: T | undefined, name: string): T => {
    if (!handle) throw new Error(`idle probe: ${name} is not started`);
    return handle;
  };
  return {
    starts: [startOfWechat, startOfTelegram],
    wechat: () => started(held.wechat, "wechat"),
    telegram: () => started(held.telegram, "telegram"),
  };
}
