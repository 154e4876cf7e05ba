import type { Contact } from "wechaty";
import type { InboundGate } from "../../src/gate/gate.ts";
import type { ContactDirectory } from "./contact-directory.ts";
import { PLATFORM } from "./contact-directory.ts";
import type { RoomMembersChange } from "./room-events.ts";

/**
 * People joining or leaving a room reach the bot through the gate like a message (no text,
 * `members` set), so the record of who is in a class group is kept in order with the room's
 * messages.
 */
export async function acceptMembersChange(
  gate: InboundGate,
  directory: ContactDirectory,
  roomId: string,
  change: RoomMembersChange,
): Promise<void> {
  const keys = (list: Contact[]) => Promise.all(list.map((c) => directory.keyOf(c)));
  const members = { joined: await keys(change.joined), left: await keys(change.left) };
  const who = [...members.joined, ...members.left];
  const updateId = `members:${roomId}:${change.at.getTime()}:${who.join(",")}`;
  const inbound = {
    platform: PLATFORM,
    chatId: roomId,
    userId: who[0] ?? "",
    isGroup: true,
    members,
  };
  await gate.accept({ platform: PLATFORM, updateId, inbound });
}
