import { mutedNoticesOf } from "../core/members/preferences.ts";
import type { OptionalNotice } from "../core/members/preferences.ts";
import type { Db } from "../db/client.ts";
import {
  findAccountsWithBinding,
  findBindingsOfPatrons,
  findClassTeachers,
  findGroupsOfClasses,
  findPupilsOfClasses,
} from "../db/notice-recipient-repo.ts";
import type { AccountRow } from "../db/notice-recipient-repo.ts";
import { findGroupMembersOfClasses } from "../db/group-member-repo.ts";
import { isLocale } from "../locale.ts";
import type { Locale } from "../locale.ts";

/** Where a notice goes: a person's private chat (their user id) or a linked class group. */
export interface Recipient {
  platform: string;
  chatId: string;
  locale: Locale;
  /** Optional notice kinds this chat turned off (groups: none). */
  muted: ReadonlySet<string>;
  isGroup: boolean;
}

export const recipientKey = (r: { platform: string; chatId: string }) =>
  `${r.platform}:${r.chatId}`;

export function toRecipient(m: AccountRow, defaultLocale: Locale): Recipient {
  return {
    platform: m.platform,
    chatId: m.userId,
    locale: isLocale(m.locale) ? m.locale : defaultLocale,
    muted: new Set(mutedNoticesOf(m.mutedNotices)),
    isGroup: false,
  };
}

/** True when the recipient turned this optional notice off. */
export const hasMuted = (r: Recipient, notice: OptionalNotice): boolean => r.muted.has(notice);

function addTo<K>(map: Map<K, Recipient[]>, key: K, r: Recipient): void {
  const list = map.get(key) ?? [];
  if (!list.some((x) => recipientKey(x) === recipientKey(r))) list.push(r);
  map.set(key, list);
}

/**
 * Each patron's own accounts: the patron's self (pupil) or teacher binding and every guardian
 * of the patron — a pupil's notices go to the pupil and to each parent.
 */
export async function patronRecipients(
  db: Db,
  patronIds: readonly number[],
  defaultLocale: Locale,
): Promise<Map<number, Recipient[]>> {
  const rows = await findBindingsOfPatrons(db, patronIds, ["self", "guardian", "teacher"]);
  const out = new Map<number, Recipient[]>();
  for (const b of rows)
    if (b.patronId !== null) addTo(out, b.patronId, toRecipient(b.member, defaultLocale));
  return out;
}

/** Each patron's own account only (self or teacher binding): duty shifts, not family news. */
export async function selfRecipients(
  db: Db,
  patronIds: readonly number[],
  defaultLocale: Locale,
): Promise<Map<number, Recipient[]>> {
  const rows = await findBindingsOfPatrons(db, patronIds, ["self", "teacher"]);
  const out = new Map<number, Recipient[]>();
  for (const b of rows)
    if (b.patronId !== null) addTo(out, b.patronId, toRecipient(b.member, defaultLocale));
  return out;
}

/** The accounts of each class's class teachers (ClassTeacher → their teacher binding). */
export async function classTeacherRecipients(
  db: Db,
  classIds: readonly number[],
  defaultLocale: Locale,
): Promise<Map<number, Recipient[]>> {
  const heads = await findClassTeachers(db, classIds);
  const teachers = await findBindingsOfPatrons(
    db,
    heads.map((h) => h.teacherId),
    ["teacher"],
  );
  const out = new Map<number, Recipient[]>();
  for (const h of heads) {
    for (const b of teachers) {
      if (b.patronId === h.teacherId) addTo(out, h.classId, toRecipient(b.member, defaultLocale));
    }
  }
  return out;
}

/** Each class's linked group chats, in the school's default language. */
export async function classGroupRecipients(
  db: Db,
  classIds: readonly number[],
  defaultLocale: Locale,
): Promise<Map<number, Recipient[]>> {
  const out = new Map<number, Recipient[]>();
  for (const g of await findGroupsOfClasses(db, classIds)) {
    addTo(out, g.classId, { ...g, locale: defaultLocale, muted: new Set(), isGroup: true });
  }
  return out;
}

/** Every account with a binding of `kind` ("librarian"). */
export async function bindingRecipients(
  db: Db,
  kind: string,
  defaultLocale: Locale,
): Promise<Recipient[]> {
  return (await findAccountsWithBinding(db, kind)).map((m) => toRecipient(m, defaultLocale));
}

/**
 * A class-wide notice's chats for each class: the class's linked groups, and the private chat
 * of every pupil and guardian who is not known to be in one of those groups on their platform
 * (so a parent outside the group, or on the other platform, is reached too), unless they chose
 * "group only" (muted "class_copy"). A class with no linked group: every pupil's and
 * guardian's private chat, and the class teachers'.
 */
export async function classWideRecipients(
  db: Db,
  classIds: readonly number[],
  defaultLocale: Locale,
): Promise<Map<number, Recipient[]>> {
  const groups = await classGroupRecipients(db, classIds, defaultLocale);
  const bare = classIds.filter((id) => !groups.has(id));
  const pupils = await findPupilsOfClasses(db, classIds);
  const [people, teachers, inGroups] = await Promise.all([
    patronRecipients(
      db,
      pupils.map((p) => p.id),
      defaultLocale,
    ),
    classTeacherRecipients(db, bare, defaultLocale),
    findGroupMembersOfClasses(db, [...groups.keys()]),
  ]);
  const out = new Map(groups);
  for (const p of pupils) {
    if (p.classId === null) continue;
    const known = inGroups.get(p.classId);
    for (const r of people.get(p.id) ?? []) {
      const grouped = groups.has(p.classId);
      if (grouped && (known?.has(recipientKey(r)) || hasMuted(r, "class_copy"))) continue;
      addTo(out, p.classId, r);
    }
  }
  for (const [classId, list] of teachers) for (const r of list) addTo(out, classId, r);
  return out;
}
