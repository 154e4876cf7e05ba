import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { createBot, createGate, dialogHooks, RoleListeners } from "./compose.ts";
import type { Config } from "./config.ts";
import type { Library } from "./core/library.ts";
import type { Bot } from "./dialogs/bot.ts";
import type { InboundGate } from "./gate/gate.ts";
import { startSchedule } from "./jobs/schedule.ts";
import type { Schedule } from "./jobs/schedule.ts";
import type { Logger } from "./logger.ts";
import { startDelivery } from "./outbox/delivery.ts";
import type { Delivery } from "./outbox/delivery.ts";
import type { SendPort } from "./outbox/ports.ts";
import { holdLease } from "./platform-lease.ts";
import { servedPlatforms } from "./health/health-report.ts";
import { startHeartbeat } from "./health/heartbeat.ts";

/** A platform the bot is served on, as the composition root started its adapter. */
export interface ServedPlatform {
  platform: string;
  /** Where the outbox sends this platform's notices. */
  sender: SendPort;
  stop(): Promise<void>;
  /** Resolves when the platform has failed for good (Telegram polling); absent: never. */
  failed?: Promise<void>;
}

/** A Bot over the shared dialog hooks (Telegram names its bot, for deep links). */
export type BotFactory = (botName?: string) => Bot;

/**
 * Starts one platform's adapter, feeding `gate` and answering with bots from `bot`; `roles`
 * tells it when an account's roles may have changed (Telegram updates that account's menu).
 */
export type PlatformStart = (
  bot: BotFactory,
  gate: InboundGate,
  roles: RoleListeners,
) => Promise<ServedPlatform>;

/**
 * A platform only one process at a time may serve among those sharing the database (one
 * WeChat login; Telegram long polling): started while this process holds the lease `lease`.
 */
export interface LeasedStart {
  lease: string;
  start: PlatformStart;
}

/** What `startServing` runs, held so it can be stopped (and driven by the bench). */
export interface Serving {
  gate: InboundGate;
  delivery: Delivery;
  schedule: Schedule;
  /** Resolves when any platform has failed for good; never while all is well. */
  failed: Promise<void>;
  /** Stops the schedule, the platforms, the gate and then delivery, in that order. */
  stop(): Promise<void>;
}

/**
 * Serves the platforms `starts` start (src/main.ts builds them from the configuration; the
 * bench on fakes) over `lib`: their bots share one set of dialog hooks, each platform's
 * sender becomes the outbox's port, the delivery loop is woken by the hooks and by each job
 * run, and the schedule runs. Each of `leased` is served while this process holds its lease
 * (see holdLease): started then, and attached to the gate and delivery; stopped if it is lost.
 */
export async function startServing(
  lib: Library,
  config: Config,
  log: Logger,
  starts: PlatformStart[],
  leased: LeasedStart[] = [],
): Promise<Serving> {
  const wake = { delivery: () => {} };
  const roles = new RoleListeners(log);
  const hooks = dialogHooks(lib, config, log, () => wake.delivery(), roles);
  const bot: BotFactory = (botName) =>
    createBot(lib, config, { ...(botName === undefined ? {} : { botName }), hooks });
  const gate = createGate(lib, config, log);
  const service = { db: lib.db, service: instanceId(config), platforms: servedPlatforms(config) };
  const heartbeat = startHeartbeat({ ...service, log });
  await heartbeat.beat();
  const platforms: ServedPlatform[] = [];
  for (const start of starts) platforms.push(await start(bot, gate, roles));
  // Updates a crash left behind are answered now that every platform can answer.
  gate.start();
  const [min, max] = config.delivery.wechatIntervalSeconds;
  const delivery = startDelivery({
    lib,
    ports: Object.fromEntries(platforms.map((p) => [p.platform, p.sender])),
    quietHours: config.QUIET_HOURS,
    log,
    pacing: { wechat: { kind: "interval", minMs: min * 1000, maxMs: max * 1000 } },
  });
  wake.delivery = () => delivery.wake();
  const schedule = startSchedule({
    lib,
    schedule: config.schedule,
    defaultLocale: config.DEFAULT_LOCALE,
    settings: { backupDir: join(config.DATA_DIR, "backups"), keepBackups: config.BACKUP_KEEP },
    log,
    onRun: () => delivery.wake(),
  });
  let leasedFailed = () => {};
  const leasedFailure = new Promise<void>((resolve) => (leasedFailed = resolve));
  const holders = leased.map(({ lease, start }) =>
    holdLease({
      db: lib.db,
      name: lease,
      owner: instanceId(config),
      ttlMs: config.LEASE_SECONDS * 1000,
      now: () => new Date(),
      log,
      onTaken: async () => {
        const p = await start(bot, gate, roles);
        void p.failed?.then(leasedFailed);
        const detach = delivery.attach(p.platform, p.sender);
        return async () => {
          gate.unregister(p.platform);
          await detach();
          await p.stop();
        };
      },
    }),
  );
  const stop = async () => {
    heartbeat.stop();
    await schedule.stop();
    for (const h of holders) await h.stop();
    for (const p of platforms) await p.stop();
    await gate.close();
    await delivery.stop();
  };
  const failures = platforms.flatMap((p) => (p.failed ? [p.failed] : []));
  const failed = Promise.race([...failures, leasedFailure]);
  return { gate, delivery, schedule, failed, stop };
}

/**
 * This service's name in a lease: its host, data folder and port. A restart of the same
 * service (systemd after a crash) takes its lease back at once instead of waiting for it to
 * pass; a second process needs its own DATA_DIR or PORT, which makes it a standby.
 */
function instanceId(config: Config): string {
  return `${hostname()}:${resolve(config.DATA_DIR)}:${config.PORT}`;
}
