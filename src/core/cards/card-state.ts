import type { Tx } from "../../db/client.ts";
import { countOpenLoansDueOnOrBefore } from "../../db/loan-repo.ts";
import { addDays } from "../dates.ts";
import { today } from "../library.ts";
import type { Library } from "../library.ts";

/** Card statuses that block loans, renewals and holds until the librarian acts. */
export const blockedStatuses = ["lost", "confiscated"] as const;

/** The longest card number the desk takes. */
export const MAX_CARD_NUMBER = 32;

/**
 * The status a card goes back to when it is usable again (reissued or returned): suspended
 * while a loan is `policy.suspendAfterOverdueDays` late (以停代金 goes on), active otherwise.
 */
export async function usableStatus(
  tx: Tx,
  lib: Library,
  patronId: number,
): Promise<{ status: "active" | "suspended"; suspendedAt: Date | null }> {
  const by = addDays(today(lib), -Math.max(1, lib.policy.suspendAfterOverdueDays));
  const late = await countOpenLoansDueOnOrBefore(tx, patronId, by);
  return late > 0
    ? { status: "suspended", suspendedAt: lib.now() }
    : { status: "active", suspendedAt: null };
}

/** A card number as typed or scanned: trimmed; undefined when empty or too long or spaced. */
export function cleanCardNumber(raw: string): string | undefined {
  const s = raw.trim();
  if (s.length === 0 || s.length > MAX_CARD_NUMBER || /\s/.test(s)) return undefined;
  return s;
}
