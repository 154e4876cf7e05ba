import type { EventEmitter } from "node:events";
import type { FileBoxInterface } from "file-box";
import { types } from "wechaty";
import { mock, PuppetMock } from "wechaty-puppet-mock";
import type { ContactIds } from "../../../adapters/wechat/contact-directory.ts";
import { startWechat } from "../../../adapters/wechat/start.ts";
import type { StartWechatOptions, WechatHandle } from "../../../adapters/wechat/start.ts";
import type { Library } from "../../../src/core/library.ts";
import { dialogAreas } from "../../../src/dialogs/areas.ts";
import { Bot } from "../../../src/dialogs/bot.ts";
import { memoryLogger, waitFor } from "./fixtures.ts";
import { testGate } from "../../support/gate.ts";

type ContactMock = mock.ContactMock;
type RoomMock = mock.RoomMock;

/**
 * The mock puppet, made to keep remarks (the stock mock drops them) and to fail sends on
 * demand: the outside world as far as the adapter can tell.
 */
export class RemarkingPuppet extends PuppetMock {
  remarkWrites = 0;
  failSends = false;

  override contactAlias(contactId: string): Promise<string>;
  override contactAlias(contactId: string, alias: string | null): Promise<void>;
  override async contactAlias(contactId: string, alias?: string | null): Promise<string | void> {
    const { alias: old, ...rest } = this.mocker.contactPayload(contactId);
    if (alias === undefined) return old ?? "";
    this.remarkWrites += 1;
    this.mocker.contactPayload(contactId, alias === null ? rest : { ...rest, alias });
  }

  override async messageSendText(conversationId: string, text: string): Promise<void> {
    if (this.failSends) throw new Error("send refused by the mock");
    return super.messageSendText(conversationId, text);
  }

  /** Files the bot sent (exports, charts): to which chat, under what name and type, the bytes. */
  readonly files: { to: string; name: string; mediaType: string; bytes: Buffer }[] = [];

  override async messageSendFile(conversationId: string, file: FileBoxInterface): Promise<void> {
    if (this.failSends) throw new Error("send refused by the mock");
    const { name, mediaType } = file;
    this.files.push({ to: conversationId, name, mediaType, bytes: await file.toBuffer() });
  }
}

/** A contact id and room-or-contact id of a message the bot sent. */
const sentTo = (m: mock.MessageMock) => m.payload.roomId ?? m.payload.listenerId ?? "";

export async function startMockWechat(
  lib: Library,
  opts: { contactIds?: ContactIds; bot?: Bot; extra?: Partial<StartWechatOptions> } = {},
) {
  const mocker = new mock.Mocker();
  const puppet = new RemarkingPuppet({ mocker });
  const { log, lines } = memoryLogger();
  const bot = opts.bot ?? new Bot({ lib, areas: dialogAreas, defaultLocale: "zh-CN" });
  const qrDrawings: string[] = [];
  const gate = testGate(lib, { log });
  const handle: WechatHandle = await startWechat({
    puppet,
    bot,
    gate,
    lib,
    log,
    contactIds: opts.contactIds ?? "stable",
    printQr: (d) => qrDrawings.push(d),
    friendPause: () => 0,
    ...opts.extra,
  });
  const self = mocker.createContact({ name: "书香" });
  const sent = new Map<string, string[]>();
  // The mock's contacts are EventEmitters; its typings lose that.
  (self as unknown as EventEmitter).on("message", (m: mock.MessageMock) => {
    if (m.payload.talkerId !== self.id) return;
    const list = sent.get(sentTo(m)) ?? [];
    list.push(m.text() ?? "");
    sent.set(sentTo(m), list);
  });
  const count = (msg: string) => lines.filter((l) => l["msg"] === msg).length;
  const settled = () =>
    lines.filter((l) => l["msg"] === "wechat message" && l["outcome"] !== "self").length;
  const login = async (msg: string) => {
    const before = count(msg);
    mocker.login(self);
    await waitFor(() => count(msg) > before);
  };
  await login("wechat logged in");

  return {
    mocker,
    puppet,
    handle,
    gate,
    bot,
    self,
    lines,
    qrDrawings,
    sentTo: (id: string) => sent.get(id) ?? [],
    /** What became of each message others sent (the bot's own are left out). */
    outcomes: () =>
      lines
        .filter((l) => l["msg"] === "wechat message" && l["outcome"] !== "self")
        .map((l) => l["outcome"]),
    selfSeen: () => lines.filter((l) => l["outcome"] === "self").length,
    contact(name: string, alias?: string): ContactMock {
      return mocker.createContact(alias === undefined ? { name } : { name, alias });
    },
    /** The remark (备注) the bot's account holds for a contact. */
    remarkOf(contact: ContactMock): string | undefined {
      return mocker.contactPayload(contact.id).alias;
    },
    room(members: ContactMock[], topic = "三年级二班家长群"): RoomMock {
      return mocker.createRoom({ topic, memberIdList: [self.id, ...members.map((m) => m.id)] });
    },
    /** Lets a message arrive and waits until the adapter settled it; resolves with its replies. */
    async deliver(chat: string, arrive: () => void): Promise<string[]> {
      const before = this.sentTo(chat).length;
      const n = settled();
      arrive();
      await waitFor(() => settled() > n);
      await handle.idle();
      return this.sentTo(chat).slice(before);
    },
    send(
      from: ContactMock,
      text: string,
      to: ContactMock | RoomMock,
      mentions: ContactMock[] = [],
    ) {
      return this.deliver(to === self ? from.id : to.id, () => from.say(text, mentions).to(to));
    },
    /** A picture from `from` to the bot, or into `room`. */
    sendImage(from: ContactMock, room?: RoomMock) {
      const id = `img-${from.id}-${Date.now()}`;
      const where = room ? { roomId: room.id, mentionIdList: [] } : { listenerId: self.id };
      return this.deliver(room?.id ?? from.id, () => {
        const payload = { id, talkerId: from.id, timestamp: Date.now(), ...where };
        mocker.MessageMock.create({ ...payload, type: types.Message.Image });
        puppet.emit("message", { messageId: id });
      });
    },
    /** The puppet delivers a message it delivered before (same id). */
    redeliver(chat: string, messageId: string) {
      return this.deliver(chat, () => puppet.emit("message", { messageId }));
    },
    /** The id of the last message `from` sent with this text. */
    messageIdOf(from: ContactMock, text: string): string {
      const mine = [...mocker.cacheMessagePayload.values()].filter(
        (p) => p.talkerId === from.id && p.text === text,
      );
      return mine.at(-1)?.id ?? "";
    },
    async relogin(): Promise<void> {
      const before = count("wechat logged out");
      await puppet.logout();
      await waitFor(() => count("wechat logged out") > before);
      await login("wechat logged in again");
    },
    async close(): Promise<void> {
      await handle.stop();
      await gate.close();
      await lib.db.$disconnect();
    },
  };
}

export type MockWechat = Awaited<ReturnType<typeof startMockWechat>>;
