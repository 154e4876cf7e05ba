import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { Library } from "../library.ts";
import type { Result } from "../result.ts";
import type { Tx } from "../../db/client.ts";
import {
  createClass,
  createPatrons,
  findAllClasses,
  findPatronsByCard,
  replaceHeadOf,
  updatePatron,
} from "../../db/roster-repo.ts";
import type { RosterPatron } from "../../db/roster-repo.ts";
import { queueClearanceNotices } from "../clearance/clearance-notices.ts";
import { owingLeavers } from "../clearance/leavers.ts";
import type { LeaverDebt } from "../clearance/leavers.ts";
import { classesIfUnknown, importTransaction, runImport } from "./import-types.ts";
import type { ImportError, ImportOptions, ImportRefusal, ImportSummary } from "./import-types.ts";
import { rowError } from "./row-check.ts";
import { checkRosterRows } from "./roster-rows.ts";
import type { RosterRow } from "./roster-rows.ts";

/** Class ids by name, creating the classes students are placed in when they do not exist yet. */
async function ensureClasses(tx: Tx, rows: readonly RosterRow[]): Promise<Map<string, number>> {
  const byName = new Map((await findAllClasses(tx)).map((c) => [c.name, c.id]));
  for (const { classRef } of rows) {
    if (classRef && !byName.has(classRef.name)) {
      byName.set(classRef.name, (await createClass(tx, classRef)).id);
    }
  }
  return byName;
}

/** Teachers may only head classes that exist (or that this file's pupils create). */
function knownClassesOnly(rows: RosterRow[], classes: Map<string, number>, errors: ImportError[]) {
  return rows.filter((r) => {
    const unknown = r.headOf?.find((c) => !classes.has(c.name));
    if (unknown) errors.push(rowError(r.line, "unknown_class", "head_of", unknown.name));
    return !unknown;
  });
}

function patronData(r: RosterRow, classes: Map<string, number>): RosterPatron {
  const classId = r.classRef ? (classes.get(r.classRef.name) ?? null) : null;
  return {
    cardNumber: r.cardNumber,
    name: r.name,
    role: r.role,
    classId,
    ...(r.cardStatus === undefined ? {} : { status: r.cardStatus }),
    ...(r.studentLibrarian === undefined ? {} : { isStudentLibrarian: r.studentLibrarian }),
  };
}

/**
 * What of a stored patron the file changes (empty when nothing). A suspension is the
 * library's own (以停代金): "issued" in the file does not end it; the late books coming back do.
 */
function changes(old: Required<RosterPatron>, data: RosterPatron): Partial<RosterPatron> {
  const out: Partial<RosterPatron> = {};
  if (old.name !== data.name) out.name = data.name;
  if (old.role !== data.role) out.role = data.role;
  if (old.classId !== data.classId) out.classId = data.classId;
  const keepSuspension = old.status === "suspended" && data.status === "active";
  if (data.status !== undefined && data.status !== old.status && !keepSuspension) {
    out.status = data.status;
  }
  const librarian = data.isStudentLibrarian;
  if (librarian !== undefined && librarian !== old.isStudentLibrarian) {
    out.isStudentLibrarian = librarian;
  }
  return out;
}

async function writePatrons(tx: Tx, rows: RosterRow[], classes: Map<string, number>) {
  const stored = new Map(
    (
      await findPatronsByCard(
        tx,
        rows.map((r) => r.cardNumber),
      )
    ).map((p) => [p.cardNumber, p]),
  );
  const fresh: RosterPatron[] = [];
  const newlyLeft: number[] = [];
  for (const r of rows) {
    const data = patronData(r, classes);
    const old = stored.get(r.cardNumber);
    const changed = old ? changes(old, data) : {};
    if (!old) fresh.push(data);
    else if (Object.keys(changed).length > 0) await updatePatron(tx, old.id, changed);
    if (old && changed.status === "left") newlyLeft.push(old.id);
  }
  await createPatrons(tx, fresh);
  const heads = rows.filter((r) => r.headOf !== undefined);
  const ids = new Map(
    (
      await findPatronsByCard(
        tx,
        heads.map((r) => r.cardNumber),
      )
    ).map((p) => [p.cardNumber, p.id]),
  );
  for (const r of heads) {
    const id = ids.get(r.cardNumber);
    const classIds = (r.headOf ?? []).flatMap((c) => classes.get(c.name) ?? []);
    if (id !== undefined) await replaceHeadOf(tx, id, classIds);
  }
  return { inserted: fresh.length, updated: rows.length - fresh.length, newlyLeft };
}

/**
 * The file's 离校 pupils who still owe (the import's warning); the families and class teachers
 * of those it newly marks 离校 are told what to return or pay, when the caller says how.
 */
async function leaversWhoOwe(
  tx: Tx,
  lib: Library,
  rows: RosterRow[],
  newlyLeft: number[],
  options: ImportOptions,
): Promise<LeaverDebt[]> {
  const cards = rows.filter((r) => r.cardStatus === "left").map((r) => r.cardNumber);
  if (cards.length === 0) return [];
  const ids = (await findPatronsByCard(tx, cards)).map((p) => p.id);
  const owing = (await owingLeavers(tx, { patronIds: ids })).filter((p) => p.left);
  const told = owing.filter((p) => newlyLeft.includes(p.patronId));
  if (options.clearance && told.length > 0) {
    const occasion = {
      keyPrefix: `clearance-left:${lib.now().getTime()}`,
      returnBy: null,
      classes: [],
    };
    await queueClearanceNotices(tx, lib, told, occasion, options.clearance);
  }
  return owing;
}

/**
 * Loads a roster file: patrons upserted by card number, classes created as pupils need them
 * ("3年2班" → class "3-2"), and each teacher's 班主任班级 made the exact set of classes they
 * head. Optional columns set the card's state (issued, not issued yet, left) and 小管. Bad rows
 * are reported by line and skipped; the good ones are written in one transaction. Pupils marked
 * 离校 who still owe are listed (`leaversOwing`), and those newly marked are told through
 * `options.clearance` (their families and class teachers, 离校清还). Librarian or system only; refusals `not_librarian`, `unreadable`, `missing_column`.
 * `options.dryRun` rolls the transaction back; `options.onProgress` hears when it is written.
 */
export function importRoster(
  lib: Library,
  actor: Actor,
  file: string,
  options: ImportOptions = {},
): Promise<Result<ImportSummary, ImportRefusal>> {
  return runImport(actor, file, ["card_number", "name", "role"], async (table) => {
    const { good, errors } = checkRosterRows(table);
    const summary = await importTransaction(lib, options, async (tx) => {
      const classes = await ensureClasses(tx, good);
      const rows = knownClassesOnly(good, classes, errors);
      const { newlyLeft, ...counts } = await writePatrons(tx, rows, classes);
      const leaversOwing = await leaversWhoOwe(tx, lib, rows, newlyLeft, options);
      await audit(tx, actor, "import.roster", "import:roster", {
        ...counts,
        leaversOwing: leaversOwing.length,
      });
      return {
        ...counts,
        errors,
        ...(leaversOwing.length > 0 ? { leaversOwing } : {}),
        ...(await classesIfUnknown(tx, errors)),
      };
    });
    options.onProgress?.(good.length, good.length);
    return summary;
  });
}
