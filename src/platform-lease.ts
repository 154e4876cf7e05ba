import { dropLease, renewLease, takeLease } from "./db/lease-repo.ts";
import type { Db } from "./db/client.ts";
import type { Logger } from "./logger.ts";

export interface LeaseOptions {
  db: Db;
  /** The lease's name, one per thing only one process may run ("wechat"). */
  name: string;
  /**
   * Who holds it: the same for a restart of one service (its predecessor is gone, so the
   * restart takes its lease back at once), different for each process that may stand by.
   */
  owner: string;
  /** How long the lease lasts unless renewed; it is renewed every third of it. */
  ttlMs: number;
  now: () => Date;
  log: Pick<Logger, "info" | "warn" | "error">;
  /** Starts what the lease guards once it is held; resolves to how to stop it again. */
  onTaken: () => Promise<() => Promise<void>>;
}

export interface LeaseHolder {
  /** Whether this process holds the lease and runs what it guards. */
  held(): boolean;
  /** Stops what the lease guards (if running) and gives the lease back. */
  stop(): Promise<void>;
}

/**
 * Runs what `onTaken` starts in one process at a time among all that share the database.
 * Every process tries to take the lease; the one that holds it starts the guarded thing and
 * renews the lease while it lives, the others stand by and try again every sixth of the
 * lease. When the holder dies its lease passes within `ttlMs` and a standby takes over; a holder
 * that finds its lease taken (it stalled past the lease) stops what it runs and stands by.
 */
export function holdLease(o: LeaseOptions): LeaseHolder {
  const { owner } = o;
  const lease = () => ({ name: o.name, owner, until: new Date(o.now().getTime() + o.ttlMs) });
  let running: Promise<(() => Promise<void>) | null> | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let step: Promise<void> = Promise.resolve();

  const start = () =>
    o.onTaken().catch(async (err: unknown) => {
      o.log.error({ err, lease: o.name }, "lease held but start failed: giving it back");
      running = null;
      await dropLease(o.db, o.name, owner);
      return null;
    });
  const release = async () => {
    const stopping = await running;
    running = null;
    await stopping?.();
  };
  const look = async () => {
    if (!running) {
      if (!(await takeLease(o.db, lease(), o.now()))) return;
      o.log.info({ lease: o.name }, "lease taken: this process serves it");
      running = start();
    } else if (!(await renewLease(o.db, lease()))) {
      o.log.warn({ lease: o.name }, "lease lost to another process: standing by");
      await release();
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(
      () => {
        step = look()
          .catch((err: unknown) => o.log.error({ err, lease: o.name }, "lease check failed"))
          .finally(schedule);
      },
      running ? o.ttlMs / 3 : o.ttlMs / 6,
    );
  };
  step = look()
    .catch((err: unknown) => o.log.error({ err, lease: o.name }, "lease check failed"))
    .finally(schedule);

  return {
    held: () => running !== null,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await step;
      if (!running) return;
      await release();
      await dropLease(o.db, o.name, owner);
    },
  };
}
