import type { Contact, Room, RoomInvitation, Wechaty } from "wechaty";
import type { Logger } from "../../src/logger.ts";
import { hashId } from "./log-ids.ts";

export interface RoomWatch {
  log: Logger;
  /** Milliseconds to wait before accepting an invitation (WeChat watches instant answers). */
  pause: () => number;
  /** The bot is out of a room: forget the room's class link. */
  groupGone?: (roomId: string) => Promise<{ unlinked: boolean }>;
  /** Others joined or left a room the bot is in (who is known to be in a class group). */
  membersChanged?: (roomId: string, change: RoomMembersChange) => Promise<void>;
}

/** People who joined or left a room, and when WeChat says it happened. */
export interface RoomMembersChange {
  joined: Contact[];
  left: Contact[];
  at: Date;
}

/**
 * Room invitations are accepted, one at a time after a pause, so a teacher can invite the
 * library's account into a class group and link it (`/link 3-2`); being in a room gives it
 * nothing until then. When the bot is removed from a room, its class link is cleaned up; when
 * others join or leave, `membersChanged` is told. Logs
 * carry hashed ids only: no room topic, no names.
 */
export function watchRooms(wechaty: Wechaty, watch: RoomWatch) {
  let queue = Promise.resolve();
  wechaty.on("room-invite", (invitation: RoomInvitation) => {
    queue = queue.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, watch.pause()).unref());
      await acceptInvitation(invitation, watch.log);
    });
  });
  wechaty.on("room-join", (room: Room, joined: Contact[], _inviter: Contact, at?: Date) => {
    const change = { joined: joined.filter((c) => !c.self()), left: [], at: at ?? new Date() };
    queue = queue.then(() => membersChanged(room.id, change, watch));
  });
  wechaty.on("room-leave", (room: Room, leavers: Contact[], _remover?: Contact, at?: Date) => {
    if (leavers.some((c) => c.self())) {
      queue = queue.then(() => leftRoom(room.id, watch));
      return;
    }
    const change = { joined: [], left: leavers, at: at ?? new Date() };
    queue = queue.then(() => membersChanged(room.id, change, watch));
  });
  return { idle: () => queue };
}

async function acceptInvitation(invitation: RoomInvitation, log: Logger): Promise<void> {
  const id = hashId(invitation.id);
  try {
    await invitation.accept();
    log.info({ invitation: id }, "wechat room invitation accepted");
  } catch (err) {
    log.warn({ err, invitation: id }, "wechat room invitation not accepted");
  }
}

async function membersChanged(
  roomId: string,
  change: RoomMembersChange,
  watch: RoomWatch,
): Promise<void> {
  if (!watch.membersChanged || change.joined.length + change.left.length === 0) return;
  try {
    await watch.membersChanged(roomId, change);
  } catch (err) {
    watch.log.warn({ err, room: hashId(roomId) }, "wechat room members not noted");
  }
}

async function leftRoom(roomId: string, watch: RoomWatch): Promise<void> {
  const room = hashId(roomId);
  try {
    const { unlinked } = watch.groupGone ? await watch.groupGone(roomId) : { unlinked: false };
    watch.log.info({ room, unlinked }, "wechat removed from a room");
  } catch (err) {
    watch.log.error({ err, room }, "wechat room link not cleaned up");
  }
}
