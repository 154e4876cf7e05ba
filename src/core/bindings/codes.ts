import {
  countLiveCodes,
  createCodes,
  findPatronForCodes,
  findPupilsOfClass,
  findTeachers,
  revokeLiveCodes,
} from "../../db/binding-code-repo.ts";
import type { NewCode } from "../../db/binding-code-repo.ts";
import type { Tx } from "../../db/client.ts";
import { findClassByName } from "../../db/roster-repo.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import { dateIn } from "../dates.ts";
import type { IsoDate } from "../dates.ts";
import { parseClassName } from "../imports/grades.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { formatCode, hashCode, newCode } from "./code-text.ts";
import { runTransaction } from "../../db/transact.ts";

export type CodeKind = "parent" | "pupil" | "teacher" | "librarian";
export type CodeTarget =
  | { class: string }
  | { teachers: true }
  | { librarian: true }
  /** One pupil or teacher by card number: a lost slip, or someone new to a class. */
  | { card: string };

/** How many times each kind of code binds: a pupil's two guardians, everyone else once. */
export const CODE_MAX_USES: Record<CodeKind, number> = {
  parent: 2,
  pupil: 1,
  teacher: 1,
  librarian: 1,
};
export const CODE_VALID_DAYS = 30;

export interface IssueOptions {
  /**
   * Revoke live codes of the same patrons and kinds and issue new ones (default). With false,
   * live codes are left alone and the issue is refused `already_issued` with `{ live }`, so
   * slips already printed keep working until someone asks for a reissue on purpose.
   */
  reissue?: boolean;
}

export interface CodeSlip {
  /** The pupil or teacher the slip is for; null on the librarian's slip. */
  patron: { id: number; name: string; cardNumber: string; className: string } | null;
  /** Plaintext codes in print form ("K7QX-M2PD"): they exist only here, never in the database. */
  codes: { kind: CodeKind; code: string; maxUses: number }[];
  expiresAt: Date;
  expiresOn: IsoDate;
}

interface SlipTarget {
  patron: CodeSlip["patron"];
  kinds: CodeKind[];
}

type Targets = { subject: string; targets: SlipTarget[] };

/** The one pupil (parent and pupil codes) or teacher (teacher code) with this card. */
async function cardTarget(tx: Tx, card: string): Promise<Targets | undefined> {
  const p = await findPatronForCodes(tx, card.trim());
  if (!p || (p.role !== "student" && p.role !== "teacher")) return undefined;
  const { id, name, cardNumber } = p;
  const pupil = p.role === "student";
  const className = pupil ? (p.class?.name ?? "") : p.headOf.map((h) => h.class.name).join("、");
  const kinds: CodeKind[] = pupil ? ["parent", "pupil"] : ["teacher"];
  return {
    subject: `patron:${id}`,
    targets: [{ patron: { id, name, cardNumber, className }, kinds }],
  };
}

/** Who gets a slip, and the audit subject naming them by id. */
async function targetsOf(
  tx: Tx,
  target: CodeTarget,
): Promise<Targets | "unknown_class" | "unknown_card"> {
  if ("card" in target) return (await cardTarget(tx, target.card)) ?? "unknown_card";
  if ("librarian" in target)
    return { subject: "librarian", targets: [{ patron: null, kinds: ["librarian"] }] };
  if ("teachers" in target) {
    const targets = (await findTeachers(tx)).map(({ headOf, ...p }): SlipTarget => ({
      patron: { ...p, className: headOf.map((h) => h.class.name).join("、") },
      kinds: ["teacher"],
    }));
    return { subject: "teachers", targets };
  }
  const ref = parseClassName(target.class);
  const cls = ref ? await findClassByName(tx, ref.name) : null;
  if (!cls) return "unknown_class";
  const targets = (await findPupilsOfClass(tx, cls.id)).map((p): SlipTarget => ({
    patron: { ...p, className: cls.name },
    kinds: ["parent", "pupil"],
  }));
  return { subject: `class:${cls.id}`, targets };
}

/** Live codes (unrevoked, unexpired, a use left) of the targets' patrons and kinds. */
function liveCodesOf(tx: Tx, targets: readonly SlipTarget[], now: Date): Promise<number> {
  const [first] = targets;
  if (!first) return Promise.resolve(0);
  const ids = targets.flatMap((t) => (t.patron ? [t.patron.id] : []));
  return countLiveCodes(tx, first.patron ? ids : null, first.kinds, now);
}

async function issueFor(tx: Tx, t: SlipTarget, now: Date, expiresAt: Date) {
  const patronId = t.patron?.id ?? null;
  await revokeLiveCodes(tx, patronId, t.kinds, now);
  const codes = t.kinds.map((kind) => ({ kind, code: newCode(), maxUses: CODE_MAX_USES[kind] }));
  const rows: NewCode[] = codes.map((c) => ({
    codeHash: hashCode(c.code),
    kind: c.kind,
    patronId,
    maxUses: c.maxUses,
    expiresAt,
  }));
  await createCodes(tx, rows);
  return codes.map((c) => ({ ...c, code: formatCode(c.code) }));
}

/**
 * Issues binding-code slips: for a class ("3-2" or "3年2班") a parent code (2 uses) and a pupil
 * code (1 use) per pupil; for `teachers` one code each; for `librarian` one code tied to no
 * patron. Codes expire after 30 days and are stored only as hashes; issuing again for the same
 * patron and kind revokes the earlier live codes, so a lost slip is fixed by printing a new one;
 * `{ reissue: false }` refuses instead while any is live (`already_issued`, detail `live`).
 * `{ card }` issues for one pupil or teacher, so one lost slip costs nobody else theirs.
 * Librarian or system only; refusals `not_librarian`, `unknown_class`, `unknown_card`,
 * `already_issued`.
 */
export async function issueCodes(
  lib: Library,
  actor: Actor,
  target: CodeTarget,
  options: IssueOptions = {},
): Promise<
  Result<CodeSlip[], "not_librarian" | "unknown_class" | "unknown_card" | "already_issued">
> {
  if (!actor.isLibrarian) return refuse("not_librarian");
  const now = lib.now();
  const expiresAt = new Date(now.getTime() + CODE_VALID_DAYS * 86_400_000);
  const expiresOn = dateIn(lib.timezone, expiresAt);
  return runTransaction(lib.db, async (tx) => {
    const found = await targetsOf(tx, target);
    if (typeof found === "string") return refuse(found);
    if (options.reissue === false) {
      const live = await liveCodesOf(tx, found.targets, now);
      if (live > 0) return refuse("already_issued", { live });
    }
    const slips: CodeSlip[] = [];
    for (const t of found.targets) {
      slips.push({
        patron: t.patron,
        codes: await issueFor(tx, t, now, expiresAt),
        expiresAt,
        expiresOn,
      });
    }
    await audit(tx, actor, "codes.issue", found.subject, { slips: slips.length });
    return ok(slips);
  });
}
