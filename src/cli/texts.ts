import type { Locale } from "../locale.ts";
import { helpEn } from "./help-en.ts";
import { helpZh } from "./help-zh.ts";
import type { CliHelp } from "./help-zh.ts";
import { en } from "./texts-en.ts";
import { enAdmin } from "./texts-en-admin.ts";
import { zh } from "./texts-zh.ts";
import type { CliTexts as CoreTexts } from "./texts-zh.ts";
import { zhAdmin } from "./texts-zh-admin.ts";
import type { CliAdminTexts } from "./texts-zh-admin.ts";

/** Everything the admin CLI prints, in one language (tables: texts-zh*.ts, help-zh.ts). */
export type CliTexts = CoreTexts & CliAdminTexts & { help: CliHelp; locale: Locale };

const tables: Record<Locale, CliTexts> = {
  "zh-CN": { ...zh, ...zhAdmin, help: helpZh, locale: "zh-CN" },
  en: { ...en, ...enAdmin, help: helpEn, locale: "en" },
};

/** The CLI's words in `locale`. */
export function cliTexts(locale: Locale): CliTexts {
  return tables[locale];
}
