import { WechatyImpl } from "wechaty/impls";
import type { Message, Room, Wechaty } from "wechaty";
import type { Library } from "../../src/core/library.ts";
import type { Bot } from "../../src/dialogs/bot.ts";
import type { InboundGate } from "../../src/gate/gate.ts";
import { identityKeys } from "../../src/dialogs/identity-keys.ts";
import type { Locale } from "../../src/locale.ts";
import type { Logger } from "../../src/logger.ts";
import { ContactDirectory, PLATFORM } from "./contact-directory.ts";
import { acceptFriendRequests, humanPause } from "./friendships.ts";
import type { ContactIds } from "./contact-directory.ts";
import { takeMessage } from "./handle-message.ts";
import type { MessageDeps } from "./handle-message.ts";
import { hashId } from "./log-ids.ts";
import { watchLogin } from "./login-events.ts";
import { watchRooms } from "./room-events.ts";
import { RoomMembers } from "./room-members.ts";
import { contactIdsOf, wechatyOptions } from "./puppet.ts";
import type { PuppetChoice } from "./puppet.ts";
import { WECHAT_MAX_CHARS } from "./render.ts";
import { createWechatSender } from "./sender.ts";
import type { SendPort } from "../../src/outbox/ports.ts";

export interface StartWechatOptions {
  /** A puppet package name (WECHATY_PUPPET) or, in tests, a puppet instance. */
  puppet: PuppetChoice;
  /** WECHATY_PUPPET_SERVICE_TOKEN, for wechaty-puppet-service. */
  puppetToken?: string;
  bot: Bot;
  /** Where every message goes: stored, handled once in conversation order, answered. */
  gate: InboundGate;
  lib: Library;
  log: Logger;
  /** The language of "text only"; default zh-CN. */
  locale?: Locale;
  /** Whether contact ids survive a re-login; default from the puppet's name. */
  contactIds?: ContactIds;
  maxChars?: number;
  /**
   * Keeps the puppet's login session in `<name>.memory-card.json` (no scan after a restart);
   * a path (DATA_DIR/wechat/<name>) gets its folder made, open to the owner only.
   */
  sessionName?: string;
  /** Where the login QR code is drawn; default stderr. */
  printQr?: (drawing: string) => void;
  /** Milliseconds to wait before accepting each friend request; default 3–10 s. */
  friendPause?: () => number;
  /** The bot was removed from a room: forget the room's class link. */
  groupGone?: (roomId: string) => Promise<{ unlinked: boolean }>;
}

export interface WechatHandle {
  wechaty: Wechaty;
  /** The send port for the outbox (shares this login's contact mapping). */
  sender: SendPort;
  /** Resolves once no message or friend request is queued or being answered. */
  idle(): Promise<void>;
  /** Stops taking messages, finishes the ones in hand, stops the puppet. */
  stop(): Promise<void>;
}

/**
 * Serves the bot on WeChat through wechaty: each message is handed to the inbound gate, which
 * handles it once, in order within its conversation, and sends the replies through this
 * login's sender (the outbox's too). Never rejects: a puppet that fails to start or drops later
 * is logged and the process keeps running.
 */
export async function startWechat(opts: StartWechatOptions): Promise<WechatHandle> {
  const { lib, log } = opts;
  const wechaty: Wechaty = new WechatyImpl(wechatyOptions(opts));
  const directory = new ContactDirectory({
    keys: identityKeys(lib),
    log,
    contactIds: opts.contactIds ?? contactIdsOf(opts.puppet),
    setRemark: (id, remark) => setRemark(wechaty, id, remark),
  });
  const rooms = new RoomMembers(opts.gate, directory, lib.now);
  const printQr = opts.printQr ?? ((drawing: string) => void process.stderr.write(drawing + "\n"));
  watchLogin(wechaty, { log, printQr, onSessionChange: () => directory.reset() });
  watchRooms(wechaty, {
    log,
    pause: opts.friendPause ?? humanPause,
    ...(opts.groupGone ? { groupGone: opts.groupGone } : {}),
    membersChanged: (roomId, change) => rooms.changed(roomId, change),
  });
  const locale = opts.locale ?? "zh-CN";
  const friends = acceptFriendRequests(wechaty, {
    log,
    locale,
    pause: opts.friendPause ?? humanPause,
  });
  const anchoring = new Set<Promise<void>>();
  const afterAnswer = (chatId: string, then: () => Promise<void>) => {
    const run = opts.gate.settled(PLATFORM, chatId).then(then);
    anchoring.add(run);
    void run.finally(() => anchoring.delete(run));
  };
  const roomSeen = (room: Room) =>
    void rooms.seen(room).catch((err: unknown) => {
      log.warn({ err, room: hashId(room.id) }, "wechat room members not read");
    });
  const deps: MessageDeps = { gate: opts.gate, directory, log, locale, afterAnswer, roomSeen };
  const sender = createWechatSender(wechaty, {
    directory,
    maxChars: opts.maxChars ?? WECHAT_MAX_CHARS,
  });
  opts.gate.register(PLATFORM, {
    handle: (inbound, scope) => opts.bot.handle(inbound, scope),
    port: sender,
  });
  // Messages are taken in one after another, so the gate stores them in the order they came.
  let intake: Promise<void> = Promise.resolve();
  let closed = false;
  wechaty.on("message", (message) => {
    if (!closed) intake = intake.then(() => take(deps, message));
  });
  await wechaty.start().catch((err: unknown) => log.error({ err }, "wechat did not start"));
  let stopping: Promise<void> | undefined;
  return {
    wechaty,
    sender,
    idle: async () => {
      await intake;
      await friends.idle();
      await opts.gate.idle();
      await Promise.allSettled([...anchoring]);
    },
    stop() {
      stopping ??= (async () => {
        closed = true;
        friends.stop();
        await intake;
        await wechaty.stop().catch((err: unknown) => log.warn({ err }, "wechat stop failed"));
      })();
      return stopping;
    },
  };
}

async function take(deps: MessageDeps, message: Message): Promise<void> {
  const id = hashId(message.id);
  try {
    const outcome = await takeMessage(deps, message);
    deps.log.debug({ message: id, outcome }, "wechat message");
  } catch (err) {
    deps.log.error({ err, message: id }, "wechat message not taken in");
  }
}

/** Writes a remark and reads it back: some puppets accept a write the server then drops. */
async function setRemark(wechaty: Wechaty, contactId: string, remark: string): Promise<void> {
  await wechaty.puppet.contactAlias(contactId, remark);
  await wechaty.puppet.contactPayloadDirty(contactId);
  const stored = (await wechaty.puppet.contactPayload(contactId)).alias;
  if (stored !== remark) throw new Error("the remark did not stick");
}
