import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./client.ts";
import { executeSql } from "./direct-sql.ts";

/**
 * Takes the named lease for `owner` until `until`: renews it when `owner` holds it, takes it
 * over when its holder let it pass `now` (a conditional update: of two processes, one wins),
 * creates it when nobody ever held it (`INSERT … ON CONFLICT DO NOTHING`, as a JobRun row is
 * claimed: the key decides a race). True when `owner` holds it.
 */
export async function takeLease(
  db: Db,
  lease: { name: string; owner: string; until: Date },
  now: Date,
): Promise<boolean> {
  const { name, owner, until } = lease;
  const taken = await db.lease.updateMany({
    where: { name, OR: [{ owner }, { until: { lt: now } }] },
    data: { owner, until },
  });
  if (taken.count === 1) return true;
  const created = await executeSql(
    db,
    Prisma.sql`INSERT INTO "Lease" ("name", "owner", "until") VALUES (${name}, ${owner}, ${until})
    ON CONFLICT ("name") DO NOTHING`,
  );
  return created === 1;
}

/** Extends a lease `owner` still holds; false when another process has taken it meanwhile. */
export async function renewLease(
  db: Db,
  lease: { name: string; owner: string; until: Date },
): Promise<boolean> {
  const r = await db.lease.updateMany({
    where: { name: lease.name, owner: lease.owner },
    data: { until: lease.until },
  });
  return r.count === 1;
}

/** Gives a lease back at once (a clean stop), so a standby need not wait for it to pass. */
export async function dropLease(db: Db, name: string, owner: string): Promise<void> {
  await db.lease.deleteMany({ where: { name, owner } });
}

/** Who holds the named lease and until when, if anyone ever took it. */
export function findLease(db: Db, name: string) {
  return db.lease.findUnique({ where: { name }, select: { owner: true, until: true } });
}
