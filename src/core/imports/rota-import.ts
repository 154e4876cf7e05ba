import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { Library } from "../library.ts";
import type { Result } from "../result.ts";
import type { Tx } from "../../db/client.ts";
import { findAllClasses, findPatronsByCard } from "../../db/roster-repo.ts";
import { createRotaEntry, findRotaEntry, updateRotaEntry } from "../../db/rota-import-repo.ts";
import type { RotaKey } from "../../db/rota-import-repo.ts";
import { classesIfUnknown, importTransaction, runImport } from "./import-types.ts";
import type { ImportError, ImportOptions, ImportRefusal, ImportSummary } from "./import-types.ts";
import { rowError } from "./row-check.ts";
import { checkRotaRows } from "./rota-rows.ts";
import type { RotaRow } from "./rota-rows.ts";

interface Resolver {
  classes: Map<string, number>;
  patrons: Map<string, number>;
}

async function resolver(tx: Tx, rows: readonly RotaRow[]): Promise<Resolver> {
  const cards = rows.flatMap((r) => (r.cardNumber ? [r.cardNumber] : []));
  return {
    classes: new Map((await findAllClasses(tx)).map((c) => [c.name, c.id])),
    patrons: new Map((await findPatronsByCard(tx, cards)).map((p) => [p.cardNumber, p.id])),
  };
}

/** The stored key of a row, or the reason it names a class or reader the library lacks. */
function keyOf(r: RotaRow, ids: Resolver): RotaKey | ImportError {
  const classId = r.classRef ? ids.classes.get(r.classRef.name) : null;
  if (classId === undefined) return rowError(r.line, "unknown_class", "class", r.classRef?.name);
  const patronId = r.cardNumber ? ids.patrons.get(r.cardNumber) : null;
  if (patronId === undefined)
    return rowError(r.line, "unknown_card_number", "card_number", r.cardNumber);
  return { kind: r.kind, classId, grades: r.grades, patronId, weekday: r.weekday, start: r.start };
}

/**
 * Loads a rota file (class borrowing slots, grade open days, student-librarian duty shifts),
 * upserting each entry by its natural key (kind, class, grades, reader, weekday, start).
 * A class or card number the library does not know is reported for that row. Librarian or
 * system only; refusals `not_librarian`, `unreadable`, `missing_column`. `options.dryRun`
 * rolls the transaction back; `options.onProgress` hears when it is written.
 */
export function importRota(
  lib: Library,
  actor: Actor,
  file: string,
  options: ImportOptions = {},
): Promise<Result<ImportSummary, ImportRefusal>> {
  return runImport(actor, file, ["kind", "weekday", "start", "end"], async (table) => {
    const { good, errors } = checkRotaRows(table.rows);
    const summary = await importTransaction(lib, options, async (tx) => {
      const ids = await resolver(tx, good);
      const counts = { inserted: 0, updated: 0 };
      for (const row of good) {
        const key = keyOf(row, ids);
        if ("reason" in key) {
          errors.push(key);
          continue;
        }
        const old = await findRotaEntry(tx, key);
        if (old) await updateRotaEntry(tx, old.id, { end: row.end, weeks: row.weeks });
        else await createRotaEntry(tx, { ...key, end: row.end, weeks: row.weeks });
        counts[old ? "updated" : "inserted"]++;
      }
      await audit(tx, actor, "import.rota", "import:rota", counts);
      return { ...counts, errors, ...(await classesIfUnknown(tx, errors)) };
    });
    options.onProgress?.(good.length, good.length);
    return summary;
  });
}
