import type { Contact, Room } from "wechaty";
import type { InboundGate } from "../../src/gate/gate.ts";
import type { Inbound } from "../../src/messages.ts";
import { RecentlySeen } from "../../src/recently-seen.ts";
import type { ContactDirectory } from "./contact-directory.ts";
import { PLATFORM } from "./contact-directory.ts";
import type { RoomMembersChange } from "./room-events.ts";

/** How often a room's member list is read again (at its first message after this). */
const ROSTER_EVERY_MS = 86_400_000;

/**
 * Who is in the class rooms, told to the bot through the gate like a message (no text,
 * `members` set), so it is kept in order with the rooms' messages: people joining or leaving,
 * and a room's whole member list, read at the room's first message of the day (WeChat lets the
 * bot read it). Members are named by the identity key they already have (a bound parent's is
 * durable); nobody gets a key just for being in a room.
 */
export class RoomMembers {
  private readonly listRead: RecentlySeen;

  constructor(
    private readonly gate: InboundGate,
    private readonly directory: ContactDirectory,
    private readonly now: () => Date,
  ) {
    this.listRead = new RecentlySeen(now, ROSTER_EVERY_MS);
  }

  /** People joined or left a room. */
  async changed(roomId: string, change: RoomMembersChange): Promise<void> {
    const members = { joined: await this.keys(change.joined), left: await this.keys(change.left) };
    const who = [...members.joined, ...members.left];
    if (who.length === 0) return;
    await this.accept(roomId, `members:${roomId}:${change.at.getTime()}:${who.join(",")}`, {
      ...members,
    });
  }

  /** A message came from the room: its member list is read once a day. */
  async seen(room: Room): Promise<void> {
    if (this.listRead.seen(room.id)) return;
    const everyone = (await room.memberAll()).filter((c) => !c.self());
    const joined = await this.keys(everyone);
    await this.accept(room.id, `roster:${room.id}:${this.now().getTime()}`, {
      joined,
      left: [],
      complete: true,
    });
  }

  private async keys(list: Contact[]): Promise<string[]> {
    const keys = await Promise.all(list.map((c) => this.directory.knownKeyOf(c)));
    return keys.filter((k): k is string => k !== undefined);
  }

  private async accept(roomId: string, updateId: string, members: Inbound["members"] & object) {
    const inbound = {
      platform: PLATFORM,
      chatId: roomId,
      userId: members.joined[0] ?? members.left[0] ?? "",
      isGroup: true,
      members,
    };
    await this.gate.accept({ platform: PLATFORM, updateId, inbound });
  }
}
