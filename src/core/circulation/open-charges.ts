import { findOpenCharges } from "../../db/charge-repo.ts";
import type { Actor } from "../actor.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";

/** A lost or damaged book not yet paid for or waived. */
export interface OpenCharge {
  chargeId: number;
  kind: "lost" | "damaged";
  amountCents: number;
  patronName: string;
  className: string | null;
  title: string;
  barcode: string;
}

/** Librarian only: every open charge, oldest first (what the 赔偿 list settles). */
export async function listOpenCharges(
  lib: Library,
  actor: Actor,
): Promise<Result<OpenCharge[], "not_librarian">> {
  if (!actor.isLibrarian || actor.kind === "group") return refuse("not_librarian");
  const rows = await findOpenCharges(lib.db);
  return ok(
    rows.map((r) => ({
      chargeId: r.id,
      kind: r.kind === "lost" ? "lost" : "damaged",
      amountCents: r.amountCents,
      patronName: r.patron.name,
      className: r.patron.class?.name ?? null,
      title: r.copy.title.title,
      barcode: r.copy.barcode,
    })),
  );
}
