// The admin CLI's words in English for outbox, backup, demo and export (keys of
// texts-zh-admin.ts).
import type { CliAdminTexts } from "./texts-zh-admin.ts";

export const enAdmin: CliAdminTexts = {
  outboxHeader: "status",
  outboxTotal: "total",
  outboxStatus: {},
  outboxNewestDead: "newest dead rows:",
  demoNotEmpty:
    "The database already holds a school (patrons or titles); the demo only fills an empty one.\n" +
    "Run `shuxiang demo --reset` to delete the school's data and build the demo instead.",
  demoTooSmall: (students, titles) =>
    `The demo needs at least ${students} students and ${titles} titles.`,
  demoBuilt: (seconds, term, from, to) =>
    `demo school built in ${seconds} s (term ${term}, ${from} – ${to})`,
  demoCounts: {},
  demoOpen: (n) => ` (${n} open)`,
  demoConsole: "console: shuxiang chat --as parent|student|teacher|librarian|helper",
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
  exportFileName: { overdue: "overdue", figures: "class-figures", broadcast: "broadcast" },
  overdueSheet: "Overdue",
  overdueHeaders: ["Class", "Pupil", "Title", "Barcode", "Due", "Days late", "Level"],
  figuresSheet: "Class figures",
  figuresHeaders: [
    "Rank",
    "Class",
    "Pupils",
    "Loans this week",
    "Readers this week",
    "Loans this term",
    "Per pupil this term",
    "Term target per pupil",
    "On track",
  ],
  figuresWeek: (from, to) => `Week: ${from} to ${to}`,
  deliverySheet: "Delivery",
  deliveryHeaders: ["Platform", "Recipient", "Group", "Status", "Sent at", "Reason"],
  broadcastSheet: "Broadcast",
  broadcastFields: ["Number", "Sent", "Text", "Recipients", "Delivered", "Failed", "Not sent yet"],
  platforms: {},
  classGroup: (name) => `class group ${name}`,
};
