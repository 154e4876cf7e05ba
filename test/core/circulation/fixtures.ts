import { expect } from "vitest";
import type { Actor } from "../../../src/core/actor.ts";
import { buildSearchKey } from "../../../src/core/catalog/search-key.ts";
import { checkout } from "../../../src/core/circulation/checkout.ts";
import type { Library } from "../../../src/core/library.ts";
import type { Db } from "../../../src/db/client.ts";

let seq = 0;
const next = (): number => ++seq;

export async function addClass(db: Db, grade = 3, number = 2): Promise<{ id: number }> {
  return db.schoolClass.create({
    data: { grade, number, name: `${grade}-${number}` },
    select: { id: true },
  });
}

export async function addPatron(
  db: Db,
  opts: { role?: "student" | "teacher"; status?: string; classId?: number } = {},
): Promise<{ id: number; cardNumber: string }> {
  const n = next();
  return db.patron.create({
    data: {
      cardNumber: `C${n}`,
      name: `读者${n}`,
      role: opts.role ?? "student",
      status: opts.status ?? "active",
      classId: opts.classId ?? null,
    },
    select: { id: true, cardNumber: true },
  });
}

export async function addTitle(
  db: Db,
  opts: { title?: string; author?: string; isReference?: boolean } = {},
): Promise<{ id: number }> {
  const title = opts.title ?? "西游记";
  const author = opts.author ?? "吴承恩";
  return db.title.create({
    data: {
      title,
      author,
      isReference: opts.isReference ?? false,
      addedOn: "2026-09-01",
      searchKey: buildSearchKey({ title, author }),
    },
    select: { id: true },
  });
}

export async function addCopy(
  db: Db,
  titleId: number,
  opts: { priceCents?: number; status?: string } = {},
): Promise<{ id: number; barcode: string }> {
  return db.copy.create({
    data: {
      barcode: `B${next()}`,
      titleId,
      priceCents: opts.priceCents ?? 2500,
      status: opts.status ?? "available",
    },
    select: { id: true, barcode: true },
  });
}

export async function addDuty(
  db: Db,
  patronId: number,
  shift: { weekday: number; start: string; end: string; weeks?: string },
): Promise<void> {
  await db.rotaEntry.create({ data: { kind: "duty", patronId, weeks: "every", ...shift } });
}

export const librarian: Actor = {
  kind: "member",
  memberId: 1,
  patronIds: [],
  classIds: [],
  isLibrarian: true,
  isStudentLibrarian: false,
};

/** A parent (several children) or a student (themself) bound in chat. */
export function member(patronIds: number[], selfPatronId?: number): Actor {
  return {
    kind: "member",
    memberId: 100 + next(),
    ...(selfPatronId === undefined ? {} : { selfPatronId }),
    patronIds,
    classIds: [],
    isLibrarian: false,
    isStudentLibrarian: false,
  };
}

export function studentLibrarian(selfPatronId: number): Actor {
  return { ...member([selfPatronId], selfPatronId), isStudentLibrarian: true };
}

/** Checks a copy out at the desk as the librarian and expects it to succeed. */
export async function lend(lib: Library, cardNumber: string, barcode: string) {
  const r = await checkout(lib, librarian, { cardNumber, barcode });
  if (!r.ok) expect.fail(`checkout refused: ${r.code}`);
  return r.value;
}

/** A title with `copies` copies on the shelf. */
export async function shelf(db: Db, copies = 1) {
  const title = await addTitle(db);
  const list = [];
  for (let i = 0; i < copies; i++) list.push(await addCopy(db, title.id));
  return { title, copies: list };
}

export function copyStatus(db: Db, id: number): Promise<string | undefined> {
  return db.copy.findUnique({ where: { id }, select: { status: true } }).then((c) => c?.status);
}

export function holdRow(db: Db, id: number) {
  return db.hold.findUniqueOrThrow({
    where: { id },
    select: { status: true, copyId: true, pickupBy: true },
  });
}
