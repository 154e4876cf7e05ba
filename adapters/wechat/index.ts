import { join } from "node:path";
import type { Config } from "../../src/config.ts";
import type { StartWechatOptions } from "./start.ts";

export { ContactDirectory } from "./contact-directory.ts";
export type { ContactIds } from "./contact-directory.ts";
export { renderReplies, renderReply, WECHAT_MAX_CHARS } from "./render.ts";
export { createWechatSender } from "./sender.ts";
export { startWechat } from "./start.ts";
export type { StartWechatOptions, WechatHandle } from "./start.ts";

/**
 * The WeChat options of the configuration (WECHATY_PUPPET, WECHATY_PUPPET_SERVICE_TOKEN); the
 * login is kept in DATA_DIR/wechat/<WECHAT_SESSION>.memory-card.json.
 */
export function wechatOptions(
  config: Config,
  base: Pick<StartWechatOptions, "bot" | "gate" | "lib" | "log" | "groupGone">,
): StartWechatOptions {
  const puppet = config.WECHATY_PUPPET;
  if (!puppet) throw new Error("WECHATY_PUPPET is not set");
  const token = config.WECHATY_PUPPET_SERVICE_TOKEN;
  return {
    ...base,
    puppet,
    locale: config.DEFAULT_LOCALE,
    sessionName: join(config.DATA_DIR, "wechat", config.WECHAT_SESSION),
    ...(token ? { puppetToken: token } : {}),
  };
}
