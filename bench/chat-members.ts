import type { Library } from "../src/core/library.ts";
import {
  createBinding,
  findBinding,
  findMemberAccess,
  upsertMember,
} from "../src/db/member-repo.ts";
import { demoPlatform, demoUserIds } from "../src/demo/members.ts";
import type { DemoRole } from "../src/demo/members.ts";

/**
 * Makes `count` console chat members bound exactly like the demo member of `role` (a member
 * is one (platform, userId), so each simulated chat needs its own), through the same repos the
 * bind dialog uses. Returns their user ids, `bench-<role>-<i>`. Idempotent.
 */
export async function cloneDemoMember(
  lib: Library,
  role: DemoRole,
  count: number,
): Promise<string[]> {
  const model = await findMemberAccess(lib.db, demoPlatform, demoUserIds[role]);
  if (!model) throw new Error(`the bench database has no demo member ${demoUserIds[role]}`);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const userId = `bench-${role}-${i}`;
    const member = await upsertMember(lib.db, { platform: demoPlatform, userId });
    for (const b of model.bindings) {
      if (await findBinding(lib.db, member.id, b.kind, b.patronId)) continue;
      await createBinding(lib.db, { memberId: member.id, kind: b.kind, patronId: b.patronId });
    }
    ids.push(userId);
  }
  return ids;
}
