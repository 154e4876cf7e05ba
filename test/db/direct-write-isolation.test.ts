import { describe, expect, it } from "vitest";
import { executeSql, queryRows, rawTransaction } from "../../src/db/direct-sql.ts";
import type { Db } from "../../src/db/client.ts";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { ensurePaceRow, takeSlot } from "../../src/db/platform-pace-repo.ts";
import { freshDb } from "../support/db.ts";

const takeIn = (id: string) => Prisma.sql`
  INSERT INTO "InboundUpdate" ("platform", "updateId", "chatKey", "payload", "receivedAt")
  VALUES ('console', ${id}, 'console:a', '{}', ${new Date()})`;

/**
 * Starts `write` while another transaction (adding a closed day) is open, then rolls that
 * transaction back; resolves with how it ended and what the write resolved to.
 */
async function besideRollback<T>(db: Db, write: () => Promise<T>): Promise<[string, T]> {
  let inside = () => {};
  const opened = new Promise<void>((r) => (inside = r));
  let finish = () => {};
  const held = new Promise<void>((r) => (finish = r));
  const failing = db
    .$transaction(async (tx) => {
      await tx.closedDay.create({ data: { date: "2026-10-01" } });
      inside();
      await held;
      throw new Error("refused");
    })
    .catch(() => "rolled back");
  await opened;
  const written = write();
  finish();
  return [await failing, await written];
}

describe("raw writes beside an open transaction", () => {
  it("keeps a message taken in while another transaction is open and then rolled back", async () => {
    const { db } = await freshDb();
    const [failing, write] = await besideRollback(db, () => executeSql(db, takeIn("u1")));
    expect(failing).toBe("rolled back");
    expect(write).toBe(1);
    expect(await db.inboundUpdate.count()).toBe(1);
    expect(await db.closedDay.count()).toBe(0);
  });

  it("keeps a send slot taken while another transaction is open and then rolled back", async () => {
    const { db } = await freshDb();
    await ensurePaceRow(db, "telegram");
    const [failing, slot] = await besideRollback(db, () => takeSlot(db, "telegram", 1_000, 35));
    expect(failing).toBe("rolled back");
    expect(slot).toEqual({ at: 1_000, pausedUntil: 0 });
    expect((await takeSlot(db, "telegram", 1_000, 35))?.at).toBe(1_035);
  });

  it("commits a raw transaction as a whole, or nothing of it when it throws", async () => {
    const { db } = await freshDb();
    await rawTransaction(db, async (tx) => {
      await executeSql(tx, takeIn("u1"));
      await executeSql(tx, takeIn("u2"));
    });
    await expect(
      rawTransaction(db, async (tx) => {
        await executeSql(tx, takeIn("u3"));
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const rows = await queryRows<{ updateId: string }[]>(
      db,
      Prisma.sql`SELECT "updateId" FROM "InboundUpdate" ORDER BY "updateId"`,
    );
    expect(rows.map((r) => r.updateId)).toEqual(["u1", "u2"]);
  });
});
