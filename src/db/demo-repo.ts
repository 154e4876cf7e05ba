import { Prisma } from "../generated/prisma/client.ts";
import type { Db, Tx } from "./client.ts";
import type { DemoData } from "./demo-rows.ts";
import { executeSql } from "./direct-sql.ts";

const CHUNK = 500;

async function inChunks<T>(rows: readonly T[], write: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

type Value = string | number | boolean | Date | null;

/**
 * Multi-row INSERT through a tagged template (placeholders and value encoding stay Prisma's,
 * so the SQL is portable and dates are stored as createMany stores them). Used for the big
 * tables: several times faster than createMany for tens of thousands of rows.
 */
async function insertRows<T>(
  tx: Tx,
  table: "Title" | "Copy" | "Loan",
  rows: readonly T[],
  toRow: (row: T) => Record<string, Value>,
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(toRow(first));
  const head = Prisma.raw(`INSERT INTO "${table}" ("${columns.join('", "')}") VALUES `);
  const tuple = (r: T) => {
    const row = toRow(r);
    return Prisma.sql`(${Prisma.join(columns.map((c) => row[c] ?? null))})`;
  };
  await inChunks(rows, (part) =>
    executeSql(tx, Prisma.sql`${head}${Prisma.join(part.map(tuple))}`),
  );
}

function idOf(ids: ReadonlyMap<string, number>, key: string, what: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`demo data refers to unknown ${what} ${key}`);
  return id;
}

const optionalId = (ids: ReadonlyMap<string, number>, key: string | null, what: string) =>
  key === null ? null : idOf(ids, key, what);

/** How many patrons and titles the database holds (the demo only fills an empty school). */
export async function countSchoolRows(db: Db): Promise<{ patrons: number; titles: number }> {
  const [patrons, titles] = await Promise.all([db.patron.count(), db.title.count()]);
  return { patrons, titles };
}

/**
 * Deletes the school's data: people, catalogue, circulation, rota, activities, chat members and
 * their sessions. Keeps the calendar (it mirrors the configuration) and the audit log.
 */
async function wipeSchool(tx: Tx): Promise<void> {
  await tx.cornerLoan.deleteMany();
  await tx.cornerBatch.deleteMany();
  await tx.stocktakeScan.deleteMany();
  await tx.stocktake.deleteMany();
  await tx.charge.deleteMany();
  await tx.hold.deleteMany();
  await tx.loan.deleteMany();
  await tx.binding.deleteMany();
  await tx.bindingCode.deleteMany();
  await tx.chatGroup.deleteMany();
  await tx.rotaEntry.deleteMany();
  await tx.classTeacher.deleteMany();
  await tx.copy.deleteMany();
  await tx.title.deleteMany();
  await tx.patron.deleteMany();
  await tx.schoolClass.deleteMany();
  await tx.dialogSession.deleteMany();
  await tx.chatMember.deleteMany();
  await tx.activity.deleteMany();
  await tx.suggestion.deleteMany();
}

async function insertPeople(tx: Tx, data: DemoData) {
  await tx.schoolClass.createMany({ data: data.classes });
  const classRows = await tx.schoolClass.findMany({ select: { id: true, name: true } });
  const classIds = new Map(classRows.map((c) => [c.name, c.id]));
  await inChunks(data.patrons, (part) =>
    tx.patron.createMany({
      data: part.map(({ className, ...p }) => ({
        cardNumber: p.cardNumber,
        name: p.name,
        role: p.role,
        status: p.status,
        classId: optionalId(classIds, className, "class"),
        suspendedAt: p.suspendedAt,
        isStudentLibrarian: p.isStudentLibrarian,
        createdAt: p.createdAt,
      })),
    }),
  );
  const patronRows = await tx.patron.findMany({ select: { id: true, cardNumber: true } });
  const patronIds = new Map(patronRows.map((p) => [p.cardNumber, p.id]));
  await tx.classTeacher.createMany({
    data: data.heads.map((h) => ({
      teacherId: idOf(patronIds, h.teacherCard, "card"),
      classId: idOf(classIds, h.className, "class"),
    })),
  });
  return { classIds, patronIds };
}

async function insertCatalog(tx: Tx, data: DemoData) {
  await insertRows(tx, "Title", data.titles, (t) => ({
    isbn: t.isbn,
    title: t.title,
    author: t.author,
    publisher: t.publisher,
    year: t.year,
    clc: t.clc,
    gradeMin: t.gradeMin,
    gradeMax: t.gradeMax,
    isReference: t.isReference,
    recommended: t.recommended,
    addedOn: t.addedOn,
    searchKey: t.searchKey,
    updatedAt: t.updatedAt,
  }));
  const titleRows = await tx.title.findMany({ select: { id: true, isbn: true } });
  const titleIds = new Map(titleRows.map((t) => [t.isbn ?? "", t.id]));
  await insertRows(tx, "Copy", data.copies, (c) => ({
    barcode: c.barcode,
    titleId: idOf(titleIds, c.isbn, "isbn"),
    callNumber: c.callNumber,
    location: c.location,
    priceCents: c.priceCents,
    status: c.status,
    updatedAt: c.updatedAt,
  }));
  const copyRows = await tx.copy.findMany({ select: { id: true, barcode: true } });
  return { titleIds, copyIds: new Map(copyRows.map((c) => [c.barcode, c.id])) };
}

type Ids = Awaited<ReturnType<typeof insertPeople>> & Awaited<ReturnType<typeof insertCatalog>>;

async function insertCirculation(tx: Tx, data: DemoData, ids: Ids) {
  await insertRows(tx, "Loan", data.loans, (l) => ({
    copyId: idOf(ids.copyIds, l.barcode, "barcode"),
    patronId: idOf(ids.patronIds, l.cardNumber, "card"),
    issuedAt: l.issuedAt,
    dueOn: l.dueOn,
    renewals: l.renewals,
    returnedAt: l.returnedAt,
    overdueLevel: l.overdueLevel,
  }));
  await inChunks(data.holds, (part) =>
    tx.hold.createMany({
      data: part.map((h) => ({
        titleId: idOf(ids.titleIds, h.isbn, "isbn"),
        patronId: idOf(ids.patronIds, h.cardNumber, "card"),
        status: h.status,
        copyId: optionalId(ids.copyIds, h.barcode, "barcode"),
        placedAt: h.placedAt,
        readyAt: h.readyAt,
        pickupBy: h.pickupBy,
      })),
    }),
  );
}

async function insertSchedule(tx: Tx, data: DemoData, ids: Ids) {
  await tx.rotaEntry.createMany({
    data: data.rota.map(({ className, cardNumber, ...r }) => ({
      ...r,
      classId: optionalId(ids.classIds, className, "class"),
      patronId: optionalId(ids.patronIds, cardNumber, "card"),
    })),
  });
  await tx.activity.createMany({ data: data.activities });
  const term = data.term;
  if (term) await tx.term.upsert({ where: { name: term.name }, create: term, update: {} });
}

async function insertMembers(tx: Tx, data: DemoData, ids: Ids) {
  await tx.chatMember.createMany({ data: data.members });
  const rows = await tx.chatMember.findMany({
    where: { userId: { in: data.members.map((m) => m.userId) } },
    select: { id: true, platform: true, userId: true },
  });
  const memberIds = new Map(rows.map((m) => [m.userId, m.id]));
  await tx.binding.createMany({
    data: data.bindings.map((b) => ({
      memberId: idOf(memberIds, b.userId, "member"),
      kind: b.kind,
      patronId: optionalId(ids.patronIds, b.cardNumber, "card"),
      createdAt: b.createdAt,
    })),
  });
}

/**
 * Writes a whole demo school in one transaction, in bulk (createMany in chunks, ids read back
 * once per table), optionally wiping the school first. `also` runs inside the same
 * transaction (the caller's audit row). Rows are inserted in the order given, so the same
 * data on a fresh database gets the same ids.
 */
export async function insertDemoSchool(
  db: Db,
  data: DemoData,
  opts: { wipeFirst: boolean; also?: (tx: Tx) => Promise<void> },
): Promise<void> {
  await db.$transaction(
    async (tx) => {
      if (opts.wipeFirst) await wipeSchool(tx);
      const ids = { ...(await insertPeople(tx, data)), ...(await insertCatalog(tx, data)) };
      await insertCirculation(tx, data, ids);
      await insertSchedule(tx, data, ids);
      await insertMembers(tx, data, ids);
      if (opts.also) await opts.also(tx);
    },
    { maxWait: 60_000, timeout: 600_000 },
  );
}
