import type { Db, Tx } from "../../db/client.ts";
import {
  findClassGroups,
  findMembersOfPupils,
  findMembersOfTeachers,
  findMembersWithBinding,
} from "../../db/broadcast-repo.ts";
import type { ClassScope } from "../../db/broadcast-repo.ts";
import type { Audience } from "./audience.ts";

/** One chat a broadcast goes to: a person's private chat (their user id) or a group chat. */
export interface Recipient {
  platform: string;
  chatId: string;
}

type Account = { platform: string; userId: string };

const people = (lists: Account[][]): Recipient[] =>
  lists.flat().map((m) => ({ platform: m.platform, chatId: m.userId }));

/** The people of some classes: their pupils, the pupils' guardians and the class teachers. */
async function classPeople(db: Db | Tx, scope: ClassScope): Promise<Recipient[]> {
  const [pupilsAndParents, teachers] = await Promise.all([
    findMembersOfPupils(db, scope, ["guardian", "self"]),
    findMembersOfTeachers(db, scope),
  ]);
  return people([pupilsAndParents, teachers]);
}

async function byRole(db: Db | Tx, role: string): Promise<Recipient[]> {
  if (role === "parents") return people([await findMembersWithBinding(db, ["guardian"])]);
  if (role === "students") return people([await findMembersWithBinding(db, ["self"], "student")]);
  return people([await findMembersWithBinding(db, ["teacher"])]);
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
 */
export async function findRecipients(db: Db | Tx, audience: Audience): Promise<Recipient[]> {
  switch (audience.kind) {
    case "all":
      return unique(people([await findMembersWithBinding(db, null)]));
    case "role":
      return unique(await byRole(db, audience.role));
    case "grade":
      return unique(await classPeople(db, { grade: audience.grade }));
    case "class":
      return unique(await classPeople(db, { classId: audience.classId }));
    case "groups": {
      const scope = {
        ...(audience.grade === undefined ? {} : { grade: audience.grade }),
        ...(audience.classId === undefined ? {} : { classId: audience.classId }),
      };
      return unique(await findClassGroups(db, scope));
    }
  }
}
