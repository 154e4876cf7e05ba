import { Prisma } from "../generated/prisma/client.ts";
import { inChunks } from "./chunks.ts";
import type { Db } from "./client.ts";
import { executeSql } from "./direct-sql.ts";

/** A group chat on a platform. */
export interface GroupChat {
  platform: string;
  chatId: string;
}

/** These accounts are in the group (seen writing there, or joined): rows made or refreshed. */
export async function noteGroupMembers(
  db: Db,
  group: GroupChat,
  userIds: readonly string[],
  at: Date,
): Promise<void> {
  for (const userId of new Set(userIds)) {
    await executeSql(
      db,
      Prisma.sql`INSERT INTO "GroupMember" ("platform", "chatId", "userId", "seenAt")
      VALUES (${group.platform}, ${group.chatId}, ${userId}, ${at})
      ON CONFLICT ("platform", "chatId", "userId") DO UPDATE SET "seenAt" = excluded."seenAt"`,
    );
  }
}

/** These accounts left the group (or were removed). */
export async function dropGroupMembers(
  db: Db,
  group: GroupChat,
  userIds: readonly string[],
): Promise<void> {
  if (userIds.length === 0) return;
  await db.groupMember.deleteMany({
    where: { platform: group.platform, chatId: group.chatId, userId: { in: [...userIds] } },
  });
}

/** The group's whole member list is `userIds`: everyone else noted in it is forgotten. */
export async function keepOnlyGroupMembers(
  db: Db,
  group: GroupChat,
  userIds: readonly string[],
): Promise<void> {
  await db.groupMember.deleteMany({
    where: { platform: group.platform, chatId: group.chatId, userId: { notIn: [...userIds] } },
  });
}

/** The accounts known to be in each class's linked groups: "platform:userId" per class. */
export async function findGroupMembersOfClasses(
  db: Db,
  classIds: readonly number[],
): Promise<Map<number, Set<string>>> {
  const links = await inChunks([...new Set(classIds)], (chunk) =>
    db.chatGroup.findMany({
      where: { classId: { in: chunk } },
      select: { classId: true, platform: true, chatId: true },
    }),
  );
  const members = await inChunks(links, (chunk) =>
    db.groupMember.findMany({
      where: { OR: chunk.map((l) => ({ platform: l.platform, chatId: l.chatId })) },
      select: { platform: true, chatId: true, userId: true },
    }),
  );
  const classOf = new Map(links.map((l) => [`${l.platform}:${l.chatId}`, l.classId]));
  const out = new Map<number, Set<string>>();
  for (const l of links) out.set(l.classId, out.get(l.classId) ?? new Set<string>());
  for (const m of members) {
    const classId = classOf.get(`${m.platform}:${m.chatId}`);
    if (classId !== undefined) out.get(classId)?.add(`${m.platform}:${m.userId}`);
  }
  return out;
}

/**
 * The accounts on the group's platform of the pupils of the class the group is linked to (the
 * pupils' own and their guardians'): whose presence in the group decides their private copies.
 * None when the group is linked to no class.
 */
export async function findClassAccountsOfGroup(db: Db, group: GroupChat): Promise<string[]> {
  const link = await db.chatGroup.findUnique({
    where: { platform_chatId: { platform: group.platform, chatId: group.chatId } },
    select: { classId: true },
  });
  if (!link) return [];
  const rows = await db.binding.findMany({
    where: {
      kind: { in: ["self", "guardian"] },
      patron: { classId: link.classId },
      member: { platform: group.platform },
    },
    select: { member: { select: { userId: true } } },
  });
  return [...new Set(rows.map((r) => r.member.userId))];
}
