import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import { ConfigError } from "./core/errors.ts";
import { calendarSchema, deliverySchema, policySchema, scheduleSchema } from "./core/policy.ts";

const clockRange = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;
const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

const envSchema = z.object({
  DATABASE_URL: z
    .preprocess(emptyAsUndefined, z.string().default("file:./data/shuxiang.db"))
    .refine((v) => v.startsWith("file:"), "only SQLite file: URLs are supported for now"),
  SCHOOL_TIMEZONE: z
    .preprocess(emptyAsUndefined, z.string().default("Asia/Shanghai"))
    .refine(isTimeZone, "not an IANA time zone"),
  DEFAULT_LOCALE: z.preprocess(emptyAsUndefined, z.enum(["zh-CN", "en"]).default("zh-CN")),
  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_API_ROOT: z.preprocess(emptyAsUndefined, z.url().optional()),
  TELEGRAM_WEBHOOK_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  TELEGRAM_WEBHOOK_SECRET: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, "1-256 characters A-Z a-z 0-9 _ -")
      .optional(),
  ),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(8080)),
  WECHATY_PUPPET: optionalString,
  WECHATY_PUPPET_SERVICE_TOKEN: optionalString,
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  QUIET_HOURS: z.preprocess(
    emptyAsUndefined,
    z.string().regex(clockRange, "expected HH:mm-HH:mm").default("21:00-07:00"),
  ),
  NODE_ENV: optionalString,
});

const fileSchema = z
  .object({
    $schema: z.string().optional(),
    policy: policySchema,
    calendar: calendarSchema,
    schedule: scheduleSchema,
    delivery: deliverySchema,
  })
  .strict()
  .prefault({});

export type Env = z.infer<typeof envSchema>;
export type FileConfig = z.infer<typeof fileSchema>;
export type Config = Env & FileConfig & { configFile: string | null };

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function issuesOf(error: z.ZodError, prefix: string) {
  return error.issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].filter(Boolean).join("."),
    message: i.message,
  }));
}

function readConfigFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ConfigError([{ path, message: `cannot be read as JSON: ${(e as Error).message}` }]);
  }
}

/**
 * Reads the environment (and `.env` when present) and the optional `shuxiang.config.json`.
 * The only reader of process.env. Throws ConfigError listing every bad field.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  configFile = "shuxiang.config.json",
): Config {
  if (env === process.env && existsSync(".env")) process.loadEnvFile(".env");
  const parsedEnv = envSchema.safeParse(env);
  const present = existsSync(configFile);
  const parsedFile = fileSchema.safeParse(present ? readConfigFile(configFile) : {});
  const issues = [
    ...(parsedEnv.success ? [] : issuesOf(parsedEnv.error, "")),
    ...(parsedFile.success ? [] : issuesOf(parsedFile.error, configFile)),
  ];
  if (!parsedEnv.success || !parsedFile.success) throw new ConfigError(issues);
  return { ...parsedEnv.data, ...parsedFile.data, configFile: present ? configFile : null };
}
