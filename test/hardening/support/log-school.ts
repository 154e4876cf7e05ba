import { systemActor } from "../../../src/core/actor.ts";
import { SchoolCalendar } from "../../../src/core/calendar.ts";
import { issueCodes } from "../../../src/core/bindings/codes.ts";
import { buildSearchKey } from "../../../src/core/catalog/search-key.ts";
import { addDays, dateIn } from "../../../src/core/dates.ts";
import type { Library } from "../../../src/core/library.ts";
import { defaultPolicy } from "../../../src/core/policy.ts";
import type { Db } from "../../../src/db/client.ts";
import { onPostgres } from "../../../src/db/pg-row-lock.ts";
import { freshDb } from "../../support/db.ts";

/** Pupils with names and cards distinctive enough to search log output for. */
export const logPupils = [
  { name: "欧阳明月", cardNumber: "CARD-OYMY-0417" },
  { name: "司马小云", cardNumber: "CARD-SMXY-0418" },
] as const;

export const LOG_BARCODE = "BC-SHZ-7731";

/** A library on a fresh database file with the real clock (a child process shares it). */
export async function realClockLibrary(): Promise<{ lib: Library; url: string }> {
  const { db, url } = await freshDb();
  const lib: Library = {
    db,
    policy: defaultPolicy,
    calendar: new SchoolCalendar([], [6, 7], []),
    timezone: "Asia/Shanghai",
    now: () => new Date(),
  };
  return { lib, url };
}

/** Makes every insert into the suggestion box fail, as a full disk would: a failing handler. */
export async function breakSuggestions(db: Db): Promise<number> {
  if (!onPostgres(db)) {
    return db.$executeRawUnsafe(
      `CREATE TRIGGER hardening_fail BEFORE INSERT ON "Suggestion" BEGIN SELECT RAISE(ABORT, 'disk full'); END;`,
    );
  }
  await db.$executeRawUnsafe(
    `CREATE FUNCTION hardening_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`,
  );
  return db.$executeRawUnsafe(
    `CREATE TRIGGER hardening_fail BEFORE INSERT ON "Suggestion" FOR EACH ROW EXECUTE FUNCTION hardening_fail()`,
  );
}

/**
 * Class 3-1 with the two pupils; 欧阳明月 has 水浒传 due tomorrow (renewable today, real clock)
 * and a parent code on their slip; suggestions fail. Returns what must never reach a log.
 */
export async function logSchool() {
  const { lib, url } = await realClockLibrary();
  const { db } = lib;
  const cls = await db.schoolClass.create({ data: { grade: 3, number: 1, name: "3-1" } });
  const [first] = await Promise.all(
    logPupils.map((p) => db.patron.create({ data: { ...p, role: "student", classId: cls.id } })),
  );
  const title = await db.title.create({
    data: {
      title: "水浒传",
      author: "施耐庵",
      addedOn: "2025-01-01",
      searchKey: buildSearchKey({ title: "水浒传", author: "施耐庵", isbn: null }),
    },
  });
  const copy = await db.copy.create({
    data: { barcode: LOG_BARCODE, titleId: title.id, status: "on_loan" },
  });
  const dueOn = addDays(dateIn(lib.timezone, new Date()), 1);
  await db.loan.create({ data: { copyId: copy.id, patronId: first?.id ?? 0, dueOn } });
  const slips = await issueCodes(lib, systemActor, { class: "3-1" });
  if (!slips.ok) throw new Error(slips.code);
  const codes = slips.value.flatMap((s) => s.codes.map((c) => c.code));
  const slip = slips.value.find((s) => s.patron?.cardNumber === logPupils[0].cardNumber);
  const parentCode = slip?.codes.find((c) => c.kind === "parent")?.code ?? "";
  await breakSuggestions(db);
  const secrets = [
    ...logPupils.flatMap((p) => [p.name, p.cardNumber]),
    ...codes.flatMap((c) => [c, c.replace("-", "")]),
  ];
  return { lib, url, parentCode, secrets };
}
