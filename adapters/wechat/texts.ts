import type { Locale } from "../../src/locale.ts";
import { wechatEn } from "../../src/dialogs/texts/wechat-en.ts";
import { wechatZh } from "../../src/dialogs/texts/wechat-zh.ts";

/** A text of the WeChat adapter in a locale (the tables live with the dialogs' texts). */
export function wechatText(locale: Locale, key: keyof typeof wechatZh): string {
  return (locale === "en" ? wechatEn : wechatZh)[key];
}
