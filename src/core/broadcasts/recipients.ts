import type { Db, Tx } from "../../db/client.ts";
import {
  findClassGroups,
  findMembersOfPupils,
  findMembersOfTeachers,
  findMembersWithBinding,
} from "../../db/broadcast-repo.ts";
import type { ClassScope } from "../../db/broadcast-repo.ts";
import { mutedNoticesOf } from "../members/preferences.ts";
import type { OptionalNotice } from "../members/preferences.ts";
import type { Audience } from "./audience.ts";

/** One chat a broadcast goes to: a person's private chat (their user id) or a group chat. */
export interface Recipient {
  platform: string;
  chatId: string;
}

type Account = { platform: string; userId: string; mutedNotices: string };

/** The private chats of accounts, leaving out those who turned `notice` off. */
const people = (lists: Account[][], notice: OptionalNotice | null): Recipient[] =>
  lists
    .flat()
    .filter((m) => notice === null || !mutedNoticesOf(m.mutedNotices).includes(notice))
    .map((m) => ({ platform: m.platform, chatId: m.userId }));

/** The people of some classes: their pupils, the pupils' guardians and the class teachers. */
async function classPeople(
  db: Db | Tx,
  scope: ClassScope,
  notice: OptionalNotice | null,
): Promise<Recipient[]> {
  const [pupilsAndParents, teachers] = await Promise.all([
    findMembersOfPupils(db, scope, ["guardian", "self"]),
    findMembersOfTeachers(db, scope),
  ]);
  return people([pupilsAndParents, teachers], notice);
}

async function byRole(
  db: Db | Tx,
  role: string,
  notice: OptionalNotice | null,
): Promise<Recipient[]> {
  const members =
    role === "parents"
      ? await findMembersWithBinding(db, ["guardian"])
      : role === "students"
        ? await findMembersWithBinding(db, ["self"], "student")
        : await findMembersWithBinding(db, ["teacher"]);
  return people([members], notice);
}

function unique(list: Recipient[]): Recipient[] {
  const seen = new Map<string, Recipient>();
  for (const r of list) seen.set(`${r.platform}\u0000${r.chatId}`, r);
  return [...seen.values()];
}

/**
 * Every chat an audience reaches, each once (a parent of several pupils in a class gets one
 * message): "all" is every account with any binding; a role is guardian bindings (parents),
 * self bindings to students, or teacher bindings; a grade or class is its pupils, their
 * guardians and the teachers heading its classes; "groups" the linked class group chats.
 * With `notice`, accounts that turned that notice off are left out (a group chat never is).
 */
export async function findRecipients(
  db: Db | Tx,
  audience: Audience,
  notice: OptionalNotice | null = null,
): Promise<Recipient[]> {
  switch (audience.kind) {
    case "all":
      return unique(people([await findMembersWithBinding(db, null)], notice));
    case "role":
      return unique(await byRole(db, audience.role, notice));
    case "grade":
      return unique(await classPeople(db, { grade: audience.grade }, notice));
    case "class":
      return unique(await classPeople(db, { classId: audience.classId }, notice));
    case "groups": {
      const scope = {
        ...(audience.grade === undefined ? {} : { grade: audience.grade }),
        ...(audience.classId === undefined ? {} : { classId: audience.classId }),
      };
      return unique(await findClassGroups(db, scope));
    }
  }
}
