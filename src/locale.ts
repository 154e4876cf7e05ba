/** The languages a user can pick (设置 → language). */
export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];

/** Whether a stored or typed value names one of the languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
