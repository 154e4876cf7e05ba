import type { Db, Tx } from "./client.ts";

const answerable = {
  id: true,
  memberId: true,
  kind: true,
  text: true,
  status: true,
  answer: true,
  createdAt: true,
} as const;

/** A suggestion as answering it needs. */
export interface AnswerableSuggestion {
  id: number;
  memberId: number | null;
  kind: string;
  text: string;
  status: string;
  answer: string | null;
  createdAt: Date;
}

export function findSuggestion(tx: Tx, id: number): Promise<AnswerableSuggestion | null> {
  return tx.suggestion.findUnique({ where: { id }, select: answerable });
}

/** Suggestions not answered yet, newest first, at most `limit`. */
export function findUnansweredSuggestions(db: Db, limit: number): Promise<AnswerableSuggestion[]> {
  return db.suggestion.findMany({
    where: { answer: null },
    select: answerable,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}

export async function saveAnswer(
  tx: Tx,
  id: number,
  a: { answer: string; reply: string; answeredAt: Date; answeredBy: number | null },
): Promise<void> {
  await tx.suggestion.update({ where: { id }, data: { ...a, status: "answered" } });
}

/** Purchase requests still waiting for their book (not declined, not arrived). */
export function findWaitingPurchases(db: Db): Promise<AnswerableSuggestion[]> {
  return db.suggestion.findMany({
    where: {
      kind: "purchase",
      status: { in: ["new", "seen", "answered"] },
      OR: [{ answer: null }, { answer: { not: "not_possible" } }],
    },
    select: answerable,
    orderBy: { id: "asc" },
  });
}

/** Titles added to the catalogue on or after a date (YYYY-MM-DD), or written since an instant. */
export function findTitlesAddedSince(db: Db, on: string, at: Date) {
  return db.title.findMany({
    where: { OR: [{ addedOn: { gte: on } }, { updatedAt: { gte: at } }] },
    select: { id: true, title: true, isbn: true, addedOn: true, updatedAt: true },
    orderBy: { id: "asc" },
  });
}

/** Marks a purchase request as arrived, unless another run did; true when this run did. */
export async function markArrived(tx: Tx, id: number, titleId: number): Promise<boolean> {
  const r = await tx.suggestion.updateMany({
    where: { id, arrivedTitleId: null },
    data: { status: "arrived", arrivedTitleId: titleId },
  });
  return r.count === 1;
}

/** A chat account's private chat and language (null when the account is gone). */
export function findChatAccount(tx: Tx, memberId: number) {
  return tx.chatMember.findUnique({
    where: { id: memberId },
    select: { platform: true, userId: true, locale: true },
  });
}
