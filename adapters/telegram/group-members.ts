import type { Telegram } from "telegraf";
import type { Library } from "../../src/core/library.ts";
import { accountsToLookFor } from "../../src/dialogs/group-accounts.ts";
import type { InboundGate } from "../../src/gate/gate.ts";
import type { Logger } from "../../src/logger.ts";
import { RecentlySeen } from "../../src/recently-seen.ts";

const PLATFORM = "telegram";
/** How often a group's members are looked up again (at its first update after this). */
const LOOK_EVERY_MS = 86_400_000;
/** The most accounts looked up in one group at a time (one API call each). */
const MOST_LOOKED_UP = 200;

export interface GroupMembersDeps {
  telegram: Telegram;
  gate: InboundGate;
  lib: Library;
  log: Logger;
  botId: number;
}

/**
 * Telegram tells a bot in privacy mode nothing of a group's members who never address it, but
 * answers getChatMember for a user it knows: at a class group's first update of the day, each
 * bound account of the class (pupils, parents) is looked up there, and the answer reaches the
 * bot through the gate like a message (`members`), in order with the group's updates.
 */
export class GroupMembersLookup {
  private readonly looked: RecentlySeen;

  constructor(private readonly deps: GroupMembersDeps) {
    this.looked = new RecentlySeen(deps.lib.now, LOOK_EVERY_MS);
  }

  /** An update came from a group. Never throws (a failure is logged). */
  async seen(chatId: string): Promise<void> {
    if (this.looked.seen(chatId)) return;
    try {
      await this.lookUp(chatId, this.deps.lib.now().getTime());
    } catch (err) {
      this.deps.log.warn({ err }, "telegram group members not looked up");
    }
  }

  private async lookUp(chatId: string, now: number): Promise<void> {
    const accounts = await accountsToLookFor(this.deps.lib, { platform: PLATFORM, chatId });
    const joined: string[] = [];
    const left: string[] = [];
    for (const userId of accounts.slice(0, MOST_LOOKED_UP)) {
      const inGroup = await this.isMember(chatId, userId);
      if (inGroup !== undefined) (inGroup ? joined : left).push(userId);
    }
    if (joined.length + left.length === 0) return;
    const members = { joined, left };
    await this.deps.gate.accept({
      platform: PLATFORM,
      updateId: `${this.deps.botId}:members:${chatId}:${now}`,
      inbound: {
        platform: PLATFORM,
        chatId,
        userId: joined[0] ?? left[0] ?? "",
        isGroup: true,
        members,
      },
    });
  }

  /** True when in the group, false when not (or a user Telegram does not know), else undefined. */
  private async isMember(chatId: string, userId: string): Promise<boolean | undefined> {
    try {
      const m = await this.deps.telegram.getChatMember(Number(chatId), Number(userId));
      if (m.status === "restricted") return m.is_member;
      return m.status === "creator" || m.status === "administrator" || m.status === "member";
    } catch (err) {
      const description = (err as { response?: { description?: string } }).response?.description;
      return /user not found|PARTICIPANT_ID_INVALID/i.test(description ?? "") ? false : undefined;
    }
  }
}
