import { Worker } from "node:worker_threads";
import { afterEach, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { SqliteAdapter } from "../../src/db/sqlite-adapter.ts";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { freshSqliteDb } from "../support/db.ts";

/**
 * Another process writing to the same file: a thread with its own SQLite connection that adds
 * a class as soon as it can and reports when that is committed.
 */
function otherWriter(file: string): { worker: Worker; committed: Promise<void> } {
  const worker = new Worker(
    `const Database = require("better-sqlite3");
     const { parentPort, workerData } = require("node:worker_threads");
     const db = new Database(workerData.file, { timeout: 10000 });
     parentPort.on("message", () => {
       db.prepare("INSERT INTO \\"SchoolClass\\" (\\"grade\\", \\"number\\", \\"name\\") VALUES (6, 9, '6-9')").run();
       db.close();
       parentPort.postMessage("committed");
     });`,
    { eval: true, workerData: { file } },
  );
  const committed = new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
  });
  return { worker, committed };
}

let db: Db | undefined;
let other: Db | undefined;
afterEach(async () => {
  await db?.$disconnect();
  await other?.$disconnect();
});

/** Another process holding SQLite's write lock (its transaction is open) until told to commit. */
function lockHolder(file: string) {
  const worker = new Worker(
    `const Database = require("better-sqlite3");
     const { parentPort, workerData } = require("node:worker_threads");
     const db = new Database(workerData.file);
     db.prepare("BEGIN IMMEDIATE").run();
     db.prepare("INSERT INTO \\"SchoolClass\\" (\\"grade\\", \\"number\\", \\"name\\") VALUES (6, 9, '6-9')").run();
     parentPort.postMessage("locked");
     parentPort.on("message", () => {
       db.prepare("COMMIT").run();
       db.close();
       parentPort.postMessage("committed");
     });`,
    { eval: true, workerData: { file } },
  );
  const next = () =>
    new Promise<void>((resolve, reject) => {
      worker.once("message", () => resolve());
      worker.once("error", reject);
    });
  return { worker, next };
}

it("a transaction that reads, then writes, waits for another process's write instead of failing", async () => {
  const fresh = await freshSqliteDb();
  db = fresh.db;
  const other = otherWriter(fresh.file);
  await db.$transaction(async (tx) => {
    const before = await tx.schoolClass.count();
    other.worker.postMessage("write now");
    // The other writer commits at once unless this transaction holds the write lock; give it
    // the chance either way (a bounded wait, not a timing assertion).
    await Promise.race([other.committed, new Promise((r) => setTimeout(r, 300))]);
    await tx.schoolClass.create({ data: { grade: 1, number: before + 1, name: "1-1" } });
  });
  await other.committed;
  await other.worker.terminate();
  const names = (await db.schoolClass.findMany({ select: { name: true } })).map((c) => c.name);
  expect(names.sort()).toEqual(["1-1", "6-9"]);
});

it("a transaction that cannot get the write lock in time fails, and later ones still run", async () => {
  const fresh = await freshSqliteDb();
  other = fresh.db;
  db = new PrismaClient({ adapter: new SqliteAdapter({ url: fresh.url, timeout: 200 }) });
  const holder = lockHolder(fresh.file);
  await holder.next();
  const addClass = (name: string) =>
    db?.$transaction(async (tx) => {
      await tx.schoolClass.count();
      await tx.schoolClass.create({ data: { grade: 2, number: Number(name.slice(2)), name } });
    });
  await expect(addClass("2-1")).rejects.toThrow(/locked|busy|timed out/i);
  const committed = holder.next();
  holder.worker.postMessage("commit");
  await committed;
  await holder.worker.terminate();
  await addClass("2-2");
  const names = (await db.schoolClass.findMany({ select: { name: true } })).map((c) => c.name);
  expect(names.sort()).toEqual(["2-2", "6-9"]);
}, 20_000);
