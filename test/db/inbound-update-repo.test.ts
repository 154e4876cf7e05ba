import { describe, expect, it } from "vitest";
import {
  claimInboundUpdate,
  findChatsToResume,
  findFirstOpenUpdate,
  giveBackInboundUpdates,
  insertHeldInboundUpdate,
  insertInboundUpdate,
  renewInboundLeases,
} from "../../src/db/inbound-update-repo.ts";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { executeSql, rawTransaction } from "../../src/db/direct-sql.ts";
import { freshDb } from "../support/db.ts";
import { testServerUrl } from "../support/pg.ts";

const at = new Date("2026-09-09T02:00:00.000Z");
const later = new Date(at.getTime() + 15_000);

const update = (updateId: string, chatKey = "console:zhang") => ({
  platform: "console",
  updateId,
  chatKey,
  payload: JSON.stringify({ inbound: { text: updateId } }),
  at,
});

async function withDb(f: (db: Awaited<ReturnType<typeof freshDb>>["db"]) => Promise<void>) {
  const { db } = await freshDb();
  try {
    await f(db);
  } finally {
    await db.$disconnect();
  }
}

describe("an update stored held by the process that accepts it", () => {
  it("is held at once by that process: another cannot claim it or resume its chat", async () => {
    await withDb(async (db) => {
      const got = await insertHeldInboundUpdate(db, update("u1"), {
        owner: "a",
        leaseUntil: later,
      });
      expect(got).toMatchObject({ first: true, row: { status: "handling", attempts: 0 } });
      const stored = await findFirstOpenUpdate(db, "console:zhang");
      expect(stored).toMatchObject({ id: got?.row.id, owner: "a", attempts: 1 });
      expect(stored?.leaseUntil?.getTime()).toBe(later.getTime());
      expect(await claimInboundUpdate(db, got?.row.id ?? 0, "b", at, later)).toBe(false);
      expect(await findChatsToResume(db, ["console"], at, 10)).toEqual([]);
    });
  });

  it("is stored once when delivered twice, by one process or two", async () => {
    await withDb(async (db) => {
      const hold = { owner: "a", leaseUntil: later };
      expect(await insertHeldInboundUpdate(db, update("u1"), hold)).not.toBeNull();
      expect(await insertHeldInboundUpdate(db, update("u1"), { ...hold, owner: "b" })).toBeNull();
      expect(await insertInboundUpdate(db, update("u1"))).toBe(false);
      expect(await db.inboundUpdate.count()).toBe(1);
    });
  });

  it("says when an older update of the chat is open, which goes first", async () => {
    await withDb(async (db) => {
      await insertInboundUpdate(db, update("u1"));
      const hold = { owner: "a", leaseUntil: later };
      const second = await insertHeldInboundUpdate(db, update("u2"), hold);
      expect(second?.first).toBe(false);
      const other = await insertHeldInboundUpdate(db, update("u3", "console:li"), hold);
      expect(other?.first).toBe(true);
      expect((await findFirstOpenUpdate(db, "console:zhang"))?.payload).toContain("u1");
    });
  });

  it("given back, is pending again for any process, its attempt not counted", async () => {
    await withDb(async (db) => {
      const got = await insertHeldInboundUpdate(db, update("u1"), {
        owner: "a",
        leaseUntil: later,
      });
      const id = got?.row.id ?? 0;
      await giveBackInboundUpdates(db, [id], "b");
      expect(await claimInboundUpdate(db, id, "b", at, later)).toBe(false);
      await giveBackInboundUpdates(db, [id], "a");
      expect(await findFirstOpenUpdate(db, "console:zhang")).toMatchObject({
        status: "pending",
        owner: null,
        leaseUntil: null,
        attempts: 0,
      });
      expect(await findChatsToResume(db, ["console"], at, 10)).toEqual(["console:zhang"]);
      expect(await claimInboundUpdate(db, id, "b", at, later)).toBe(true);
    });
  });

  // PostgreSQL only: SQLite has no row locks (a transaction takes the one write lock), so there
  // a heartbeat simply runs after the transaction, as any write does.
  it.skipIf(!testServerUrl())(
    "renews the leases of held rows without waiting for a row an open transaction locked",
    () =>
      withDb(async (db) => {
        const hold = { owner: "me", leaseUntil: later };
        const a = await insertHeldInboundUpdate(db, update("a"), hold);
        await insertHeldInboundUpdate(db, update("b", "console:li"), hold);
        let renewed: number | undefined;
        await rawTransaction(db, async (tx) => {
          await executeSql(
            tx,
            Prisma.sql`UPDATE "InboundUpdate" SET "sentCount" = 0 WHERE "id" = ${a?.row.id}`,
          );
          const beat = renewInboundLeases(db, "me", new Date(later.getTime() + 15_000));
          void beat.then((n) => (renewed = n));
          // Waiting for the locked row, the beat would end only after this transaction.
          await expect.poll(() => renewed, { timeout: 20_000 }).toBe(1);
        });
      }),
  );
});
