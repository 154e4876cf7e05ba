import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./client.ts";
import { queryRows } from "./direct-sql.ts";

// "我的", 续借 and 预约 read a family on every turn: each read is one raw statement with its
// joins (the same reads as model queries cost several statements and the query compiler).

type Id = number | bigint;

export interface PatronRow {
  id: number;
  name: string;
  role: string;
  status: string;
  className: string | null;
  /** Open charges for lost or damaged books, in cents. */
  owedCents: number;
}

/** The given patrons with their class name (null without a class) and what they owe. */
export async function findPatronsWithClass(db: Db, ids: number[]): Promise<PatronRow[]> {
  type Raw = Omit<PatronRow, "id" | "owedCents"> & Record<"id" | "owedCents", Id>;
  const rows = await queryRows<Raw[]>(
    db,
    Prisma.sql`
    SELECT p."id", p."name", p."role", p."status", k."name" AS "className",
      (SELECT COALESCE(SUM(g."amountCents"), 0) FROM "Charge" g
        WHERE g."patronId" = p."id" AND g."status" = 'open') AS "owedCents"
    FROM "Patron" p LEFT JOIN "SchoolClass" k ON k."id" = p."classId"
    WHERE p."id" IN (${Prisma.join(ids.length ? ids : [0])})`,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), owedCents: Number(r.owedCents) }));
}

export interface OpenLoanRow {
  id: number;
  patronId: number;
  dueOn: string;
  renewals: number;
  barcode: string;
  titleId: number;
  title: string;
  /** Another reader with an active card has a queued hold on the title. */
  heldByOther: boolean;
}

/**
 * Open loans (not returned) of the given patrons with copy and title, soonest due first, and
 * whether another active reader queues for the title (what a renewal would be refused for).
 */
export async function findOpenLoansOfPatrons(db: Db, patronIds: number[]): Promise<OpenLoanRow[]> {
  type Raw = Omit<OpenLoanRow, "id" | "patronId" | "renewals" | "titleId" | "heldByOther"> &
    Record<"id" | "patronId" | "renewals" | "titleId", Id> & { heldByOther: Id | boolean };
  const rows = await queryRows<Raw[]>(
    db,
    Prisma.sql`
    SELECT l."id", l."patronId", l."dueOn", l."renewals", c."barcode", c."titleId", t."title",
      EXISTS (
        SELECT 1 FROM "Hold" h JOIN "Patron" p ON p."id" = h."patronId"
        WHERE h."titleId" = c."titleId" AND h."status" = 'queued'
          AND h."patronId" <> l."patronId" AND p."status" = 'active'
      ) AS "heldByOther"
    FROM "Loan" l
    JOIN "Copy" c ON c."id" = l."copyId"
    JOIN "Title" t ON t."id" = c."titleId"
    WHERE l."patronId" IN (${Prisma.join(patronIds.length ? patronIds : [0])})
      AND l."returnedAt" IS NULL
    ORDER BY l."dueOn", l."id"`,
  );
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    patronId: Number(r.patronId),
    renewals: Number(r.renewals),
    titleId: Number(r.titleId),
    heldByOther: Boolean(r.heldByOther),
  }));
}

export interface OpenHoldRow {
  id: number;
  patronId: number;
  titleId: number;
  status: string;
  pickupBy: string | null;
  title: string;
  /** 1-based place in the title's queue (placedAt, id) for a queued hold; null otherwise. */
  position: number | null;
}

/**
 * Queued or ready holds of the given patrons with the title, in queue order; a queued hold's
 * place counts every queued hold on its title, whoever placed it (only the count is read).
 */
export async function findOpenHoldsOfPatrons(db: Db, patronIds: number[]): Promise<OpenHoldRow[]> {
  type Raw = Omit<OpenHoldRow, "id" | "patronId" | "titleId" | "position"> &
    Record<"id" | "patronId" | "titleId", Id> & { position: Id | null };
  const rows = await queryRows<Raw[]>(
    db,
    Prisma.sql`
    SELECT h."id", h."patronId", h."titleId", h."status", h."pickupBy", t."title",
      CASE WHEN h."status" = 'queued' THEN (
        SELECT COUNT(*) FROM "Hold" q
        WHERE q."titleId" = h."titleId" AND q."status" = 'queued'
          AND (q."placedAt" < h."placedAt" OR (q."placedAt" = h."placedAt" AND q."id" <= h."id"))
      ) END AS "position"
    FROM "Hold" h JOIN "Title" t ON t."id" = h."titleId"
    WHERE h."patronId" IN (${Prisma.join(patronIds.length ? patronIds : [0])})
      AND h."status" IN ('queued', 'ready')
    ORDER BY h."placedAt", h."id"`,
  );
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    patronId: Number(r.patronId),
    titleId: Number(r.titleId),
    position: r.position === null ? null : Number(r.position),
  }));
}
