import { describe, expect, it } from "vitest";
import { executeSql, rawTransaction } from "../../src/db/direct-sql.ts";
import type { Tx } from "../../src/db/client.ts";
import { runTransaction } from "../../src/db/transact.ts";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { freshDb } from "../support/db.ts";

const takeIn = (id: string) => Prisma.sql`
  INSERT INTO "InboundUpdate" ("platform", "updateId", "chatKey", "payload", "receivedAt")
  VALUES ('console', ${id}, 'console:a', '{}', ${new Date()})`;

/** A nested write: Prisma runs it in a transaction of its own (a savepoint inside ours). */
const classWithGroup = (tx: Tx, n: number) =>
  tx.schoolClass.create({
    data: {
      grade: 9,
      number: n,
      name: `9-${n}`,
      groups: { create: { platform: "p", chatId: `c${n}` } },
    },
  });

describe("raw transactions with model queries", () => {
  it("commits model queries and raw statements together", async () => {
    const { db } = await freshDb();
    await runTransaction(db, async (tx) => {
      await tx.closedDay.create({ data: { date: "2026-10-01" } });
      await executeSql(tx, takeIn("u1"));
      await classWithGroup(tx, 1);
    });
    expect(await db.closedDay.count()).toBe(1);
    expect(await db.inboundUpdate.count()).toBe(1);
    expect(await db.chatGroup.count()).toBe(1);
  });

  it("rolls back model queries, nested writes and raw statements when the work throws", async () => {
    const { db } = await freshDb();
    await expect(
      runTransaction(db, async (tx) => {
        await tx.closedDay.create({ data: { date: "2026-10-01" } });
        await classWithGroup(tx, 1);
        await executeSql(tx, takeIn("u1"));
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await db.closedDay.count()).toBe(0);
    expect(await db.schoolClass.count()).toBe(0);
    expect(await db.inboundUpdate.count()).toBe(0);
  });

  it("keeps the transaction when a nested write fails and is caught", async () => {
    const { db } = await freshDb();
    await runTransaction(db, async (tx) => {
      await classWithGroup(tx, 1);
      // The same class name again: the nested write fails and only its savepoint is undone.
      await expect(classWithGroup(tx, 1)).rejects.toThrow();
      await tx.closedDay.create({ data: { date: "2026-10-02" } });
    });
    expect(await db.schoolClass.count()).toBe(1);
    expect(await db.closedDay.count()).toBe(1);
  });

  it("runs transactions side by side, each with its own writes", async () => {
    const { db } = await freshDb();
    await Promise.all(
      [1, 2, 3, 4].map((n) =>
        rawTransaction(db, async (tx) => {
          await tx.closedDay.create({ data: { date: `2026-10-0${n}` } });
          await executeSql(tx, takeIn(`u${n}`));
        }),
      ),
    );
    expect(await db.closedDay.count()).toBe(4);
    expect(await db.inboundUpdate.count()).toBe(4);
  });

  it("refuses a transaction's client once the transaction has ended", async () => {
    const { db } = await freshDb();
    let kept: Tx | undefined;
    await rawTransaction(db, async (tx) => {
      kept = tx;
      await tx.closedDay.create({ data: { date: "2026-10-01" } });
    });
    await expect(kept?.closedDay.count()).rejects.toThrow();
  });
});
