import { findClassTeacherAccounts, findFamilyAccounts } from "../../db/clearance-repo.ts";
import type { ClearanceAccount } from "../../db/clearance-repo.ts";
import type { Tx } from "../../db/client.ts";
import { isLocale } from "../../locale.ts";
import type { Locale } from "../../locale.ts";
import type { Enqueue, OutboundMessage } from "../broadcasts/outbound.ts";
import type { IsoDate } from "../dates.ts";
import type { Library } from "../library.ts";
import type { LeaverDebt } from "./leavers.ts";

/** A class teacher's list: the class and its pupils who still owe (possibly none). */
export interface ClassClearance {
  className: string;
  pupils: LeaverDebt[];
}

/** How the caller words the notices (the text tables) and queues them (the outbox). */
export interface ClearanceNoticeDeps {
  enqueue: Enqueue;
  defaultLocale: Locale;
  family: (locale: Locale, pupil: LeaverDebt, returnBy: IsoDate | null) => string;
  teacher: (locale: Locale, lists: ClassClearance[], returnBy: IsoDate | null) => string;
}

/** Which notices: a key prefix per occasion, the date to return by, the classes whose teachers hear. */
export interface ClearanceOccasion {
  /** "clearance:2027春" for the graduating grades, "clearance-left:<import>" for 离校 rows. */
  keyPrefix: string;
  returnBy: IsoDate | null;
  /** Classes whose teachers get a list even when nobody in it owes (the graduating classes). */
  classes: { id: number; name: string }[];
}

const localeOf = (a: ClearanceAccount, fallback: Locale): Locale =>
  isLocale(a.locale) ? a.locale : fallback;
const chat = (a: ClearanceAccount) => `${a.platform}:${a.userId}`;

/**
 * Queues the clearance notices of leaving pupils who owe, in the caller's transaction: each
 * pupil's family (the pupil's own account and every guardian) one message per pupil naming what
 * to return or pay; each class teacher one list of their classes (the occasion's classes and
 * every class with a pupil who owes). Private chats only, never a group (the lists name pupils);
 * not optional, quiet hours apply. Keys "<prefix>:<patron>:<chat>" and "<prefix>:teacher:<chat>",
 * so the same occasion queues nothing twice. Resolves with the number of messages added.
 */
export async function queueClearanceNotices(
  tx: Tx,
  lib: Library,
  owing: readonly LeaverDebt[],
  occasion: ClearanceOccasion,
  deps: ClearanceNoticeDeps,
): Promise<number> {
  const messages: OutboundMessage[] = [];
  const families = await findFamilyAccounts(
    tx,
    owing.map((p) => p.patronId),
  );
  for (const pupil of owing) {
    for (const { member } of families.filter((f) => f.patronId === pupil.patronId)) {
      const locale = localeOf(member, deps.defaultLocale);
      messages.push({
        dedupeKey: `${occasion.keyPrefix}:${pupil.patronId}:${chat(member)}`,
        platform: member.platform,
        chatId: member.userId,
        kind: "recall",
        text: deps.family(locale, pupil, occasion.returnBy),
      });
    }
  }
  messages.push(...(await teacherLists(tx, owing, occasion, deps)));
  return messages.length === 0 ? 0 : deps.enqueue(tx, messages, lib.now());
}

async function teacherLists(
  tx: Tx,
  owing: readonly LeaverDebt[],
  occasion: ClearanceOccasion,
  deps: ClearanceNoticeDeps,
): Promise<OutboundMessage[]> {
  const classes = new Map(occasion.classes.map((c) => [c.id, c.name]));
  for (const p of owing) if (p.classId !== null) classes.set(p.classId, p.className ?? "");
  const byChat = new Map<string, { member: ClearanceAccount; lists: ClassClearance[] }>();
  for (const { classId, member } of await findClassTeacherAccounts(tx, [...classes.keys()])) {
    const entry = byChat.get(chat(member)) ?? { member, lists: [] };
    const pupils = owing.filter((p) => p.classId === classId);
    entry.lists.push({ className: classes.get(classId) ?? "", pupils });
    byChat.set(chat(member), entry);
  }
  return [...byChat.values()].map(({ member, lists }) => ({
    dedupeKey: `${occasion.keyPrefix}:teacher:${chat(member)}`,
    platform: member.platform,
    chatId: member.userId,
    kind: "recall" as const,
    text: deps.teacher(
      localeOf(member, deps.defaultLocale),
      lists.sort((a, b) => a.className.localeCompare(b.className)),
      occasion.returnBy,
    ),
  }));
}
