import type { wechatZh } from "./wechat-zh.ts";

/** en texts of the WeChat adapter (same keys as wechat-zh.ts). */
export const wechatEn = {
  wechat_text_only: "I can only read text messages. Please type, for example “help”.",
} satisfies { [K in keyof typeof wechatZh]: (typeof wechatZh)[K] };
