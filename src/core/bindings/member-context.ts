import type { Db } from "../../db/client.ts";
import { findMemberAccessRows, findMemberVersion } from "../../db/member-repo.ts";
import type { MemberAccessRow } from "../../db/member-repo.ts";
import type { Actor } from "../actor.ts";
import type { Library } from "../library.ts";

/** An actor of the given kind with no rights at all. */
export const noRights = (kind: "member" | "group"): Actor => ({
  kind,
  patronIds: [],
  classIds: [],
  isLibrarian: false,
  isStudentLibrarian: false,
});

/** What a message needs to know of the chat account that sent it. */
export interface MemberContext {
  actor: Actor;
  /** The account's chosen language, null when none is set (or the account is unknown). */
  locale: string | null;
}

function addRow(actor: Actor, patronIds: Set<number>, classIds: Set<number>, b: MemberAccessRow) {
  if (b.kind === "librarian") actor.isLibrarian = true;
  if (b.kind === "student_librarian") actor.isStudentLibrarian = true;
  if (b.patronId === null || b.isStudentLibrarian === null) return;
  if (b.kind === "self" || b.kind === "teacher") {
    actor.selfPatronId = b.patronId;
    if (b.isStudentLibrarian) actor.isStudentLibrarian = true;
  }
  if (b.kind === "self" || b.kind === "teacher" || b.kind === "guardian") patronIds.add(b.patronId);
  if (b.kind === "teacher" && b.classId !== null) classIds.add(b.classId);
}

/**
 * The contexts this process read, valid while the database's member version (a counter its
 * triggers raise in the transaction of every change to accounts, bindings, class teachers or
 * a patron's 小管 flag, whoever writes) stands where it was when they were read.
 */
interface ContextCache {
  version: number;
  byAccount: Map<string, MemberContext>;
}

const caches = new WeakMap<Db, ContextCache>();
/** Accounts remembered at most; past it the cache starts again. */
const maxCached = 4096;

/**
 * The actor of a chat account and its language (it runs on every message). Read from the
 * account and its bindings once, then remembered by this process while the database's member
 * version stands still: each call reads only that counter, so a binding revoked, a role
 * changed or a roster imported by any process counts from the next message on. The counter is
 * read before the account, so what is remembered is never older than the version it is kept
 * under. The actor comes from the bindings, never from
 * anything in a message: a self or teacher binding makes that patron the account's own
 * (selfPatronId, and in patronIds); guardian bindings add the children to patronIds; a
 * teacher sees the classes their patron heads (ClassTeacher); a librarian binding gives every
 * right; the self patron's 小管 flag makes a student librarian. An unknown account gets an
 * actor with no rights and no locale.
 */
export async function memberContext(
  lib: Library,
  who: { platform: string; userId: string },
): Promise<MemberContext> {
  const version = await findMemberVersion(lib.db);
  if (version === null) return readContext(lib, who);
  let cache = caches.get(lib.db);
  if (cache?.version !== version) {
    cache = { version, byAccount: new Map() };
    caches.set(lib.db, cache);
  }
  const key = `${who.platform}\n${who.userId}`;
  let context = cache.byAccount.get(key);
  if (!context) {
    context = await readContext(lib, who);
    if (cache.byAccount.size >= maxCached) cache.byAccount.clear();
    cache.byAccount.set(key, context);
  }
  // A copy: what the caller does with it never reaches the next message.
  const { actor } = context;
  return {
    actor: { ...actor, patronIds: [...actor.patronIds], classIds: [...actor.classIds] },
    locale: context.locale,
  };
}

async function readContext(
  lib: Library,
  who: { platform: string; userId: string },
): Promise<MemberContext> {
  const rows = await findMemberAccessRows(lib.db, who.platform, who.userId);
  const first = rows[0];
  if (!first) return { actor: noRights("member"), locale: null };
  const actor: Actor = { ...noRights("member"), memberId: first.memberId };
  const patronIds = new Set<number>();
  const classIds = new Set<number>();
  for (const row of rows) addRow(actor, patronIds, classIds, row);
  actor.patronIds = [...patronIds].sort((a, b) => a - b);
  actor.classIds = [...classIds].sort((a, b) => a - b);
  return { actor, locale: first.locale };
}
