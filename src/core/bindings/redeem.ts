import { findCodeByHash, takeCodeUse } from "../../db/binding-code-repo.ts";
import {
  addBindFailure,
  createBinding,
  findBinding,
  setBindLock,
  upsertMember,
} from "../../db/member-repo.ts";
import type { MemberIdentity } from "../../db/member-repo.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { hashCode, normalizeCode } from "./code-text.ts";
import { maskName } from "./mask-name.ts";
import { runTransaction } from "../../db/transact.ts";

/** Wrong codes allowed before the account is locked out of binding for a while. */
export const MAX_BIND_FAILURES = 5;
export const BIND_LOCK_MINUTES = 15;

export type BindingKind = "self" | "guardian" | "teacher" | "librarian" | "student_librarian";
export type RedeemRefusal = "locked" | "invalid_code" | "expired" | "used_up";

export interface Redeemed {
  kind: BindingKind;
  patronId?: number;
  /** The bound pupil's or teacher's name with its middle hidden ("张*明"); "" for the librarian. */
  maskedName: string;
  className?: string;
}

const bindingKinds: Record<string, BindingKind> = {
  parent: "guardian",
  pupil: "self",
  teacher: "teacher",
  librarian: "librarian",
  student_librarian: "student_librarian",
};

type FoundCode = NonNullable<Awaited<ReturnType<typeof findCodeByHash>>>;

function redeemed(kind: BindingKind, code: FoundCode): Redeemed {
  const out: Redeemed = { kind, maskedName: code.patron ? maskName(code.patron.name) : "" };
  if (code.patronId !== null) out.patronId = code.patronId;
  if (code.patron?.class) out.className = code.patron.class.name;
  return out;
}

/** The account redeeming a code, as the actor of its audit rows. */
const memberActor = (memberId: number): Actor => ({
  kind: "member",
  memberId,
  patronIds: [],
  classIds: [],
  isLibrarian: false,
  isStudentLibrarian: false,
});

/**
 * Counts a failed attempt; the fifth in a row locks binding for 15 minutes and says so. Each
 * failure and each lock-out leaves an audit row (the reason, and the code's id when it was a
 * real code: never the code typed, nor whose slip it is).
 */
async function fail(
  lib: Library,
  memberId: number,
  code: Exclude<RedeemRefusal, "locked">,
  codeId?: number,
) {
  const actor = memberActor(memberId);
  const subject = `member:${memberId}`;
  return runTransaction(lib.db, async (tx) => {
    const failures = await addBindFailure(tx, memberId);
    const which = codeId === undefined ? {} : { codeId };
    await audit(tx, actor, "binding.fail", subject, { reason: code, failures, ...which });
    if (failures < MAX_BIND_FAILURES) return refuse(code);
    const until = new Date(lib.now().getTime() + BIND_LOCK_MINUTES * 60_000);
    await setBindLock(tx, memberId, until);
    await audit(tx, actor, "binding.lockout", subject, { until: until.toISOString(), failures });
    return refuse("locked", { until: until.toISOString() });
  });
}

/** Takes a use and binds, in one transaction; undefined when the last use went elsewhere. */
async function bind(lib: Library, memberId: number, kind: BindingKind, code: FoundCode) {
  const actor = memberActor(memberId);
  return runTransaction(lib.db, async (tx) => {
    if (!(await takeCodeUse(tx, code.id, lib.now()))) return undefined;
    const binding = await createBinding(tx, { memberId, kind, patronId: code.patronId });
    await setBindLock(tx, memberId, null);
    await audit(tx, actor, "binding.create", `binding:${binding.id}`, {
      kind,
      patronId: code.patronId,
      codeId: code.id,
    });
    return binding;
  });
}

/**
 * Binds a chat account with a code from a slip ("绑定 K7QX-M2PD"; case and dash do not matter).
 * A parent code makes the account a guardian of the pupil, a pupil code the pupil themself, a
 * teacher code the teacher, a librarian code the librarian. Redeeming a code the account is
 * already bound by answers ok again without using it up. Every failure counts: the fifth in a
 * row locks binding for 15 minutes (`locked` with `until`), which makes guessing hopeless;
 * every failure and lock-out leaves an audit row.
 * The use is taken with a conditional update, so parallel redemptions never exceed maxUses.
 */
export async function redeemCode(
  lib: Library,
  who: MemberIdentity,
  input: string,
): Promise<Result<Redeemed, RedeemRefusal>> {
  const member = await upsertMember(lib.db, who);
  if (member.bindLockedUntil && member.bindLockedUntil > lib.now()) {
    return refuse("locked", { until: member.bindLockedUntil.toISOString() });
  }
  const canonical = normalizeCode(input);
  const code = canonical ? await findCodeByHash(lib.db, hashCode(canonical)) : null;
  const kind = code ? bindingKinds[code.kind] : undefined;
  if (!code || !kind || code.revokedAt) return fail(lib, member.id, "invalid_code");
  if (await findBinding(lib.db, member.id, kind, code.patronId)) return ok(redeemed(kind, code));
  if (code.expiresAt <= lib.now()) return fail(lib, member.id, "expired", code.id);
  if (code.uses >= code.maxUses) return fail(lib, member.id, "used_up", code.id);
  try {
    if (!(await bind(lib, member.id, kind, code))) {
      return fail(lib, member.id, "used_up", code.id);
    }
  } catch (e) {
    // The same account redeeming twice at once: the unique binding lets only one through.
    if (!(await findBinding(lib.db, member.id, kind, code.patronId))) throw e;
  }
  return ok(redeemed(kind, code));
}
