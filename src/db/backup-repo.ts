import { mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./client.ts";
import { queryRows } from "./direct-sql.ts";

/**
 * Writes a copy of the SQLite database `source` to `file`, which must not exist. SQLite's
 * `VACUUM INTO` reads one consistent snapshot (including what is still in the WAL), so the bot
 * may keep running and writing meanwhile. The source is opened read-only: a backup never
 * migrates or otherwise changes the database it copies.
 */
export function vacuumInto(source: string, file: string): void {
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    db.prepare("VACUUM INTO ?").run(file);
  } finally {
    db.close();
  }
}

export interface BackupCheck {
  /** "ok", or SQLite's first complaint about the file. */
  integrity: string;
  titles: number;
  copies: number;
  patrons: number;
  openLoans: number;
}

/** Opens a backup read-only and checks it: SQLite's quick check and what it holds. */
export function checkBackup(file: string): BackupCheck {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = String(db.pragma("quick_check", { simple: true }));
    const count = (sql: string) => Number(db.prepare(sql).pluck().get());
    return {
      integrity,
      titles: count(`SELECT COUNT(*) FROM "Title"`),
      copies: count(`SELECT COUNT(*) FROM "Copy"`),
      patrons: count(`SELECT COUNT(*) FROM "Patron"`),
      openLoans: count(`SELECT COUNT(*) FROM "Loan" WHERE "returnedAt" IS NULL`),
    };
  } finally {
    db.close();
  }
}

/** What the copy holds, or why it is no good (SQLite's complaint, or a table missing). */
function checkedCopy(file: string): BackupCheck | string {
  try {
    const check = checkBackup(file);
    return check.integrity === "ok" ? check : check.integrity;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * Writes a checked backup of `source` to `file` (which must not exist): the copy is made
 * beside it under a temporary name, checked, then renamed, so `file` is either a whole,
 * checked backup or absent. Answers what the copy holds, or why it failed its check.
 */
export function writeCheckedBackup(source: string, file: string): BackupCheck | string {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  try {
    vacuumInto(source, partial);
    const check = checkedCopy(partial);
    if (typeof check !== "string") renameSync(partial, file);
    return check;
  } finally {
    rmSync(partial, { force: true });
  }
}

/** The file of the SQLite database `db` is connected to; null on another database. */
export async function databaseFile(db: Db): Promise<string | null> {
  try {
    const rows = await queryRows<{ name: string; file: string }[]>(
      db,
      Prisma.sql`PRAGMA database_list`,
    );
    return rows.find((r) => r.name === "main")?.file || null;
  } catch {
    return null;
  }
}
