// The admin CLI's words in English; the keys are those of texts-zh.ts.
import type { CliTexts } from "./texts-zh.ts";

const list = (items: readonly string[]) => items.join(", ");
const col = (key: string | undefined) => key ?? "a column";
const quoted = (value: string | undefined) => (value ? ` "${value}"` : "");
const expected: Record<string, string> = {
  card_status: "issued, not_issued or left",
  student_librarian: "yes or no, and only pupils can be student librarians",
  kind: "slot, grade_day or duty",
  weekday: "1–7 or Monday to Sunday",
  start: "a time like 08:00",
  end: "a time like 08:40, after the start",
  weeks: "every, odd or even",
};

export const en: CliTexts = {
  commaList: list,
  column: col,
  usageLine: (usage) => `usage: ${usage}`,
  helpHint: (name) => `Run shuxiang ${name} --help for its usage.`,
  unknownCommand: (name) => `There is no command "${name}".`,
  badLang: (value) => `--lang is zh or en, not "${value}".`,
  unknownOption: (option) => `Unknown option ${option}.`,
  missingOptionValue: (option) => `Option ${option} needs a value.`,
  extraArgument: (arg) => `One argument too many: "${arg}".`,
  wholeNumber: (flag, value) => `${flag} expects a whole number, not "${value}".`,
  importKinds: { catalog: "catalog", roster: "roster", rota: "rota" },
  importUsage: "Say what to import and from which file, e.g. shuxiang import roster roster.csv",
  importDone: (kind, inserted, updated, bad) =>
    `${kind} imported: ${inserted} added, ${updated} updated` +
    (bad > 0 ? `; ${bad} rows with problems were skipped:` : "."),
  importDryRun: (kind, inserted, updated, bad) =>
    `Dry run, nothing was written. Importing this ${kind} would add ${inserted} and update ${updated}` +
    (bad > 0 ? `; ${bad} rows with problems would be skipped:` : "."),
  importProgress: (done, total) => `${done} / ${total} rows…`,
  leaversOwing: (n, dryRun) =>
    `Note: ${n} pupil(s) marked as left still hold books or owe payments` +
    (dryRun ? ":" : " (the families and class teachers of those newly marked were told):"),
  leaverOwes: (name, className, items) => `· ${name} (${className}): ${items}`,
  rowProblem: (line, problem) => `line ${line}: ${problem}`,
  existingClasses: (names) =>
    names.length > 0
      ? `Classes that exist: ${list(names)}`
      : "There are no classes yet: import the roster first.",
  reasons: {
    missing_value: (c) => `${col(c)} is missing`,
    bad_isbn: (_c, v) => `ISBN${quoted(v)} is not a valid 10- or 13-digit ISBN`,
    bad_number: (c, v) => `${col(c)}${quoted(v)} is not a number`,
    bad_date: (c, v) => `${col(c)}${quoted(v)} is not a date (e.g. 2026-09-01)`,
    bad_grade: (c, v) => `${col(c)}${quoted(v)} is not a grade (e.g. 3, 三年级 or 3-6)`,
    bad_class: (c, v) => `${col(c)}${quoted(v)} is not a class (e.g. 3-2 or 3年2班)`,
    bad_value: (c, v) =>
      `${col(c)}${quoted(v)} is not understood` + (c && expected[c] ? ` (${expected[c]})` : ""),
    unknown_class: (c, v) =>
      c === "head_of"
        ? `head_of class${quoted(v)} does not exist (no pupil of it in the file or the library)`
        : `class${quoted(v)} does not exist`,
    unknown_role: (_c, v) => `role${quoted(v)} is not understood (student or teacher)`,
    unknown_card_number: (_c, v) =>
      `card number${quoted(v)} does not exist (import the roster first)`,
    duplicate_barcode: (_c, v) => `barcode${quoted(v)} repeats an earlier row`,
    duplicate_card_number: (_c, v) => `card number${quoted(v)} repeats an earlier row`,
    duplicate_entry: () => "repeats an earlier row",
  },
  nothingImported: "Nothing was imported.",
  missingColumn: (file, keys) => `${file}: the column ${list(keys)} is missing.`,
  unreadable: {
    not_found: (file) => `There is no file ${file}.`,
    not_csv_or_xlsx: (file) => `${file} is not a CSV or .xlsx file (save old .xls files as .xlsx).`,
    bad_csv: (file, why) => `${file} is not well-formed CSV: ${why}`,
    corrupt_xlsx: (file) => `${file} is a damaged .xlsx file and cannot be opened.`,
    empty: (file) => `${file} is empty.`,
  },
  jobNames: {},
  jobsUsage: "usage: shuxiang jobs list | shuxiang jobs run NAME [--at TIME]",
  whichJob: (names) => `Say which job to run. Jobs: ${list(names)}`,
  unknownJob: (name, names) => `There is no job "${name}". Jobs: ${list(names)}`,
  futureAt: (raw) =>
    `${raw} is still to come: the schedule runs that slot when it comes, and a slot run early would not run then. To run now, leave out --at.`,
  badAt: (raw) => `--at expects a time like 2026-09-09T17:30 or 2026-09-09, not "${raw}".`,
  timing: {
    minute: "every minute",
    day: (at) => `daily ${at}`,
    month: (at) => `monthly on the 1st ${at}`,
  },
  weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  neverRun: "never run",
  lastRun: (slot, status) => `last ${slot} ${status}`,
  runStatus: {},
  jobDone: (job, slot) => `${job} ${slot}: done`,
  jobTaken: (job, slot, by) => `${job} ${slot}: already ${by} for this slot; nothing done.`,
  jobFailed: (job, slot, error) => `${job} ${slot}: failed: ${error}`,
  summaryKeys: {},
  yes: "yes",
  no: "no",
  none: "none",
};
