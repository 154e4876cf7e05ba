import Database from "better-sqlite3";

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
