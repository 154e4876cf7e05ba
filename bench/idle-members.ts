import type { Library } from "../src/core/library.ts";
import { stableIdKey } from "../src/core/members/identity.ts";
import {
  createBinding,
  findBinding,
  findMemberAccess,
  upsertMember,
} from "../src/db/member-repo.ts";
import { demoPlatform, demoUserIds } from "../src/demo/members.ts";

/** The Telegram user the idle bench writes as (the fake Bot API's private chat has this id). */
export const idleTelegramUserId = 9_000_001;

/** The WeChat contact the idle bench writes as, on the mock puppet (a wxid-style stable id). */
export const idleWechatContactId = "wxid_bench_parent";

/**
 * Binds the Telegram user and the WeChat contact of the idle bench exactly like demo-parent
 * (guardian of two pupils), through the repos the bind dialog uses, so their messages reach
 * the search and loan dialogs rather than the "please bind" answer. Idempotent.
 */
export async function bindIdleMembers(lib: Library): Promise<void> {
  const model = await findMemberAccess(lib.db, demoPlatform, demoUserIds.parent);
  if (!model) throw new Error(`the bench database has no demo member ${demoUserIds.parent}`);
  const accounts = [
    { platform: "telegram", userId: String(idleTelegramUserId) },
    { platform: "wechat", userId: stableIdKey(idleWechatContactId) },
  ];
  for (const who of accounts) {
    const member = await upsertMember(lib.db, who);
    for (const b of model.bindings) {
      if (await findBinding(lib.db, member.id, b.kind, b.patronId)) continue;
      await createBinding(lib.db, { memberId: member.id, kind: b.kind, patronId: b.patronId });
    }
  }
}
