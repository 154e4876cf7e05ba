import type { Db } from "./client.ts";

export function findPatronsWithClass(db: Db, ids: number[]) {
  return db.patron.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, role: true, status: true, class: { select: { name: true } } },
  });
}

/** Open loans (not returned) of the given patrons, soonest due first. */
export function findOpenLoansOfPatrons(db: Db, patronIds: number[]) {
  return db.loan.findMany({
    where: { patronId: { in: patronIds }, returnedAt: null },
    select: {
      id: true,
      patronId: true,
      dueOn: true,
      renewals: true,
      copy: { select: { barcode: true, titleId: true, title: { select: { title: true } } } },
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
  });
}

/** Holds of the given patrons that are queued or ready, in queue order. */
export function findOpenHoldsOfPatrons(db: Db, patronIds: number[]) {
  return db.hold.findMany({
    where: { patronId: { in: patronIds }, status: { in: ["queued", "ready"] } },
    select: {
      id: true,
      patronId: true,
      titleId: true,
      status: true,
      pickupBy: true,
      title: { select: { title: true } },
    },
    orderBy: [{ placedAt: "asc" }, { id: "asc" }],
  });
}

/** Every queued hold on the given titles in queue order (placedAt, id). */
export function findQueuedHoldsOfTitles(db: Db, titleIds: number[]) {
  return db.hold.findMany({
    where: { titleId: { in: titleIds }, status: "queued" },
    select: { id: true, titleId: true },
    orderBy: [{ placedAt: "asc" }, { id: "asc" }],
  });
}
