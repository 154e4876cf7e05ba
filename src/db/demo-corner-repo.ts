import type { Tx } from "./client.ts";

/** The demo's class book corner: a batch lent to the class the console teacher heads. */
export interface DemoCorner {
  /** The console member whose class gets the corner (the demo teacher). */
  teacherUserId: string;
  dueOn: string;
  lentAt: Date;
  /** Copies lent: the first on the shelf that are not reference books. */
  copies: number;
}

/** Lends the demo corner's batch (nothing when the teacher heads no class). */
export async function insertDemoCorner(tx: Tx, corner: DemoCorner): Promise<void> {
  const head = await tx.classTeacher.findFirst({
    where: {
      teacher: {
        bindings: {
          some: { kind: "teacher", member: { platform: "console", userId: corner.teacherUserId } },
        },
      },
    },
    select: { classId: true },
    orderBy: { classId: "asc" },
  });
  if (!head) return;
  const copies = await tx.copy.findMany({
    where: { status: "available", title: { isReference: false } },
    select: { id: true },
    orderBy: { id: "asc" },
    take: corner.copies,
  });
  const batch = await tx.cornerBatch.create({
    data: { classId: head.classId, dueOn: corner.dueOn, createdAt: corner.lentAt },
    select: { id: true },
  });
  await tx.copy.updateMany({
    where: { id: { in: copies.map((c) => c.id) } },
    data: { status: "in_corner", updatedAt: corner.lentAt }, // not the wall clock: the demo is deterministic
  });
  await tx.cornerLoan.createMany({
    data: copies.map((c) => ({ batchId: batch.id, copyId: c.id, issuedAt: corner.lentAt })),
  });
}
