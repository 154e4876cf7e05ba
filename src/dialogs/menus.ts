import { memberContext } from "../core/bindings/member-context.ts";
import type { Library } from "../core/library.ts";
import { findAccountsOfPatrons, findStaffUserIds } from "../db/staff-member-repo.ts";
import { isLocale } from "../locale.ts";
import type { Locale } from "../locale.ts";
import { rolesOf, staffRoles } from "./commands.ts";
import type { DialogDeps } from "./intent.ts";
import type { Role } from "./commands.ts";

/** What a platform needs to show one account its own command menu. */
export interface AccountMenu {
  userId: string;
  roles: Role[];
  /** The language the account picked (设置), or null for the platform's default. */
  locale: Locale | null;
}

/** Whether any of these roles is a staff role (its commands are shown only to that account). */
export function hasStaffRole(roles: readonly Role[]): boolean {
  return roles.some((r) => staffRoles.includes(r));
}

/** The roles and language of one account, from its bindings. */
export async function menuOf(
  lib: Library,
  who: { platform: string; userId: string },
): Promise<AccountMenu> {
  const { actor, locale } = await memberContext(lib, who);
  return { userId: who.userId, roles: rolesOf(actor), locale: isLocale(locale) ? locale : null };
}

/** Every account on a platform that holds a staff role today, with its menu. */
export async function staffMenus(lib: Library, platform: string): Promise<AccountMenu[]> {
  const ids = await findStaffUserIds(lib.db, platform);
  const menus = await Promise.all(ids.map((userId) => menuOf(lib, { platform, userId })));
  return menus.filter((m) => hasStaffRole(m.roles));
}

/** Tells the platforms that the accounts bound to a pupil may have new roles. */
export async function rolesChangedOfPupil(deps: DialogDeps, patronId: number): Promise<void> {
  const changed = deps.hooks.rolesChanged;
  if (!changed) return;
  for (const who of await findAccountsOfPatrons(deps.lib.db, [patronId])) await changed(who);
}
