import { upsertMemberSettings } from "../../db/settings-repo.ts";
import type { SettingsChange } from "../../db/settings-repo.ts";
import type { Actor } from "../actor.ts";
import { audit } from "../audit.ts";
import type { Library } from "../library.ts";
import { ok, refuse } from "../result.ts";
import type { Result } from "../result.ts";
import { isOptionalNotice, mutedNoticesOf, optionalNotices } from "./preferences.ts";
import type { OptionalNotice, Preferences } from "./preferences.ts";
import { runTransaction } from "../../db/transact.ts";

/** The languages a member can choose; the dialogs' text tables exist for exactly these. */
export const supportedLocales = ["zh-CN", "en"] as const;

/** A chat account as the platform identifies it (the adapter vouches for it, as for binding). */
export interface AccountRef {
  platform: string;
  userId: string;
}

const quietPattern = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;

/** True for "HH:mm-HH:mm" with two different times (a window may cross midnight). */
export function isQuietHours(value: string): boolean {
  const m = quietPattern.exec(value);
  return m !== null && `${m[1]}:${m[2]}` !== `${m[3]}:${m[4]}`;
}

function toPreferences(row: {
  locale: string | null;
  quietHours: string | null;
  mutedNotices: string;
}): Preferences {
  return {
    locale: row.locale,
    quietHours: row.quietHours,
    muted: mutedNoticesOf(row.mutedNotices),
  };
}

/**
 * Applies a change to the account's row (creating it for an account that never bound) and
 * audits it in the same transaction. `compute` sees the current muted list, so a toggle never
 * loses a concurrent one.
 */
async function write(
  lib: Library,
  who: AccountRef,
  action: string,
  compute: (muted: OptionalNotice[]) => SettingsChange,
  detail: Record<string, unknown>,
): Promise<Preferences> {
  return runTransaction(lib.db, async (tx) => {
    const current = toPreferences(await upsertMemberSettings(tx, who, {}));
    const row = await upsertMemberSettings(tx, who, compute(current.muted));
    const actor: Actor = {
      kind: "member",
      memberId: row.id,
      patronIds: [],
      classIds: [],
      isLibrarian: false,
      isStudentLibrarian: false,
    };
    await audit(tx, actor, action, `member:${row.id}`, detail);
    return toPreferences(row);
  });
}

/**
 * Sets the language replies come in ("zh-CN" or "en"). Settings belong to the chat account,
 * bound or not, so the account comes from the platform identity like binding does.
 * Refusal `unknown_locale`.
 */
export async function setLocale(
  lib: Library,
  who: AccountRef,
  locale: string,
): Promise<Result<Preferences, "unknown_locale">> {
  if (!(supportedLocales as readonly string[]).includes(locale)) return refuse("unknown_locale");
  return ok(await write(lib, who, "member.locale", () => ({ locale }), { locale }));
}

/**
 * Sets the account's quiet hours ("21:00-07:00", may cross midnight) or, with null, goes back
 * to the school default. Pushes wait until the window ends. Refusal `bad_quiet_hours`.
 */
export async function setQuietHours(
  lib: Library,
  who: AccountRef,
  quietHours: string | null,
): Promise<Result<Preferences, "bad_quiet_hours">> {
  if (quietHours !== null && !isQuietHours(quietHours)) return refuse("bad_quiet_hours");
  const change = () => ({ quietHours });
  return ok(await write(lib, who, "member.quiet_hours", change, { quietHours }));
}

/**
 * Turns one optional notice kind off (`muted` true) or back on. Overdue and hold notices are
 * not optional (docs/users.md): asking to mute them is refused with `not_optional`.
 */
export async function setNoticeMuted(
  lib: Library,
  who: AccountRef,
  input: { kind: string; muted: boolean },
): Promise<Result<Preferences, "not_optional">> {
  const { kind, muted } = input;
  if (!isOptionalNotice(kind)) return refuse("not_optional");
  const change = (current: OptionalNotice[]) => {
    const next = optionalNotices.filter((n) => (n === kind ? muted : current.includes(n)));
    return { mutedNotices: next.join(",") };
  };
  return ok(await write(lib, who, "member.notice", change, { kind, muted }));
}
