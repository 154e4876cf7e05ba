import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { ConfigError } from "./core/errors.ts";
import { calendarSchema, deliverySchema, policySchema, scheduleSchema } from "./core/policy.ts";

const clockRange = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;
const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

const envSchema = z.object({
  DATABASE_URL: z
    .preprocess(emptyAsUndefined, z.string().default("file:shuxiang.db"))
    .refine(
      (v) => /^(file:|postgres(ql)?:\/\/)/i.test(v),
      "a SQLite file: URL or a postgresql:// URL",
    ),
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
  /** The webhook server's address: loopback behind a reverse proxy (which ends TLS). */
  HOST: z.preprocess(emptyAsUndefined, z.string().default("127.0.0.1")),
  /** The data folder (database, backups, WeChat session); relative paths are read from it. */
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default("./data")),
  /** Nightly backups kept in DATA_DIR/backups. */
  BACKUP_KEEP: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(366).default(14)),
  /**
   * Several processes on one database: how long a process's hold on what only one may run
   * (the WeChat login, Telegram long polling) lasts unless renewed; a standby takes over
   * within this after the holder dies.
   */
  LEASE_SECONDS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(1).max(600).default(30),
  ),
  WECHATY_PUPPET: optionalString,
  WECHATY_PUPPET_SERVICE_TOKEN: optionalString,
  /** The WeChat login is kept in DATA_DIR/wechat/<name>.memory-card.json (a credential). */
  WECHAT_SESSION: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, "1-64 characters A-Z a-z 0-9 _ -")
      .default("shuxiang"),
  ),
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
 * DATA_DIR made absolute (from the working directory) and a relative SQLite path read from it.
 * A `.env` from before DATA_DIR (`file:./data/shuxiang.db`, read from the working directory)
 * would silently open a new, empty database: refused instead, naming both files.
 */
function withDataPaths(env: Env): Env {
  const dataDir = resolve(env.DATA_DIR);
  const [path = "", query] = env.DATABASE_URL.replace(/^file:/, "").split("?");
  if (!env.DATABASE_URL.startsWith("file:") || isAbsolute(path))
    return { ...env, DATA_DIR: dataDir };
  const file = resolve(dataDir, path);
  const legacy = resolve(path);
  if (legacy !== file && existsSync(legacy) && !existsSync(file)) {
    throw new ConfigError([
      {
        path: "DATABASE_URL",
        message: `relative paths are read from DATA_DIR (${file}), but the database is at ${legacy}: set DATABASE_URL=file:${legacy} or move the file`,
      },
    ]);
  }
  const url = `file:${file}${query === undefined ? "" : `?${query}`}`;
  return { ...env, DATA_DIR: dataDir, DATABASE_URL: url };
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
  const data = withDataPaths(parsedEnv.data);
  return { ...data, ...parsedFile.data, configFile: present ? configFile : null };
}
