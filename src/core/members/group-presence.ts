import {
  dropGroupMembers,
  keepOnlyGroupMembers,
  noteGroupMembers,
} from "../../db/group-member-repo.ts";
import type { Library } from "../library.ts";
import { RecentlySeen } from "../../recently-seen.ts";

/** A message or membership event in a group chat, as the presence record needs it. */
export interface GroupEvent {
  platform: string;
  chatId: string;
  userId: string;
  /** Accounts that joined or left (a platform's service event); absent for a message. */
  members?: { joined: string[]; left: string[]; complete?: boolean };
}

/**
 * Who is known to be in which group chat, so a class-wide notice can skip the private copy
 * for a guardian who reads it in the class group: the writer of a group message (noted at
 * most once a day per group and account), accounts joining or leaving, and a group's whole
 * member list where the platform lets the bot read it.
 */
export class GroupPresence {
  private readonly noted: RecentlySeen;

  constructor(private readonly lib: Library) {
    this.noted = new RecentlySeen(lib.now, 86_400_000);
  }

  async note(e: GroupEvent): Promise<void> {
    const group = { platform: e.platform, chatId: e.chatId };
    if (e.members) {
      // The one who added or removed someone is not noted: someone who left writes this too.
      await noteGroupMembers(this.lib.db, group, e.members.joined, this.lib.now());
      if (e.members.complete) await keepOnlyGroupMembers(this.lib.db, group, e.members.joined);
      else await dropGroupMembers(this.lib.db, group, e.members.left);
      return;
    }
    if (this.noted.seen(`${e.platform}:${e.chatId}:${e.userId}`)) return;
    await noteGroupMembers(this.lib.db, group, [e.userId], this.lib.now());
  }
}
