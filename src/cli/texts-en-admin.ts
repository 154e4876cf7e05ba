// The admin CLI's words in English for outbox, backup, demo and export (keys of
// texts-zh-admin.ts).
import type { CliAdminTexts } from "./texts-zh-admin.ts";

export const enAdmin: CliAdminTexts = {
  outboxHeader: "status",
  outboxTotal: "total",
  outboxStatus: {},
  outboxNewestDead: "newest dead rows:",
  migrateApplied: (names) =>
    names.length === 0
      ? "The database is up to date: no migration to apply."
      : `Applied ${names.length} migration(s):`,
  migrateStatus: (applied, pending) =>
    pending.length === 0
      ? `The database is up to date (${applied} migrations applied).`
      : `${applied} migrations applied, ${pending.length} pending (applied at the next start or by npm run db:deploy):`,
  demoNotEmpty:
    "The database already holds a school (patrons or titles); the demo only fills an empty one.\n" +
    "Run `shuxiang demo --reset` to delete the school's data and build the demo instead.",
  demoResetServed:
    "This database is the bot's (TELEGRAM_BOT_TOKEN or WECHATY_PUPPET is set): demo --reset does not delete it.\n" +
    "To try the demo school, use an empty data folder, e.g. DATA_DIR=/tmp/shuxiang-demo TELEGRAM_BOT_TOKEN= WECHATY_PUPPET= shuxiang demo",
  demoTooSmall: (students, titles) =>
    `The demo needs at least ${students} students and ${titles} titles.`,
  demoBuilt: (seconds, term, from, to) =>
    `demo school built in ${seconds} s (term ${term}, ${from} – ${to})`,
  demoCounts: {},
  demoOpen: (n) => ` (${n} open)`,
  demoConsole: "console: shuxiang chat --as parent|student|teacher|librarian|helper",
  backupUsage: "backup expects one argument: the file to write",
  backupNoDatabase: (path) => `there is no database at ${path} (DATABASE_URL) to back up`,
  backupIsDatabase: "the backup cannot be the database itself",
  backupExists: (file) =>
    `${file} already exists; backups are never overwritten, choose another name`,
  backupCheckFailed: (why) => `the copy failed its check (${why}); nothing was written`,
  backupWritten: (file, mib, c) =>
    `backup written: ${file} (${mib} MiB): ${c.titles} titles, ${c.copies} copies, ` +
    `${c.patrons} patrons, ${c.openLoans} open loans`,
  backupRestore: (db) =>
    `to restore: stop the bot, copy it over ${db}, delete ${db}-wal and ${db}-shm if there, and start the bot`,
  pgDumpMissing: "on PostgreSQL a backup is pg_dump's, and pg_dump is not installed here",
  pgDumpHow: "install the PostgreSQL client tools, or run where they are:",
  pgDumpFailed: (error) => `pg_dump failed; nothing was written:\n${error}`,
  pgBackupWritten: (file, mib) => `backup written: ${file} (${mib} MiB, pg_dump custom format)`,
  pgRestore: (file) =>
    `to restore: stop the bot, then pg_restore --clean --dbname=<DATABASE_URL> ${file}`,
  chatAsRoles: (roles) => `--as must be one of: ${roles.join(", ")}`,
  demoCreated: "demo school created",
  noPlatform:
    "No chat platform is configured (TELEGRAM_BOT_TOKEN or WECHATY_PUPPET), so the bot did not start. " +
    "As a service (NODE_ENV=production) it opens no terminal chat and builds no demo school: fill in the env file and start it again.",
  noArguments: (command) => `${command} takes no arguments`,
  exportUsage: "Say what to export, e.g. shuxiang export overdue 3-2",
  exportKinds: {
    overdue: "overdue list",
    figures: "class figures",
    broadcast: "broadcast delivery",
  },
  exportWritten: (what, file, rows) => `${what} written to ${file} (${rows} rows).`,
  unknownClass: (name) => `There is no class "${name}".`,
  badWeek: (raw) => `--week expects a date like 2026-09-07, not "${raw}".`,
  broadcastNumber: (raw) => `The broadcast number is a whole number, not "${raw}".`,
  noSuchBroadcast: (id) => `There is no broadcast ${id}.`,
};
