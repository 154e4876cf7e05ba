import { inChunks } from "./chunks.ts";
import type { Db } from "./client.ts";

/** A broadcast as stored: what was sent, when, and to how many. */
export function findBroadcastById(db: Db, id: number) {
  return db.broadcast.findUnique({
    where: { id },
    select: { id: true, text: true, createdAt: true, recipientCount: true },
  });
}

/** The newest broadcasts first (what was sent and when), for a menu of them. */
export function findRecentBroadcasts(db: Db, take: number) {
  return db.broadcast.findMany({
    select: { id: true, text: true, createdAt: true, recipientCount: true },
    orderBy: { id: "desc" },
    take,
  });
}

/** One outbox row of a broadcast, with who it went to when the chat is known. */
export interface DeliveryRow {
  platform: string;
  chatId: string;
  isGroup: boolean;
  status: string;
  sentAt: Date | null;
  lastError: string | null;
  /** The member's display name (a private chat) or the class of a linked group. */
  memberName: string | null;
  groupClass: string | null;
}

/** Every outbox row of broadcast `id`, in the order they were queued. */
export async function findBroadcastDeliveries(db: Db, id: number): Promise<DeliveryRow[]> {
  const rows = await db.outbox.findMany({
    where: { broadcastId: id },
    select: {
      platform: true,
      chatId: true,
      isGroup: true,
      status: true,
      sentAt: true,
      lastError: true,
    },
    orderBy: { id: "asc" },
  });
  const members = await inChunks(
    rows.filter((r) => !r.isGroup),
    (chunk) =>
      db.chatMember.findMany({
        where: { OR: chunk.map((r) => ({ platform: r.platform, userId: r.chatId })) },
        select: { platform: true, userId: true, displayName: true },
      }),
  );
  const groups = await inChunks(
    rows.filter((r) => r.isGroup),
    (chunk) =>
      db.chatGroup.findMany({
        where: { OR: chunk.map((r) => ({ platform: r.platform, chatId: r.chatId })) },
        select: { platform: true, chatId: true, class: { select: { name: true } } },
      }),
  );
  const name = new Map(members.map((m) => [`${m.platform}:${m.userId}`, m.displayName]));
  const group = new Map(groups.map((g) => [`${g.platform}:${g.chatId}`, g.class.name]));
  return rows.map((r) => ({
    ...r,
    memberName: name.get(`${r.platform}:${r.chatId}`) ?? null,
    groupClass: group.get(`${r.platform}:${r.chatId}`) ?? null,
  }));
}
